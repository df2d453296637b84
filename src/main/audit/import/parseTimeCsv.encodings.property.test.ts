// Any valid file, re-encoded in each supported encoding and written with each separator and line
// end, imports to the same entries.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseTimeCsv } from './parseTimeCsv';

const TZ = 'Europe/Paris';
/** Encodings a user's file comes in; text that a single-byte code page cannot hold is drawn from its letters. */
const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'windows-1252', 'macintosh'] as const;
const WORDS = ['Création', 'réunion', 'été', 'Stratégie', 'modération', 'cœur', 'à', 'l’équipe', 'Noël', 'façade', 'Übersicht', 'Grüße', 'naïve', 'crème', 'plan', 'veille', 'Instagram', 'LinkedIn', '«', '»', '—', 'budget'];

const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const row = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  startMinutes: fc.integer({ min: 6 * 60, max: 20 * 60 }),
  length: fc.integer({ min: 1, max: 180 }),
  project: phrase,
  description: phrase,
});

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Uint8Array {
  const bytes =
    encoding === 'utf-8' ? Buffer.from(text, 'utf8')
    : encoding === 'utf-8-bom' ? Buffer.from('\uFEFF' + text, 'utf8')
    : encoding === 'utf-16le-bom' ? iconv.encode(text, 'utf-16le', { addBOM: true })
    : encoding === 'utf-16be-bom' ? Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])
    : iconv.encode(text, encoding);
  return new Uint8Array(bytes);
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

type Row = { day: number; month: number; startMinutes: number; length: number; project: string; description: string };

function csvText(rows: Row[], sep: string, eol: string): string {
  const quote = (s: string) => (s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s);
  // ISO dates: the property is about bytes, separators and line ends, not the date-order question.
  const lines = ['Start date', 'Start time', 'End time', 'Project', 'Description'].join(sep);
  const body = rows.map((r) => {
    const date = `2025-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
    return [date, hhmm(r.startMinutes), hhmm(Math.min(r.startMinutes + r.length, 23 * 60 + 59)), quote(r.project), quote(r.description)].join(sep);
  });
  return [lines, ...body].join(eol) + eol;
}

describe('parseTimeCsv — encodings, separators and line ends', () => {
  it('any valid file imports to the same entries in every supported encoding, separator and line end', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { minLength: 1, maxLength: 6, selector: (r) => `${r.month}-${r.day}-${r.startMinutes}` }),
        fc.constantFrom(...ENCODINGS),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n', '\r'),
        (rows, encoding, sep, eol) => {
          const reference = parseTimeCsv(encode(csvText(rows, ',', '\n'), 'utf-8'), { tz: TZ });
          expect(reference.errors).toEqual([]);
          const bytes = encode(csvText(rows, sep, eol), encoding);
          let r = parseTimeCsv(bytes, { tz: TZ });
          // A single-byte file whose text reads plausibly in several code pages (one « in Mac Roman
          // is Ç in Windows-1252) is not guessed: the preview asks, offering the candidates. The
          // file's own encoding must be among them, and picking it gives the same entries.
          if (r.encodingCandidates && r.encoding !== encoding) {
            expect(r.encodingCandidates.map((c) => c.encoding)).toContain(encoding);
            r = parseTimeCsv(bytes, { tz: TZ, encoding });
          }
          expect(r.errors).toEqual([]);
          expect(r.rows.map(({ line: _line, ...rest }) => rest)).toEqual(reference.rows.map(({ line: _line, ...rest }) => rest));
        },
      ),
      { numRuns: 400 },
    );
  });
});
