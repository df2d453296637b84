import fs from 'node:fs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { BATCH_PHASES, exportBuffer, exportGenericCsv, exportHootsuite, exportMonthMarkdown, genericCsvHeaders, publishIcsEvents, sessionIcsEvents } from '../../src/shared/calendar';
import { translator } from '../../src/shared/i18n';
import { buildIcs } from '../../src/shared/ics';
import { readIcs } from '../helpers/ics';
import type { BatchSession, Channel, ContentItem, Format, Pillar, RitualSlot } from '../../src/shared/calendar';
import { dbChecksum, openTempCore, tempDir, unwrap } from '../helpers/tempCore';

// Tuesday 4 November 2025, 09:00 in Paris.
const T0 = Date.UTC(2025, 10, 4, 8, 0);
let clock = T0;
const cores: Core[] = [];

function open(dataDir?: string): Core {
  const core = openTempCore({ now: () => clock, ...(dataDir ? { dataDir } : {}) });
  cores.push(core);
  return core;
}

afterEach(() => {
  for (const c of cores.splice(0)) c.close();
  clock = T0;
});

async function call<T = unknown>(core: Core, channel: string, input?: unknown): Promise<T> {
  return unwrap(await core.dispatch(channel, input) as never) as T;
}

/** The first run's channel step: the user chooses the channels they publish on (none is active before). */
async function chooseChannels(core: Core, ids: number[]): Promise<void> {
  for (const id of ids) await call(core, 'calendar.channel.update', { id, archived: false });
}

async function codeOf(core: Core, channel: string, input?: unknown): Promise<string> {
  const r = await core.dispatch(channel, input);
  return r.ok ? 'ok' : r.error.code;
}

async function expectRefused(core: Core, channel: string, input: unknown, code = 'invalid_input') {
  const before = dbChecksum(core);
  const r = await core.dispatch(channel, input);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
  expect(dbChecksum(core)).toBe(before);
}

interface Item {
  id: number;
  status: string;
  sessionId: number | null;
  plannedDate: string | null;
}

