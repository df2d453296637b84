import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/helpers/importFixtures';
import { IMPORT_ERROR_CODES, IMPORT_LIMITS, type ImportError } from './importTypes';
import { parseTimeCsv } from './parseTimeCsv';

const TZ = 'Europe/Paris';

// file → every expected error, and how many valid rows remain for the preview
const CASES: [string, ImportError[], number][] = [
  ['truncated-row.csv', [{ line: 3, code: 'too_few_fields', params: { expected: 14, found: 10 } }], 1],
  ['end-before-start.csv', [{ line: 2, code: 'end_not_after_start' }], 0],
  [
    'bad-date.csv',
    [
      { line: 3, code: 'invalid_date', params: { field: 'startDate', column: 'Start Date', value: '2025-02-30' } },
      { line: 3, code: 'invalid_date', params: { field: 'endDate', column: 'End Date', value: '2025-02-30' } },
    ],
    1,
  ],
  ['bad-time.csv', [{ line: 2, code: 'invalid_time', params: { field: 'endTime', column: 'Fin', value: '25:61' } }], 0],
  ['bad-duration.csv', [{ line: 2, code: 'invalid_duration', params: { field: 'duration', column: 'Durée', value: 'une heure' } }], 0],
  ['empty.csv', [{ line: 0, code: 'empty_file' }], 0],
  ['only-header.csv', [{ line: 0, code: 'no_data_rows' }], 0],
  ['binary-garbage.csv', [{ line: 0, code: 'binary_file' }], 0],
  ['separator-mix.csv', [{ line: 3, code: 'mixed_separators', params: { expected: 'comma', found: 'semicolon' } }], 1],
  ['unterminated-quote.csv', [{ line: 3, code: 'unterminated_quote' }], 1],
  ['malformed-quote.csv', [{ line: 2, code: 'malformed_quote' }], 0],
  ['huge-field.csv', [{ line: 3, code: 'field_too_long', params: { field: 'description', column: 'Description', maxChars: 10_000 } }], 1],
  ['wrong-encoding.csv', [{ line: 4, code: 'mixed_encoding' }], 0],
  ['duplicate-header.csv', [{ line: 1, code: 'duplicate_column', params: { field: 'startDate', column: 'Start Date' } }], 0],
  ['negative-duration.csv', [{ line: 3, code: 'negative_duration', params: { field: 'duration', column: 'Durée', value: '-1,5' } }], 1],
  ['duplicate-row.csv', [{ line: 3, code: 'duplicate_row', params: { firstLine: 2 } }], 1],
  ['dst-gap.csv', [{ line: 2, code: 'nonexistent_local_time', params: { field: 'startTime', column: 'Start time', value: '02:30:00', tz: TZ } }], 0],
  ['too-many-fields.csv', [{ line: 2, code: 'too_many_fields', params: { expected: 5, found: 6 } }], 0],
  ['missing-value.csv', [{ line: 3, code: 'missing_value', params: { field: 'startDate', column: 'Start Date' } }], 1],
  [
    'multiple-errors.csv',
    [
      { line: 2, code: 'invalid_date', params: { field: 'startDate', column: 'Start date', value: '2025-13-24' } },
      { line: 5, code: 'invalid_time', params: { field: 'startTime', column: 'Start time', value: '9h75' } },
      { line: 6, code: 'end_not_after_start' },
    ],
    1,
  ],
];

describe('parseTimeCsv — malformed files', () => {
  it.each(CASES)('%s', (name, errors, validRows) => {
    const result = parseTimeCsv(fixture(`malformed/${name}`), { tz: TZ });
    expect(result.errors).toEqual(errors);
    expect(result.rows).toHaveLength(validRows);
    for (const e of result.errors) expect(IMPORT_ERROR_CODES).toContain(e.code);
  });

  // missing-column, entry-30h and duration-mismatch are read now: see parseTimeCsv.kinds.test.ts.
  it('an unknown header is not refused: its columns are asked, with the first rows to see them by', () => {
    const result = parseTimeCsv(fixture('malformed/unknown-format.csv'), { tz: TZ });
    expect(result.errors).toEqual([]);
    expect(result.needsColumns).toEqual({ suggested: {} });
    expect(result.header).toMatchObject({ names: ['Name', 'Age', 'City'], samples: [['Camille', '31', 'Lyon']] });
  });

  it('a one-column file is no time export', () => {
    expect(parseTimeCsv(new TextEncoder().encode('Notes\nhello\n'), { tz: TZ }).errors).toEqual([{ line: 1, code: 'unknown_format' }]);
  });

  it('refuses a file over 50 MB without reading it', () => {
    const big = new Uint8Array(IMPORT_LIMITS.maxFileBytes + 1);
    const started = performance.now();
    expect(parseTimeCsv(big, { tz: TZ }).errors).toEqual([{ line: 0, code: 'file_too_large', params: { maxBytes: IMPORT_LIMITS.maxFileBytes, bytes: IMPORT_LIMITS.maxFileBytes + 1 } }]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses an unknown time zone and non-byte input', () => {
    expect(parseTimeCsv(fixture('toggl-end.csv'), { tz: 'Europe/Lutece' }).errors).toEqual([{ line: 0, code: 'invalid_time_zone', params: { tz: 'Europe/Lutece' } }]);
    expect(parseTimeCsv('a,b' as unknown as Uint8Array, { tz: TZ }).errors).toEqual([{ line: 0, code: 'invalid_input' }]);
    expect(parseTimeCsv(fixture('toggl-end.csv'), undefined as unknown as { tz: string }).errors[0].code).toBe('invalid_time_zone');
  });

  it('stops listing after the error cap', () => {
    const header = 'Date;Début;Fin;Projet\n';
    const bad = '31/02/2025;09:00;10:00;X\n'.repeat(IMPORT_LIMITS.maxErrors + 50);
    const result = parseTimeCsv(new TextEncoder().encode(header + bad), { tz: TZ });
    expect(result.errors).toHaveLength(IMPORT_LIMITS.maxErrors + 1);
    expect(result.errors.at(-1)).toEqual({ line: 0, code: 'too_many_errors', params: { max: IMPORT_LIMITS.maxErrors } });
    expect(result.errors[IMPORT_LIMITS.maxErrors - 1].line).toBe(IMPORT_LIMITS.maxErrors + 1);
  });
});
