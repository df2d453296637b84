// Calendar dates in cells: YYYY-MM-DD, DD/MM/YYYY (also with . or -), MM/DD/YYYY when the
// whole file proves it, two-digit years read as 20YY.

import { IMPORT_LIMITS } from './importTypes';
import { daysInMonth, type DayFields } from '../../../shared/time';

export type DateOrder = 'dmy' | 'mdy';

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

/**
 * Day-first unless the file proves month-first: some date has a first part above 12 → day
 * first; otherwise some date has a second part above 12 → month first; otherwise day first.
 */
export function detectDateOrder(cells: Iterable<string>): DateOrder {
  let secondAbove12 = false;
  for (const cell of cells) {
    const m = NUMERIC.exec(cell.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) secondAbove12 = true;
  }
  return secondAbove12 ? 'mdy' : 'dmy';
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