describe('calendar store and services', () => {
  it('seeds channels, pillars and formats with i18n keys as names', async () => {
    const core = open();
    const l = await call<{ channels: { name: string; cadencePerWeek: number }[]; pillars: { name: string }[]; formats: { name: string }[] }>(core, 'calendar.lookups');
    expect(l.channels.map((c) => c.name)).toContain('channel.linkedin');
    expect(l.channels).toHaveLength(7);
    expect(l.formats.map((f) => f.name)).toContain('format.carousel');
    expect(l.pillars.map((p) => p.name)).toContain('pillar.expertise');
  });

  it('activates no channel until the user chooses it (issue 14): an empty month has no channel gap', async () => {
    const core = open();
    const l = await call<{ channels: { archived: boolean }[] }>(core, 'calendar.lookups');
    expect(l.channels.every((c) => c.archived)).toBe(true);
    const fill = await call<{ gaps: { kind: string }[] }>(core, 'calendar.monthFill', { month: '2025-11', weekStartsOn: 1 });
    expect(fill.gaps.filter((g) => g.kind === 'channel-week')).toEqual([]);
    expect((await call<{ target: number }>(core, 'calendar.summary')).target).toBe(0);
    await chooseChannels(core, [2]);
    const chosen = await call<{ gaps: { kind: string; channelId?: number }[] }>(core, 'calendar.monthFill', { month: '2025-11', weekStartsOn: 1 });
    expect(new Set(chosen.gaps.filter((g) => g.kind === 'channel-week').map((g) => g.channelId))).toEqual(new Set([2]));
  });

  it('creates, edits, moves and deletes items; the backlog holds undated ideas', async () => {
    const core = open();
    const a = await call<Item>(core, 'calendar.item.create', { title: 'Idea without date', channelId: 2 });
    const b = await call<Item>(core, 'calendar.item.create', { title: 'Carousel', channelId: 1, formatId: 2, pillarId: 1, plannedDate: '2025-11-12', copy: 'Hello' });
    expect(a.status).toBe('idea');
    expect((await call<Item[]>(core, 'calendar.items.backlog')).map((i) => i.id)).toEqual([a.id]);
    await call(core, 'calendar.item.update', { id: a.id, plannedDate: '2025-11-20' });
    expect(await call<Item[]>(core, 'calendar.items.backlog')).toEqual([]);
    expect((await call<Item[]>(core, 'calendar.items.range', { from: '2025-11-01', to: '2025-11-30' })).map((i) => i.id)).toEqual([b.id, a.id]);
    // an item with only a publish time counts on its local day
    const c = await call<Item>(core, 'calendar.item.create', { title: 'Late post', publishAt: Date.UTC(2025, 10, 30, 23, 30) });
    expect((await call<Item[]>(core, 'calendar.items.range', { from: '2025-12-01', to: '2025-12-31' })).map((i) => i.id)).toEqual([c.id]);
    await call(core, 'calendar.item.delete', { id: b.id });
    expect(await core.dispatch('calendar.item.get', { id: b.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses bad input with a typed error and changes nothing', async () => {
    const core = open();
    const a = await call<Item>(core, 'calendar.item.create', { title: 'Keep me' });
    await expectRefused(core, 'calendar.item.create', { title: '' });
    await expectRefused(core, 'calendar.item.create', { title: 'x', plannedDate: '2025-02-30' });
    await expectRefused(core, 'calendar.item.create', { title: 'x', status: 'done' });
    await expectRefused(core, 'calendar.item.create', { title: 'x', extra: 1 });
    await expectRefused(core, 'calendar.item.create', { title: 'x', channelId: 999 }, 'not_found');
    await expectRefused(core, 'calendar.item.update', { id: a.id, pillarId: 999 }, 'not_found');
    await expectRefused(core, 'calendar.channel.create', { name: 'Blog', color: 'red', cadencePerWeek: 1, charLimit: null });
    await expectRefused(core, 'calendar.pillar.update', { id: 1, targetShare: 1.5 });
    await expectRefused(core, 'calendar.format.update', { id: 1, writingMinutes: -5 });
    await expectRefused(core, 'calendar.session.create', { date: '2025-11-25', start: 900, end: 800 });
    await expectRefused(core, 'calendar.session.assign', { itemIds: [a.id], sessionId: 42 }, 'not_found');
    await expectRefused(core, 'calendar.monthFill', { month: '2025-13', weekStartsOn: 1 });
  });

  it('edits channels, pillars and formats', async () => {
    const core = open();
    const blog = await call<{ id: number; name: string }>(core, 'calendar.channel.create', { name: 'Mon blog', color: '#112233', cadencePerWeek: 1, charLimit: null });
    expect((await call<{ archived: boolean }>(core, 'calendar.channel.update', { id: blog.id, archived: true })).archived).toBe(true);
    expect((await call<{ targetShare: number }>(core, 'calendar.pillar.update', { id: 1, targetShare: 0.5 })).targetShare).toBe(0.5);
    const item = await call<Item & { formatId: number | null }>(core, 'calendar.item.create', { title: 'x', formatId: 7 });
    await call(core, 'calendar.format.delete', { id: 7 });
    expect((await call<{ formatId: number | null }>(core, 'calendar.item.get', { id: item.id })).formatId).toBeNull();
  });

  it('every lookup table creates at the end of the order, patches only what is given, deletes or refuses a missing id', async () => {
    const core = open();
    const blog = await call<{ id: number; name: string; color: string; cadencePerWeek: number; charLimit: number | null; archived: boolean }>(core, 'calendar.channel.create', { name: 'Blog', color: '#112233', cadencePerWeek: 2, charLimit: 5000 });
    expect(blog).toMatchObject({ name: 'Blog', color: '#112233', cadencePerWeek: 2, charLimit: 5000, archived: false });
    expect(await call(core, 'calendar.channel.update', { id: blog.id, cadencePerWeek: 3 })).toEqual({ ...blog, cadencePerWeek: 3 });
    const pillar = await call<{ id: number }>(core, 'calendar.pillar.create', { name: 'Coulisses', color: '#445566', targetShare: 0.1 });
    expect(await call(core, 'calendar.pillar.update', { id: pillar.id, name: 'Behind the scenes' })).toEqual({ id: pillar.id, name: 'Behind the scenes', color: '#445566', targetShare: 0.1 });
    const format = await call<{ id: number }>(core, 'calendar.format.create', { name: 'Thread', writingMinutes: 25, visualsMinutes: 0 });
    const { channels, pillars, formats } = await call<{ channels: { id: number }[]; pillars: { id: number }[]; formats: { id: number; name: string }[] }>(core, 'calendar.lookups');
    expect(channels.filter((c) => c.id === blog.id)).toHaveLength(1);
    expect(pillars.at(-1)?.id).toBe(pillar.id);
    expect(formats.at(-1)).toMatchObject({ id: format.id, name: 'Thread' });
    await call(core, 'calendar.pillar.delete', { id: pillar.id });
    expect(await codeOf(core, 'calendar.pillar.delete', { id: pillar.id })).toBe('not_found');
    expect(await codeOf(core, 'calendar.format.update', { id: 999, name: 'x' })).toBe('not_found');
    expect(await codeOf(core, 'calendar.channel.update', { id: 999, archived: true })).toBe('not_found');
  });

  it('computes the month fill and the summary for Today', async () => {
    const core = open();
    await chooseChannels(core, [1, 2, 3, 4, 5, 6, 7]);
    await call(core, 'calendar.item.create', { title: 'LI 1', channelId: 2, pillarId: 1, plannedDate: '2025-11-04' });
    const fill = await call<{ plannedTotal: number; gaps: { kind: string; channelId?: number }[] }>(core, 'calendar.monthFill', { month: '2025-11', weekStartsOn: 1 });
    expect(fill.plannedTotal).toBe(1);
    expect(fill.gaps.some((g) => g.kind === 'channel-week' && g.channelId === 2)).toBe(true);
    await call(core, 'calendar.session.create', { date: '2025-11-25' });
    const summary = await call<{ month: string; planned: number; target: number; nextSession: { date: string; start: number; end: number } | null }>(core, 'calendar.summary');
    expect(summary).toMatchObject({ month: '2025-11', planned: 1, nextSession: { date: '2025-11-25', start: 780, end: 1020 } });
    expect(summary.target).toBeGreaterThan(50);
  });
});

describe('batch sessions', () => {
  async function planMonth(core: Core): Promise<number[]> {
    const ids: number[] = [];
    for (let d = 3; d <= 28; d += 1) {
      // 26 items: videos and carousels, too many for one afternoon
      ids.push((await call<Item>(core, 'calendar.item.create', { title: `Item ${d}`, channelId: 1 + (d % 3), formatId: d % 2 === 0 ? 1 : 2, pillarId: 1 + (d % 4), plannedDate: `2025-12-${String(d).padStart(2, '0')}` })).id);
    }
    return ids;
  }

  interface Detail {
    session: { id: number; state: { status: string; phaseIndex: number; segments: unknown[] }; itemCount: number };
    items: Item[];
    plan: { fits: boolean; overflowMinutes: number; proposals: { itemId: number }[]; phases: { key: string; minutes: number }[] };
    stale: boolean;
  }

  it('plans a session that overflows, then fits once the proposals are moved', async () => {
    const core = open();
    await planMonth(core);
    const s = await call<{ id: number; itemCount: number; targetMonth: string }>(core, 'calendar.session.create', { date: '2025-11-25', targetMonth: '2025-12', attachUnprepared: true });
    expect(s.itemCount).toBe(26);
    const d = await call<Detail>(core, 'calendar.session.get', { id: s.id });
    expect(d.plan.fits).toBe(false);
    expect(d.plan.overflowMinutes).toBeGreaterThan(0);
    expect(d.plan.phases.map((p) => p.key)).toEqual([...BATCH_PHASES]);
    const later = await call<{ id: number }>(core, 'calendar.session.create', { date: '2025-12-02', targetMonth: '2025-12' });
    await call(core, 'calendar.session.assign', { itemIds: d.plan.proposals.map((p) => p.itemId), sessionId: later.id });
    const after = await call<Detail>(core, 'calendar.session.get', { id: s.id });
    expect(after.plan.fits).toBe(true);
    expect(after.items).toHaveLength(26 - d.plan.proposals.length);
  });

  it('runs through all phases with a fixed clock and writes deep time entries', async () => {
    const core = open();
    const ids = (await planMonth(core)).slice(0, 3);
    const s = await call<{ id: number }>(core, 'calendar.session.create', { date: '2025-11-04', itemIds: ids, targetMonth: '2025-12' });
    clock = Date.UTC(2025, 10, 4, 12, 0); // 13:00 in Paris
    let d = await call<Detail>(core, 'calendar.run', { sessionId: s.id, action: 'start' });
    expect(d.session.state.status).toBe('running');
    const boxes = d.plan.phases.map((p) => p.minutes);
    d = await call<Detail>(core, 'calendar.run.toggle', { sessionId: s.id, entryId: 'strategy:objectives' });
    for (const [i, phase] of BATCH_PHASES.entries()) {
      clock += 20 * 60_000;
      if (phase !== 'strategy') for (const id of ids) d = await call<Detail>(core, 'calendar.run.toggle', { sessionId: s.id, entryId: `${phase}:item:${id}` });
      if (i === 1) {
        await call(core, 'calendar.run', { sessionId: s.id, action: 'pause' });
        clock += 10 * 60_000; // a pause is not work
        await call(core, 'calendar.run', { sessionId: s.id, action: 'resume' });
        clock += 5 * 60_000;
      }
      d = await call<Detail>(core, 'calendar.run', { sessionId: s.id, action: 'next' });
    }
    expect(d.session.state.status).toBe('finished');
    // ticking items does not change the frozen time boxes
    expect(d.plan.phases.map((p) => p.minutes)).toEqual(boxes);
    // scheduling needs a publish time; the others reached 'ready'
    expect(d.items.map((i) => i.status)).toEqual(['ready', 'ready', 'ready']);
    const rows = core.db!.prepare("SELECT t.start_at, t.end_at, t.source, t.note, c.mode, c.name FROM time_entry t JOIN category c ON c.id = t.category_id WHERE t.source = 'batch-session' ORDER BY t.start_at").all() as {
      note: string;
      start_at: number;
      end_at: number;
      source: string;
      mode: string;
      name: string;
    }[];
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.mode === 'deep' && r.source === 'batch-session')).toBe(true);
    expect(rows[0].name).toMatch(/Content creation|Création de contenu/);
    // the entry notes read the catalogue in the app's language
    expect(rows[0].note).toMatch(/^(Batch session — December 2025 · Strategic calendar|Session batch — décembre 2025 · Calendrier stratégique)$/);
    const minutes = rows.reduce((s, r) => s + (r.end_at - r.start_at) / 60_000, 0);
    expect(minutes).toBe(5 * 20 + 5);
    await expectRefused(core, 'calendar.run.toggle', { sessionId: s.id, entryId: 'nonsense' });
  });

  it('run mode measures minutes per item, and the planner offers to update the estimates from them', async () => {
    const core = open();
    const ids: number[] = [];
    for (let k = 0; k < 3; k += 1) ids.push((await call<Item>(core, 'calendar.item.create', { title: `Post ${k}`, channelId: 1, formatId: 5, plannedDate: `2025-12-0${k + 1}` })).id);
    const s = await call<{ id: number }>(core, 'calendar.session.create', { date: '2025-11-04', itemIds: ids, targetMonth: '2025-12' });
    expect(await call<unknown[]>(core, 'calendar.formats.learned')).toEqual([]);
    clock = Date.UTC(2025, 10, 4, 12, 0);
    await call(core, 'calendar.run', { sessionId: s.id, action: 'start' });
    clock += 10 * 60_000;
    await call(core, 'calendar.run', { sessionId: s.id, action: 'next' }); // writing
    for (const [k, id] of ids.entries()) {
      clock += (k === 0 ? 11 : 4) * 60_000; // the first post carries the setup
      await call(core, 'calendar.run.toggle', { sessionId: s.id, entryId: `writing:item:${id}` });
    }
    await call(core, 'calendar.run', { sessionId: s.id, action: 'finish' });
    const learned = await call<{ formatId: number; block: string; current: unknown; measured: unknown }[]>(core, 'calendar.formats.learned');
    expect(learned).toEqual([{ formatId: 5, block: 'writing', current: { setup: 5, perItem: 3 }, measured: { setup: 7, perItem: 4 }, sessions: 1, items: 3 }]);
    expect(await call(core, 'calendar.formats.learn', { formatIds: [5] })).toEqual({ changed: 1 });
    const post = (await call<{ formats: { id: number; writingSetupMinutes: number; writingMinutes: number }[] }>(core, 'calendar.lookups')).formats.find((f) => f.id === 5)!;
    expect([post.writingSetupMinutes, post.writingMinutes]).toEqual([7, 4]);
    expect(await call<unknown[]>(core, 'calendar.formats.learned')).toEqual([]);
  });

  it('a deleted item comes back with Undo, with its id, status and session', async () => {
    const core = open();
    const s = await call<{ id: number }>(core, 'calendar.session.create', { date: '2025-11-04' });
    const item = await call<Item>(core, 'calendar.item.create', { title: 'Carousel', channelId: 1, formatId: 2, plannedDate: '2025-11-12', status: 'drafting', sessionId: s.id });
    const del = await call<{ item: Item }>(core, 'calendar.item.delete', { id: item.id });
    expect(await codeOf(core, 'calendar.item.get', { id: item.id })).toBe('not_found');
    const back = await call<Item>(core, 'calendar.item.restore', { item: del.item });
    expect(back).toEqual(item);
  });

  it('survives a restart, and stops the clock where the app died after a crash', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    const s = await call<{ id: number }>(first, 'calendar.session.create', { date: '2025-11-04' });
    await call(first, 'calendar.run', { sessionId: s.id, action: 'start' });
    clock += 60_000;
    await call(first, 'calendar.run.heartbeat', { sessionId: s.id });
    first.close();
    // a quick restart: still running
    clock += 30_000;
    const second = open(dataDir);
    let d = await call<Detail>(second, 'calendar.session.get', { id: s.id });
    expect(d.session.state.status).toBe('running');
    expect(d.stale).toBe(false);
    second.close();
    // an hour later: stale; recovering pauses it at the last heartbeat
    clock += 3_600_000;
    const third = open(dataDir);
    d = await call<Detail>(third, 'calendar.session.get', { id: s.id });
    expect(d.stale).toBe(true);
    d = await call<Detail>(third, 'calendar.run', { sessionId: s.id, action: 'recover' });
    expect(d.session.state.status).toBe('paused');
    const total = third.db!.prepare("SELECT sum(end_at - start_at) AS ms FROM time_entry WHERE source = 'batch-session'").get() as { ms: number };
    expect(total.ms).toBe(60_000);
    expect(fs.existsSync(dataDir)).toBe(true);
  });
});

