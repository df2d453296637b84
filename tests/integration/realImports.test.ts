// Real exports through Core on real SQLite files: options re-run on the held file, overlaps
// skipped or replaced, mappings remembered, columns saved per header, calendar files updated by UID.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import type { ImportPreview } from '../../src/shared/contract/audit';
import { dbChecksum, openTempCore, unwrap } from '../helpers/tempCore';

const T0 = Date.parse('2025-04-20T12:00:00+02:00');
const cores: Core[] = [];
const open = () => {
  const core = openTempCore({ now: () => T0 });
  cores.push(core);
  return core;
};
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});
const call = async <T = unknown>(core: Core, channel: string, input?: unknown) => unwrap((await core.dispatch(channel, input)) as never) as T;
const file = (path: string, fileName = path.split('/').pop()!) => ({ base64: fs.readFileSync(`tests/fixtures/import/${path}`).toString('base64'), fileName, tz: 'Europe/Paris' });
const csv = (text: string, fileName = 'x.csv') => ({ base64: Buffer.from(text).toString('base64'), fileName, tz: 'Europe/Paris' });
const preview = (core: Core, input: unknown) => call<ImportPreview>(core, 'audit.import.preview', input);
const commit = (core: Core, importId: string, mapping: unknown) => call<{ added: number; updated: number; replaced: number; skipped: number }>(core, 'audit.import.commit', { importId, mapping });
const cats = (core: Core) => call<{ id: number; name: string; mode: string }[]>(core, 'audit.categories.list');
const entries = (core: Core) => core.db!.prepare('SELECT start_at s, end_at e, note, category_id c FROM time_entry ORDER BY start_at').all() as { s: number; e: number; note: string; c: number }[];

describe('the preview re-runs on the held file with the options chosen', () => {
  it('switching the date order re-reads the dates without sending the file again; the commit follows the last preview', async () => {
    const core = open();
    const first = await preview(core, file('real/clockify-en-ambiguous.csv'));
    expect(first.dateQuestion?.hint).toBe('english_12h');
    expect(first.dateOrder).toBe('mdy');
    expect(first.first).toBe(Date.parse('2024-03-04T09:00:00+01:00'));
    const switched = await preview(core, { importId: first.importId, options: { dateOrder: 'dmy' } });
    expect(switched.importId).toBe(first.importId);
    expect(switched.first).toBe(Date.parse('2024-04-03T09:00:00+02:00'));
    const [c] = await cats(core);
    expect((await commit(core, first.importId, { by: 'project', map: {}, fallbackCategoryId: c.id })).added).toBe(2);
    expect(entries(core)[0].s).toBe(Date.parse('2024-04-03T09:00:00+02:00'));
  });

  it('an expired import id asks for the file again', async () => {
    const core = open();
    const r = await core.dispatch('audit.import.preview', { importId: '00000000-0000-4000-8000-000000000000', options: {} });
    expect(r).toMatchObject({ ok: false, error: { code: 'import_expired' } });
  });
});

describe('overlaps with existing entries', () => {
  const twoRows = 'Date;Début;Fin;Projet\n22/04/2025;09:00;10:00;Veille\n22/04/2025;10:00;11:00;Veille\n';

  it('are listed, then skipped (the rest imports) or written in place of the existing entries', async () => {
    const core = open();
    const [c, d] = await cats(core);
    await call(core, 'audit.entries.create', { start: Date.parse('2025-04-22T09:30:00+02:00'), end: Date.parse('2025-04-22T09:45:00+02:00'), categoryId: d.id, note: 'manual' });
    const p = await preview(core, csv(twoRows));
    expect(p.errors).toEqual([]);
    expect(p.overlapPolicy).toBe('skip');
    expect(p.overlaps).toEqual([{ line: 2, start: Date.parse('2025-04-22T09:00:00+02:00'), end: Date.parse('2025-04-22T10:00:00+02:00'), existing: [expect.objectContaining({ start: Date.parse('2025-04-22T09:30:00+02:00') })] }]);
    expect(p.newCount).toBe(1);
    const replace = await preview(core, { importId: p.importId, options: { overlap: 'replace' } });
    expect(replace.newCount).toBe(2);
    expect(replace.replacedCount).toBe(1);
    const before = dbChecksum(core);
    // Unmapped without a fallback: refused whole, nothing deleted either.
    expect((await core.dispatch('audit.import.commit', { importId: p.importId, mapping: { by: 'project', map: {}, fallbackCategoryId: null } })).ok).toBe(false);
    expect(dbChecksum(core)).toBe(before);
    expect(await commit(core, p.importId, { by: 'project', map: {}, fallbackCategoryId: c.id })).toEqual({ added: 2, updated: 0, replaced: 1, skipped: 0 });
    expect(entries(core).map((e) => e.note)).toEqual(['', '']);
  });

  it('skip keeps the existing entry and imports the other row; rows overlapping each other in the file keep the first', async () => {
    const core = open();
    const [c, d] = await cats(core);
    await call(core, 'audit.entries.create', { start: Date.parse('2025-04-22T09:30:00+02:00'), end: Date.parse('2025-04-22T09:45:00+02:00'), categoryId: d.id, note: 'manual' });
    const p = await preview(core, csv(twoRows + '22/04/2025;10:30;12:00;Veille\n'));
    expect(p.inFileOverlaps).toEqual([{ line: 4, otherLine: 3 }]);
    expect(await commit(core, p.importId, { by: 'project', map: {}, fallbackCategoryId: c.id })).toEqual({ added: 1, updated: 0, replaced: 0, skipped: 2 });
    expect(entries(core).map((e) => e.note)).toEqual(['manual', '']);
  });

  it('a row over 24 hours is set aside while the rest imports', async () => {
    const core = open();
    const [c] = await cats(core);
    const p = await preview(core, csv('Date;Début;Date de fin;Fin;Projet\n10/03/2025;08:00;11/03/2025;14:00;X\n12/03/2025;09:00;12/03/2025;10:00;X\n'));
    expect(p.longRows).toHaveLength(1);
    expect((await commit(core, p.importId, { by: 'project', map: {}, fallbackCategoryId: c.id })).added).toBe(1);
  });
});

