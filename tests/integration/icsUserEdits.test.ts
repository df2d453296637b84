// Issue 18: a calendar file imported again must not undo what the user changed in its entries
// (a note written, a category chosen, a time corrected). Only what changed in the calendar since
// the last import is brought over; an unchanged event is "already imported".
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import type { ImportPreview } from '../../src/shared/contract/audit';
import { openTempCore, unwrap } from '../helpers/tempCore';

let core: Core;
afterEach(() => core?.close());
const call = async <T = unknown>(channel: string, input?: unknown) => unwrap((await core.dispatch(channel, input)) as never) as T;
const period = { from: Date.parse('2025-03-01T00:00:00Z'), to: Date.parse('2025-05-01T00:00:00Z') };
const original = fs.readFileSync('tests/fixtures/import/ics/google-weekly-dst.ics', 'utf8');
const ics = (text: string) => ({ base64: Buffer.from(text).toString('base64'), fileName: 'cal.ics', tz: 'Europe/Paris', options: { period } });
type Entry = { id: number; start: number; end: number; note: string; categoryId: number; tz: string; platform: string | null; responsibilityId: number | null; visibility: string | null };
const entries = async () => (await call<{ entries: Entry[] }>('audit.entries.list', { from: period.from, to: period.to })).entries;

async function importIcs(text: string, fallbackCategoryId: number) {
  const p = await call<ImportPreview>('audit.import.preview', ics(text));
  const r = await call<{ added: number; updated: number; skipped: number }>('audit.import.commit', { importId: p.importId, mapping: { by: 'project', map: {}, fallbackCategoryId } });
  return { preview: p, result: r };
}

describe('a calendar imported again keeps the user’s edits', () => {
  it('an unchanged calendar leaves edited entries alone; a moved event moves its entry and keeps the user’s note and category', async () => {
    core = openTempCore({ now: () => Date.parse('2025-04-20T12:00:00+02:00') });
    const cats = await call<{ id: number; mode: string }[]>('audit.categories.list');
    const meeting = cats.find((c) => c.mode === 'meeting')!;
    const deep = cats.find((c) => c.mode === 'deep')!;
    expect((await importIcs(original, meeting.id)).result).toMatchObject({ added: 4 });
    const [first, , , april14] = await entries();
    const edit = (e: Entry, over: Partial<Entry>) => call('audit.entries.update', { id: e.id, start: e.start, end: e.end, tz: e.tz, categoryId: e.categoryId, note: e.note, platform: e.platform, responsibilityId: e.responsibilityId, visibility: e.visibility, ...over });
    await edit(first, { note: 'Weekly sync — I presented the audit', categoryId: deep.id, end: first.end - 10 * 60_000 });
    await edit(april14, { note: 'Sync: decided two moderation slots' });
    const edited = await entries();

    const again = await importIcs(original, meeting.id);
    expect([again.preview.newCount, again.preview.updateCount, again.preview.alreadyImported]).toEqual([0, 0, 4]);
    expect(again.result).toMatchObject({ added: 0, updated: 0 });
    expect(await entries()).toEqual(edited);

    // The organizer moves the 14 April occurrence by an hour: the entry follows, the user's note and category stay.
    const moved = original.replace('END:VCALENDAR', 'BEGIN:VEVENT\r\nUID:weekly-sync-123@google.com\r\nRECURRENCE-ID;TZID=Europe/Paris:20250414T100000\r\nDTSTART;TZID=Europe/Paris:20250414T110000\r\nDTEND;TZID=Europe/Paris:20250414T113000\r\nSUMMARY:Point hebdo social\r\nEND:VEVENT\r\nEND:VCALENDAR');
    expect((await importIcs(moved, meeting.id)).result).toMatchObject({ updated: 1 });
    const after = await entries();
    expect(after[3]).toMatchObject({ id: april14.id, start: Date.parse('2025-04-14T09:00:00Z'), note: 'Sync: decided two moderation slots', categoryId: meeting.id });
    expect(after.slice(0, 3)).toEqual(edited.slice(0, 3));

    // The organizer renames the 31 March occurrence (its note was not edited): the new name comes over.
    const renamed = moved.replace('END:VCALENDAR', 'BEGIN:VEVENT\r\nUID:weekly-sync-123@google.com\r\nRECURRENCE-ID;TZID=Europe/Paris:20250331T100000\r\nDTSTART;TZID=Europe/Paris:20250331T100000\r\nDTEND;TZID=Europe/Paris:20250331T103000\r\nSUMMARY:Point hebdo social — budget\r\nEND:VEVENT\r\nEND:VCALENDAR');
    expect((await importIcs(renamed, meeting.id)).result).toMatchObject({ updated: 1 });
    const last = await entries();
    expect(last[1].note).toContain('budget');
    expect(last[1]).toMatchObject({ id: edited[1].id, start: edited[1].start, end: edited[1].end });
    expect([last[0], last[2], last[3]]).toEqual([after[0], after[2], after[3]]);

    // An entry the user deleted does not come back with the next import (as a deleted CSV row does not).
    await call('audit.entries.delete', { id: last[2].id });
    const without = await entries();
    const next = await importIcs(renamed, meeting.id);
    expect([next.preview.newCount, next.result.added]).toEqual([0, 0]);
    expect(await entries()).toEqual(without);
  });
});
