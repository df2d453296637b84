import type { Migration } from '../types';

/**
 * Data safety (issue 18's attack on what landed with 0060–0110).
 *
 * 1. The overlap triggers of 0060, exact on databases that kept overlapping entries from before 0060.
 *
 * 0060 refuses a span [s, e) when the entry with the greatest start before e ends after s: one
 * seek, exact as long as stored entries never overlap. A database from before 0060 may hold an
 * entry nested in another (A from 9:00 to 12:00, B from 9:30 to 10:00); 0060 keeps such rows as
 * they are, but then a new span in the rest of A (10:30 to 10:40) met B as the latest entry and
 * passed. These triggers add one range read of the start index: any entry starting at most
 * MAX_ENTRY_MS (24 h, the longest entry any path writes) before s that ends after s. Together
 * with the seek of 0060 (for a longer entry that starts last) they refuse every new overlap with
 * entries of up to 24 h, whatever was stored before. The start index now also holds the end
 * (same name, so every query that names it still works), so the range read never visits the
 * table: measured on 100,000 imported rows, inserts cost about the same as with 0060 alone
 * (1.1 to 1.7 s against 1.2 to 1.4 s on a shared 2-core machine).
 *
 * 2. An update that leaves the span as it was (a note, a category) is not a new overlap: it passes
 * even on an entry that overlapped before 0060, so such entries stay editable.
 *
 * 3. Each calendar key remembers the event as it was last imported (start, end, note), so that a
 *    calendar imported again brings over only what changed in the calendar and never undoes what
 *    the user changed in the entry since (see src/main/audit/import/timeImport.ts). Existing keys
 *    take their entry's present span and note (the best that is known of the last import).
 *    Deleting the entry keeps the key (entry_id set to NULL instead of the key deleted with it):
 *    an event whose entry the user deleted does not come back with the next import, as a
 *    deleted CSV row does not (its import_key stays).
 */
export const m0180DataSafety: Migration = {
  version: 180,
  name: 'data-safety',
  up(db) {
    const forever = '9223372036854775807'; // the largest INTEGER: a running entry's end
    const day = 24 * 3_600_000; // MAX_ENTRY_MS (src/main/audit/entriesStore.ts)
    const overlapping = (exceptSelf: string) => `
      ((SELECT coalesce(p.end_at, ${forever}) FROM time_entry p
         WHERE p.start_at < coalesce(NEW.end_at, ${forever})${exceptSelf}
         ORDER BY p.start_at DESC LIMIT 1) > NEW.start_at
       OR EXISTS (SELECT 1 FROM time_entry p INDEXED BY time_entry_start
         WHERE p.start_at >= NEW.start_at - ${day} AND p.start_at < coalesce(NEW.end_at, ${forever})
           AND coalesce(p.end_at, ${forever}) > NEW.start_at${exceptSelf}))`;
    db.exec(`
      DROP INDEX time_entry_start;
      CREATE INDEX time_entry_start ON time_entry(start_at, end_at);
      DROP TRIGGER time_entry_no_overlap_insert;
      DROP TRIGGER time_entry_no_overlap_update;

      CREATE TRIGGER time_entry_no_overlap_insert BEFORE INSERT ON time_entry
      WHEN ${overlapping('')}
      BEGIN SELECT RAISE(ABORT, 'time_entry_overlap'); END;

      CREATE TRIGGER time_entry_no_overlap_update BEFORE UPDATE OF start_at, end_at ON time_entry
      WHEN (NEW.start_at IS NOT OLD.start_at OR NEW.end_at IS NOT OLD.end_at) AND ${overlapping(' AND p.id <> NEW.id')}
      BEGIN SELECT RAISE(ABORT, 'time_entry_overlap'); END;

      CREATE TABLE ics_event_key_0180 (
        uid TEXT NOT NULL CHECK (length(uid) <= 1000),
        recurrence_id TEXT NOT NULL DEFAULT '',
        entry_id INTEGER REFERENCES time_entry(id) ON DELETE SET NULL,
        event_start INTEGER,
        event_end INTEGER,
        event_note TEXT,
        PRIMARY KEY (uid, recurrence_id)
      ) STRICT;
      INSERT INTO ics_event_key_0180 (uid, recurrence_id, entry_id, event_start, event_end, event_note)
        SELECT k.uid, k.recurrence_id, k.entry_id, e.start_at, e.end_at, e.note FROM ics_event_key k LEFT JOIN time_entry e ON e.id = k.entry_id;
      DROP TABLE ics_event_key;
      ALTER TABLE ics_event_key_0180 RENAME TO ics_event_key;
      CREATE INDEX ics_event_key_entry ON ics_event_key(entry_id);
    `);
  },
};
