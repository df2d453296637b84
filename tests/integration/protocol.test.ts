import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import type { Case, ProtocolMeasures, RequestType } from '../../src/shared/protocol/types';
import { localWallTimeToInstant, type LocalDay } from '../../src/shared/time';
import { dbChecksum, openTempCore, unwrap } from '../helpers/tempCore';

const TZ = 'Europe/Paris';
const at = (day: LocalDay, hh: number, mm = 0) => localWallTimeToInstant(day, hh * 60 + mm, TZ);
const nineToSix = { start: 540, end: 1080 };
const CHARTER = { days: [null, nineToSix, nineToSix, nineToSix, nineToSix, nineToSix, null], disconnect: 1200 };

let core: Core;
let now = at('2026-11-20', 17, 50); // Friday
afterEach(() => core?.close());

function open(language: 'en' | 'fr' = 'en') {
  now = at('2026-11-20', 17, 50);
  core = openTempCore({ now: () => now, tz: TZ, language });
  return core;
}
const call = async <T>(channel: string, input?: unknown): Promise<T> => unwrap((await core.dispatch(channel, input)) as never) as T;
const refused = async (channel: string, input: unknown) => {
  const r = await core.dispatch(channel, input);
  expect(r.ok, `${channel} should refuse`).toBe(false);
  return (r as { error: { code: string; params?: Record<string, unknown> } }).error;
};
const types = () => call<RequestType[]>('protocol.types.list');
const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('reply protocol: set-up', () => {
  it('seeds the four levels, the moderation charter, reply blocks in both languages and the settings', async () => {
    open();
    const t = await types();
    expect(t.map((x) => [x.level, x.name, x.clock])).toEqual([
      [1, 'protocol.preset.type.simpleQuestion', 'business'],
      [2, 'protocol.preset.type.systemicBug', 'business'],
      [3, 'protocol.preset.type.reputationalThreat', 'always'],
      [4, 'protocol.preset.type.majorCrisis', 'always'],
    ]);
    expect(t[1].bridge.en).toMatch(/private message/);
    expect(t[1].bridge.fr).toMatch(/message privé/);
    const rules = await call<{ action: string; actor: string }[]>('protocol.rules.list');
    expect(rules.find((r) => r.action === 'ban')?.actor).toBe('inHouse');
    const blocks = await call<{ language: string; step: string }[]>('protocol.blocks.list');
    expect(new Set(blocks.filter((b) => b.language === 'fr').map((b) => b.step))).toEqual(new Set(['fast', 'empathy', 'action', 'private', 'close']));
    expect(blocks.filter((b) => b.language === 'en').length).toBe(blocks.filter((b) => b.language === 'fr').length);
    const config = await call<{ reactiveCategoryId: number; version: string }>('protocol.config.get');
    const categories = await call<{ id: number; name: string }[]>('audit.categories.list');
    expect(categories.find((c) => c.id === config.reactiveCategoryId)?.name).toBe('Customer replies');
    expect(config.version).toBe('1.0');
  });

  it('refuses a bad order pattern with bad_pattern and its reason, changing nothing', async () => {
    open();
    const before = dbChecksum(core);
    expect(await refused('protocol.config.update', { orderPattern: 'CMD-[0-9' })).toMatchObject({ code: 'bad_pattern', params: { reason: 'syntax' } });
    expect(await refused('protocol.config.update', { orderPattern: '\\d*', version: '2.0' })).toMatchObject({ code: 'bad_pattern', params: { reason: 'matchesEmpty' } });
    expect(dbChecksum(core)).toBe(before);
    expect((await call<{ orderPattern: string }>('protocol.config.update', { orderPattern: 'REF\\d{6}' })).orderPattern).toBe('REF\\d{6}');
  });

  it('keeps the resolution SLA at least as long as the first reply SLA, and archives rather than deletes a type in use', async () => {
    open();
    const [simple] = await types();
    const before = dbChecksum(core);
    expect(await refused('protocol.types.update', { id: simple.id, firstReplyMinutes: 600 })).toMatchObject({ code: 'invalid_input' });
    expect(await refused('protocol.types.create', { name: 'X', level: 2, firstReplyMinutes: 60, resolutionMinutes: 30 })).toMatchObject({ code: 'invalid_input' });
    expect(dbChecksum(core)).toBe(before);
    await call('protocol.case.log', { typeId: simple.id, channel: 'Instagram', text: 'Where is my parcel?' });
    expect(await refused('protocol.types.delete', { id: simple.id })).toMatchObject({ code: 'type_in_use' });
    const created = await call<RequestType>('protocol.types.create', { name: 'Influencer request', level: 1 });
    await call('protocol.types.delete', { id: created.id });
    expect((await types()).some((x) => x.id === created.id)).toBe(false);
  });
});