describe('mappings remembered', () => {
  it('a project named like a category (case and accents ignored) is offered it; a choice is remembered for the next file', async () => {
    const core = open();
    const all = await cats(core);
    const meetings = all.find((c) => c.mode === 'meeting')!;
    const other = all.find((c) => c.mode === 'deep')!;
    const name = meetings.name.toUpperCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    const p = await preview(core, csv(`Date;Début;Fin;Projet\n22/04/2025;09:00;10:00;${name}\n22/04/2025;10:00;11:00;Client X\n`));
    expect(p.suggested.project).toEqual({ [name]: meetings.id });
    await commit(core, p.importId, { by: 'project', map: { [name]: meetings.id, 'Client X': other.id }, fallbackCategoryId: null });
    const next = await preview(core, csv('Date;Début;Fin;Projet\n23/04/2025;09:00;10:00;Client X\n', 'y.csv'));
    expect(next.suggested.project).toEqual({ 'Client X': other.id });
  });

  it('columns chosen for a header are saved and used for the next file with that header', async () => {
    const core = open();
    const [c] = await cats(core);
    const p = await preview(core, file('real/own-columns.csv'));
    expect(p.needsColumns).not.toBeNull();
    expect(p.savedColumns).toBe(false);
    const chosen = await preview(core, { importId: p.importId, options: { columns: { date: 0, start: 1, end: 2, project: 3, description: 4 } } });
    expect(chosen.needsColumns).toBeNull();
    expect(chosen.newCount).toBe(2);
    await commit(core, p.importId, { by: 'project', map: {}, fallbackCategoryId: c.id });
    const again = await preview(core, csv('Quand,De,À,Quoi,Détail\n2026-11-17,09:00,10:00,Veille,Revue\n', 'later.csv'));
    expect(again.savedColumns).toBe(true);
    expect(again.needsColumns).toBeNull();
    expect(again.newCount).toBe(1);
  });
});

describe('meetings from a calendar file', () => {
  it('imports the period as meetings; a second import of an edited calendar updates by UID and RECURRENCE-ID', async () => {
    const core = open();
    const period = { from: Date.parse('2025-03-01T00:00:00Z'), to: Date.parse('2025-05-01T00:00:00Z') };
    const p = await preview(core, { ...file('ics/google-weekly-dst.ics'), options: { period } });
    expect(p.kind).toBe('ics');
    expect(p.newCount).toBe(4);
    expect(p.notices.map((n) => n.code)).toEqual(['event_all_day', 'event_declined']);
    const meeting = (await cats(core)).find((c) => c.mode === 'meeting')!;
    expect(p.suggestedFallback).toBe(meeting.id);
    expect(await commit(core, p.importId, { by: 'project', map: {}, fallbackCategoryId: meeting.id })).toEqual({ added: 4, updated: 0, replaced: 0, skipped: 0 });
    // Same file: nothing new.
    const same = await preview(core, { ...file('ics/google-weekly-dst.ics'), options: { period } });
    expect([same.newCount, same.alreadyImported]).toEqual([0, 4]);
    // The organizer moves the 14 April occurrence by an hour: one update, no duplicate.
    const edited = fs.readFileSync('tests/fixtures/import/ics/google-weekly-dst.ics', 'utf8').replace('END:VCALENDAR', 'BEGIN:VEVENT\r\nUID:weekly-sync-123@google.com\r\nRECURRENCE-ID;TZID=Europe/Paris:20250414T100000\r\nDTSTART;TZID=Europe/Paris:20250414T110000\r\nDTEND;TZID=Europe/Paris:20250414T113000\r\nSUMMARY:Point hebdo social\r\nEND:VEVENT\r\nEND:VCALENDAR');
    const q = await preview(core, { base64: Buffer.from(edited).toString('base64'), fileName: 'cal.ics', tz: 'Europe/Paris', options: { period } });
    expect([q.newCount, q.updateCount, q.alreadyImported]).toEqual([1, 1, 3]);
    expect(await commit(core, q.importId, { by: 'project', map: {}, fallbackCategoryId: meeting.id })).toEqual({ added: 0, updated: 1, replaced: 0, skipped: 3 });
    expect(entries(core).map((e) => new Date(e.s).toISOString())).toEqual(['2025-03-17T09:00:00.000Z', '2025-03-31T08:00:00.000Z', '2025-04-08T13:00:00.000Z', '2025-04-14T09:00:00.000Z']);
    expect(entries(core).every((e) => e.c === meeting.id)).toBe(true);
  });
});
