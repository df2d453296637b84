import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeAuditMetrics } from '../audit/metrics';
import { DEFAULT_CHARTER, type Category, type TimeEntry } from '../domain';
import { monitoringMinutesBySpan } from './monitoringTime';

const HOUR = 3_600_000;
const FROM = Date.UTC(2026, 2, 1, 23); // Monday 2 March 2026, 00:00 in Paris
const WEEK = 7 * 24 * HOUR;
const categories: Category[] = [1, 2, 3].map((id) => ({ id, name: `C${id}`, color: '#112233', mode: id === 3 ? 'reactive' : 'deep', responsibilityId: null, visibility: 'visible', archived: false, sortOrder: id }));

describe('monitoringMinutesBySpan', () => {
  it('property: per week, the same minutes as the audit metrics (byCategory and trackedMinutes)', () => {
    const entry = fc.record({ start: fc.integer({ min: FROM - WEEK, max: FROM + 3 * WEEK }), length: fc.integer({ min: 1, max: 40 * HOUR }), running: fc.boolean(), categoryId: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), fc.integer({ min: FROM, max: FROM + 3 * WEEK }), (raw, now) => {
        const entries: TimeEntry[] = raw.map((r, i) => ({ id: i + 1, start: r.start, end: r.running && i === 0 ? null : r.start + r.length, tz: 'Europe/Paris', categoryId: r.categoryId, note: '', platform: null, responsibilityId: null, visibility: null, source: 'manual' }));
        const spans = [0, 1].map((w) => ({ from: FROM + w * WEEK, to: FROM + (w + 1) * WEEK }));
        const mine = monitoringMinutesBySpan(entries, spans, new Set([1, 2, 3]), new Set([2]), now);
        spans.forEach((s, w) => {
          const m = computeAuditMetrics({ ...s, tz: 'Europe/Paris', entries, interruptions: [], categories, responsibilities: [], charter: DEFAULT_CHARTER, now });
          expect(mine[w].tracked).toBeCloseTo(m.trackedMinutes, 6);
          expect(mine[w].monitoring).toBeCloseTo(m.byCategory.find((c) => c.categoryId === 2)?.minutes ?? 0, 6);
        });
      }),
      { numRuns: 200 },
    );
  });
});