describe('reply protocol: cases', () => {
  it('a case logged Friday 17:50 with a one-hour business SLA is due Monday 09:50; it is an interruption in the audit, its text without personal data', async () => {
    open();
    await call('settings.update', { charter: CHARTER });
    const [simple] = await types();
    await call('protocol.types.update', { id: simple.id, firstReplyMinutes: 60 });
    const c = await call<Case>('protocol.case.log', { typeId: simple.id, channel: 'Instagram', text: 'Colis jamais reçu, appelez-moi au 06 12 34 56 78 ou jean.d@gmail.com, commande CMD-2024551', author: '@jean', tags: ['#Livraison', 'livraison', '#'] });
    expect(c.state).toBe('open');
    expect(c.text).toBe('Colis jamais reçu, appelez-moi au [phone] ou [email], commande [order]');
    expect(c.tags).toEqual(['livraison']);
    expect(c.firstReply).toMatchObject({ state: 'running', due: at('2026-11-23', 9, 50), remainingMinutes: 60 });
    expect(c.afterHours).toBe(false);
    const audit = await call<{ interruptions: { id: number; note: string; who: string; channel: string }[] }>('audit.entries.list', { from: at('2026-11-20', 0), to: at('2026-11-21', 0) });
    expect(audit.interruptions).toEqual([expect.objectContaining({ id: c.interruptionId, channel: 'notification', who: '@jean', note: c.text })]);
    // Monday 10:00: overdue by 10 minutes, first on the board
    now = at('2026-11-23', 10, 0);
    const board = await call<{ cases: Case[] }>('protocol.cases.board');
    expect(board.cases[0]).toMatchObject({ id: c.id, firstReply: { state: 'overdue', remainingMinutes: -10 } });
    const summary = await call<{ open: number; overdue: number }>('protocol.summary', { tz: TZ, weekStartsOn: 1 });
    expect(summary).toMatchObject({ open: 1, overdue: 1 });
  });

  it('moves through its states; waiting on the customer pauses the clock; a refused move changes nothing', async () => {
    open();
    await call('settings.update', { charter: CHARTER });
    now = at('2026-11-23', 9, 0);
    const [, bug] = await types(); // 2 h first reply, 16 h resolution, business hours
    const c = await call<Case>('protocol.case.log', { typeId: bug.id, channel: 'X', text: 'App crashes at login', author: '@ana' });
    expect(c.actions).toEqual(['reply', 'private', 'hand', 'wait', 'resolve']);
    now = at('2026-11-23', 9, 30);
    let x = await call<Case>('protocol.case.act', { id: c.id, action: 'private' });
    expect(x).toMatchObject({ state: 'private', firstReplyAt: now, privateAt: now, publicReplies: 1, firstReply: { state: 'met', elapsedMinutes: 30 } });
    x = await call<Case>('protocol.case.act', { id: c.id, action: 'hand' });
    expect(x.state).toBe('handed');
    now = at('2026-11-23', 10, 0);
    x = await call<Case>('protocol.case.act', { id: c.id, action: 'wait' });
    expect(x).toMatchObject({ state: 'waiting', resolution: { state: 'paused', due: null, remainingMinutes: 900 } });
    // a refused move: already waiting
    const before = dbChecksum(core);
    expect(await refused('protocol.case.act', { id: c.id, action: 'wait' })).toMatchObject({ code: 'case_transition', params: { action: 'wait', state: 'waiting' } });
    expect(dbChecksum(core)).toBe(before);
    now = at('2026-11-24', 10, 0); // the customer answers the next morning: 9 business hours paused
    x = await call<Case>('protocol.case.act', { id: c.id, action: 'resume' });
    expect(x.pauses).toEqual([{ from: at('2026-11-23', 10, 0), to: at('2026-11-24', 10, 0) }]);
    expect(x.resolution).toMatchObject({ state: 'running', due: at('2026-11-25', 16, 0) });
    x = await call<Case>('protocol.case.act', { id: c.id, action: 'resolve' });
    expect(x).toMatchObject({ state: 'resolved', actions: ['reopen'], resolution: { state: 'met', elapsedMinutes: 60 } });
    expect(await refused('protocol.case.act', { id: c.id, action: 'reply' })).toMatchObject({ code: 'case_transition' });
    x = await call<Case>('protocol.case.act', { id: c.id, action: 'reopen' });
    expect(x.state).toBe('handed');
  });

  it('counts public exchanges with the same person across cases, for the composer', async () => {
    open();
    const [simple] = await types();
    const a = await call<Case>('protocol.case.log', { typeId: simple.id, channel: 'X', text: 'first', author: '@Bob' });
    const b = await call<Case>('protocol.case.log', { typeId: simple.id, channel: 'X', text: 'second', author: '@bob' });
    await call('protocol.case.act', { id: a.id, action: 'reply' });
    await call('protocol.case.act', { id: b.id, action: 'reply' });
    await call('protocol.case.act', { id: b.id, action: 'reply', public: false });
    expect((await call<Case>('protocol.case.get', { id: b.id })).authorExchanges).toBe(2);
  });

  it('a ban must cite an article of the moderation charter', async () => {
    open();
    const [simple] = await types();
    const c = await call<Case>('protocol.case.log', { typeId: simple.id, channel: 'Facebook', text: 'insults again' });
    const before = dbChecksum(core);
    expect(await refused('protocol.case.moderate', { id: c.id, action: 'ban' })).toMatchObject({ code: 'ban_needs_article' });
    expect(dbChecksum(core)).toBe(before);
    const rules = await call<{ id: number; article: string; action: string }[]>('protocol.rules.list');
    const ban = rules.find((r) => r.action === 'ban')!;
    const x = await call<Case>('protocol.case.moderate', { id: c.id, action: 'ban', ruleId: ban.id });
    expect(x.moderation).toEqual([expect.objectContaining({ action: 'ban', article: ban.article })]);
    // hiding needs no article
    expect((await call<Case>('protocol.case.moderate', { id: c.id, action: 'hide' })).moderation).toHaveLength(2);
    // the citation survives the rule's deletion
    await call('protocol.rules.delete', { id: ban.id });
    expect((await call<Case>('protocol.case.get', { id: c.id })).moderation[0]).toMatchObject({ ruleId: null, article: ban.article });
  });

  it('handling a case switches the audit timer to the reactive category; deleting the case removes its interruption', async () => {
    open();
    now = at('2026-11-23', 10, 0);
    const [simple] = await types();
    const categories = await call<{ id: number; name: string }[]>('audit.categories.list');
    const content = categories.find((c) => c.name === 'Content creation')!;
    await call('audit.timer.start', { categoryId: content.id });
    const c = await call<Case>('protocol.case.log', { typeId: simple.id, channel: 'LinkedIn', text: 'Question about the offer' });
    now = at('2026-11-23', 10, 30);
    const h = await call<{ categoryId: number; entryId: number }>('protocol.case.handle', { id: c.id });
    const config = await call<{ reactiveCategoryId: number }>('protocol.config.get');
    expect(h.categoryId).toBe(config.reactiveCategoryId);
    const timer = await call<{ running: { id: number; categoryId: number } }>('audit.timer.state');
    expect(timer.running).toMatchObject({ id: h.entryId, categoryId: config.reactiveCategoryId });
    now = at('2026-11-23', 10, 45);
    await call('audit.timer.stop');
    const report = await call<{ metrics: { minutesByMode: { reactive: number; deep: number }; interruptions: { count: number } } }>('audit.report', { from: at('2026-11-23', 0), to: at('2026-11-24', 0) });
    expect(report.metrics.minutesByMode).toMatchObject({ deep: 30, reactive: 15 });
    expect(report.metrics.interruptions.count).toBe(1);
    await call('protocol.case.delete', { id: c.id });
    const after = await call<{ metrics: { interruptions: { count: number } } }>('audit.report', { from: at('2026-11-23', 0), to: at('2026-11-24', 0) });
    expect(after.metrics.interruptions.count).toBe(0);
    await call('protocol.config.update', { reactiveCategoryId: null });
    const d = await call<Case>('protocol.case.log', { typeId: simple.id, channel: 'LinkedIn', text: 'Another one' });
    expect(await refused('protocol.case.handle', { id: d.id })).toMatchObject({ code: 'no_reactive_category' });
  });

  it('the disconnection charter counts a case outside the reachability slots once, under its author (or its channel when the author is unknown)', async () => {
    open();
    now = at('2026-11-20', 21, 0); // Friday evening
    const [simple] = await types();
    const week = { from: at('2026-11-16', 0), to: at('2026-11-23', 0) };
    const outside = async () => (await call<{ period: { outside: { count: number; byChannel: Record<string, number>; byRequester: { who: string; count: number }[] } } }>('charter.compliance', week)).period.outside;
    const base = await outside();
    expect(base.count).toBe(0);
    await call('charter.slots.save', { slots: [{ weekday: 5, start: 9 * 60, end: 12 * 60, channels: ['social', 'chat'] }] });
    await call('protocol.case.log', { typeId: simple.id, channel: 'Instagram', text: 'Where is my parcel?', author: '@marie', at: at('2026-11-20', 19, 30) });
    const anonymous = await call<Case>('protocol.case.log', { typeId: simple.id, channel: 'Facebook', text: 'Refund?', visibility: 'private', at: at('2026-11-20', 20, 15) });
    await call('protocol.case.log', { typeId: simple.id, channel: 'Instagram', text: 'Thanks!', author: '@marie', at: at('2026-11-20', 10, 0) });
    const o = await outside();
    expect(o.count).toBe(2);
    expect(o.byChannel).toMatchObject({ social: 1, chat: 1 });
    expect(o.byRequester).toEqual([
      { who: '@marie', count: 1 },
      { who: 'Facebook', count: 1 },
    ]);
    // The author learnt later: the same contact, now under its requester, still counted once.
    await call('protocol.case.update', { id: anonymous.id, author: '@marie' });
    expect(await outside()).toMatchObject({ count: 2, byRequester: [{ who: '@marie', count: 2 }] });
  });
});

