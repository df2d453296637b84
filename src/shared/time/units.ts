// Fixed lengths of time, in milliseconds. A local day is NOT always MS_PER_DAY long (DST days
// last 23 or 25 hours): MS_PER_DAY is the length of a UTC day and of a day of wall-clock
// arithmetic (see civilDate.ts and wallTime.ts), never the length of a local day in a zone.

export const MS_PER_SECOND = 1_000;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;
export const MINUTES_PER_DAY = 1_440;
