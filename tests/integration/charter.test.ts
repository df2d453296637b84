import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/contract';
import { defaultSections } from '../../src/shared/charter/document';
import { localWallTimeToInstant } from '../../src/shared/time';
import { dbChecksum, openTempCore, unwrap } from '../helpers/tempCore';

const TZ = 'Europe/Paris';
const at = (day: string, hhmm: string) => localWallTimeToInstant(day, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), TZ);
// Wednesday 1 April 2026, 12:00 in Paris.
const NOW = at('2026-04-01', '12:00');

let core: Core;
afterEach(() => core?.close());

function open(now = NOW): Core {
  core = openTempCore({ now: () => now, tz: TZ });
  return core;
}

async function call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  return unwrap(await core.dispatch(channel, input)) as ChannelOutput<C>;
}

/** A refused call: its error code, and proof that nothing changed. */
async function refused<C extends ChannelName>(channel: C, input: unknown): Promise<string> {
  const before = dbChecksum(core);
  const r = await core.dispatch(channel, input as ChannelInput<C>);
  expect(r.ok, `${channel} should be refused`).toBe(false);
  expect(dbChecksum(core)).toBe(before);
  return r.ok ? '' : r.error.code;
}

async function contentCategory(): Promise<number> {
  const cats = await call('audit.categories.list');
  return cats.find((c) => c.mode === 'deep')!.id;
}

async function work(categoryId: number, day: string, from: string, to: string, toDay = day) {
  await call('audit.entries.create', { start: at(day, from), end: at(toDay, to), categoryId, tz: TZ });
}

