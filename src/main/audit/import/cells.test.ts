import { describe, expect, it } from 'vitest';
import { detectDateOrder, parseDateCell } from './dateCells';
import { parseClockCell, parseDurationCell } from './timeCells';

describe('parseClockCell', () => {
  it.each([
    ['09:05', 9 * 3600 + 300],
    ['9:05:30', 9 * 3600 + 330],
    ['09:05:30.250', 9 * 3600 + 330],
    ['10h30', 10.5 * 3600],
    ['9h', 9 * 3600],
    ['09:05:00 AM', 9 * 3600 + 300],
    ['12:00:00 AM', 0],
    ['12:30 PM', 12.5 * 3600],
    ['9 pm', 21 * 3600],
    ['11:40 p.m.', 23 * 3600 + 2400],
    ['24:00', 86_400],
    ['0:00', 0],
  ])('%s → %i s', (cell, seconds) => expect(parseClockCell(cell)).toBe(seconds));

  it.each(['', '9', '25:00', '24:01', '09:60', '09:05:60', '13:00 PM', '0:30 AM', '9h75', '09:05h', 'midi', '9.30'])('rejects %j', (cell) =>
    expect(parseClockCell(cell)).toBeNull(),
  );
});

describe('parseDurationCell', () => {
  it.each([
    ['1:30:00', 5400],
    ['01:30', 5400],
    ['30:00:00', 108_000],
    ['1.5', 5400],
    ['1,25', 4500],
    ['0,01', 36],
    ['1h30', 5400],
    ['2 h', 7200],
    ['45 min', 2700],
    ['-1:00:00', -3600],
    ['-1,5', -5400],
    ['-0:00:00', 0],
  ])('%s → %i s', (cell, seconds) => expect(parseDurationCell(cell)).toBe(seconds));

  it.each(['', 'une heure', '1:75:00', '1.2.3', '--1', '1:30:00 PM'])('rejects %j', (cell) => expect(parseDurationCell(cell)).toBeNull());
});

describe('dates', () => {
  it('reads ISO, day-first, month-first and two-digit years', () => {
    expect(parseDateCell('2025-03-09', 'dmy')).toEqual({ year: 2025, month: 3, day: 9 });
    expect(parseDateCell('09/03/2025', 'dmy')).toEqual({ year: 2025, month: 3, day: 9 });
    expect(parseDateCell('09.03.25', 'dmy')).toEqual({ year: 2025, month: 3, day: 9 });
    expect(parseDateCell('03/09/2025', 'mdy')).toEqual({ year: 2025, month: 3, day: 9 });
    expect(parseDateCell('29/02/2024', 'dmy')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['29/02/2025', '2025-02-30', '32/01/2025', '2025-13-01', '1969-12-31', '2025/3', 'hier', '00/01/2025'])('rejects %j', (cell) =>
    expect(parseDateCell(cell, 'dmy')).toBeNull(),
  );

  it('detects the order over the whole file, day-first by default', () => {
    expect(detectDateOrder(['03/04/2025', '13/04/2025'])).toBe('dmy');
    expect(detectDateOrder(['03/04/2025', '04/13/2025'])).toBe('mdy');
    expect(detectDateOrder(['03/04/2025', '04/05/2025'])).toBe('dmy');
    expect(detectDateOrder(['04/13/2025', '13/04/2025'])).toBe('dmy'); // contradictory: day-first, the other date fails
    expect(detectDateOrder(['2025-04-13'])).toBe('dmy');
  });
});
