import type { Migration } from '../types';

/**
 * Indexes for the reads the bench found slow (issue 13), partial so that each holds only the rows
 * its read counts:
 * - `veille_item_unread`: items not read yet (neither opened nor triaged: the inbox's backlog,
 *   few next to the read ones), by arrival; the veille funnel counts the read items of a week as
 *   its items minus these, without reading the item rows.
 * - `veille_item_kept`: items kept or starred, by arrival, with their source; the funnel's "kept"
 *   and the sources feeding the reports count them from the index alone.
 * - `protocol_case_channel`: the channels cases came from, which the case board lists by use,
 *   counted from the index instead of reading every case row.
 */
export const m0190ReadIndexes: Migration = {
  version: 190,
  name: 'read-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX veille_item_unread ON veille_item (added_at) WHERE read_at IS NULL;
      CREATE INDEX veille_item_kept ON veille_item (added_at, source_id) WHERE triage = 'kept' OR starred = 1;
      CREATE INDEX protocol_case_channel ON protocol_case (channel);
    `);
  },
};