describe('charter document', () => {
  it('goes from draft to proposed to signed; a frozen version refuses edits; a new version starts from it', async () => {
    open();
    expect(await call('charter.doc.get')).toBeNull();
    const draft = await call('charter.doc.create', { language: 'en' });
    expect(draft).toMatchObject({ version: 1, status: 'draft', snapshot: null });
    expect(draft.sections.map((s) => s.clauses.length)).toEqual([3, 4, 3, 4, 3, 4]);

    const sections = defaultSections();
    sections[0].clauses = [{ preset: 'scope', text: null }, { preset: null, text: 'Our agency follows it too.' }];
    sections[2].clauses[0] = { preset: 'late', text: 'After 8 pm, say so.' };
    await call('charter.doc.update', { id: draft.id, organisation: 'Acme', sections });
    const view = (await call('charter.doc.get', { id: draft.id }))!;
    expect(view.rendered.sections[0].clauses).toEqual([expect.stringContaining('every member of the team'), 'Our agency follows it too.']);
    expect(view.rendered.meta[0]).toBe('Acme');

    const proposed = await call('charter.doc.propose', { id: draft.id, on: '2026-03-02' });
    expect(proposed).toMatchObject({ status: 'proposed', proposedOn: '2026-03-02' });
    expect(proposed.snapshot?.hours.disconnect).toBe(1200);
    expect(proposed.sections[0].clauses[0].text).toContain('every member of the team');

    expect(await refused('charter.doc.update', { id: draft.id, organisation: 'Other' })).toBe('charter_frozen');
    expect(await refused('charter.doc.delete', { id: draft.id })).toBe('charter_frozen');
    expect(await refused('charter.doc.sign', { id: draft.id, on: '2026-03-01', by: 'Claire' })).toBe('charter_sign_date');

    // Changing the working hours does not change what was proposed.
    await call('settings.update', { charter: { days: [null, { start: 480, end: 960 }, null, null, null, null, null], disconnect: 1140 } });
    const signed = await call('charter.doc.sign', { id: draft.id, on: '2026-03-09', by: 'Claire Martin, CMO' });
    expect(signed).toMatchObject({ status: 'signed', signedOn: '2026-03-09', signedBy: 'Claire Martin, CMO' });
    const rendered = (await call('charter.doc.get', { id: draft.id }))!.rendered;
    expect(rendered.sections[4].tables[0].rows[0]).toEqual(['Monday', '9:00 AM – 6:00 PM']);
    expect(rendered.signature.lines[0]).toBe('Signed on Mar 9, 2026 by Claire Martin, CMO.');

    // Version 2 from the signed one, in French: untouched presets follow the catalogue again.
    const v2 = await call('charter.doc.create', { language: 'fr', fromId: draft.id });
    expect(v2).toMatchObject({ version: 2, status: 'draft', organisation: 'Acme' });
    expect(v2.sections[0].clauses).toEqual([{ preset: 'scope', text: null }, { preset: null, text: 'Our agency follows it too.' }]);
    expect(v2.sections[2].clauses[0]).toEqual({ preset: 'late', text: 'After 8 pm, say so.' });
    const v2view = (await call('charter.doc.get'))!;
    expect(v2view.doc.id).toBe(v2.id);
    expect(v2view.rendered.sections[0].clauses[0]).toContain('chaque membre de l’équipe');
    expect(v2view.rendered.sections[4].tables[0].rows[0]).toEqual(['lundi', '08:00 – 16:00']);

    expect(await refused('charter.doc.create', { language: 'en' })).toBe('charter_draft_exists');
    expect((await call('charter.docs.list')).map((d) => [d.version, d.status])).toEqual([
      [2, 'draft'],
      [1, 'signed'],
    ]);
    await call('charter.doc.delete', { id: v2.id });
    expect((await call('charter.doc.get'))!.doc.version).toBe(1);
  });

  it('refuses bad sections, bad slots and a second exception on a day, changing nothing', async () => {
    open();
    const draft = await call('charter.doc.create', { language: 'en' });
    const bad = defaultSections();
    bad[1].clauses.push({ preset: 'scope', text: null }); // a preset of another section
    expect(await refused('charter.doc.update', { id: draft.id, sections: bad })).toBe('invalid_input');
    expect(await refused('charter.doc.update', { id: draft.id, sections: [...defaultSections()].reverse() })).toBe('invalid_input');
    const twice = defaultSections();
    twice[0].clauses.push({ preset: 'scope', text: 'again' });
    expect(await refused('charter.doc.update', { id: draft.id, sections: twice })).toBe('invalid_input');
    expect(await refused('charter.slots.save', { slots: [{ weekday: 1, start: 600, end: 600, channels: ['phone'] }] })).toBe('invalid_input');
    expect(await refused('charter.slots.save', { slots: [{ weekday: 1, start: 600, end: 700, channels: [] }] })).toBe('invalid_input');
    await call('charter.exception.create', { day: '2026-03-12', reason: 'Launch crisis' });
    expect(await refused('charter.exception.create', { day: '2026-03-12', reason: 'Another' })).toBe('exception_exists');
    expect(await refused('charter.exception.create', { day: '2026-03-13', reason: '   ' })).toBe('invalid_input');
  });

  it('keeps slots that cross midnight, channels in catalogue order', async () => {
    open();
    const saved = await call('charter.slots.save', { slots: [{ weekday: 5, start: 22 * 60, end: 60, channels: ['social', 'phone'] }] });
    expect(saved).toEqual([{ id: expect.any(Number), weekday: 5, start: 1320, end: 60, channels: ['phone', 'social'] }]);
  });
});

