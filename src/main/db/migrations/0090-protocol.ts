import { translator } from '../../../shared/i18n';
import { BLOCK_PRESETS, DEFAULT_ORDER_PATTERN, RULE_PRESETS, TYPE_PRESETS } from '../../../shared/protocol/presets';
import { isValidTimeZone, localDayAt } from '../../../shared/time';
import type { Migration, MigrationContext } from '../types';

/**
 * Tables of the reply protocol: request types (escalation levels, owners, SLAs, bridge replies
 * per language), the moderation charter's rules, the protocol's settings and days off, cases
 * with their pauses ("waiting on the customer"), tags, replies, moderation actions and links to
 * the audit (the interruption each case counts as, the time entries of its handling), reply
 * blocks per sandwich step and language, verbatims (stored with personal data removed),
 * dismissed level suggestions and the vendor's daily counts.
 *
 * Seeds: the four levels, the moderation charter and the reply blocks (in English and in
 * French, from the catalogue); seeded names and categories are catalogue keys, shown translated.
 * The audit category for handling time is the seeded "Customer replies" when it is there; the
 * protocol's version 1.0 is dated the day the database is created (the user sets it before signing).
 */
export const m0090Protocol: Migration = {
  version: 90,
  name: 'protocol',
  up(db, ctx) {
    db.exec(`
      CREATE TABLE request_type (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
        answered_by TEXT NOT NULL CHECK (answered_by IN ('social', 'support')),
        owner_role TEXT NOT NULL CHECK (owner_role IN ('social', 'support', 'legal', 'management')),
        owner_name TEXT NOT NULL DEFAULT '',
        first_reply_minutes INTEGER NOT NULL CHECK (first_reply_minutes BETWEEN 1 AND 86400),
        resolution_minutes INTEGER NOT NULL CHECK (resolution_minutes BETWEEN first_reply_minutes AND 86400),
        clock TEXT NOT NULL CHECK (clock IN ('business', 'always')),
        goes_private INTEGER NOT NULL CHECK (goes_private IN (0, 1)),
        bridge_en TEXT NOT NULL DEFAULT '',
        bridge_fr TEXT NOT NULL DEFAULT '',
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE moderation_rule (
        id INTEGER PRIMARY KEY,
        article TEXT NOT NULL CHECK (length(article) BETWEEN 1 AND 20),
        category TEXT NOT NULL CHECK (length(category) BETWEEN 1 AND 200),
        action TEXT NOT NULL CHECK (action IN ('hide', 'delete', 'ban', 'reply', 'escalate')),
        actor TEXT NOT NULL CHECK (actor IN ('vendor', 'inHouse')),
        note TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE protocol_config (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 20),
        version_date TEXT NOT NULL,
        brand TEXT NOT NULL DEFAULT '',
        order_pattern TEXT NOT NULL DEFAULT '',
        -- an audit category, checked through the audit when used (no foreign key across features)
        reactive_category_id INTEGER,
        raise_threshold INTEGER NOT NULL DEFAULT 3 CHECK (raise_threshold BETWEEN 2 AND 20)
      ) STRICT;

      CREATE TABLE protocol_day_off (
        day TEXT PRIMARY KEY NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
      ) STRICT;

      CREATE TABLE protocol_case (
        id INTEGER PRIMARY KEY,
        type_id INTEGER NOT NULL REFERENCES request_type(id),
        channel TEXT NOT NULL CHECK (length(channel) BETWEEN 1 AND 100),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
        link TEXT NOT NULL DEFAULT '',
        visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
        reach INTEGER CHECK (reach IS NULL OR reach >= 0),
        author TEXT NOT NULL DEFAULT '',
        opened_at INTEGER NOT NULL,
        tz TEXT NOT NULL,
        first_reply_at INTEGER,
        private_at INTEGER,
        handed_at INTEGER,
        resolved_at INTEGER,
        interruption_id INTEGER REFERENCES interruption(id) ON DELETE SET NULL,
        source TEXT NOT NULL CHECK (source IN ('manual', 'import')),
        external_id TEXT UNIQUE,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX protocol_case_opened ON protocol_case(opened_at);
      CREATE INDEX protocol_case_resolved ON protocol_case(resolved_at);
      CREATE INDEX protocol_case_author ON protocol_case(author COLLATE NOCASE) WHERE author <> '';
      -- Deleting an interruption or a time entry in the audit looks up the cases that point to it.
      CREATE INDEX protocol_case_interruption ON protocol_case(interruption_id) WHERE interruption_id IS NOT NULL;

      CREATE TABLE case_pause (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES protocol_case(id) ON DELETE CASCADE,
        from_at INTEGER NOT NULL,
        to_at INTEGER CHECK (to_at IS NULL OR to_at >= from_at)
      ) STRICT;
      CREATE INDEX case_pause_case ON case_pause(case_id);
      -- At most one ongoing pause per case.
      CREATE UNIQUE INDEX case_pause_one_open ON case_pause(case_id) WHERE to_at IS NULL;

      CREATE TABLE case_tag (
        case_id INTEGER NOT NULL REFERENCES protocol_case(id) ON DELETE CASCADE,
        tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 50),
        PRIMARY KEY (case_id, tag)
      ) STRICT;
      CREATE INDEX case_tag_tag ON case_tag(tag);

      CREATE TABLE case_reply (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES protocol_case(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        public INTEGER NOT NULL CHECK (public IN (0, 1))
      ) STRICT;
      CREATE INDEX case_reply_case ON case_reply(case_id);

      CREATE TABLE case_moderation (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES protocol_case(id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('hide', 'delete', 'ban')),
        rule_id INTEGER REFERENCES moderation_rule(id) ON DELETE SET NULL,
        -- the article as cited when the action was taken; a ban always cites one
        article TEXT NOT NULL DEFAULT '' CHECK (action <> 'ban' OR article <> '')
      ) STRICT;
      CREATE INDEX case_moderation_case ON case_moderation(case_id);

      CREATE TABLE case_time (
        case_id INTEGER NOT NULL REFERENCES protocol_case(id) ON DELETE CASCADE,
        entry_id INTEGER NOT NULL REFERENCES time_entry(id) ON DELETE CASCADE,
        PRIMARY KEY (case_id, entry_id)
      ) STRICT;
      CREATE INDEX case_time_entry ON case_time(entry_id);

      CREATE TABLE reply_block (
        id INTEGER PRIMARY KEY,
        step TEXT NOT NULL CHECK (step IN ('fast', 'empathy', 'action', 'private', 'close')),
        language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
        sort_order INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE verbatim (
        id INTEGER PRIMARY KEY,
        case_id INTEGER REFERENCES protocol_case(id) ON DELETE SET NULL,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        tag TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 50),
        product_area TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        tz TEXT NOT NULL
      ) STRICT;
      CREATE INDEX verbatim_created ON verbatim(created_at);

      CREATE TABLE level_dismissal (
        type_id INTEGER NOT NULL REFERENCES request_type(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (type_id, tag)
      ) STRICT;

      CREATE TABLE vendor_count (
        day TEXT PRIMARY KEY NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        count INTEGER NOT NULL CHECK (count BETWEEN 0 AND 10000000)
      ) STRICT;
    `);

    const en = translator('en');
    const fr = translator('fr');
    const type = db.prepare(
      `INSERT INTO request_type (name, level, answered_by, owner_role, first_reply_minutes, resolution_minutes, clock, goes_private, bridge_en, bridge_fr, sort_order)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    TYPE_PRESETS.forEach((p, i) => type.run(p.name, p.level, p.answeredBy, p.ownerRole, p.firstReplyMinutes, p.resolutionMinutes, p.clock, p.goesPrivate ? 1 : 0, en(p.bridge), fr(p.bridge), i + 1));
    const rule = db.prepare('INSERT INTO moderation_rule (article, category, action, actor, sort_order) VALUES (?, ?, ?, ?, ?)');
    RULE_PRESETS.forEach((r, i) => rule.run(r.article, r.category, r.action, r.actor, i + 1));
    const block = db.prepare('INSERT INTO reply_block (step, language, title, text, sort_order) VALUES (?, ?, ?, ?, ?)');
    for (const [language, t] of [['en', en], ['fr', fr]] as const) BLOCK_PRESETS.forEach((b, i) => block.run(b.step, language, t(b.title), t(b.text), i + 1));
    const replies = db
      .prepare("SELECT id FROM category WHERE mode = 'reactive' AND archived = 0 ORDER BY name IN ('Customer replies', 'Réponses aux clients') DESC, sort_order, id LIMIT 1")
      .get() as { id: number } | undefined;
    db.prepare('INSERT INTO protocol_config (id, version, version_date, order_pattern, reactive_category_id) VALUES (1, ?, ?, ?, ?)').run('1.0', seedDay(ctx), DEFAULT_ORDER_PATTERN, replies?.id ?? null);
  },
};

/**
 * The version date of the seeded protocol: the user's local day when the database is created
 * (their zone from the context, else the system zone), never the UTC day: at 08:00 in UTC+10
 * the UTC date is still yesterday.
 */
function seedDay(ctx: MigrationContext): string {
  const tz = isValidTimeZone(ctx.tz) ? ctx.tz : Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return localDayAt(ctx.now ?? Date.now(), tz);
}
