import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/connection';
import { tempDir } from '../helpers/tempCore';

describe('schema snapshot', () => {
  it('a fresh database has exactly the committed schema (a migration change must update the snapshot on purpose)', async () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
    const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { type: string; name: string; sql: string | null }[];
    const text = rows.map((r) => `-- ${r.type} ${r.name}\n${(r.sql ?? '').replace(/[ \t]+\n/g, '\n')};\n`).join('\n');
    db.close();
    await expect(text).toMatchFileSnapshot('../fixtures/schema.sql');
  });
});
