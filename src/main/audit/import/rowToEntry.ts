// Reads and validates the values of one record: dates, times, durations, end after start,
// at most 24 hours, consistency with the file's own duration column.

import type { HeaderMap, TimeField } from './csvHeader';
import type { CsvRecord } from './csvRecords';
import { parseDateCell, type DateOrder } from './dateCells';
import type { RowIdentity } from './externalId';
import { IMPORT_LIMITS, type ImportError, type ImportErrorCode } from './importTypes';
import { wallTimeToInstants, type DayFields } from '../../../shared/time';
import { parseClockCell, parseDurationCell } from './timeCells';

export interface RowContext {
  map: HeaderMap;
  dateOrder: DateOrder;
  tz: string;
}

export type RowOutcome = { ok: true; entry: RowIdentity } | { ok: false; errors: ImportError[] };

const MAX_VALUE_PARAM = 50;

function nextDay(d: DayFields): DayFields {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,;]/).map((t) => t.trim()).filter(Boolean))];
}

/** The (start, end) pair to keep when a wall time is ambiguous (DST fall-back hour). */
function pickPair(starts: number[], ends: number[], durationMs: number | null): [number, number] {
  const pairs = starts.flatMap((s) => ends.filter((e) => e > s).map((e) => [s, e] as [number, number]));
  if (pairs.length === 0) return [starts[0], ends[0]];
  if (durationMs === null) return pairs[0];
  return pairs.reduce((best, p) => (Math.abs(p[1] - p[0] - durationMs) < Math.abs(best[1] - best[0] - durationMs) ? p : best));
}

/** The trimmed text of a field's cell ('' when the column is absent). */
function cell(record: CsvRecord, map: HeaderMap, field: TimeField): string {
  const index = map.columns[field];
  return index === undefined ? '' : (record.fields[index] ?? '').trim();
}

function columnName(map: HeaderMap, field: TimeField): string {
  return map.names[map.columns[field] ?? -1] ?? field;
}

/** Collects a row's errors. Created per row, but only its methods run on the happy path: no closure per row. */
class RowErrors {
  readonly list: ImportError[] = [];
  constructor(
    private readonly record: CsvRecord,
    private readonly map: HeaderMap,
  ) {}

  add(code: ImportErrorCode, field?: TimeField, value?: string, extra?: Record<string, string | number>): void {
    const params = { ...(field ? { field, column: columnName(this.map, field) } : {}), ...(value !== undefined ? { value: value.slice(0, MAX_VALUE_PARAM) } : {}), ...extra };
    this.list.push({ line: this.record.line, code, ...(Object.keys(params).length > 0 ? { params } : {}) });
  }

  date(field: TimeField, dateOrder: DateOrder): DayFields | null {
    const text = cell(this.record, this.map, field);
    const date = text ? parseDateCell(text, dateOrder) : null;
    if (text && !date) this.add('invalid_date', field, text);
    return date;
  }

  clock(field: TimeField): number | null {
    const text = cell(this.record, this.map, field);
    const seconds = text ? parseClockCell(text) : null;
    if (text && (seconds === null || (field === 'startTime' && seconds >= 86_400))) this.add('invalid_time', field, text);
    return seconds;
  }
}

export function rowToEntry(record: CsvRecord, ctx: RowContext): RowOutcome {
  const { map, dateOrder, tz } = ctx;
  const errors = new RowErrors(record, map);
  const get = (field: TimeField) => cell(record, map, field);

  if (!get('startDate')) errors.add('missing_value', 'startDate');
  if (!get('startTime')) errors.add('missing_value', 'startTime');
  const startDate = errors.date('startDate', dateOrder);
  const startSeconds = errors.clock('startTime');
  const endDate = errors.date('endDate', dateOrder);
  const endSeconds = errors.clock('endTime');
  const durationField: TimeField | null = get('duration') ? 'duration' : get('durationDecimal') ? 'durationDecimal' : null;
  let durationSeconds: number | null = null;
  if (durationField) {
    const text = get(durationField);
    durationSeconds = parseDurationCell(text);
    if (durationSeconds === null) errors.add('invalid_duration', durationField, text);
    else if (durationSeconds < 0) errors.add('negative_duration', durationField, text);
  }
  if (!get('endTime') && !durationField) {
    const endField = (['endTime', 'duration', 'durationDecimal'] as const).find((f) => map.columns[f] !== undefined) ?? 'endTime';
    errors.add('missing_value', endField);
  }
  if (errors.list.length > 0 || !startDate || startSeconds === null) return { ok: false, errors: errors.list };

  const starts = wallTimeToInstants(startDate, startSeconds, tz);
  if (starts.length === 0) errors.add('nonexistent_local_time', 'startTime', get('startTime'), { tz });
  let ends: number[] = [];
  const durationMs = durationSeconds === null ? null : durationSeconds * 1000;
  if (endSeconds !== null) {
    const day = endDate ?? (endSeconds < startSeconds ? nextDay(startDate) : startDate); // no end date: past midnight
    ends = wallTimeToInstants(day, endSeconds, tz);
    if (ends.length === 0) errors.add('nonexistent_local_time', 'endTime', get('endTime'), { tz });
  }
  if (errors.list.length > 0) return { ok: false, errors: errors.list };

  const [start, end] = endSeconds === null ? [starts[0], starts[0] + durationMs!] : starts.length === 1 && ends.length === 1 ? [starts[0], ends[0]] : pickPair(starts, ends, durationMs);
  if (end <= start) errors.add('end_not_after_start');
  else {
    if (end - start > IMPORT_LIMITS.maxEntryHours * 3_600_000) errors.add('entry_too_long', undefined, undefined, { maxHours: IMPORT_LIMITS.maxEntryHours });
    if (durationMs !== null && endSeconds !== null && Math.abs(end - start - durationMs) > IMPORT_LIMITS.durationToleranceSeconds * 1000) {
      errors.add('duration_mismatch', undefined, undefined, {
        column: columnName(map, durationField!),
        expectedMinutes: Math.round(durationMs / 60_000),
        foundMinutes: Math.round((end - start) / 60_000),
      });
    }
  }
  if (errors.list.length > 0) return { ok: false, errors: errors.list };

  const client = get('client');
  const description = get('description');
  const tags = get('tags');
  return {
    ok: true,
    entry: {
      start,
      end,
      project: get('project'),
      description: description.includes('\r') ? description.replace(/\r\n?/g, '\n') : description,
      tags: tags === '' ? [] : splitTags(tags),
      ...(client ? { client } : {}),
      user: get('user'),
      email: get('email'),
    },
  };
}
