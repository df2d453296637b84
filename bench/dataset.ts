import { CHANNEL_NAMES } from '../src/shared/contract';
import { rng } from '../tests/helpers/togglCsv';
import { isoWeekKey } from '../src/shared/time';

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
type Dispatch = (channel: string, input: unknown) => Promise<Answer>;

export interface DatasetOptions {
  seed: number;
  /** 1 = three years of a heavy user: ~50,000 entries, ~20,000 interruptions. */
  scale: number;
  /** First day (UTC midnight) of the dataset. */
  from: number;
  days: number;
  /** Only generate days inside [onlyFrom, onlyTo) (for the single-week reference database). */
  onlyFrom?: number;
  onlyTo?: number;
}

export interface DatasetCounts {
  entries: number;
  interruptions: number;
  items: number;
  sessions: number;
  decisions: number;
  veilleItems: number;
  veilleReports: number;
  cases: number;
}

const has = (c: string) => (CHANNEL_NAMES as readonly string[]).includes(c);

function must(r: Answer, what: string): unknown {
  if (!r.ok) throw new Error(`${what}: ${r.error?.code} ${r.error?.message}`);
  return r.value;
}

/** Deterministic data written through the app's own dispatcher, stores and migrations. */
export async function buildDataset(dispatch: Dispatch, opts: DatasetOptions): Promise<DatasetCounts> {
  const random = rng(opts.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const counts: DatasetCounts = { entries: 0, interruptions: 0, items: 0, sessions: 0, decisions: 0, veilleItems: 0, veilleReports: 0, cases: 0 };
  const categories = must(await dispatch('audit.categories.list', undefined), 'categories') as { id: number }[];
  const channels = ['notification', 'email', 'chat', 'oral', 'phone', 'other'] as const;
  const entriesPerDay = Math.round(64 * opts.scale);
  const interruptionsPerDay = Math.round(25 * opts.scale);
  const tz = 'Europe/Paris';

  for (let d = 0; d < opts.days; d++) {
    const day = opts.from + d * 86_400_000;
    const weekday = new Date(day).getUTCDay();
    const working = weekday !== 0 && weekday !== 6;
    const inRange = (opts.onlyFrom === undefined || day >= opts.onlyFrom) && (opts.onlyTo === undefined || day < opts.onlyTo);
    // Draw the same random numbers whether or not the day is kept, so both databases match.
    const n = working ? entriesPerDay : Math.round(entriesPerDay * 0.1);
    let t = day + 7 * 3_600_000; // 08:00 Paris in winter, 09:00 in summer: fine for a benchmark
    for (let i = 0; i < n; i++) {
      const length = 3 + Math.floor(random() * 9); // 3 to 11 minutes
      const gap = Math.floor(random() * 2);
      const categoryId = pick(categories).id;
      if (inRange) {
        must(await dispatch('audit.entries.create', { start: t, end: t + length * 60_000, tz, categoryId, note: i % 7 === 0 ? 'client request' : '' }), 'entry');
        counts.entries++;
      }
      t += (length + gap) * 60_000;
    }
    const m = working ? interruptionsPerDay : Math.round(interruptionsPerDay * 0.1);
    for (let i = 0; i < m; i++) {
      const at = day + 7 * 3_600_000 + Math.floor(random() * 11 * 3_600_000);
      const channel = pick(channels);
      if (inRange) {
        must(await dispatch('audit.interruptions.log', { channel, at, tz }), 'interruption');
        counts.interruptions++;
      }
    }
  }
  if (opts.onlyFrom !== undefined) return counts;

  if (has('calendar.item.create')) {
    const itemCount = Math.round(3000 * opts.scale);
    for (let i = 0; i < itemCount; i++) {
      const day = new Date(opts.from + Math.floor(random() * opts.days) * 86_400_000).toISOString().slice(0, 10);
      const r = await dispatch('calendar.item.create', { title: `Post ${i}`, plannedDate: day, copy: 'Lorem ipsum '.repeat(1 + (i % 10)) });
      if (r.ok) counts.items++;
    }
  }
  if (has('calendar.session.create')) {
    const sessionCount = Math.round(150 * opts.scale);
    for (let i = 0; i < sessionCount; i++) {
      const date = new Date(opts.from + Math.floor((i / sessionCount) * opts.days) * 86_400_000).toISOString().slice(0, 10);
      const r = await dispatch('calendar.session.create', { date, targetMonth: date.slice(0, 7) });
      if (r.ok) counts.sessions++;
    }
  }
  if (has('career.decision.create')) {
    const decisionCount = Math.round(300 * opts.scale);
    for (let i = 0; i < decisionCount; i++) {
      const date = new Date(opts.from + Math.floor(random() * opts.days) * 86_400_000).toISOString().slice(0, 10);
      must(
        await dispatch('career.decision.create', {
          date,
          title: `Decision ${i}`,
          context: 'Reach fell on Instagram',
          measured: 'Reach and saves per post',
          options: 'Reels, carousels, fewer posts',
          arbitration: 'Carousels for education',
          changed: 'Two carousels a week',
          kpiName: 'saves',
          kpiBefore: 100 + i,
          kpiAfter: 130 + i,
          skills: ['analytics'],
          tags: ['instagram'],
        }),
        'decision',
      );
      counts.decisions++;
    }
  }
  if (has('veille.item.add')) {
    // Veille: 20 sources, ~10,000 links (about ten a working day) triaged and partly annotated,
    // and one delivered weekly report per week citing kept items, with management's answers.
    const sources: number[] = [];
    for (let i = 0; i < 20; i++) sources.push((must(await dispatch('veille.source.create', { url: `https://source-${i}.example/feed.xml`, theme: `Theme ${i % 5}` }), 'veille source') as { id: number }).id);
    const itemCount = Math.round(10_000 * opts.scale);
    const kept: number[] = [];
    for (let i = 0; i < itemCount; i++) {
      const item = must(await dispatch('veille.item.add', { url: `https://source-${i % 20}.example/post/${i}?utm_source=rss`, title: `Article ${i} about ${pick(['video', 'community', 'ads', 'search', 'creators'])}`, note: i % 7 === 0 ? 'Worth a look' : '', sourceId: sources[i % 20] }), 'veille item') as { id: number };
      counts.veilleItems++;
      const roll = random();
      if (roll < 0.55) must(await dispatch('veille.item.triage', { id: item.id, triage: 'skipped' }), 'veille triage');
      else if (roll < 0.65) must(await dispatch('veille.item.triage', { id: item.id, triage: 'new' }), 'veille triage');
      else kept.push(item.id);
      if (roll > 0.9) must(await dispatch('veille.item.annotate', { id: item.id, signal: pick(['fact', 'trend', 'weak'] as const), theme: 'Video', question: 'What grows?', implication: 'Test it', echoOf: null }), 'veille annotation');
    }
    const weeks = Math.floor(opts.days / 7);
    for (let w = 0; w < weeks && kept.length > 0; w++) {
      const thursday = new Date(opts.from + (w * 7 + 3) * 86_400_000).toISOString().slice(0, 10);
      const report = must(await dispatch('veille.report.open', { week: isoWeekKey(thursday) }), 'veille report') as { id: number };
      for (const kind of ['insight', 'weak_signal', 'recommendation', 'recommendation'] as const) {
        must(await dispatch('veille.report.saveEntry', { reportId: report.id, kind, text: `${kind} of week ${w}`, itemIds: [pick(kept), pick(kept)] }), 'veille entry');
      }
      const delivered = must(await dispatch('veille.report.deliver', { id: report.id }), 'veille deliver') as { entries: { id: number; kind: string }[] };
      for (const e of delivered.entries.filter((x) => x.kind === 'recommendation')) must(await dispatch('veille.recommendation.decide', { id: e.id, status: pick(['accepted', 'declined', 'pending'] as const) }), 'veille answer');
      counts.veilleReports++;
    }
  }
  if (has('protocol.case.log')) {
    // About ten cases a week, tagged; nine in ten answered within the hour and resolved within
    // three, the rest left open (the board then computes clocks running for months); verbatims.
    const types = must(await dispatch('protocol.types.list', undefined), 'types') as { id: number }[];
    const tags = ['delivery', 'app', 'refund', 'login', 'store', 'price'] as const;
    const networks = ['Instagram', 'Facebook', 'X', 'LinkedIn', 'TikTok'] as const;
    const caseCount = Math.round(1500 * opts.scale);
    for (let i = 0; i < caseCount; i++) {
      const at = opts.from + Math.floor(random() * opts.days) * 86_400_000 + (7 + Math.floor(random() * 10)) * 3_600_000;
      const c = must(
        await dispatch('protocol.case.log', { typeId: pick(types).id, channel: pick(networks), text: `Case ${i}: my parcel is late, write to client${i}@example.com`, tags: [pick(tags)], author: `@user${i % 200}`, at, tz }),
        'case',
      ) as { id: number };
      counts.cases++;
      if (i % 10 === 0) continue;
      must(await dispatch('protocol.case.act', { id: c.id, action: 'reply', at: at + 30 * 60_000 }), 'case reply');
      must(await dispatch('protocol.case.act', { id: c.id, action: 'resolve', at: at + 3 * 3_600_000 }), 'case resolve');
      if (i % 5 === 0) must(await dispatch('protocol.verbatims.create', { caseId: c.id, text: `Verbatim ${i}, call me on 06 12 34 56 78`, tag: pick(tags), tz }), 'verbatim');
    }
  }
  return counts;
}

/**
 * The bench's calendar (bench/run.ts and bench/profileReads.ts): three years (3 × 364 days) from
 * Monday 27 November 2023 (epoch ms, UTC midnight) in Europe/Paris, "now" at their end; the
 * measured week is week 100 of 156, [weekFrom, weekTo) in epoch ms.
 */
export const BENCH_CALENDAR = (() => {
  const DAY = 86_400_000;
  const from = Date.UTC(2023, 10, 27);
  const weekFrom = from + 100 * 7 * DAY;
  return { tz: 'Europe/Paris', DAY, from, days: 3 * 364, weekFrom, weekTo: weekFrom + 7 * DAY };
})();

/** Inputs tried for each read channel, in order: the first one its schema accepts is the one measured. */
export function readCandidates(): unknown[] {
  const { tz, weekFrom, weekTo } = BENCH_CALENDAR;
  const period = { from: weekFrom, to: weekTo, tz };
  return [
    undefined,
    {},
    period,
    { ...period, language: 'en' },
    { ...period, labels: { reactive: 'Reactive slot', deep: 'Deep work', batch: 'Batch half-day', calendar: 'Rhythm' } },
    { month: '2026-10' },
    { month: '2026-10', tz },
    { month: '2026-10', weekStartsOn: 1 },
    { from: '2026-09-28', to: '2026-11-01' }, // the calendar's month grid, in civil dates
    { language: 'en' },
    { id: 1 },
    { id: 1, language: 'en' },
    { from: weekFrom, to: weekTo },
  ];
}
