import type { Migration } from '../types';

/**
 * What the case import remembers between files, like the time import's `import_column_map`
 * (migration 0050) but in its own table, so that a time sheet and an inbox export with the same
 * header never share a mapping: `case_import_column_map` holds, by header signature
 * (src/shared/import/columnMapping.ts), the columns, the default type and channel and the type
 * values the user chose (the protocol contract's caseMappingSchema, as JSON), offered the next
 * time a file with the same header comes in.
 */
export const m0160CaseImportColumns: Migration = {
  version: 160,
  name: 'case-import-columns',
  up(db) {
    db.exec(`
      CREATE TABLE case_import_column_map (
        signature TEXT PRIMARY KEY NOT NULL CHECK (length(signature) <= 2000),
        mapping TEXT NOT NULL CHECK (json_valid(mapping)),
        updated_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
