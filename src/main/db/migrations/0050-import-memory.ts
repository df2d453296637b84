import type { Migration } from '../types';

/**
 * What the time import remembers between files:
 * - `import_column_map`: the columns the user chose for a spreadsheet, by header signature
 *   (src/shared/import/columnMapping.ts), offered the next time the same header comes in;
 * - `import_value_category`: the category chosen once for a source value (a project, a tag or a
 *   description), by kind and value, offered for every later file;
 * - `ics_event_key`: the time entry made from a calendar event, by UID and RECURRENCE-ID ('' for
 *   a single event or a series' ordinary occurrence keyed by its start), so that a second import
 *   of the calendar updates the entry instead of adding another.
 */
export const m0050ImportMemory: Migration = {
  version: 50,
  name: 'import-memory',
  up(db) {
    db.exec(`
      CREATE TABLE import_column_map (
        signature TEXT PRIMARY KEY NOT NULL CHECK (length(signature) <= 2000),
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE import_value_category (
        kind TEXT NOT NULL CHECK (kind IN ('project', 'tag', 'description')),
        value TEXT NOT NULL CHECK (length(value) <= 10000),
        category_id INTEGER NOT NULL REFERENCES category(id) ON DELETE CASCADE,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (kind, value)
      ) STRICT;
      CREATE INDEX import_value_category_category ON import_value_category(category_id);

      CREATE TABLE ics_event_key (
        uid TEXT NOT NULL CHECK (length(uid) <= 1000),
        recurrence_id TEXT NOT NULL DEFAULT '',
        entry_id INTEGER NOT NULL REFERENCES time_entry(id) ON DELETE CASCADE,
        PRIMARY KEY (uid, recurrence_id)
      ) STRICT;
      CREATE INDEX ics_event_key_entry ON ics_event_key(entry_id);
    `);
  },
};
