// Calendar arithmetic on the proleptic Gregorian calendar, without Date objects (hot paths call it per row).

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12; months outside that range roll into the neighbouring years) of `year`. */
export function daysInMonth(year: number, month: number): number {
  const m0 = (((month - 1) % 12) + 12) % 12;
  const y = year + Math.floor((month - 1) / 12);
  return m0 === 1 && isLeapYear(y) ? 29 : DAYS[m0];
}
