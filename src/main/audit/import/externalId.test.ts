import { describe, expect, it } from 'vitest';
import { externalIdOf } from './externalId';

describe('externalIdOf', () => {
  it('keeps the id of a row stable across versions (a re-import of an old export must add nothing)', () => {
    // Value computed once with createHash('sha256') over the same JSON: pinned so that a change of
    // hashing code or of field order cannot silently break deduplication of earlier imports.
    const row = { start: Date.UTC(2025, 0, 15, 8), end: Date.UTC(2025, 0, 15, 9, 30), project: 'Content', description: 'Carrousel « été » 🎉', tags: ['a', 'b'], user: 'Alex', email: 'alex@example.com' };
    expect(externalIdOf(row)).toBe('csv1:e9ed68586d8329401df7e1a372b57996');
    expect(externalIdOf({ ...row, client: '' })).toBe(externalIdOf(row));
    expect(externalIdOf({ ...row, client: 'Acme' })).not.toBe(externalIdOf(row));
    expect(externalIdOf({ ...row, end: row.end + 1000 })).not.toBe(externalIdOf(row));
  });
});