describe('exports, parsed back', () => {
  it('every format is readable by a real parser', async () => {
    const core = open();
    await chooseChannels(core, [1, 2, 3]);
    const at = (d: number, h: number, m = 0) => Date.UTC(2025, 11, d, h - 1, m);
    await call(core, 'calendar.item.create', { title: 'Carousel', channelId: 1, formatId: 2, pillarId: 1, plannedDate: '2025-12-02', publishAt: at(2, 9, 2), copy: 'Bonjour, "monde"; ça va ?', link: 'https://example.com/a' });
    await call(core, 'calendar.item.create', { title: 'Thread', channelId: 3, plannedDate: '2025-12-03', publishAt: at(3, 10), copy: 'x'.repeat(300) });
    await call(core, 'calendar.item.create', { title: 'No time', channelId: 2, plannedDate: '2025-12-04', copy: 'Later' });
    await call(core, 'calendar.session.create', { date: '2025-11-25', targetMonth: '2025-12' });
    const data = await call<{ items: ContentItem[]; sessions: BatchSession[]; channels: Channel[]; pillars: Pillar[]; formats: Format[]; ritual: RitualSlot; now: number; tz: string }>(core, 'calendar.exportData', { month: '2025-12' });
    const t = translator('fr');

    const buffer = exportBuffer(data.items, data.channels, data.tz, { now: data.now });
    expect(buffer.files.map((f) => f.name)).toEqual(['buffer-1-instagram.csv']);
    const rows = Papa.parse<string[]>(buffer.files[0].content, { header: false }).data;
    expect(rows[0]).toEqual(['Text', 'Image URL', 'Tags', 'Posting Time']);
    expect(rows[1][3]).toBe('2025-12-02 09:02');
    expect(buffer.skipped.map((s) => s.reason).sort()).toEqual(['no-publish-time', 'over-limit']);

    const hoot = exportHootsuite(data.items, data.channels, data.tz, { dateOrder: 'dmy', now: data.now });
    const hrows = Papa.parse<string[]>(hoot.files[0].content, { header: false }).data;
    expect(hrows[0]).toEqual(['02/12/2025 09:05', 'Bonjour, "monde"; ça va ?', 'https://example.com/a']);

    const generic = exportGenericCsv(data.items, { channels: data.channels, formats: data.formats, pillars: data.pillars, t }, { locale: 'fr', headers: genericCsvHeaders(t) });
    expect(generic.files[0].content.startsWith('\uFEFF')).toBe(true);
    const grows = Papa.parse<Record<string, string>>(generic.files[0].content.slice(1), { header: true, delimiter: ';' }).data;
    expect(grows).toHaveLength(3);
    expect(grows[0]['Titre']).toBe('Carousel');
    expect(grows[0]['Effort (h)']).toBe('0,22');

    const md = exportMonthMarkdown({ month: '2025-12', weekStartsOn: 1, tz: data.tz, locale: 'fr', channels: data.channels, formats: data.formats, pillars: data.pillars, items: data.items, t });
    expect(md.files[0].content).toContain('# Plan de contenu — décembre 2025');

    const events = [...sessionIcsEvents(data.sessions, data.ritual, { t, locale: 'fr' }), ...publishIcsEvents(data.items, { channels: data.channels, t })];
    const ics = buildIcs(events, { now: data.now, calName: 'Coulisses' });
    const parsed = readIcs(ics);
    expect(parsed.events.map((e) => e.summary)).toEqual(['Session batch — décembre 2025', 'Suivi des performances', 'Instagram · Carousel', 'X · Thread']);
    expect(parsed.events[0].startDate.toJSDate().getTime()).toBe(Date.UTC(2025, 10, 25, 12));
  });
});

