import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportHootsuite, hootsuiteDateTime } from './exportHootsuite';
import { channels, item, items, parisNov, TZ } from '../../../tests/helpers/calendarFixtures';

const GOLDEN = '../../../tests/fixtures/calendar/';

function parse(content: string): string[][] {
  const result = Papa.parse<string[]>(content, { header: false, delimiter: ',', newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('exportHootsuite', () => {
  const result = exportHootsuite(items, channels, TZ, { dateOrder: 'dmy' });

  it('writes numbered files per channel matching the golden files', async () => {
    expect(result.files.map((f) => f.name)).toEqual(['hootsuite-1-instagram-1.csv', 'hootsuite-2-linkedin-1.csv', 'hootsuite-20-blog-ete-1.csv']);
    for (const file of result.files) await expect(file.content).toMatchFileSnapshot(GOLDEN + file.name);
  });

  it('has no header, rounds up to 5 minutes, and adds the link column only when there is a link', () => {
    expect(parse(result.files[0].content)).toEqual([
      ['04/11/2025 18:05', 'On vous montre tout 📸\n"Avant", pendant; après, enfin !', 'https://example.com/shooting'],
      ['28/11/2025 18:00', 'שלום — مرحبا — offre -20 % ; =SUM(A1)'],
    ]);
    expect(parse(result.files[1].content)).toEqual([
      ['05/11/2025 09:00', '3 KPI qui comptent vraiment :\n1. portée\n2. engagement\n3. conversions'],
      ['20/11/2025 08:30', ' leading space, trailing space ', 'https://example.com/a?b=1,2'],
    ]);
  });

  it('skips like the other exporters', () => {
    expect(result.skipped.map((s) => [s.itemId, s.reason])).toEqual([
      [3, 'over-limit'],
      [4, 'no-publish-time'],
      [5, 'no-channel'],
      [6, 'archived'],
      [7, 'archived'],
    ]);
  });

  it('writes month-first dates on request, 24-hour clock', () => {
    const r = exportHootsuite(items, channels, TZ, { dateOrder: 'mdy' });
    expect(parse(r.files[0].content).map((row) => row[0])).toEqual(['11/04/2025 18:05', '11/28/2025 18:00']);
    expect(hootsuiteDateTime(parisNov(3, 21, 45), TZ, 'mdy')).toBe('11/03/2025 21:45');
  });

  it('rounds up in the local wall clock, seconds included', () => {
    const at = (m: number, s = 0) => hootsuiteDateTime(parisNov(3, 9, m, s), TZ, 'dmy');
    const rounded = (m: number, s = 0) => {
      const r = exportHootsuite([item({ channelId: 1, publishAt: parisNov(3, 9, m, s), copy: 'x' })], channels, TZ, { dateOrder: 'dmy' });
      return parse(r.files[0].content)[0][0];
    };
    expect(rounded(0)).toBe(at(0));
    expect(rounded(0, 1)).toBe(at(5));
    expect(rounded(4, 59)).toBe(at(5));
    expect(rounded(5)).toBe(at(5));
    expect(rounded(58)).toBe('03/11/2025 10:00');
    // Kathmandu is UTC+05:45: rounding is on its own clock
    const ktm = exportHootsuite([item({ channelId: 1, publishAt: Date.UTC(2025, 10, 3, 3, 12), copy: 'x' })], channels, 'Asia/Kathmandu', { dateOrder: 'dmy' });
    expect(parse(ktm.files[0].content)[0][0]).toBe('03/11/2025 09:00');
  });

  it('skips times that are not far enough in the future', () => {
    const list = [
      item({ id: 701, channelId: 1, publishAt: parisNov(10, 10, 8), copy: 'too close' }), // → 10:10 < 10:00 + 10 min? no: equal is fine
      item({ id: 702, channelId: 1, publishAt: parisNov(10, 10, 4), copy: 'too close' }), // → 10:05
      item({ id: 703, channelId: 1, publishAt: parisNov(9, 10, 0), copy: 'past' }),
    ];
    const r = exportHootsuite(list, channels, TZ, { dateOrder: 'dmy', now: parisNov(10, 10, 0) });
    expect(r.skipped).toEqual([
      { itemId: 702, reason: 'in-past', params: { at: '2025-11-10 10:05' } },
      { itemId: 703, reason: 'in-past', params: { at: '2025-11-09 10:00' } },
    ]);
    expect(parse(r.files[0].content)).toEqual([['10/11/2025 10:10', 'too close']]);
    const lenient = exportHootsuite(list, channels, TZ, { dateOrder: 'dmy', now: parisNov(10, 10, 0), minLeadMinutes: 0 });
    expect(lenient.skipped.map((s) => s.itemId)).toEqual([703]);
  });

  it('splits a channel into files of at most 350 rows', () => {
    const many = Array.from({ length: 351 }, (_, i) => item({ id: 1000 + i, channelId: 2, publishAt: parisNov(1, 0) + i * 3_600_000, copy: `Post ${i}` }));
    const r = exportHootsuite(many, channels, TZ, { dateOrder: 'dmy' });
    expect(r.files.map((f) => f.name)).toEqual(['hootsuite-2-linkedin-1.csv', 'hootsuite-2-linkedin-2.csv']);
    expect(r.files.map((f) => parse(f.content).length)).toEqual([350, 1]);
    expect(parse(r.files[1].content)[0][1]).toBe('Post 350');
    expect(exportHootsuite(many.slice(0, 5), channels, TZ, { dateOrder: 'dmy', maxRows: 2 }).files).toHaveLength(3);
  });
});
