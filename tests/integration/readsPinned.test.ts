// Pins the answers of the reads made faster in issue 13 (veille.measures, protocol.cases.board,
// protocol.summary, reports.today, audit.export.csv, career.decision.exportMarkdown) on a seeded
// dataset: the bench's generator at a small scale (through the app's own dispatcher), plus veille
// links spread over ten weeks with a moving clock, a running timer and a starred item. The pinned
// answers (tests/fixtures/readsPinned.json) were written by the code before the speed-ups, so a
// speed-up cannot change a figure. Regenerate (only for a deliberate change of a figure):
// PIN_READS=1 npx vitest run tests/integration/readsPinned.test.ts
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { buildDataset } from '../../bench/dataset';
import { isoWeekKey } from '../../src/shared/time';
import { computeAuditMetrics } from '../../src/shared/audit/metrics';
import { auditInput, leanAuditInput } from '../../src/main/audit/report';
import { caseClocks, caseViews } from '../../src/main/protocol/cases';
import { tagCounts, tagsByUse, unresolvedCaseClocks, unresolvedCases } from '../../src/main/protocol/casesStore';
import { openTempCore, unwrap } from '../helpers/tempCore';

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
type Dispatch = (channel: string, input: unknown) => Promise<Answer>;

const PINNED = path.join(__dirname, '../fixtures/readsPinned.json');
const DAY = 86_400_000;
const tz = 'Europe/Paris';
const from = Date.UTC(2025, 10, 24); // a Monday
const days = 364;
const end = from + days * DAY + 11 * 3_600_000; // a Monday, 12:00 in Paris
let clock = end;
let core: Core;
let d: Dispatch;

/** The reads and inputs pinned, by label. */
const reads: [string, string, unknown][] = [
  ['veille.measures', 'veille.measures', undefined],
  ['veille.measures 3 weeks', 'veille.measures', { weeks: 3 }],
  ['veille.measures 26 weeks', 'veille.measures', { weeks: 26 }],
  ['protocol.cases.board', 'protocol.cases.board', undefined],
  ['protocol.summary', 'protocol.summary', undefined],
  ['protocol.summary Sunday', 'protocol.summary', { weekStartsOn: 0, tz: 'America/New_York' }],
  ['reports.today', 'reports.today', undefined],
  ['reports.today Sunday', 'reports.today', { weekStartsOn: 0, tz: 'America/New_York' }],
  ['audit.export.csv week', 'audit.export.csv', { from: end - 9 * DAY, to: end, tz, language: 'fr' }],
  ['audit.export.csv year', 'audit.export.csv', { from, to: end, tz, language: 'en', values: 'raw' }],
  ['career.decision.exportMarkdown', 'career.decision.exportMarkdown', { language: 'en' }],
  ['career.decision.exportMarkdown fr', 'career.decision.exportMarkdown', { language: 'fr' }],
];

beforeAll(async () => {
  core = openTempCore({ now: () => clock, tz });
  d = core.dispatch as Dispatch;
  await buildDataset(d, { seed: 7, scale: 0.05, from, days });
  // Veille links over the last ten weeks, triaged, starred, annotated, cited by a report.
  const source = (unwrap(await core.dispatch('veille.source.create', { url: 'https://pinned.example/feed.xml', theme: 'Pinned' })) as { id: number }).id;
  const cited: number[] = [];
  for (let i = 0; i < 140; i++) {
    clock = end - 70 * DAY + i * (DAY / 2) + (i % 5) * 3_600_000;
    const item = unwrap(await core.dispatch('veille.item.add', { url: `https://pinned.example/${i}`, title: `Pinned ${i}`, sourceId: i % 3 === 0 ? null : source })) as { id: number };
    if (i % 4 === 0) unwrap(await core.dispatch('veille.item.markRead', { id: item.id }));
    if (i % 3 === 1) unwrap(await core.dispatch('veille.item.triage', { id: item.id, triage: 'kept' }));
    if (i % 7 === 2) unwrap(await core.dispatch('veille.item.triage', { id: item.id, starred: true }));
    if (i % 11 === 0) unwrap(await core.dispatch('veille.item.triage', { id: item.id, triage: 'skipped' }));
    if (i % 6 === 1) cited.push(item.id);
  }
  const report = unwrap(await core.dispatch('veille.report.open', { week: isoWeekKey(new Date(end).toISOString().slice(0, 10)) })) as { id: number };
  unwrap(await core.dispatch('veille.report.saveEntry', { reportId: report.id, kind: 'insight', text: 'Pinned insight', itemIds: cited.slice(0, 8) }));
  unwrap(await core.dispatch('veille.report.saveEntry', { reportId: report.id, kind: 'recommendation', text: 'Pinned advice', itemIds: cited.slice(5, 12) }));
  unwrap(await core.dispatch('veille.report.deliver', { id: report.id }));
  // A timer running since two hours ago.
  clock = end - 2 * 3_600_000;
  const categories = unwrap(await core.dispatch('audit.categories.list', undefined)) as { id: number }[];
  unwrap(await core.dispatch('audit.timer.start', { categoryId: categories[0].id, tz }));
  clock = end;
}, 120_000);

