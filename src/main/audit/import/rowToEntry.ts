// Reads and validates the values of one record: dates, times (or a date and a time in one cell),
// durations, end after start. When start and end are both there, the file's duration column is
// only a cross-check: unreadable, rounded by the exporting tool or different, it is ignored and
// said (a notice), never a refusal. Rows over 24 hours come back flagged, to be offered to skip.

import type { HeaderMap, TimeField } from './csvHeader';
import type { CsvRecord } from './csvRecords';
import { parseDateCell, splitDateTime, type DateOrder } from './dateCells';
import type { RowIdentity } from './externalId';
import { IMPORT_LIMITS, type ImportError, type ImportErrorCode, type ImportNotice } from './importTypes';
import { wallTimeToInstants, type DayFields } from '../../../shared/time';
import { parseClockCell, parseDurationCell } from './timeCells';

export interface RowContext {
  map: HeaderMap;
  dateOrder: DateOrder;
  tz: string;
  /** For files without start times (Harvest): where each day's entries are placed, one after another. */
  placement?: { next(day: DayFields, seconds: number): number };
}

export type RowOutcome = { ok: true; entry: RowIdentity; notices: ImportNotice[]; tooLong: boolean } | { ok: false; errors: ImportError[] };

/**
 * Rounding steps of the exporting tools' reports, in minutes, up, down or to the nearest (Toggl
 * Track and Clockify report rounding: 1, 5, 6, 10 or 15 min). The notice names the smallest step
 * that explains the difference: one row cannot tell 5 from 15.
 */
const ROUNDING_STEPS = [1, 5, 6, 10, 15];

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

  date(field: TimeField, dateOrder: DateOrder, text = cell(this.record, this.map, field)): DayFields | null {
    const date = text ? parseDateCell(text, dateOrder) : null;
    if (text && !date) this.add('invalid_date', field, text);
    return date;
  }

  /** A time cell, or a date and a time in one cell (then `date` is set). */
  clock(field: TimeField, dateOrder: DateOrder): { seconds: number | null; date: DayFields | null } {
    const text = cell(this.record, this.map, field);
    if (!text) return { seconds: null, date: null };
    const both = parseClockCell(text) === null ? splitDateTime(text) : null;
    const seconds = parseClockCell(both ? both.time : text);
    const date = both ? parseDateCell(both.date, dateOrder) : null;
    if (both && !date) this.add('invalid_date', field, text);
    else if (seconds === null || (field === 'startTime' && seconds >= 86_400)) this.add('invalid_time', field, text);
    return { seconds, date };
  }
}

/** The notice for a duration column that disagrees with start and end, or null when it agrees. */
function durationNotice(line: number, column: string, value: string, durationSeconds: number | null, foundMs: number): ImportNotice | null {
  if (durationSeconds === null || durationSeconds < 0) return { line, code: 'duration_unreadable', params: { column, value: value.slice(0, MAX_VALUE_PARAM) } };
  const durationMs = durationSeconds * 1000;
  if (Math.abs(foundMs - durationMs) <= IMPORT_LIMITS.durationToleranceSeconds * 1000) return null;
  const found = Math.round(foundMs / 60_000);
  const expected = Math.round(durationMs / 60_000);
  for (const step of ROUNDING_STEPS) {
    const stepMs = step * 60_000;
    if (durationMs % stepMs === 0 && Math.abs(foundMs - durationMs) < stepMs) return { line, code: 'duration_rounded', params: { column, value: value.slice(0, MAX_VALUE_PARAM), step, expectedMinutes: expected, foundMinutes: found } };
  }
  return { line, code: 'duration_differs', params: { column, value: value.slice(0, MAX_VALUE_PARAM), expectedMinutes: expected, foundMinutes: found } };
}

