import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES, IMPORT_FORMATS, IMPORT_LIMITS, type ImportResult } from './importTypes';
import { parseTimeCsv } from './parseTimeCsv';

const TZ = 'Europe/Paris';
const HOUR = 3_600_000;

function expectWellFormed(result: ImportResult): void {
  expect(IMPORT_FORMATS).toContain(result.format);
  for (const e of result.errors) {
    expect(IMPORT_ERROR_CODES).toContain(e.code);
    expect(Number.isInteger(e.line) && e.line >= 0).toBe(true);
  }
  for (const row of result.rows) {
    expect(row.line).toBeGreaterThanOrEqual(2);
    expect(row.end).toBeGreaterThan(row.start);
    expect(row.end - row.start).toBeLessThanOrEqual(IMPORT_LIMITS.maxEntryHours * HOUR);
    expect(row.externalId).toMatch(/^csv1:[0-9a-f]{32}$/);
  }
}

// CSV-looking text: known headers, separators, quotes, line breaks, dates, times and junk.
const csvPiece = fc.oneof(
  fc.constantFrom(',', ';', '\t', '"', '""', '\n', '\r\n', '\r', ' ', '\uFEFF', 'sep=;\n'),
  fc.constantFrom('Start date', 'Start time', 'End date', 'End time', 'Stop time', 'Duration', 'Start Date', 'Duration (decimal)', 'Date', 'Début', 'Fin', 'Durée', 'Projet', 'Tags', 'Étiquettes'),
  fc.constantFrom('2025-03-30', '30/03/2025', '03/30/2025', '26/10/2025', '02:30:00', '9:05 PM', '12:00 AM', '24:00', '10h30', '1,5', '-0:30:00', '30:00:00', '99:99', '0000-00-00'),
  fc.constantFrom('2025-03-24,09:00,2025-03-24,10:00,1:00:00', '24/03/2025;09:00;10:30', '2025-10-26,02:30:00,2025-10-26,02:15:00,0:45:00'),
  fc.string({ maxLength: 8 }),
);
const knownHeader = fc.constantFrom(
  '',
  'Description,Project,Start date,Start time,End date,End time,Duration,Tags\n',
  'Project,Client,Description,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal)\n',
  'Date;Début;Fin;Projet;Description;Étiquettes;Durée\r\n',
  'Date;Début;Durée;Projet\n',
);
const csvText = fc.tuple(knownHeader, fc.array(csvPiece, { maxLength: 80 })).map(([header, body]) => header + body.join(''));
const encoded = fc.tuple(csvText, fc.constantFrom('utf-8', 'latin1')).map(([text, enc]) => new Uint8Array(Buffer.from(text, enc === 'utf-8' ? 'utf8' : 'latin1')));

describe('parseTimeCsv — properties', () => {
  it('never throws on arbitrary bytes and always returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(TZ, 'UTC', 'America/St_Johns', 'nope'), (bytes, tz) => {
        const result = parseTimeCsv(bytes, { tz });
        expectWellFormed(result);
        expect(result.errors.some((e) => e.code === 'internal_error')).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on CSV-looking text, and parsing is deterministic', () => {
    fc.assert(
      fc.property(encoded, (bytes) => {
        const result = parseTimeCsv(bytes, { tz: TZ });
        expectWellFormed(result);
        expect(result.errors.some((e) => e.code === 'internal_error')).toBe(false);
        expect(parseTimeCsv(bytes, { tz: TZ })).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });
});

// ── round trip: entries → Toggl CSV (any column order, line ending, BOM) → rows ──

const wallFormat = new Intl.DateTimeFormat('en-GB', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
function wall(ms: number): { date: string; time: string } {
  const p = Object.fromEntries(wallFormat.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}
const hms = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 3600)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
/** Same UTC offset two hours before and after: the wall time is neither ambiguous nor missing. */
const clearOfChanges = (ms: number) => {
  const offset = (t: number) => Date.parse(`${wall(t).date}T${wall(t).time}Z`) - Math.floor(t / 1000) * 1000;
  return offset(ms - 2 * HOUR) === offset(ms) && offset(ms) === offset(ms + 2 * HOUR);
};

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const printable = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, ''));
const entry = fc.record({
  start: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }).map((t) => Math.floor(t / 1000) * 1000),
  seconds: fc.integer({ min: 1, max: 24 * 3600 }),
  project: printable,
  description: fc.oneof(printable, fc.constantFrom('ligne 1\r\nligne 2', 'a "quoted" word', ' , ; ')),
  tags: fc.uniqueArray(fc.stringMatching(/^[a-zà-ÿ][a-zà-ÿ0-9 -]{0,10}[a-zà-ÿ0-9]$/), { maxLength: 3 }),
  client: printable,
});
const COLUMNS = ['User', 'Email', 'Client', 'Project', 'Task', 'Description', 'Billable', 'Start date', 'Start time', 'End date', 'End time', 'Duration', 'Tags', 'Amount ()'];
type Entry = { start: number; seconds: number; project: string; description: string; tags: string[]; client: string };

function togglCsv(entries: Entry[], columns: string[], eol: string, bom: boolean): Uint8Array {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const cells = (e: Entry): Record<string, string> => {
    const s = wall(e.start);
    const end = wall(e.start + e.seconds * 1000);
    return { User: 'Camille', Email: 'c@example.com', Client: e.client, Project: e.project, Task: '', Description: e.description, Billable: 'No', 'Start date': s.date, 'Start time': s.time, 'End date': end.date, 'End time': end.time, Duration: hms(e.seconds * 1000), Tags: e.tags.join(', '), 'Amount ()': '' };
  };
  const lines = [columns.join(','), ...entries.map((e) => columns.map((c) => quote(cells(e)[c])).join(','))];
  return new TextEncoder().encode((bom ? '\uFEFF' : '') + lines.join(eol) + eol);
}

const entries = fc
  .uniqueArray(entry, { minLength: 1, maxLength: 8, selector: (e) => e.start })
  .filter((es) => es.every((e) => clearOfChanges(e.start) && clearOfChanges(e.start + e.seconds * 1000)));

describe('parseTimeCsv — round trip and stable ids', () => {
  it('reads back what a Toggl export says, in any column order, line ending and BOM, with the same ids', () => {
    fc.assert(
      fc.property(entries, fc.shuffledSubarray(COLUMNS, { minLength: COLUMNS.length }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (es, order, eol, bom) => {
        const first = parseTimeCsv(togglCsv(es, COLUMNS, '\n', false), { tz: TZ });
        const second = parseTimeCsv(togglCsv(es, order, eol, bom), { tz: TZ });
        const lineOf = (i: number) => 2 + i + es.slice(0, i).reduce((n, e) => n + (e.description.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
        expect(first.errors).toEqual([]);
        expect(first.rows).toEqual(
          es.map((e, i) => ({
            line: lineOf(i),
            start: e.start,
            end: e.start + e.seconds * 1000,
            project: e.project.trim(),
            description: e.description.replace(/\r\n?/g, '\n').trim(),
            tags: e.tags,
            ...(e.client.trim() ? { client: e.client.trim() } : {}),
            externalId: expect.any(String),
          })),
        );
        expect(second.errors).toEqual([]);
        expect(second.rows.map((r) => r.externalId)).toEqual(first.rows.map((r) => r.externalId));
        expect(new Set(first.rows.map((r) => r.externalId)).size).toBe(es.length);
      }),
      { numRuns: 300 },
    );
  });
});