describe('charter compliance', () => {
  it('late evenings and their projection equal the audit report’s, for the week and the year to date', async () => {
    open();
    const cat = await contentCategory();
    // Some days of Q1 2026 with late evenings (after 20:00), one of them on a Sunday.
    for (const day of ['2026-01-05', '2026-01-20', '2026-02-03', '2026-02-15', '2026-03-24', '2026-03-25']) await work(cat, day, '18:00', '21:30');
    await work(cat, '2026-03-26', '09:00', '17:00');
    await call('audit.interruptions.log', { channel: 'email', who: 'Boss', at: at('2026-03-26', '22:15') });
    const week = { from: at('2026-03-23', '00:00'), to: at('2026-03-30', '00:00'), tz: TZ };
    const c = await call('charter.compliance', week);
    const audit = await call('audit.report', week);
    expect(c.period.lateEvenings).toMatchObject({ count: audit.metrics.lateEvenings.count, projectionPerYear: audit.metrics.lateEvenings.projectionPerYear, daysInPeriod: 7, threshold: 50 });
    expect(c.period.lateEvenings.count).toBe(3);
    expect(c.period.days.filter((d) => d.lateEvening).map((d) => d.day)).toEqual(audit.metrics.lateEvenings.days);

    const ytd = await call('audit.report', { from: at('2026-01-01', '00:00'), to: at('2026-04-02', '00:00'), tz: TZ });
    expect(c.yearToDate.lateEvenings).toMatchObject({ count: ytd.metrics.lateEvenings.count, projectionPerYear: ytd.metrics.lateEvenings.projectionPerYear, daysInPeriod: ytd.metrics.lateEvenings.daysInPeriod });
    // counted from the first tracked day (5 January), as the audit counts them
    expect(c.yearToDate.lateEvenings.daysInPeriod).toBe(87);
    expect(c.yearToDate.lateEvenings.count).toBe(7);
    expect(c.yearToDate.dayOff).toMatchObject({ count: 1, minutes: 210 });
    expect(c.yearToDate.outside.byRequester).toEqual([{ who: 'Boss', count: 1 }]);
    // The year to date names the same days as the audit's late evenings, and counts no day before them.
    expect({ firstDay: c.yearToDate.firstDay, lastDay: c.yearToDate.lastDay }).toEqual({ firstDay: ytd.metrics.lateEvenings.firstDay, lastDay: ytd.metrics.lateEvenings.lastDay });
    expect(c.yearToDate.firstDay).toBe('2026-01-05');
  });

  it('counts no day before the first tracked day: a new user keeps no charter yet, and a first week counts from its first tracked day', async () => {
    open(at('2026-03-26', '12:00')); // Thursday
    const week = { from: at('2026-03-23', '00:00'), to: at('2026-03-30', '00:00'), tz: TZ };
    // Nothing tracked: not one day counted, this week or this year, and Today says so.
    const fresh = await call('charter.compliance', week);
    expect(fresh.period).toMatchObject({ counted: 0, kept: 0 });
    expect(fresh.yearToDate).toMatchObject({ counted: 0, kept: 0, firstDay: '2026-03-26', lastDay: '2026-03-26' });
    expect(fresh.trackingSince).toBeNull();
    expect(await call('charter.today', { tz: TZ, weekStartsOn: 1 })).toEqual({ kept: 0, counted: 0, breaches: 0, inForce: false, tracking: false });
    // Tracking begins on Wednesday: Monday and Tuesday are not counted, and the year to date starts on Wednesday.
    await work(await contentCategory(), '2026-03-25', '09:00', '17:00');
    const c = await call('charter.compliance', week);
    expect(c.period.days.filter((d) => !d.tracked).map((d) => d.day)).toEqual(['2026-03-23', '2026-03-24']);
    expect(c.period).toMatchObject({ counted: 2, kept: 2 });
    expect(c.yearToDate).toMatchObject({ counted: 2, kept: 2, firstDay: '2026-03-25', lastDay: '2026-03-26' });
    expect(c.trackingSince).toBe(at('2026-03-25', '09:00'));
    const audit = await call('audit.report', week);
    expect(c.yearToDate.lateEvenings.daysInPeriod).toBe(2);
    expect(c.period.lateEvenings.daysInPeriod).toBe(audit.metrics.lateEvenings.daysInPeriod);
    expect(await call('charter.today', { tz: TZ, weekStartsOn: 1 })).toEqual({ kept: 2, counted: 2, breaches: 0, inForce: false, tracking: true });
  });

  it('daily rest under 11 hours across the spring DST change, and an exception that excuses it', async () => {
    open();
    const cat = await contentCategory();
    await call('settings.update', { charter: { days: [{ start: 540, end: 1080 }, { start: 540, end: 1080 }, null, null, null, null, { start: 540, end: 1320 }], disconnect: 1380 } });
    // Saturday 28 March until 22:00 (CET), Sunday 29 March from 09:00 (CEST): 10 hours elapsed.
    await work(cat, '2026-03-28', '14:00', '22:00');
    await work(cat, '2026-03-29', '09:00', '12:00');
    const week = { from: at('2026-03-23', '00:00'), to: at('2026-03-30', '00:00'), tz: TZ };
    const sunday = async () => (await call('charter.compliance', week)).period.days.find((d) => d.day === '2026-03-29')!;
    expect(await sunday()).toMatchObject({ restMinutes: 600, shortRest: true, kept: false, counted: true });
    // A crisis on Saturday excuses the short rest of the morning after.
    await call('charter.exception.create', { day: '2026-03-28', reason: 'Bad buzz', minutes: 120, recoveryMinutes: 180 });
    expect(await sunday()).toMatchObject({ shortRest: true, kept: true });
    const c = await call('charter.compliance', week);
    expect(c.period.shortRest).toMatchObject({ count: 0, excused: 1 });
    expect(c.period.exceptions).toMatchObject({ count: 1, minutes: 120, recoveryMinutes: 180 });
  });

  it('Today’s line: days kept of days counted this week so far', async () => {
    open(at('2026-03-26', '12:00')); // Thursday
    const cat = await contentCategory();
    await work(cat, '2026-03-23', '09:00', '18:00');
    await work(cat, '2026-03-24', '09:00', '18:00');
    await call('audit.interruptions.log', { channel: 'chat', who: 'Sales', at: at('2026-03-24', '21:00') });
    await work(cat, '2026-03-25', '09:00', '18:00');
    expect(await call('charter.today', { tz: TZ, weekStartsOn: 1 })).toEqual({ kept: 3, counted: 4, breaches: 1, inForce: false, tracking: true });
    expect(await call('charter.today', { tz: TZ, weekStartsOn: 0 })).toMatchObject({ kept: 3, counted: 4 });
  });

  it('the year to date follows every write: through the app, in another connection (the import worker), and to the charter’s own tables', async () => {
    open();
    const cat = await contentCategory();
    const week = { from: at('2026-03-23', '00:00'), to: at('2026-03-30', '00:00'), tz: TZ };
    const ytd = async () => (await call('charter.compliance', week)).yearToDate;
    expect((await ytd()).lateEvenings.count).toBe(0);
    await work(cat, '2026-02-10', '19:00', '21:00');
    expect((await ytd()).lateEvenings.count).toBe(1);

    const other = new Database(core.dbPath);
    other.prepare("INSERT INTO interruption (at, tz, channel, who, note, refocus_minutes) VALUES (?, 'Europe/Paris', 'phone', 'Agency', '', 15)").run(at('2026-02-11', '07:00'));
    other.close();
    expect((await ytd()).outside).toMatchObject({ count: 1, byRequester: [{ who: 'Agency', count: 1 }] });

    await call('charter.exception.create', { day: '2026-02-11', reason: 'Launch' });
    expect((await ytd()).outside).toMatchObject({ count: 0, excused: 1 });
    await call('charter.slots.save', { slots: [{ weekday: 3, start: 6 * 60, end: 8 * 60, channels: ['phone'] }] });
    await call('charter.exception.delete', { id: (await call('charter.exceptions.list'))[0].id });
    expect((await ytd()).outside).toMatchObject({ count: 0, excused: 0 });
  });

  it('cases of the reply protocol count as contacts, outside the slots by channel and by requester (the case’s network)', async () => {
    open(at('2026-03-26', '12:00'));
    const cat = await contentCategory();
    await work(cat, '2026-03-24', '09:00', '18:00');
    await call('charter.slots.save', { slots: [{ weekday: 2, start: 9 * 60, end: 10 * 60, channels: ['chat', 'social'] }] });
    const [type] = await call('protocol.types.list');
    // A private message at 21:30 (chat) and a public comment at 09:30 (social inboxes, inside the slot).
    await call('protocol.case.log', { typeId: type.id, channel: 'Instagram', text: 'Where is my parcel?', visibility: 'private', at: at('2026-03-24', '21:30'), tz: TZ });
    await call('protocol.case.log', { typeId: type.id, channel: 'LinkedIn', text: 'Great post', at: at('2026-03-24', '09:30'), tz: TZ });
    const c = await call('charter.compliance', { from: at('2026-03-23', '00:00'), to: at('2026-03-30', '00:00'), tz: TZ });
    expect(c.period.outside).toMatchObject({ count: 1, byRequester: [{ who: 'Instagram', count: 1 }] });
    expect(c.period.outside.byChannel).toMatchObject({ chat: 1, social: 0 });
    expect(c.period.days.find((d) => d.day === '2026-03-24')).toMatchObject({ lateEvening: true, outside: 1, kept: false });
  });
});