export function rowToEntry(record: CsvRecord, ctx: RowContext): RowOutcome {
  const { map, dateOrder, tz } = ctx;
  const errors = new RowErrors(record, map);
  const get = (field: TimeField) => cell(record, map, field);

  const placed = map.columns.startTime === undefined;
  const startHasDate = splitDateTime(get('startTime')) !== null;
  if (!get('startDate') && !startHasDate) errors.add('missing_value', map.columns.startDate !== undefined || placed ? 'startDate' : 'startTime');
  else if (!placed && !get('startTime')) errors.add('missing_value', 'startTime');
  const cellDate = get('startDate') ? errors.date('startDate', dateOrder) : null;
  const start = errors.clock('startTime', dateOrder);
  const startDate = start.date ?? cellDate;
  const end = errors.clock('endTime', dateOrder);
  const endDate = end.date ?? errors.date('endDate', dateOrder);
  const endSeconds = end.seconds;
  const durationField: TimeField | null = get('duration') ? 'duration' : get('durationDecimal') ? 'durationDecimal' : null;
  let durationSeconds: number | null = null;
  const crossCheck = endSeconds !== null;
  if (durationField) {
    const text = get(durationField);
    durationSeconds = parseDurationCell(text);
    if (!crossCheck) {
      if (durationSeconds === null) errors.add('invalid_duration', durationField, text);
      else if (durationSeconds < 0) errors.add('negative_duration', durationField, text);
    }
  }
  if (!get('endTime') && !durationField) {
    const endField = (['endTime', 'duration', 'durationDecimal'] as const).find((f) => map.columns[f] !== undefined) ?? 'endTime';
    errors.add('missing_value', endField);
  }
  if (errors.list.length > 0 || !startDate || (start.seconds === null && !placed)) return { ok: false, errors: errors.list };
  if (placed && endSeconds !== null && durationSeconds !== null && durationSeconds >= 0) {
    // No start column, an end and a duration: the start is the end minus the duration.
    const endsAt = wallTimeToInstants(endDate ?? startDate, endSeconds, tz);
    if (endsAt.length === 0) errors.add('nonexistent_local_time', 'endTime', get('endTime'), { tz });
    if (errors.list.length > 0) return { ok: false, errors: errors.list };
    return finish(record, ctx, endsAt[endsAt.length - 1] - durationSeconds * 1000, endsAt[endsAt.length - 1], [], errors);
  }
  const startSeconds = placed ? ctx.placement!.next(startDate, durationSeconds ?? 0) : start.seconds!;

  const starts = wallTimeToInstants(startDate, startSeconds, tz);
  if (starts.length === 0) errors.add('nonexistent_local_time', 'startTime', get('startTime'), { tz });
  let ends: number[] = [];
  const durationMs = durationSeconds === null || durationSeconds < 0 ? null : durationSeconds * 1000;
  if (endSeconds !== null) {
    const day = endDate ?? (endSeconds < startSeconds ? nextDay(startDate) : startDate); // no end date: past midnight
    ends = wallTimeToInstants(day, endSeconds, tz);
    if (ends.length === 0) errors.add('nonexistent_local_time', 'endTime', get('endTime'), { tz });
  }
  if (errors.list.length > 0) return { ok: false, errors: errors.list };

  const [startAt, endAt] = endSeconds === null ? [starts[0], starts[0] + durationMs!] : starts.length === 1 && ends.length === 1 ? [starts[0], ends[0]] : pickPair(starts, ends, durationMs);
  const notices: ImportNotice[] = [];
  if (crossCheck && durationField && endAt > startAt) {
    const notice = durationNotice(record.line, columnName(map, durationField), get(durationField), durationSeconds, endAt - startAt);
    if (notice) notices.push(notice);
  }
  return finish(record, ctx, startAt, endAt, notices, errors);
}

function finish(record: CsvRecord, ctx: RowContext, startAt: number, endAt: number, notices: ImportNotice[], errors: RowErrors): RowOutcome {
  const get = (field: TimeField) => cell(record, ctx.map, field);
  if (endAt <= startAt) errors.add('end_not_after_start');
  if (errors.list.length > 0) return { ok: false, errors: errors.list };
  const client = get('client');
  const description = get('description');
  const tags = get('tags');
  return {
    ok: true,
    notices,
    tooLong: endAt - startAt > IMPORT_LIMITS.maxEntryHours * 3_600_000,
    entry: {
      start: startAt,
      end: endAt,
      project: get('project'),
      description: description.includes('\r') ? description.replace(/\r\n?/g, '\n') : description,
      tags: tags === '' ? [] : splitTags(tags),
      ...(client ? { client } : {}),
      user: get('user'),
      email: get('email'),
    },
  };
}
