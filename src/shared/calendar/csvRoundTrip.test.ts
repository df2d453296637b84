// Property tests: any text survives the CSV exporters. Each file is parsed back with
// papaparse (the delimiter and record end given, as an importer knows them) and the cell
// must equal the text exactly with raw values (quotes, commas, semicolons, CR/LF, tabs, BOM,
// emoji, RTL…); with safe values (the default) it is the text, with a leading ' when a
// spreadsheet would run it as a formula, and no cell starts a formula.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportBuffer } from './exportBuffer';
import { GENERIC_CSV_COLUMNS, exportGenericCsv } from './exportGenericCsv';
import { exportHootsuite } from './exportHootsuite';
import { formats, item, pillars } from '../../../tests/helpers/calendarFixtures';
import type { Channel } from './types';
import { FORMULA_START, neutraliseFormula, type CsvValues } from '../csv/formulaGuard';

const VALUES: CsvValues[] = ['raw', 'safe'];
/** The cell expected for `text`; with safe values, also checks no cell of the file starts a formula. */
const expected = (values: CsvValues, text: string) => (values === 'raw' ? text : neutraliseFormula(text));
function noFormula(rows: string[][]): void {
  for (const row of rows) for (const cell of row) expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
}

const open: Channel = { id: 1, name: 'Open', color: '#000000', cadencePerWeek: 1, charLimit: null, archived: false };
const tricky = ['"', '""', ',', ';', '\n', '\r', '\r\n', '\t', ' ', '\uFEFF', '😀', '👩‍👩‍👧', 'שלום', 'مرحبا', '\u200F', '\u202E', '=1+1', '-', "'", 'é', '\u0000'];
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(fc.constantFrom(...tricky), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join('')),
);

function parse(content: string, delimiter: ',' | ';'): string[][] {
  const result = Papa.parse<string[]>(content, { header: false, delimiter, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('CSV round trip', () => {
  it.each(VALUES)('Buffer (%s values): the Text cell is the copy', (values) => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = exportBuffer([item({ channelId: 1, publishAt: Date.UTC(2025, 10, 3, 9), copy: text })], [open], 'UTC', { values });
        if (text.trim() === '') {
          expect(r.skipped.map((s) => s.reason)).toEqual(['empty-text']);
          return;
        }
        const rows = parse(r.files[0].content, ',');
        expect(rows).toEqual([
          ['Text', 'Image URL', 'Tags', 'Posting Time'],
          [expected(values, text), '', '', '2025-11-03 09:00'],
        ]);
        if (values === 'safe') noFormula(rows);
      }),
      { numRuns: 500 },
    );
  });

  it.each(VALUES)('Hootsuite (%s values): the message and link cells are the copy and link', (values) => {
    fc.assert(
      fc.property(anyText, anyText, (text, link) => {
        const r = exportHootsuite([item({ channelId: 1, publishAt: Date.UTC(2025, 10, 3, 9), copy: text, link })], [open], 'UTC', { dateOrder: 'dmy', values });
        const trimmed = link.trim();
        if ((trimmed === '' ? text : `${text} ${trimmed}`).trim() === '') {
          expect(r.skipped.map((s) => s.reason)).toEqual(['empty-text']);
          return;
        }
        const rows = parse(r.files[0].content, ',');
        const [m, l] = [expected(values, text), expected(values, trimmed)];
        expect(rows).toEqual([trimmed === '' ? ['03/11/2025 09:00', m] : ['03/11/2025 09:00', m, l]]);
        if (values === 'safe') noFormula(rows);
      }),
      { numRuns: 500 },
    );
  });

  it.each(VALUES.flatMap((values) => (['en', 'fr'] as const).map((locale) => [locale, values] as const)))('generic CSV (%s, %s values): every text column comes back', (locale, values) => {
    const headers = Object.fromEntries(GENERIC_CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof GENERIC_CSV_COLUMNS)[number], string>;
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (title, copy, notes, channelName) => {
        const channel = { ...open, name: channelName };
        const r = exportGenericCsv([item({ id: 7, channelId: 1, title, copy, notes })], { channels: [channel], formats, pillars }, { locale, headers, values });
        const content = r.files[0].content;
        expect(content.charCodeAt(0)).toBe(0xfeff);
        const rows = parse(content, locale === 'fr' ? ';' : ',');
        expect(rows).toHaveLength(2);
        expect(rows[0]).toEqual([...GENERIC_CSV_COLUMNS]);
        const row = Object.fromEntries(GENERIC_CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
        const e = (text: string) => expected(values, text);
        expect(row).toMatchObject({ id: '7', title: e(title), copy: e(copy), notes: e(notes), channel: e(channelName) });
        if (values === 'safe') noFormula(rows);
      }),
      { numRuns: 300 },
    );
  });
});
