import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { dbChecksum, openTempCore, unwrap } from '../helpers/tempCore';

let core: Core;
afterEach(() => core?.close());

/** Deterministic pseudo-random bytes. */
function garbage(size: number, seed = 1): Buffer {
  const b = Buffer.alloc(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x >> 16;
  }
  return b;
}

describe('mutated imports never crash and never write part of a file', () => {
  it('10 MB of garbage as a time CSV: a clear error with a line number, nothing written', async () => {
    core = openTempCore();
    const before = dbChecksum(core);
    const base64 = garbage(10 * 1024 * 1024).toString('base64');
    const preview = unwrap(await core.dispatch('audit.import.preview', { base64, fileName: 'garbage.csv', tz: 'Europe/Paris' })) as { importId: string; rowCount: number; errors: { line: number; code: string }[] };
    expect(preview.rowCount).toBe(0);
    expect(preview.errors.length).toBeGreaterThan(0);
    expect(typeof preview.errors[0].line).toBe('number');
    const commit = await core.dispatch('audit.import.commit', { importId: preview.importId, mapping: { by: 'project', map: {}, fallbackCategoryId: null } });
    expect(commit).toMatchObject({ ok: false, error: { code: 'import_invalid' } });
    expect(dbChecksum(core)).toBe(before);
  });

  it('a JSON export truncated, with wrong types, with a huge field, or 10 MB of garbage is refused whole', async () => {
    core = openTempCore();
    unwrap(await core.dispatch('settings.update', { theme: 'dark' }));
    const exported = unwrap(await core.dispatch('data.export', undefined)) as { tables: Record<string, Record<string, unknown>[]> };
    const json = JSON.stringify(exported);
    const before = dbChecksum(core);
    const cats = exported.tables.category;
    const wrongType = { ...exported, tables: { ...exported.tables, category: cats.map((c, i) => (i === 3 ? { ...c, name: 42 } : c)) } };
    const badForeignKey = { ...exported, tables: { ...exported.tables, time_entry: [{ id: 1, start_at: 0, end_at: 60_000, tz: 'UTC', category_id: 99_999, note: '', platform: null, responsibility_id: null, visibility: null, source: 'manual', import_batch_id: null }] } };
    const hugeField = { ...exported, tables: { ...exported.tables, category: cats.map((c, i) => (i === 0 ? { ...c, name: 'x'.repeat(5_000_000) } : c)) } };
    const cases = [json.slice(0, Math.floor(json.length / 2)), JSON.stringify(wrongType), JSON.stringify(badForeignKey), JSON.stringify(hugeField), garbage(10 * 1024 * 1024, 7).toString('latin1')];
    for (const bad of cases) {
      const r = await core.dispatch('data.import', { json: bad });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(['import_invalid', 'invalid_input']).toContain(r.error.code);
      expect(dbChecksum(core)).toBe(before);
    }
  });
});