describe('reply protocol: learning loop and measures', () => {
  it('stores verbatims without personal data; the digest compares with last week and shows three verbatims per tag', async () => {
    open();
    await call('settings.update', { charter: CHARTER });
    const [simple] = await types();
    const log = (text: string, tags: string[], when: number) => {
      now = when;
      return call<Case>('protocol.case.log', { typeId: simple.id, channel: 'Instagram', text, tags });
    };
    // last week (Mon 9 – Sun 15 Nov): one "delivery"
    await log('late', ['delivery'], at('2026-11-10', 10));
    // this week (Mon 16 – Sun 22 Nov): three "delivery", one "app"
    for (const d of ['2026-11-16', '2026-11-17', '2026-11-18'] as const) await log('late again', ['delivery'], at(d, 11));
    await log('crash', ['app'], at('2026-11-18', 12));
    now = at('2026-11-19', 9);
    const v = await call<{ text: string; tag: string }>('protocol.verbatims.create', { text: 'Écrivez-moi à marie@exemple.fr ou au +33 6 11 22 33 44, commande ORD-778899 toujours pas livrée', tag: '#Delivery', productArea: 'Logistics' });
    expect(v).toMatchObject({ text: 'Écrivez-moi à [email] ou au [phone], commande [order] toujours pas livrée', tag: 'delivery' });
    for (const text of ['2nd', '3rd', '4th']) await call('protocol.verbatims.create', { text, tag: 'delivery' });
    const digest = await call<{ week: number; cases: number; previousCases: number; tags: { tag: string; count: number; previous: number; verbatims: { text: string }[] }[] }>('protocol.digest', { from: at('2026-11-16', 0), to: at('2026-11-23', 0) });
    expect(digest).toMatchObject({ week: 47, cases: 4, previousCases: 1 });
    expect(digest.tags.map((t) => [t.tag, t.count, t.previous])).toEqual([
      ['delivery', 3, 1],
      ['app', 1, 0],
    ]);
    expect(digest.tags[0].verbatims.map((x) => x.text)).toEqual(['4th', '3rd', '2nd']);
    expect(JSON.stringify(digest)).not.toMatch(/@exemple|\+33|ORD-/);
  });

  it('suggests raising a type when several of its cases share a tag within 7 days; a dismissal holds until a newer case', async () => {
    open();
    const [simple] = await types();
    for (const d of ['2026-11-16', '2026-11-18'] as const) {
      now = at(d, 10);
      await call('protocol.case.log', { typeId: simple.id, channel: 'X', text: 'login fails', tags: ['login'] });
    }
    now = at('2026-11-19', 10);
    expect(await call('protocol.suggestions')).toEqual([]);
    await call('protocol.case.log', { typeId: simple.id, channel: 'X', text: 'login fails', tags: ['login'] });
    const [s] = await call<{ typeId: number; tag: string; count: number; toLevel: number }[]>('protocol.suggestions');
    expect(s).toMatchObject({ typeId: simple.id, tag: 'login', count: 3, toLevel: 2 });
    await call('protocol.suggestions.dismiss', { typeId: simple.id, tag: 'login' });
    expect(await call('protocol.suggestions')).toEqual([]);
    now = at('2026-11-20', 10);
    await call('protocol.case.log', { typeId: simple.id, channel: 'X', text: 'still', tags: ['login'] });
    expect(await call<unknown[]>('protocol.suggestions')).toHaveLength(1);
    // a week later the window has moved on
    now = at('2026-11-28', 10);
    expect(await call('protocol.suggestions')).toEqual([]);
  });

  it('measures: within SLA per type, median first reply, handed versus kept, after hours, vendor versus in-house', async () => {
    open();
    await call('settings.update', { charter: CHARTER });
    const [simple, bug] = await types(); // simple: 60 / 240 business; bug: 120 / 960 business
    const log = async (typeId: number, when: number) => {
      now = when;
      return call<Case>('protocol.case.log', { typeId, channel: 'X', text: 'q' });
    };
    const a = await log(simple.id, at('2026-11-23', 9, 0));
    const b = await log(simple.id, at('2026-11-23', 9, 0));
    const c = await log(bug.id, at('2026-11-23', 20, 0)); // after hours: its clock starts Tuesday 09:00
    now = at('2026-11-23', 9, 20);
    await call('protocol.case.act', { id: a.id, action: 'reply' }); // 20 min: met
    now = at('2026-11-23', 11, 0);
    await call('protocol.case.act', { id: b.id, action: 'reply' }); // 120 min: missed
    await call('protocol.case.act', { id: b.id, action: 'hand' });
    now = at('2026-11-24', 9, 30);
    await call('protocol.case.act', { id: c.id, action: 'reply' }); // 30 business min: met
    await call('protocol.vendor.commit', { base64: csv('date;count\n2026-11-23;40\n2026-11-24;20\n2026-11-30;99\n'), fileName: 'vendor.csv' });
    const m = await call<ProtocolMeasures>('protocol.measures', { from: at('2026-11-23', 0), to: at('2026-11-30', 0) });
    expect(m).toMatchObject({ cases: 3, handed: 1, kept: 2, afterHours: 1, vendor: 60, inHouse: 3, medianFirstReplyMinutes: 30 });
    expect(m.firstReply).toEqual({ met: 2, missed: 1, pending: 0, share: 2 / 3 });
    expect(m.byType.find((x) => x.typeId === simple.id)).toMatchObject({ cases: 2, firstReply: { met: 1, missed: 1, share: 0.5 }, medianFirstReplyMinutes: 70 });
    // the resolution of the simple questions (4 business hours) is overdue by Tuesday 09:30: missed
    expect(m.byType.find((x) => x.typeId === simple.id)!.resolution).toMatchObject({ met: 0, missed: 2 });
  });
});

