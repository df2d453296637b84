// Property: the veille measures' SQL (index range counts per week, partial indexes of migration
// 0190, citations counted from the citation side) gives exactly what a plain pass over every item
// row gives, on random items, triage, reads, stars, sources and citations, on a real SQLite file.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { funnelBySpan, sourcesFeedingReports } from '../../src/main/veille/measuresStore';
import { openTempCore } from '../helpers/tempCore';

const DAY = 86_400_000;
const base = Date.UTC(2026, 0, 5);
let core: Core;

beforeAll(() => {
  core = openTempCore();
});
afterAll(() => core?.close());

const item = fc.record({
  day: fc.integer({ min: -3, max: 40 }),
  hour: fc.integer({ min: 0, max: 23 }),
  triage: fc.constantFrom('new', 'kept', 'skipped'),
  starred: fc.boolean(),
  read: fc.boolean(),
  source: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
  citedBy: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
});

describe('veille measures SQL', () => {
  it('funnelBySpan and sourcesFeedingReports equal a plain pass over the rows', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 1, max: 6 }), (items, weeks) => {
        const db = core.db!;
        db.exec('DELETE FROM veille_citation; DELETE FROM veille_report_entry; DELETE FROM veille_report; DELETE FROM veille_item; DELETE FROM veille_source;');
        for (let s = 0; s < 4; s++) db.prepare("INSERT INTO veille_source (id, kind, url, title, created_at) VALUES (?, 'feed', ?, ?, 0)").run(s + 1, `https://s${s}.example/feed`, `Source ${3 - s}`);
        const entries: { id: number; report: number }[] = [];
        for (let r = 0; r < 3; r++) {
          db.prepare("INSERT INTO veille_report (id, week, tz, created_at, updated_at) VALUES (?, ?, 'UTC', 0, 0)").run(r + 1, `2026-W0${r + 1}`);
          for (let e = 0; e < 2; e++) {
            const id = r * 2 + e + 1;
            db.prepare("INSERT INTO veille_report_entry (id, report_id, kind, text, sort_order) VALUES (?, ?, 'insight', 'x', ?)").run(id, r + 1, e);
            entries.push({ id, report: r + 1 });
          }
        }
        const rows = items.map((x, i) => ({ ...x, id: i + 1, addedAt: base + x.day * DAY + x.hour * 3_600_000, sourceId: x.source === null ? null : x.source + 1 }));
        for (const r of rows) {
          db.prepare("INSERT INTO veille_item (id, source_id, url, canonical_url, title, added_at, tz, origin, triage, starred, read_at) VALUES (?, ?, ?, ?, 't', ?, 'UTC', 'manual', ?, ?, ?)").run(
            r.id,
            r.sourceId,
            `https://x.example/${r.id}`,
            `https://x.example/${r.id}`,
            r.addedAt,
            r.triage,
            r.starred ? 1 : 0,
            r.read ? r.addedAt : null,
          );
          for (const e of new Set(r.citedBy)) db.prepare('INSERT INTO veille_citation (entry_id, item_id) VALUES (?, ?)').run(entries[e].id, r.id);
        }
        const spans = Array.from({ length: weeks }, (_, k) => ({ from: base + k * 7 * DAY, to: base + (k + 1) * 7 * DAY }));
        // the reference: every row, one by one
        const kept = (r: (typeof rows)[number]) => r.triage === 'kept' || r.starred;
        const expected = spans.map((s) => {
          const inSpan = rows.filter((r) => r.addedAt >= s.from && r.addedAt < s.to);
          return { added: inSpan.length, read: inSpan.filter((r) => r.read).length, kept: inSpan.filter(kept).length, cited: inSpan.filter((r) => r.citedBy.length > 0).length };
        });
        expect(funnelBySpan(db, spans)).toEqual(expected);

        const from = spans[0].from;
        const to = spans[spans.length - 1].to;
        const inPeriod = rows.filter((r) => r.addedAt >= from && r.addedAt < to);
        const bySource = new Map<number | null, { kept: number; cited: number; reports: Set<number> }>();
        for (const r of inPeriod) {
          const s = bySource.get(r.sourceId) ?? { kept: 0, cited: 0, reports: new Set<number>() };
          bySource.set(r.sourceId, s);
          if (kept(r)) s.kept += 1;
          if (r.citedBy.length > 0) s.cited += 1;
          for (const e of r.citedBy) s.reports.add(entries[e].report);
        }
        const actual = sourcesFeedingReports(db, from, to);
        expect(actual.map((a) => ({ ...a }))).toEqual(
          [...bySource]
            .filter(([, s]) => s.kept > 0 || s.cited > 0)
            .map(([sourceId, s]) => ({ sourceId, title: sourceId === null ? null : `Source ${4 - sourceId}`, kept: s.kept, cited: s.cited, reports: s.reports.size }))
            .sort((a, b) => b.cited - a.cited || b.kept - a.kept || (a.title === null ? (b.title === null ? 0 : -1) : b.title === null ? 1 : a.title.localeCompare(b.title, 'en'))),
        );
      }),
      { numRuns: 150 },
    );
  });
});
