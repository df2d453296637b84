import { SEED_FORMATS, SEED_FORMATS_V1 } from '../../../shared/calendar/types';
import type { Migration } from '../types';

/**
 * One clock, and batch estimates that learn.
 *
 * 1. Time entries never overlap. The audit's write path (src/main/audit/entries.ts) checks every
 *    source first; these triggers refuse, at the database, any insert or change of a span that
 *    overlaps another entry. A running entry (end NULL) covers [start, +∞): it is always the
 *    latest entry, so it never runs into another one as time passes. Since the stored entries do
 *    not overlap, a new span [s, e) overlaps one of them exactly when the entry with the greatest
 *    start before e ends after s: one seek of the start index per write, whatever the table's
 *    size. Rows that overlapped before this version are left as they are (never rewritten
 *    silently); the triggers never refuse a write that does not overlap.
 * 2. Formats get a one-off setup per session for writing and for visuals (the existing figures
 *    become the marginal time per item) and a production-slot flag. Seeded formats still holding
 *    their first estimates take the new calibrated ones (SEED_FORMATS, where each comes from);
 *    formats the user edited keep their figures, with no setup, so their plans do not change.
 * 3. Batch runs record the items ticked in the creation blocks (`marks`, see runMark): stored run
 *    states get an empty list.
 */
export const m0060OneClockBatchEstimates: Migration = {
  version: 60,
  name: 'one-clock-batch-estimates',
  up(db) {
    const forever = '9223372036854775807'; // the largest INTEGER: a running entry's end
    const overlapping = (exceptSelf: string) => `
      (SELECT coalesce(p.end_at, ${forever}) FROM time_entry p
        WHERE p.start_at < coalesce(NEW.end_at, ${forever})${exceptSelf}
        ORDER BY p.start_at DESC LIMIT 1) > NEW.start_at`;
    db.exec(`
      CREATE TRIGGER time_entry_no_overlap_insert BEFORE INSERT ON time_entry
      WHEN ${overlapping('')}
      BEGIN SELECT RAISE(ABORT, 'time_entry_overlap'); END;

      CREATE TRIGGER time_entry_no_overlap_update BEFORE UPDATE OF start_at, end_at ON time_entry
      WHEN ${overlapping(' AND p.id <> NEW.id')}
      BEGIN SELECT RAISE(ABORT, 'time_entry_overlap'); END;

      ALTER TABLE format ADD COLUMN writing_setup_minutes INTEGER NOT NULL DEFAULT 0 CHECK (writing_setup_minutes BETWEEN 0 AND 1440);
      ALTER TABLE format ADD COLUMN visuals_setup_minutes INTEGER NOT NULL DEFAULT 0 CHECK (visuals_setup_minutes BETWEEN 0 AND 1440);
      ALTER TABLE format ADD COLUMN production_slot INTEGER NOT NULL DEFAULT 0 CHECK (production_slot IN (0, 1));

      UPDATE batch_session SET run_state = json_set(run_state, '$.marks', json('[]')) WHERE json_type(run_state, '$.marks') IS NULL;
    `);
    const update = db.prepare(
      `UPDATE format SET writing_setup_minutes = @writingSetupMinutes, writing_minutes = @writingMinutes, visuals_setup_minutes = @visualsSetupMinutes,
         visuals_minutes = @visualsMinutes, production_slot = @productionSlot
       WHERE id = @id AND name = @name AND writing_minutes = @oldWriting AND visuals_minutes = @oldVisuals`,
    );
    const flag = db.prepare('UPDATE format SET production_slot = 1 WHERE id = ? AND name = ?');
    for (const f of SEED_FORMATS) {
      const old = SEED_FORMATS_V1.find((o) => o.id === f.id)!;
      const changed = update.run({ ...f, productionSlot: f.productionSlot ? 1 : 0, oldWriting: old.writingMinutes, oldVisuals: old.visualsMinutes }).changes;
      // an edited seeded format keeps its figures, but a heavy one is still a heavy one
      if (changed === 0 && f.productionSlot) flag.run(f.id, f.name);
    }
  },
};
