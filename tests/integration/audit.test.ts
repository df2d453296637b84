import fs from 'node:fs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { jobDescriptionLines } from '../../src/main/audit/categories';
import { readIcs } from '../helpers/ics';
import { dbChecksum, openTempCore, tempDir, unwrap } from '../helpers/tempCore';
import { buildTogglCsv } from '../helpers/togglCsv';

const T0 = Date.parse('2026-03-23T09:00:00+01:00'); // Monday, Paris
const H = 3_600_000;
const M = 60_000;
const WEEK = { from: Date.parse('2026-03-23T00:00:00+01:00'), to: Date.parse('2026-03-30T00:00:00+02:00') };

let clock = T0;
const cores: Core[] = [];
function open(dataDir?: string, language: 'en' | 'fr' = 'en'): Core {
  const core = openTempCore({ now: () => clock, language, ...(dataDir ? { dataDir } : {}) });
  cores.push(core);
  return core;
}
afterEach(() => {
  for (const c of cores.splice(0)) c.db?.close();
  clock = T0;
});

type Core_ = Core;
const call = async <T = unknown>(core: Core_, channel: string, input?: unknown) => unwrap(await core.dispatch(channel, input) as never) as T;
const codeOf = async (core: Core_, channel: string, input?: unknown) => {
  const r = await core.dispatch(channel, input);
  return r.ok ? 'ok' : r.error.code;
};
/** The UI's two steps: preview the file (parsed once and held), then commit its import id with `mapping`. */
const importFile = async (core: Core_, file: { base64: string; fileName: string; tz?: string }, mapping: unknown) => {
  const preview = await core.dispatch('audit.import.preview', file);
  if (!preview.ok) return preview;
  return core.dispatch('audit.import.commit', { importId: (preview.value as { importId: string }).importId, mapping });
};
const imported = async (core: Core_, file: { base64: string; fileName: string; tz?: string }, mapping: unknown) => unwrap((await importFile(core, file, mapping)) as never) as { added: number; skipped: number };
const importCode = async (core: Core_, file: { base64: string; fileName: string; tz?: string }, mapping: unknown) => {
  const r = await importFile(core, file, mapping);
  return r.ok ? 'ok' : r.error.code;
};
const cats = (core: Core_) => call<{ id: number; name: string; mode: string; archived: boolean }[]>(core, 'audit.categories.list');

