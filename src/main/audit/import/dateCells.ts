// Calendar dates in cells: YYYY-MM-DD, DD/MM/YYYY (also with . or -), MM/DD/YYYY when the
// whole file proves it, two-digit years read as 20YY.

import { IMPORT_LIMITS } from './importTypes';
import { daysInMonth, type DayFields } from '../../../shared/time';

export type DateOrder = 'dmy' | 'mdy';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

/** What the numeric dates of a file prove about their order. */
export type DateOrderEvidence =
  /** some date has a first part above 12 (and none proves the opposite first) */
  | 'dmy'
  /** some date has a second part above 12, none a first part above 12 */
  | 'mdy'
  /** numeric dates, every one with both parts ≤ 12: the file does not tell */
  | 'ambiguous'
  /** no day/month date at all (ISO dates only, or none) */
  | 'none';

/**
 * Scans the date cells of the whole file: a first part above 12 proves day first; otherwise a
 * second part above 12 proves month first; otherwise numeric dates are 'ambiguous' and the caller
 * asks (never chooses silently).
 */
export function dateOrderEvidence(cells: Iterable<string>): DateOrderEvidence {
  let secondAbove12 = false;
  let numeric = false;
  for (const cell of cells) {
    const m = NUMERIC.exec(datePart(cell));
    if (!m) continue;
    numeric = true;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) secondAbove12 = true;
  }
  return secondAbove12 ? 'mdy' : numeric ? 'ambiguous' : 'none';
}

/** Day-first unless the file proves month-first (the order used when no hint and no choice). */
export function detectDateOrder(cells: Iterable<string>): DateOrder {
  return dateOrderEvidence(cells) === 'mdy' ? 'mdy' : 'dmy';
}

/** The date of a cell that may hold a date and a time ("16/11/2026 09:00", "2026-11-16T09:00"). */
export function datePart(cell: string): string {
  const text = cell.trim();
  const m = /^(\S+?)(?:[ T]\S.*)?$/.exec(text);
  return m ? m[1] : text;
}

/**
 * A cell holding a date and a time, split: "16/11/2026 09:00", "2026-11-16T09:00:00",
 * "11/16/2026 9:00 AM". Null when the cell does not start with a date followed by a time.
 */
export function splitDateTime(cell: string): { date: string; time: string } | null {
  const m = /^(\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4})[ T]+(.+)$/.exec(cell.trim());
  if (!m) return null;
  return { date: m[1], time: m[2].replace(/(Z|[+-]\d{2}:?\d{2})$/, '') };
}

export function parseDateCell(cell: string, order: DateOrder): DayFields | null {
  const text = cell.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO.exec(text);
  const numeric = iso ? null : NUMERIC.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    [day, month] = order === 'dmy' ? [a, b] : [b, a];
    year = numeric[3].length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
  } else return null;
  if (year < IMPORT_LIMITS.minYear || year > IMPORT_LIMITS.maxYear || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}
