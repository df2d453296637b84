import type { Migration } from '../types';
import { SEED_CHANNELS, SEED_FORMATS_V1, SEED_PILLARS } from '../../../shared/calendar/types';

/**
 * Tables of the calendar feature: channels, pillars, formats, content items and batch
 * sessions (with their run state as JSON). Seeded names are i18n keys ('channel.linkedin'),
 * shown translated; names the user types are stored as typed.
 */
export const m0030Calendar: Migration = {
  version: 30,
  name: 'calendar',
  up(db) {
    db.exec(`
      CREATE TABLE channel (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        color TEXT NOT NULL CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
        cadence_per_week REAL NOT NULL CHECK (cadence_per_week BETWEEN 0 AND 100),
        char_limit INTEGER CHECK (char_limit IS NULL OR char_limit BETWEEN 1 AND 1000000),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE pillar (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        color TEXT NOT NULL CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
        target_share REAL NOT NULL CHECK (target_share BETWEEN 0 AND 1),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE format (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        writing_minutes INTEGER NOT NULL CHECK (writing_minutes BETWEEN 0 AND 1440),
        visuals_minutes INTEGER NOT NULL CHECK (visuals_minutes BETWEEN 0 AND 1440),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE batch_session (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440 AND end_minute > start_minute),
        tz TEXT NOT NULL,
        target_month TEXT NOT NULL CHECK (target_month GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
        run_state TEXT NOT NULL CHECK (json_valid(run_state)),
        -- time boxes (minutes per phase) frozen when the run starts, so that ticking items does not move the countdown
        time_boxes TEXT CHECK (time_boxes IS NULL OR json_valid(time_boxes)),
        last_alive_at INTEGER,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX batch_session_date ON batch_session(date);

      CREATE TABLE content_item (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        channel_id INTEGER REFERENCES channel(id) ON DELETE SET NULL,
        format_id INTEGER REFERENCES format(id) ON DELETE SET NULL,
        pillar_id INTEGER REFERENCES pillar(id) ON DELETE SET NULL,
        planned_date TEXT CHECK (planned_date IS NULL OR planned_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        publish_at INTEGER,
        tz TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('idea', 'drafting', 'visuals', 'review', 'ready', 'scheduled', 'published', 'archived')),
        copy TEXT NOT NULL DEFAULT '',
        link TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        session_id INTEGER REFERENCES batch_session(id) ON DELETE SET NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX content_item_planned_date ON content_item(planned_date);
      CREATE INDEX content_item_publish_at ON content_item(publish_at);
      CREATE INDEX content_item_session ON content_item(session_id);

      -- Preferences of the calendar (the performance ritual slot), one JSON value per key.
      CREATE TABLE calendar_pref (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
    `);
    const channel = db.prepare('INSERT INTO channel (id, name, color, cadence_per_week, char_limit, archived, sort_order) VALUES (?, ?, ?, ?, ?, 0, ?)');
    SEED_CHANNELS.forEach((c, i) => channel.run(c.id, c.name, c.color, c.cadencePerWeek, c.charLimit, i + 1));
    const pillar = db.prepare('INSERT INTO pillar (id, name, color, target_share, sort_order) VALUES (?, ?, ?, ?, ?)');
    SEED_PILLARS.forEach((p, i) => pillar.run(p.id, p.name, p.color, p.targetShare, i + 1));
    const format = db.prepare('INSERT INTO format (id, name, writing_minutes, visuals_minutes, sort_order) VALUES (?, ?, ?, ?, ?)');
    SEED_FORMATS_V1.forEach((f, i) => format.run(f.id, f.name, f.writingMinutes, f.visualsMinutes, i + 1));
  },
};