describe('audit storage and services', () => {
  it('seeds localised category presets', async () => {
    expect((await cats(open())).map((c) => c.name)).toContain('Content creation');
    expect((await cats(open(undefined, 'fr'))).map((c) => c.name)).toContain('Création de contenu');
    expect((await cats(open())).length).toBe(11);
  });

  it('a running timer survives a restart, and a switch ends the previous entry at the same instant', async () => {
    const dir = tempDir();
    const core = open(dir);
    const [content, moderation] = await cats(core);
    await call(core, 'audit.timer.start', { categoryId: content.id });
    core.close();
    clock = T0 + 30 * M;
    const again = open(dir);
    const state = await call<{ running: { categoryId: number; start: number } | null }>(again, 'audit.timer.state');
    expect(state.running).toMatchObject({ categoryId: content.id, start: T0 });
    await call(again, 'audit.timer.start', { categoryId: moderation.id });
    clock = T0 + 45 * M;
    await call(again, 'audit.timer.stop');
    const { entries } = await call<{ entries: { start: number; end: number; categoryId: number }[] }>(again, 'audit.entries.list', WEEK);
    expect(entries.map((e) => [e.start, e.end, e.categoryId])).toEqual([
      [T0, T0 + 30 * M, content.id],
      [T0 + 30 * M, T0 + 45 * M, moderation.id],
    ]);
    expect(await codeOf(again, 'audit.timer.stop')).toBe('timer_not_running');
    // the database refuses a second running entry by itself (the overlap trigger of 0060 fires
    // before the unique index: a running entry covers all time from its start)
    const running = again.db!.prepare("INSERT INTO time_entry (start_at, end_at, tz, category_id, source) VALUES (?, NULL, 'UTC', ?, 'timer')");
    running.run(T0 + 60 * M, content.id);
    expect(() => running.run(T0 + 61 * M, content.id)).toThrow(/time_entry_overlap/);
    again.db!.exec('DROP TRIGGER time_entry_no_overlap_insert');
    expect(() => running.run(T0 + 61 * M, content.id)).toThrow(/UNIQUE/);
  });

  it('refuses an overlapping entry and changes nothing', async () => {
    const core = open();
    const [c] = await cats(core);
    await call(core, 'audit.entries.create', { start: T0, end: T0 + H, categoryId: c.id });
    const before = dbChecksum(core);
    expect(await codeOf(core, 'audit.entries.create', { start: T0 + 30 * M, end: T0 + 2 * H, categoryId: c.id })).toBe('overlap');
    expect(dbChecksum(core)).toBe(before);
    // touching is not overlapping
    expect(await codeOf(core, 'audit.entries.create', { start: T0 + H, end: T0 + 2 * H, categoryId: c.id })).toBe('ok');
  });

  it('splits an entry in two at a given instant', async () => {
    const core = open();
    const [c] = await cats(core);
    const e = await call<{ id: number }>(core, 'audit.entries.create', { start: T0, end: T0 + 2 * H, categoryId: c.id, note: 'post' });
    const [a, b] = await call<{ start: number; end: number; note: string }[]>(core, 'audit.entries.split', { id: e.id, at: T0 + 45 * M });
    expect([a.start, a.end, b.start, b.end]).toEqual([T0, T0 + 45 * M, T0 + 45 * M, T0 + 2 * H]);
    expect(b.note).toBe('post');
    expect(await codeOf(core, 'audit.entries.split', { id: e.id, at: T0 })).toBe('invalid_input');
  });

  it('archives rather than deletes a used category', async () => {
    const core = open();
    const [used, unused] = await cats(core);
    await call(core, 'audit.entries.create', { start: T0, end: T0 + H, categoryId: used.id });
    const before = dbChecksum(core);
    expect(await codeOf(core, 'audit.categories.delete', { id: used.id })).toBe('category_in_use');
    expect(dbChecksum(core)).toBe(before);
    expect((await call<{ archived: boolean }>(core, 'audit.categories.update', { id: used.id, archived: true })).archived).toBe(true);
    expect(await codeOf(core, 'audit.categories.delete', { id: unused.id })).toBe('ok');
    expect(await codeOf(core, 'audit.timer.start', { categoryId: used.id })).toBe('conflict');
  });

  it('turns a pasted job description into responsibilities', async () => {
    expect(jobDescriptionLines('- Define KPIs\n\n• Moderate the community\n1. Define KPIs\n  Report results ')).toEqual(['Define KPIs', 'Moderate the community', 'Report results']);
    const core = open();
    const list = await call<{ text: string }[]>(core, 'audit.responsibilities.paste', { text: 'Define KPIs\nModerate' });
    expect(list.map((r) => r.text)).toEqual(['Define KPIs', 'Moderate']);
    await call(core, 'audit.responsibilities.paste', { text: 'Moderate\nReport' });
    expect(await call<unknown[]>(core, 'audit.responsibilities.list')).toHaveLength(3);
  });

  it('reports the week from indexed range reads', async () => {
    const core = open();
    const all = await cats(core);
    const deep = all.find((c) => c.mode === 'deep')!;
    const reactive = all.find((c) => c.mode === 'reactive')!;
    const [r] = await call<{ id: number }[]>(core, 'audit.responsibilities.paste', { text: 'Create content' });
    await call(core, 'audit.categories.update', { id: deep.id, responsibilityId: r.id });
    await call(core, 'audit.entries.create', { start: T0, end: T0 + 90 * M, categoryId: deep.id });
    await call(core, 'audit.entries.create', { start: T0 + 90 * M, end: T0 + 2 * H, categoryId: reactive.id });
    await call(core, 'audit.entries.create', { start: WEEK.from - 2 * H, end: WEEK.from - H, categoryId: reactive.id }); // outside
    await call(core, 'audit.interruptions.log', { channel: 'chat', at: T0 + 100 * M });
    const rep = await call<{ metrics: { trackedMinutes: number; shareByMode: { deep: number }; interruptions: { count: number; refocusMinutes: number }; outOfScope: { minutes: number } } }>(core, 'audit.report', WEEK);
    expect(rep.metrics.trackedMinutes).toBe(120);
    expect(rep.metrics.shareByMode.deep).toBeCloseTo(0.75);
    expect(rep.metrics.interruptions).toMatchObject({ count: 1, refocusMinutes: 15 });
    expect(rep.metrics.outOfScope.minutes).toBe(30);
    const plan = core.db!.prepare('EXPLAIN QUERY PLAN SELECT id FROM time_entry INDEXED BY time_entry_start WHERE start_at >= 1 AND start_at < 2 AND end_at > 1').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX time_entry_start/);
    const today = await call<{ deepMinutes: number; reactiveMinutes: number; interruptionsByChannel: { chat: number } }>(core, 'audit.today', {});
    expect(today).toMatchObject({ deepMinutes: 90, reactiveMinutes: 30, interruptionsByChannel: { chat: 1 } });
    const tr = await call<{ weeks: { weekStart: string; deepShare: number }[] }>(core, 'audit.trend', WEEK);
    expect(tr.weeks).toHaveLength(1);
    expect(tr.weeks[0]).toMatchObject({ weekStart: '2026-03-23', deepShare: 0.75 });
  });

  it('exports CSV that parses back (French: BOM, semicolons, decimal comma, dd/mm/yyyy, French words)', async () => {
    const core = open();
    const [c] = await cats(core);
    await call(core, 'audit.entries.create', { start: T0, end: T0 + 90 * M, categoryId: c.id, note: 'Post; "launch"\nline 2' });
    await call(core, 'audit.interruptions.log', { channel: 'phone', at: T0 + 20 * M, note: '=cmd' });
    const { content } = await call<{ content: string }>(core, 'audit.export.csv', { ...WEEK, language: 'fr' });
    expect(content.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(content.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [head, first, second] = parsed.data;
    expect(head[0]).toBe('Type');
    expect(first.slice(0, 6)).toEqual(['Temps', '23/03/2026', '09:00', '23/03/2026', '10:30', '1,50']);
    expect([first[7], first[9], first[14]]).toEqual(['Travail de fond', 'Visible', 'Saisie']);
    expect(first[13]).toBe('Post; "launch"\nline 2');
    expect(second[10]).toBe('Téléphone');
    expect(second[13]).toBe("'=cmd");
    const en = (await call<{ content: string }>(core, 'audit.export.csv', { ...WEEK, language: 'en' })).content;
    const enRows = Papa.parse<string[]>(en.slice(1), { skipEmptyLines: true }).data;
    expect(enRows[1][5]).toBe('1.50');
    // English as before: ISO days and the app's codes
    expect([enRows[1][1], enRows[1][7], enRows[1][9], enRows[1][14], enRows[2][10]]).toEqual(['2026-03-23', 'deep', 'visible', 'manual', 'phone']);
    // headers and row kinds come from the catalogue (audit.csv.*)
    expect(head).toEqual(['Type', 'Date', 'Début', 'Date de fin', 'Fin', 'Heures', 'Catégorie', 'Mode', 'Ligne de la fiche de poste', 'Visibilité', 'Canal', 'Plateforme', 'Qui', 'Note', 'Source']);
    expect(en.slice(1, en.indexOf('\r\n'))).toBe('type,date,start,end date,end,hours,category,mode,job description line,visibility,channel,platform,who,note,source');
    expect(second[0]).toBe('Interruption');
    expect(Papa.parse<string[]>(en.slice(1), { skipEmptyLines: true }).data[1][0]).toBe('entry');
  });

  it('exports the rhythm as an .ics that ical.js reads', async () => {
    const core = open();
    const reactive = (await cats(core)).find((c) => c.mode === 'reactive')!;
    await call(core, 'audit.entries.create', { start: T0, end: T0 + 90 * M, categoryId: reactive.id });
    for (const h of [10, 10, 14]) await call(core, 'audit.interruptions.log', { channel: 'chat', at: Date.parse(`2026-03-24T${h}:20:00+01:00`) });
    const { content, fileName } = await call<{ content: string; fileName: string }>(core, 'audit.rhythm.ics', { ...WEEK, labels: { reactive: 'Reactive slot', deep: 'Deep work', batch: 'Batch half-day', calendar: 'Rhythm' } });
    expect(fileName).toMatch(/\.ics$/);
    expect(content).toContain('\r\n');
    const { events } = readIcs(content);
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((e) => e.summary)).toContain('Batch half-day');
    expect(events.every((e) => e.isRecurring())).toBe(true);
  });

  it('imports a Toggl file all-or-nothing; importing it twice adds nothing', async () => {
    const core = open();
    const [c] = await cats(core);
    const base64 = fs.readFileSync('tests/fixtures/import/toggl-end.csv').toString('base64');
    const file = { base64, fileName: 'toggl.csv' };
    const preview = await call<{ importId: string; errors: unknown[]; newCount: number; sources: { project: { value: string }[] } }>(core, 'audit.import.preview', file);
    expect(preview.errors).toEqual([]);
    expect(preview.newCount).toBeGreaterThan(0);
    const mapping = { by: 'project', map: {}, fallbackCategoryId: c.id };
    const first = await call<{ added: number }>(core, 'audit.import.commit', { importId: preview.importId, mapping });
    expect(first.added).toBe(preview.newCount);
    const before = dbChecksum(core);
    // The same held file committed again, and the same file chosen again: nothing added.
    expect(await call<{ added: number; skipped: number }>(core, 'audit.import.commit', { importId: preview.importId, mapping })).toEqual({ added: 0, updated: 0, replaced: 0, skipped: preview.newCount });
    expect(await imported(core, file, mapping)).toEqual({ added: 0, updated: 0, replaced: 0, skipped: preview.newCount });
    expect(dbChecksum(core)).toBe(before);
    expect((await call<{ newCount: number }>(core, 'audit.import.preview', file)).newCount).toBe(0);
  });

  it('imports a file of 150,000 rows (more than a spread of arguments can hold) in one go', async () => {
    const core = open();
    const file = { base64: Buffer.from(buildTogglCsv(150_000, 11)).toString('base64'), fileName: 'big.csv', tz: 'Europe/Paris' };
    const preview = await call<{ errors: unknown[]; newCount: number; first: number; last: number }>(core, 'audit.import.preview', file);
    expect(preview.errors).toEqual([]);
    expect(preview.newCount).toBe(150_000);
    expect(preview.first).toBe(Date.parse('2015-01-05T08:00:00+01:00')); // the first row's wall time, read in Paris
    const [c] = await cats(core);
    expect((await imported(core, file, { by: 'project', map: {}, fallbackCategoryId: c.id })).added).toBe(150_000);
    const stored = core.db!.prepare("SELECT count(*) n, min(start_at) first, max(end_at) last FROM time_entry WHERE source = 'import'").get() as { n: number; first: number; last: number };
    expect(stored).toEqual({ n: 150_000, first: preview.first, last: preview.last });
  }, 120_000); // 150,000 rows parsed, checked and written: seconds, more on a loaded machine

  it('overlapping exports add only their new rows, whether the file is smaller or larger than what was imported', async () => {
    const core = open();
    const [c] = await cats(core);
    const [header, ...lines] = buildTogglCsv(30, 5).trimEnd().split('\n');
    const commit = (from: number, to: number) => {
      const file = { base64: Buffer.from([header, ...lines.slice(from, to)].join('\n')).toString('base64'), fileName: 'part.csv', tz: 'Europe/Paris' };
      return imported(core, file, { by: 'project', map: {}, fallbackCategoryId: c.id });
    };
    expect(await commit(0, 10)).toEqual({ added: 10, updated: 0, replaced: 0, skipped: 0 });
    expect(await commit(5, 12)).toEqual({ added: 2, updated: 0, replaced: 0, skipped: 5 }); // fewer rows than stored keys: looked up one by one
    expect(await commit(0, 30)).toEqual({ added: 18, updated: 0, replaced: 0, skipped: 12 }); // more rows than stored keys: one scan of the keys
    expect(core.db!.prepare("SELECT count(*) FROM time_entry WHERE source = 'import'").pluck().get()).toBe(30);
  });

  it('source values named like Object methods ("constructor", "toString") map like any other value', async () => {
    const core = open();
    const [a, b] = await cats(core);
    const csv = ['Project,Start date,Start time,End date,End time', 'constructor,2026-03-23,09:00:00,2026-03-23,10:00:00', 'toString,2026-03-23,10:00:00,2026-03-23,11:00:00', 'Plain,2026-03-23,11:00:00,2026-03-23,12:00:00'].join('\n');
    const file = { base64: Buffer.from(csv).toString('base64'), fileName: 'odd.csv', tz: 'Europe/Paris' };
    const before = dbChecksum(core);
    // Without a fallback, the unmapped "constructor" and "toString" rows are refused, not given Object's methods as categories.
    expect(await importCode(core, file, { by: 'project', map: { Plain: a.id }, fallbackCategoryId: null })).toBe('import_invalid');
    expect(dbChecksum(core)).toBe(before);
    expect((await imported(core, file, { by: 'project', map: { Plain: a.id, constructor: b.id }, fallbackCategoryId: a.id })).added).toBe(3);
    const rows = core.db!.prepare("SELECT category_id FROM time_entry WHERE source = 'import' ORDER BY start_at").pluck().all();
    expect(rows).toEqual([b.id, a.id, a.id]);
  });

  it('a malformed or unmapped import writes nothing', async () => {
    const core = open();
    const before = dbChecksum(core);
    const bad = fs.readFileSync('tests/fixtures/import/malformed/bad-date.csv').toString('base64');
    expect((await call<{ errors: unknown[] }>(core, 'audit.import.preview', { base64: bad, fileName: 'x.csv' })).errors.length).toBeGreaterThan(0);
    expect(await importCode(core, { base64: bad, fileName: 'x.csv' }, { by: 'project', map: {}, fallbackCategoryId: 1 })).toBe('import_invalid');
    const good = fs.readFileSync('tests/fixtures/import/toggl-end.csv').toString('base64');
    expect(await importCode(core, { base64: good, fileName: 'x.csv' }, { by: 'project', map: {}, fallbackCategoryId: null })).toBe('import_invalid');
    // An import id that was never handed out (or has expired) is refused with its own code.
    expect(await codeOf(core, 'audit.import.commit', { importId: '00000000-0000-4000-8000-000000000000', mapping: { by: 'project', map: {}, fallbackCategoryId: 1 } })).toBe('import_expired');
    expect(dbChecksum(core)).toBe(before);
  });

  it('invalid inputs give invalid_input and change nothing', async () => {
    const core = open();
    const before = dbChecksum(core);
    const bad: [string, unknown][] = [
      ['audit.entries.create', { start: T0 + H, end: T0, categoryId: 1 }],
      ['audit.entries.create', { start: T0, end: T0 + 25 * H, categoryId: 1 }],
      ['audit.entries.create', { start: T0, end: T0 + H, categoryId: 1, tz: 'Mars/Olympus' }],
      ['audit.entries.create', { start: T0, end: T0 + H, categoryId: 1, extra: 1 }],
      ['audit.timer.start', { categoryId: -1 }],
      ['audit.interruptions.log', { channel: 'pigeon' }],
      ['audit.categories.create', { name: '', color: '#123456', mode: 'deep' }],
      ['audit.categories.create', { name: 'x', color: 'red', mode: 'deep' }],
      ['audit.categories.update', { id: 1, mode: 'lazy' }],
      ['audit.report', { from: 10, to: 5 }],
      ['audit.saved.create', { name: 'w1', from: 10, to: 5 }],
      ['audit.import.preview', { base64: '!!!', fileName: 'x' }],
      ['audit.import.commit', { importId: 'not-an-id', mapping: { by: 'project', map: {}, fallbackCategoryId: 1 } }],
      ['audit.import.commit', { base64: 'AAAA', fileName: 'x', mapping: { by: 'project', map: {}, fallbackCategoryId: 1 } }],
    ];
    for (const [ch, input] of bad) expect(await codeOf(core, ch, input), ch).toBe('invalid_input');
    expect(dbChecksum(core)).toBe(before);
  });

  it('saves named audits', async () => {
    const core = open();
    const saved = await call<{ id: number; name: string }>(core, 'audit.saved.create', { name: ' Week 1 ', ...WEEK, conclusions: 'Too many chats' });
    expect(saved.name).toBe('Week 1');
    await call(core, 'audit.saved.update', { id: saved.id, conclusions: 'Batch replies' });
    expect((await call<{ conclusions: string }[]>(core, 'audit.saved.list'))[0].conclusions).toBe('Batch replies');
  });
});
