import type { Migration } from '../types';

/**
 * Tables of the disconnection charter: the document in versions (draft → proposed → signed; at
 * most one draft; the sections and, once proposed, the frozen hours and slots as JSON), the
 * reachability slots per weekday (a slot whose end is not after its start crosses midnight), and
 * the exceptions (one per local day, with a reason and the recovery time granted).
 */
export const m0100Charter: Migration = {
  version: 100,
  name: 'charter',
  up(db) {
    db.exec(`
      CREATE TABLE charter_doc (
        id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL UNIQUE CHECK (version >= 1),
        status TEXT NOT NULL CHECK (status IN ('draft', 'proposed', 'signed')),
        language TEXT NOT NULL CHECK (language IN ('en', 'fr')),
        organisation TEXT NOT NULL DEFAULT '',
        sections TEXT NOT NULL CHECK (json_valid(sections)),
        snapshot TEXT CHECK (snapshot IS NULL OR json_valid(snapshot)),
        proposed_on TEXT,
        signed_on TEXT,
        signed_by TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        CHECK ((status = 'draft') = (snapshot IS NULL)),
        CHECK ((status = 'signed') = (signed_on IS NOT NULL)),
        CHECK (status <> 'proposed' OR proposed_on IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX charter_doc_one_draft ON charter_doc (status) WHERE status = 'draft';

      CREATE TABLE reach_slot (
        id INTEGER PRIMARY KEY,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
        channels TEXT NOT NULL CHECK (json_valid(channels)),
        CHECK (start_minute <> end_minute)
      ) STRICT;

      CREATE TABLE charter_exception (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL UNIQUE,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),
        recovery_minutes INTEGER NOT NULL DEFAULT 0 CHECK (recovery_minutes >= 0),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