afterAll(() => core?.close());

describe('reads made faster in issue 13', () => {
  it('answer exactly as before on the seeded dataset', async () => {
    const answers: Record<string, unknown> = {};
    for (const [label, channel, input] of reads) answers[label] = unwrap((await d(channel, input)) as never);
    if (process.env.PIN_READS === '1') fs.writeFileSync(PINNED, `${JSON.stringify(answers, null, 1)}\n`);
    const pinned = JSON.parse(fs.readFileSync(PINNED, 'utf8')) as Record<string, unknown>;
    for (const [label] of reads) expect(JSON.parse(JSON.stringify(answers[label])), label).toEqual(pinned[label]);
  });
});

describe("leanAuditInput (lean rows: Today, the trend, the charter, veille's monitoring time)", () => {
  it('gives every figure of auditInput but the scope ones, a running entry of any age included', () => {
    const db = core.db!;
    // entries with notes and scope overrides, so that only the scope figures could differ
    db.prepare("UPDATE time_entry SET responsibility_id = NULL, visibility = 'invisible', note = 'moved' WHERE id % 5 = 0").run();
    const periods = [
      { from: end - 30 * DAY, to: end + DAY, now: end },
      { from: end - 7 * DAY, to: end, now: end },
      // two days later the running entry is 50 hours old: still counted until now
      { from: end + DAY, to: end + 2 * DAY, now: end + 2 * DAY },
      { from, to: end + 3 * DAY, now: end + 3 * DAY },
    ];
    for (const { from: f, to, now } of periods) {
      const { outOfScope, invisible, scopeMapped, ...full } = computeAuditMetrics(auditInput(db, { from: f, to, tz }, now));
      const lean = computeAuditMetrics(leanAuditInput(db, { from: f, to, tz }, now));
      expect({ ...lean, outOfScope, invisible, scopeMapped }).toEqual({ ...full, outOfScope, invisible, scopeMapped });
      expect(full.trackedMinutes).toBeGreaterThan(0);
    }
  });
});

describe('caseClocks over unresolvedCaseClocks (the summary)', () => {
  it('gives the same cases, in the same order, with the same state and clocks as caseViews over unresolvedCases', async () => {
    const open = unresolvedCases(core.db!);
    // some cases waiting on the customer (an ongoing pause), one paused then resumed
    for (const c of open.slice(0, 3)) unwrap(await core.dispatch('protocol.case.act', { id: c.id, action: 'wait', at: end - 3 * DAY }));
    unwrap(await core.dispatch('protocol.case.act', { id: open[0].id, action: 'resume', at: end - DAY }));
    for (const now of [end, end + 5 * DAY]) {
      const views = caseViews(core.db!, unresolvedCases(core.db!), now);
      const lean = unresolvedCaseClocks(core.db!);
      expect(lean.map((c) => c.id)).toEqual(views.map((c) => c.id));
      expect(caseClocks(core.db!, lean, now)).toEqual(views.map(({ state, firstReply, resolution }) => ({ state, firstReply, resolution })));
      expect(views.filter((c) => c.state === 'waiting')).toHaveLength(2);
    }
  });

  it('tagsByUse lists the tags of tagCounts in the same order', () => {
    const tags = tagsByUse(core.db!);
    expect(tags.length).toBeGreaterThan(3);
    expect(tags).toEqual(tagCounts(core.db!).map((t) => t.tag));
  });
});
