import type { Migration, MigrationContext } from '../types';
import type { Mode, Visibility } from '../../../shared/domain';

interface Preset {
  en: string;
  fr: string;
  mode: Mode;
  color: string;
  visibility: Visibility;
}

/** Category presets for a social media manager (design.md "Domain model"), in both languages. */
export const CATEGORY_PRESETS: readonly Preset[] = [
  { en: 'Content creation', fr: 'Création de contenu', mode: 'deep', color: '#3b6fd8', visibility: 'visible' },
  { en: 'Strategy & planning', fr: 'Stratégie et planification', mode: 'deep', color: '#2f55a8', visibility: 'visible' },
  { en: 'Monitoring (market and e-reputation)', fr: 'Veille (marché et e-réputation)', mode: 'deep', color: '#5a86e0', visibility: 'invisible' },
  { en: 'Paid media', fr: 'Publicité payante', mode: 'deep', color: '#4b5fc9', visibility: 'visible' },
  { en: 'Moderation', fr: 'Modération', mode: 'reactive', color: '#d9553b', visibility: 'invisible' },
  { en: 'Customer replies', fr: 'Réponses aux clients', mode: 'reactive', color: '#c4462e', visibility: 'visible' },
  { en: 'Ad-hoc requests', fr: 'Demandes ponctuelles', mode: 'reactive', color: '#e0754f', visibility: 'invisible' },
  { en: 'Crisis', fr: 'Gestion de crise', mode: 'reactive', color: '#a8321f', visibility: 'visible' },
  { en: 'Meetings', fr: 'Réunions', mode: 'meeting', color: '#c79a12', visibility: 'visible' },
  { en: 'Reporting & analytics', fr: 'Reporting et analyses', mode: 'reporting', color: '#2e9a76', visibility: 'visible' },
  { en: 'Admin & email', fr: 'Administratif et e-mails', mode: 'admin', color: '#8a8478', visibility: 'visible' },
];

/** Tables of the audit feature: categories, job-description lines, time entries, interruptions, saved audits, imports. */
export const m0020Audit: Migration = {
  version: 20,
  name: 'audit',
  up(db, ctx: MigrationContext) {
    db.exec(`
      CREATE TABLE responsibility (
        id INTEGER PRIMARY KEY,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE category (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        color TEXT NOT NULL CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
        mode TEXT NOT NULL CHECK (mode IN ('deep', 'reactive', 'meeting', 'reporting', 'admin')),
        responsibility_id INTEGER REFERENCES responsibility(id) ON DELETE SET NULL,
        visibility TEXT NOT NULL DEFAULT 'visible' CHECK (visibility IN ('visible', 'invisible')),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE import_batch (
        id INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        row_count INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE time_entry (
        id INTEGER PRIMARY KEY,
        start_at INTEGER NOT NULL,
        end_at INTEGER CHECK (end_at IS NULL OR end_at > start_at),
        tz TEXT NOT NULL,
        category_id INTEGER NOT NULL REFERENCES category(id),
        note TEXT NOT NULL DEFAULT '',
        platform TEXT,
        responsibility_id INTEGER REFERENCES responsibility(id) ON DELETE SET NULL,
        visibility TEXT CHECK (visibility IS NULL OR visibility IN ('visible', 'invisible')),
        source TEXT NOT NULL CHECK (source IN ('timer', 'manual', 'import', 'batch-session')),
        import_batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
      ) STRICT;
      CREATE INDEX time_entry_start ON time_entry(start_at);
      CREATE INDEX time_entry_end ON time_entry(end_at);
      CREATE INDEX time_entry_category ON time_entry(category_id);
      -- At most one running entry (end_at IS NULL).
      CREATE UNIQUE INDEX time_entry_one_running ON time_entry((end_at IS NULL)) WHERE end_at IS NULL;

      CREATE TABLE interruption (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        tz TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('notification', 'email', 'chat', 'oral', 'phone', 'other')),
        who TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        refocus_minutes INTEGER NOT NULL CHECK (refocus_minutes BETWEEN 0 AND 240)
      ) STRICT;
      CREATE INDEX interruption_at ON interruption(at);

      -- Every imported row's identity, kept even if the entry is later deleted: importing the same file again adds nothing.
      CREATE TABLE import_key (
        external_id TEXT PRIMARY KEY NOT NULL,
        batch_id INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
      ) STRICT;

      CREATE TABLE saved_audit (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        from_at INTEGER NOT NULL,
        to_at INTEGER NOT NULL CHECK (to_at > from_at),
        tz TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '',
        conclusions TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL
      ) STRICT;
    `);
    const insert = db.prepare('INSERT INTO category (name, color, mode, visibility, sort_order) VALUES (?, ?, ?, ?, ?)');
    CATEGORY_PRESETS.forEach((p, i) => insert.run(ctx.language === 'fr' ? p.fr : p.en, p.color, p.mode, p.visibility, i + 1));
  },
};
