// Files shaped like real users' exports (issue 12): each kind of fault, with its right value.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/helpers/importFixtures';
import { parseTimeCsv } from './parseTimeCsv';

const TZ = 'Europe/Paris';
const utc = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);
const text = (s: string) => new TextEncoder().encode(s);
const spans = (r: ReturnType<typeof parseTimeCsv>) => r.rows.map((row) => [row.start, row.end]);

describe('durations in display formats', () => {
  it('Toggl "18:25 min" is 18 min 25 s, and the row is one entry of that length', () => {
    const r = parseTimeCsv(fixture('real/toggl-minutes-display.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.notices ?? []).toEqual([]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ start: utc(2026, 8, 21, 17, 21, 21), end: utc(2026, 8, 21, 17, 39, 46), project: 'Project A', description: 'Update checks', tags: ['Maintenance'], client: 'Client A' });
    expect((r.rows[0].end - r.rows[0].start) / 1000).toBe(18 * 60 + 25);
  });

  it('decimal hours with a unit agree with start and end; an unreadable duration is ignored and said', () => {
    const r = parseTimeCsv(fixture('real/toggl-decimal-display.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(spans(r)).toEqual([
      [utc(2026, 8, 21, 17, 21, 21), utc(2026, 8, 21, 17, 39, 46)],
      [utc(2026, 8, 21, 18, 0), utc(2026, 8, 21, 18, 45)],
    ]);
    expect(r.notices).toEqual([{ line: 3, code: 'duration_unreadable', params: { column: 'Duration', value: 'n/a' } }]);
  });

  it('a duration rounded by the exporting tool (15 min, 6 min) never refuses the row: start and end win', () => {
    const r = parseTimeCsv(fixture('real/clockify-rounded.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(spans(r)).toEqual([
      [utc(2025, 5, 12, 7, 2), utc(2025, 5, 12, 7, 49)],
      [utc(2025, 5, 12, 8, 0), utc(2025, 5, 12, 8, 44)],
    ]);
    expect(r.notices).toEqual([
      { line: 2, code: 'duration_rounded', params: { column: 'Duration (h)', value: '00:45:00', step: 5, expectedMinutes: 45, foundMinutes: 47 } },
      { line: 3, code: 'duration_rounded', params: { column: 'Duration (decimal)', value: '0.80', step: 6, expectedMinutes: 48, foundMinutes: 44 } },
    ]);
  });

  it('without an end, the duration is the source: "1h05", "65 min", "1,5 h"', () => {
    const csv = 'Date;Début;Durée;Projet\n04/03/2024;09:00;1h05;A\n04/03/2024;11:00;65 min;B\n04/03/2024;14:00;1,5 h;C\n';
    const r = parseTimeCsv(text(csv), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => (row.end - row.start) / 60_000)).toEqual([65, 65, 90]);
  });
});

describe('12-hour markers of other languages', () => {
  it('"09:00 a. m." to "11:30 a. m." is 09:00–11:30 (the issue\'s example), "p. m." and "P.M." are afternoon', () => {
    const r = parseTimeCsv(fixture('real/clockify-es-12h.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(spans(r)).toEqual([
      [utc(2024, 3, 14, 8, 0), utc(2024, 3, 14, 10, 30)],
      [utc(2024, 3, 14, 13, 15), utc(2024, 3, 14, 14, 0)],
    ]);
  });

  it('Greek "π.μ." / "μ.μ.", derived from Intl', () => {
    const r = parseTimeCsv(fixture('real/clockify-el-12h.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(spans(r)).toEqual([[utc(2024, 3, 14, 8, 0), utc(2024, 3, 14, 12, 30)]]);
  });
});

describe("Excel's separator line", () => {
  it.each([
    ['sep=;\n', 2],
    ['"sep=;"\n', 2],
    ['\uFEFFsep=;\r\n', 2],
    ['sep=;;;;\r\n', 2],
  ])('%j, then rows with trailing separators', (sep, firstLine) => {
    const r = parseTimeCsv(text(`${sep}Date;Début;Fin;Projet;\n24/03/2025;09:00;10:00;Veille;\n24/03/2025;10:00;11:00;Veille;;\n`), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.rows.map((row) => row.line)).toEqual([firstLine + 1, firstLine + 2]);
  });

  it('the quoted form after a BOM, in a file', () => {
    const r = parseTimeCsv(fixture('real/excel-sep-quoted.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(spans(r)).toEqual([
      [utc(2025, 3, 24, 8, 0), utc(2025, 3, 24, 9, 0)],
      [utc(2025, 3, 24, 9, 0), utc(2025, 3, 24, 10, 30)],
    ]);
  });
});

describe('dates whose order the file does not tell', () => {
  it('English Clockify with a 12-hour clock: month first suggested, asked with samples', () => {
    const r = parseTimeCsv(fixture('real/clockify-en-ambiguous.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.dateOrder).toBe('mdy');
    expect(r.dateQuestion).toEqual({
      hint: 'english_12h',
      samples: [
        { cell: '03/04/2024', dmy: '2024-04-03', mdy: '2024-03-04' },
        { cell: '03/05/2024', dmy: '2024-05-03', mdy: '2024-03-05' },
      ],
    });
    expect(r.rows[0].start).toBe(utc(2024, 3, 4, 8, 0));
    const switched = parseTimeCsv(fixture('real/clockify-en-ambiguous.csv'), { tz: TZ, dateOrder: 'dmy' });
    expect(switched.rows[0].start).toBe(utc(2024, 4, 3, 7, 0));
  });

  it('French headers, `;` and a 24-hour clock: day first suggested, still asked', () => {
    const r = parseTimeCsv(fixture('real/excel-fr-ambiguous.csv'), { tz: TZ });
    expect(r.dateOrder).toBe('dmy');
    expect(r.dateQuestion?.hint).toBe('semicolon');
    expect(r.rows[0].start).toBe(utc(2024, 3, 4, 8, 0));
  });

  it('a file that proves its order asks nothing', () => {
    const r = parseTimeCsv(text('Date;Début;Fin;Projet\n04/03/2024;09:00;10:30;Veille\n13/03/2024;09:00;10:00;Veille\n'), { tz: TZ });
    expect(r.dateOrder).toBe('dmy');
    expect(r.dateQuestion).toBeUndefined();
  });
});

describe('encodings are detected, not assumed', () => {
  it('Mac Excel "CSV (Macintosh)": Mac Roman with CR-only line ends reads "Création", not "CrŽation"', () => {
    const r = parseTimeCsv(fixture('real/mac-excel-macroman.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe('macintosh');
    expect(r.encodingCandidates).toBeUndefined();
    expect(r.rows.map((row) => [row.project, row.description])).toEqual([
      ['Création', 'Réponse à l’influenceuse « été »'],
      ['Stratégie', 'Cœur de cible — budget'],
    ]);
  });

  it('Windows-1250 (Polish Excel) reads its own letters', () => {
    const r = parseTimeCsv(fixture('real/excel-pl-1250.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.encoding).toBe('windows-1250');
    expect(r.rows.map((row) => row.description)).toEqual(['Zażółć gęślą jaźń — przegląd treści', 'Źródła i łącza']);
  });

  it('when unsure, offers the candidates with a sample; the one picked is used', () => {
    const bytes = new Uint8Array(Buffer.from('Start date,Start time,End time,Project\n2025-03-24,09:00,10:00,B\xb0 3\n', 'latin1'));
    const r = parseTimeCsv(bytes, { tz: TZ });
    expect(r.encodingCandidates?.length).toBeGreaterThanOrEqual(2);
    expect(r.encodingCandidates?.map((c) => c.encoding)).toContain('macintosh');
    const picked = parseTimeCsv(bytes, { tz: TZ, encoding: 'macintosh' });
    expect(picked.encoding).toBe('macintosh');
    expect(picked.rows[0].project).toBe('B∞ 3');
  });
});

describe("the user's own spreadsheet", () => {
  it('`Projet;Description;Début;Fin;Durée (h)` with "16/11/2026 09:00" and "0,67" reads without a question', () => {
    const r = parseTimeCsv(fixture('real/own-spreadsheet.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.needsColumns).toBeUndefined();
    expect(r.rows.map((row) => [row.project, row.start, row.end])).toEqual([
      ['Veille', utc(2026, 11, 16, 8, 0), utc(2026, 11, 16, 8, 40)],
      ['Stratégie', utc(2026, 11, 16, 9, 0), utc(2026, 11, 16, 10, 30)],
    ]);
  });

  it('an unknown header asks for its columns, with a suggestion; the chosen columns read the file', () => {
    const r = parseTimeCsv(fixture('real/own-columns.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([]);
    expect(r.header?.names).toEqual(['Quand', 'De', 'À', 'Quoi', 'Détail']);
    expect(r.needsColumns?.suggested).toMatchObject({ start: 1, end: 2 });
    const chosen = parseTimeCsv(fixture('real/own-columns.csv'), { tz: TZ, columns: { date: 0, start: 1, end: 2, project: 3, description: 4 } });
    expect(chosen.errors).toEqual([]);
    expect(chosen.format).toBe('custom');
    expect(chosen.rows.map((row) => [row.project, row.description, row.start, row.end])).toEqual([
      ['Veille', 'Revue de presse', utc(2026, 11, 16, 8, 0), utc(2026, 11, 16, 9, 15)],
      ['Réunion', 'Point hebdo', utc(2026, 11, 16, 9, 15), utc(2026, 11, 16, 10, 0)],
    ]);
  });

  it('a mapping without a start is refused with a translated reason, on the header line', () => {
    const r = parseTimeCsv(fixture('real/own-columns.csv'), { tz: TZ, columns: { date: 0, end: 2 } });
    expect(r.errors).toEqual([{ line: 1, code: 'column_mapping', params: { problem: 'missing_role', roles: 'start' } }]);
  });

  it('a Toggl file without its start-time column: the start is the end minus the duration', () => {
    const r = parseTimeCsv(fixture('malformed/missing-column.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(spans(r)).toEqual([[utc(2025, 3, 24, 8, 0), utc(2025, 3, 24, 9, 30)]]);
  });

  it('Harvest (dates and hours, no times): placed one after another from 09:00, and said', () => {
    const r = parseTimeCsv(fixture('real/harvest-detailed.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.format).toBe('harvest');
    expect(spans(r)).toEqual([
      [utc(2025, 5, 12, 7, 0), utc(2025, 5, 12, 8, 30)],
      [utc(2025, 5, 12, 8, 30), utc(2025, 5, 12, 9, 15)],
    ]);
    expect(r.notices).toEqual([{ line: 0, code: 'start_times_placed', params: { time: '09:00' } }]);
  });
});

describe('rows that cannot be entries', () => {
  it('a row over 24 hours (a forgotten timer) is set aside to skip, not an error', () => {
    const r = parseTimeCsv(fixture('malformed/entry-30h.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([]);
    expect(r.longRows).toEqual([{ line: 2, start: utc(2025, 3, 10, 7, 0), end: utc(2025, 3, 11, 13, 0) }]);
  });

  it('a duration column that differs from start–end is a notice, not a refusal', () => {
    const r = parseTimeCsv(fixture('malformed/duration-mismatch.csv'), { tz: TZ });
    expect(r.errors).toEqual([]);
    expect(r.notices).toEqual([{ line: 2, code: 'duration_differs', params: { column: 'Duration', value: '02:00:00', expectedMinutes: 120, foundMinutes: 90 } }]);
  });
});
