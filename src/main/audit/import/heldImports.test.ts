import { describe, expect, it } from 'vitest';
import { HOLD_MS, HeldImports, MAX_HELD } from './heldImports';

const parsed = { format: 'toggl' as const, rows: [], errors: [] };
const file = { bytes: new Uint8Array(), options: {}, kind: 'csv' as const, savedColumns: false, period: null, parsed };

describe('HeldImports', () => {
  it('holds a parsed file under a fresh id until it expires', () => {
    const held = new HeldImports();
    const id = held.put({ fileName: 'a.csv', tz: 'Europe/Paris', ...file }, 1_000);
    const other = held.put({ fileName: 'b.csv', tz: 'Europe/Paris', ...file }, 1_000);
    expect(id).not.toBe(other);
    expect(held.get(id, 1_000 + HOLD_MS - 1)?.fileName).toBe('a.csv');
    expect(held.get(id, 1_000 + HOLD_MS)).toBeUndefined();
  });

  it('takes a new parse of a held file without extending its hold', () => {
    const held = new HeldImports();
    const id = held.put({ fileName: 'a.csv', tz: 'UTC', ...file }, 0);
    held.replace(id, { fileName: 'a.csv', tz: 'UTC', ...file, options: { dateOrder: 'mdy' } });
    expect(held.get(id, HOLD_MS - 1)?.options).toEqual({ dateOrder: 'mdy' });
    expect(held.get(id, HOLD_MS)).toBeUndefined();
  });

  it('keeps at most MAX_HELD files, dropping the oldest', () => {
    const held = new HeldImports();
    const ids = Array.from({ length: MAX_HELD + 1 }, (_, i) => held.put({ fileName: `${i}.csv`, tz: 'UTC', ...file }, 0));
    expect(held.get(ids[0], 0)).toBeUndefined();
    for (const id of ids.slice(1)) expect(held.get(id, 0)).toBeDefined();
  });
});
