import { describe, expect, it } from 'vitest';
import { formatTimeText, parseTimeText } from './timeText';

describe('time typed by a person', () => {
  it('parses 24-hour, French and 12-hour forms', () => {
    expect(parseTimeText('9')).toBe(540);
    expect(parseTimeText('09:30')).toBe(570);
    expect(parseTimeText('21h15')).toBe(1275);
    expect(parseTimeText('930')).toBe(570);
    expect(parseTimeText('9:30 pm')).toBe(1290);
    expect(parseTimeText('12:00 AM')).toBe(0);
    expect(parseTimeText('12:15 PM')).toBe(735);
    expect(parseTimeText('24:00')).toBe(1440);
  });
  it('refuses nonsense', () => {
    for (const bad of ['', '25:00', '9:60', '13 pm', 'noon', '24:01', '-1']) expect(parseTimeText(bad), bad).toBeNull();
  });
  it('formats per locale', () => {
    expect(formatTimeText(1290, 'fr-FR')).toBe('21:30');
    expect(formatTimeText(1290, 'en-US')).toBe('09:30 PM');
  });
});
