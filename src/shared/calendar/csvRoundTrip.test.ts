// Property tests: any text survives the CSV exporters. Each file is parsed back with
// papaparse (the delimiter and record end given, as an importer knows them) and the cell
// must equal the text exactly: quotes, commas, semicolons, CR/LF, tabs, BOM, emoji, RTL…
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportBuffer } from './exportBuffer';
import { GENERIC_CSV_COLUMNS, exportGenericCsv } from './exportGenericCsv';
import { exportHootsuite } from './exportHootsuite';
import { formats, item, pillars } from '../../../tests/helpers/calendarFixtures';
import type { Channel } from './types';

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
  it('Buffer: the Text cell is the copy', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = exportBuffer([item({ channelId: 1, publishAt: Date.UTC(2025, 10, 3, 9), copy: text })], [open], 'UTC');
        if (text.trim() === '') {
          expect(r.skipped.map((s) => s.reason)).toEqual(['empty-text']);
          return;
        }
        const rows = parse(r.files[0].content, ',');
        expect(rows).toEqual([
          ['Text', 'Image URL', 'Tags', 'Posting Time'],
          [text, '', '', '2025-11-03 09:00'],
        ]);
      }),
      { numRuns: 500 },
    );
  });

  it('Hootsuite: the message and link cells are the copy and link', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, link) => {
        const r = exportHootsuite([item({ channelId: 1, publishAt: Date.UTC(2025, 10, 3, 9), copy: text, link })], [open], 'UTC', { dateOrder: 'dmy' });
        const trimmed = link.trim();
        if ((trimmed === '' ? text : `${text} ${trimmed}`).trim() === '') {
          expect(r.skipped.map((s) => s.reason)).toEqual(['empty-text']);
          return;
        }
        const rows = parse(r.files[0].content, ',');
        expect(rows).toEqual([trimmed === '' ? ['03/11/2025 09:00', text] : ['03/11/2025 09:00', text, trimmed]]);
      }),
      { numRuns: 500 },
    );
  });

  it.each(['en', 'fr'] as const)('generic CSV (%s): every text column comes back', (locale) => {
    const headers = Object.fromEntries(GENERIC_CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof GENERIC_CSV_COLUMNS)[number], string>;
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (title, copy, notes, channelName) => {
        const channel = { ...open, name: channelName };
        const r = exportGenericCsv([item({ id: 7, channelId: 1, title, copy, notes })], { channels: [channel], formats, pillars }, { locale, headers });
        const content = r.files[0].content;
        expect(content.charCodeAt(0)).toBe(0xfeff);
        const rows = parse(content, locale === 'fr' ? ';' : ',');
        expect(rows).toHaveLength(2);
        expect(rows[0]).toEqual([...GENERIC_CSV_COLUMNS]);
        const row = Object.fromEntries(GENERIC_CSV_COLUMNS.map((c, i) => [c, rows[1][i]]));
        expect(row).toMatchObject({ id: '7', title, copy, notes, channel: channelName });
      }),
      { numRuns: 300 },
    );
  });
});
