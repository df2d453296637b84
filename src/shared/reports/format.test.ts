import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayRangeText, makeReportFormat, percentText } from './format';
import { addDays, localWallTimeToInstant } from '../time';

describe('percentText', () => {
  it('reads a share in each language, with a no-break space before % in French', () => {
    expect(percentText(0.44, 'en-US')).toBe('44%');
    expect(percentText(0.03, 'fr-FR')).toBe('3\u00a0%');
    expect(percentText(0.4444, 'fr-FR', 1)).toBe('44,4\u00a0%');
    for (const share of [0, 0.03, 0.44, 1, 12.5]) expect(percentText(share, 'fr-FR')).not.toMatch(/\u202f%|\d%/);
  });

  it('is the report format’s percent', () => {
    expect(makeReportFormat('fr-FR', 'Europe/Paris').percent(0.08)).toBe(percentText(0.08, 'fr-FR'));
  });
});

describe('dayRangeText', () => {
  const ws = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');
  it('reads a span of local days as one compact range in each language', () => {
    expect(ws(dayRangeText('2026-11-15', '2026-11-21', 'en-US'))).toBe('Nov 15 – 21, 2026');
    expect(ws(dayRangeText('2026-11-16', '2026-11-22', 'fr-FR'))).toBe('16–22 nov. 2026');
    expect(ws(dayRangeText('2026-11-29', '2026-12-05', 'en-US'))).toBe('Nov 29 – Dec 5, 2026');
    expect(ws(dayRangeText('2026-12-28', '2027-01-03', 'fr-FR'))).toBe('28 déc. 2026 – 3 janv. 2027');
    expect(ws(dayRangeText('2026-11-19', '2026-11-19', 'en-US'))).toBe('Nov 19, 2026');
  });

  it('shows the days as given whatever the zone of the process (civil dates, never instants)', () => {
    // the first and last days of a month in the zones furthest from UTC
    expect(ws(dayRangeText('2026-03-01', '2026-03-31', 'en-US'))).toBe('Mar 1 – 31, 2026');
    expect(makeReportFormat('en-US', 'Pacific/Kiritimati').dayRange('2026-03-01', '2026-03-31')).toBe(dayRangeText('2026-03-01', '2026-03-31', 'en-US'));
    expect(makeReportFormat('en-US', 'Pacific/Pago_Pago').dayRange('2026-03-01', '2026-03-31')).toBe(dayRangeText('2026-03-01', '2026-03-31', 'en-US'));
  });
});

describe('the report format’s period', () => {
  const ws = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');
  it('reads [from, to) as the local days of the report’s zone, the last one included', () => {
    // a local week in Auckland holding the end of DST (5 April 2026): its local midnights are UTC afternoons
    const tz = 'Pacific/Auckland';
    const from = localWallTimeToInstant('2026-03-30', 0, tz);
    const to = localWallTimeToInstant('2026-04-06', 0, tz);
    expect(new Date(from).toISOString().slice(0, 10)).toBe('2026-03-29');
    expect(ws(makeReportFormat('en-US', tz).period(from, to))).toBe('Mar 30 – Apr 5, 2026');
    expect(ws(makeReportFormat('fr-FR', tz).period(from, to))).toBe('30 mars – 5 avr. 2026');
    // the same week in Los Angeles, whose local midnights are already the next UTC day at 07:00 or 08:00
    const la = 'America/Los_Angeles';
    expect(ws(makeReportFormat('en-US', la).period(localWallTimeToInstant('2026-03-01', 0, la), localWallTimeToInstant('2026-03-08', 0, la)))).toBe('Mar 1 – 7, 2026');
  });
});

describe('the period of a span of local days (property)', () => {
  // zones on both sides of UTC, with DST at 02:00, at midnight (Santiago, Havana) or none
  const zones = ['Pacific/Auckland', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles', 'America/Santiago', 'America/Havana', 'Europe/Paris', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
  it('reads back the days it was given, first to last, in every zone and across DST changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 3 * 366 }), fc.integer({ min: 0, max: 62 }), fc.constantFrom('en-US', 'fr-FR'), (tz, offset, length, locale) => {
        const first = addDays('2025-01-01', offset);
        const last = addDays(first, length);
        const from = localWallTimeToInstant(first, 0, tz);
        const to = localWallTimeToInstant(addDays(last, 1), 0, tz);
        expect(makeReportFormat(locale, tz).period(from, to)).toBe(dayRangeText(first, last, locale));
      }),
      { numRuns: 300 },
    );
  });
});
