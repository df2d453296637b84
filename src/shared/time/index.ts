// Dates and times, one module for the whole app:
// - civilDate.ts: LocalDay 'YYYY-MM-DD', LocalMonth 'YYYY-MM', day numbers, weekdays (integer, hot paths)
// - calendarRules.ts: month/year addition with clamping, week numbers (date-fns)
// - wallTime.ts: wall-clock readings as plain clock arithmetic (no zone)
// - zoned.ts: instants ↔ wall time in an IANA zone, DST-correct (@date-fns/tz offsets)
// - localDays.ts: local days and weeks as spans of instants
// - units.ts: fixed lengths in ms
export * from './units';
export * from './civilDate';
export * from './calendarRules';
export * from './wallTime';
export * from './zoned';
export * from './localDays';