describe('a batch session and the audit timer', () => {
  it('starting a session ends the running audit timer at that instant, so the two never overlap', async () => {
    const t0 = Date.UTC(2025, 10, 4, 12, 0);
    let now = t0;
    const core = openTempCore({ now: () => now });
    try {
      const d = core.dispatch as (c: string, i?: unknown) => Promise<{ ok: boolean; value?: unknown }>;
      const cats = (await d('audit.categories.list')).value as { id: number }[];
      expect((await d('audit.timer.start', { categoryId: cats[0].id })).ok).toBe(true);
      now = t0 + 30 * 60_000;
      const session = (await d('calendar.session.create', { date: '2025-11-04' })).value as { id: number };
      expect((await d('calendar.run', { sessionId: session.id, action: 'start' })).ok).toBe(true);
      // one clock: the session's open segment is now the running entry
      const timer = (await d('audit.timer.state')).value as { running: { source: string; start: number } | null };
      expect(timer.running).toMatchObject({ source: 'batch-session', start: now });
      now += 20 * 60_000;
      expect((await d('calendar.run', { sessionId: session.id, action: 'finish' })).ok).toBe(true);
      const rows = core.db!.prepare('SELECT start_at s, end_at e, source FROM time_entry ORDER BY start_at').all() as { s: number; e: number; source: string }[];
      expect(rows.map((r) => r.source)).toEqual(['timer', 'batch-session']);
      expect(rows[0].e).toBeLessThanOrEqual(rows[1].s);
    } finally {
      core.close();
    }
  });
});