describe('reply protocol: imports', () => {
  const inbox = [
    'Date;Network;Message;Author;Type;Tags;Followers',
    '2026-11-18 10:15;Instagram;"Où est ma commande CMD-1234567 ?";@lea;Question;livraison;1 200',
    '18/11/2026 14:02;Facebook;Bug on checkout, call me 06 12 34 56 78;@max;Bug;paiement, app;',
    '2026-11-19T08:30:00+01:00;X;Your brand lies;@troll;Threat;;45000',
  ].join('\n');

  it('previews with the mapping guessed from the header and imports every row as a case and an interruption; a second import adds nothing', async () => {
    open();
    now = at('2026-11-20', 12);
    const t = await types();
    const preview = await call<{ columns: string[]; mapping: Record<string, unknown>; savedMapping: boolean; typeValues: string[]; newCount: number; errors: unknown[] }>('protocol.import.preview', { base64: csv(inbox), fileName: 'inbox.csv' });
    expect(preview.errors).toEqual([]);
    expect(preview.mapping).toEqual({ columns: { openedAt: 0, channel: 1, text: 2, author: 3, type: 4, tags: 5, reach: 6 }, defaultTypeId: t[0].id, defaultChannel: '', typeMap: {} });
    expect(preview.savedMapping).toBe(false);
    expect(preview.typeValues).toEqual(['Question', 'Bug', 'Threat']);
    expect(preview.newCount).toBe(3);
    const mapping = { ...preview.mapping, typeMap: { Bug: t[1].id, Threat: t[2].id } };
    const before = await call<{ interruptions: unknown[] }>('audit.entries.list', { from: at('2026-11-17', 0), to: at('2026-11-21', 0) });
    expect(await call('protocol.import.commit', { base64: csv(inbox), fileName: 'inbox.csv', mapping })).toEqual({ added: 3, skipped: 0 });
    const board = await call<{ cases: Case[] }>('protocol.cases.board');
    const byAuthor = Object.fromEntries(board.cases.map((c) => [c.author, c]));
    expect(byAuthor['@lea']).toMatchObject({ typeId: t[0].id, text: 'Où est ma commande [order] ?', reach: 1200, openedAt: at('2026-11-18', 10, 15), tags: ['livraison'], source: 'import' });
    expect(byAuthor['@max']).toMatchObject({ typeId: t[1].id, text: 'Bug on checkout, call me [phone]', tags: ['app', 'paiement'] });
    expect(byAuthor['@troll']).toMatchObject({ typeId: t[2].id, openedAt: Date.parse('2026-11-19T07:30:00Z'), reach: 45000 });
    const after = await call<{ interruptions: unknown[] }>('audit.entries.list', { from: at('2026-11-17', 0), to: at('2026-11-21', 0) });
    expect(after.interruptions.length - before.interruptions.length).toBe(3);
    expect(await call('protocol.import.commit', { base64: csv(inbox), fileName: 'inbox.csv', mapping })).toEqual({ added: 0, skipped: 3 });
  });

  it('shows line-numbered errors and refuses the whole file, writing nothing', async () => {
    open();
    now = at('2026-11-20', 12);
    const bad = ['date,message,network,visibility', '2026-11-18 10:15,ok,X,public', 'yesterday,no date,X,public', '2026-11-18 10:15,,X,public', '2026-11-18 11:00,fine,X,whisper', '2027-01-01 10:00,future,X,dm'].join('\n');
    const preview = await call<{ errors: { line: number; code: string }[]; mapping: unknown }>('protocol.import.preview', { base64: csv(bad), fileName: 'bad.csv' });
    expect(preview.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'bad_date'],
      [4, 'missing_value'],
      [5, 'bad_visibility'],
      [6, 'in_future'],
    ]);
    const before = dbChecksum(core);
    expect(await refused('protocol.import.commit', { base64: csv(bad), fileName: 'bad.csv', mapping: preview.mapping })).toMatchObject({ code: 'import_invalid', params: { line: 3, count: 4 } });
    expect(dbChecksum(core)).toBe(before);
    expect((await call<{ errors: { code: string }[] }>('protocol.import.preview', { base64: csv('a;b\n1;2'), fileName: 'x.csv' })).errors).toEqual([
      { line: 1, code: 'no_columns', params: { field: 'openedAt' } },
      { line: 1, code: 'no_columns', params: { field: 'text' } },
    ]);
    expect((await call<{ errors: { code: string }[] }>('protocol.import.preview', { base64: Buffer.from([0, 1, 2, 0, 255]).toString('base64'), fileName: 'x.csv' })).errors[0].code).toBe('binary_file');
  });

  it('maps columns through the time import’s column mapping: an unknown header mapped by hand is remembered by its signature, in its own table', async () => {
    open();
    now = at('2026-11-20', 12);
    const t = await types();
    const file = (rows: string[]) => ({ base64: csv(['Quand;Quoi;Où;Qui', ...rows].join('\n')), fileName: 'export.csv' });
    const first = file(['18/11/2026 10:15;Where is my parcel?;Instagram;@lea']);
    type Preview = { mapping: { columns: Record<string, number>; defaultTypeId: number; defaultChannel: string; typeMap: Record<string, number> }; signature: string; savedMapping: boolean; newCount: number; errors: { code: string; params?: unknown }[] };
    const guessed = await call<Preview>('protocol.import.preview', first);
    expect(guessed.mapping.columns).toEqual({});
    expect(guessed.errors.map((e) => e.code)).toEqual(['no_columns', 'no_columns']);
    // one column for two roles is refused, at the preview and at the commit, writing nothing
    const twice = { ...guessed.mapping, columns: { openedAt: 0, text: 1, channel: 2, author: 2 } };
    expect((await call<Preview>('protocol.import.preview', { ...first, mapping: twice })).errors).toEqual([{ line: 1, code: 'shared_column', params: { column: 3 } }]);
    const before = dbChecksum(core);
    expect(await refused('protocol.import.commit', { ...first, mapping: twice })).toMatchObject({ code: 'import_invalid', params: { code: 'shared_column' } });
    expect(dbChecksum(core)).toBe(before);
    const chosen = { ...guessed.mapping, columns: { openedAt: 0, text: 1, channel: 2, author: 3 }, defaultTypeId: t[1].id };
    expect((await call<Preview>('protocol.import.preview', { ...first, mapping: chosen })).errors).toEqual([]);
    expect(await call('protocol.import.commit', { ...first, mapping: chosen })).toEqual({ added: 1, skipped: 0 });
    // next week's export: same header (case and accents aside), other rows
    const next = { base64: csv(['quand;QUOI;Ou;qui', '19/11/2026 09:00;App crashes;X;@max'].join('\n')), fileName: 'export-2.csv' };
    const again = await call<Preview>('protocol.import.preview', next);
    expect(again).toMatchObject({ savedMapping: true, signature: guessed.signature, mapping: chosen, newCount: 1, errors: [] });
    // a type archived since falls back to the first active type
    await call('protocol.types.update', { id: t[1].id, archived: true });
    expect((await call<Preview>('protocol.import.preview', next)).mapping.defaultTypeId).toBe(t[0].id);
    // the time import keeps its own memory: the same header is not offered the case mapping
    const time = await call<{ savedColumns: boolean }>('audit.import.preview', { ...next, tz: TZ });
    expect(time.savedColumns).toBe(false);
  });

  it('vendor counts: a file with errors is refused; a good one replaces the days it holds', async () => {
    open();
    const before = dbChecksum(core);
    const bad = await call<{ errors: { line: number; code: string }[] }>('protocol.vendor.preview', { base64: csv('jour;nombre\n20/11/2026;12\n21/11/2026;douze\n20/11/2026;3\n'), fileName: 'v.csv' });
    expect(bad.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'bad_count'],
      [4, 'duplicate_day'],
    ]);
    expect(await refused('protocol.vendor.commit', { base64: csv('jour;nombre\n20/11/2026;12\n21/11/2026;douze\n'), fileName: 'v.csv' })).toMatchObject({ code: 'import_invalid' });
    expect(dbChecksum(core)).toBe(before);
    await call('protocol.vendor.commit', { base64: csv('2026-11-20,12\n2026-11-21,8\n'), fileName: 'v.csv' });
    const preview = await call<{ replaced: number; days: unknown[] }>('protocol.vendor.preview', { base64: csv('date,count\n2026-11-21,9\n2026-11-22,1\n'), fileName: 'v.csv' });
    expect(preview).toMatchObject({ replaced: 1, days: [{ day: '2026-11-21', count: 9 }, { day: '2026-11-22', count: 1 }] });
    await call('protocol.vendor.commit', { base64: csv('date,count\n2026-11-21,9\n2026-11-22,1\n'), fileName: 'v.csv' });
    expect(await call('protocol.vendor.list', { from: at('2026-11-20', 0), to: at('2026-11-23', 0) })).toEqual({ days: [{ day: '2026-11-20', count: 12 }, { day: '2026-11-21', count: 9 }, { day: '2026-11-22', count: 1 }], total: 22 });
  });
});
