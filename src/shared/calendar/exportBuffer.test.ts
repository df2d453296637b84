import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BUFFER_HEADER, exportBuffer, textWithLink } from './exportBuffer';
import { channels, item, items, parisNov, TZ } from '../../../tests/helpers/calendarFixtures';

const GOLDEN = '../../../tests/fixtures/calendar/';

function parse(content: string): string[][] {
  const result = Papa.parse<string[]>(content, { header: false, delimiter: ',', newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('exportBuffer', () => {
  const result = exportBuffer(items, channels, TZ);

  it('writes one file per channel, in channel order, matching the golden files', async () => {
    expect(result.files.map((f) => f.name)).toEqual(['buffer-1-instagram.csv', 'buffer-2-linkedin.csv', 'buffer-20-blog-ete.csv']);
    for (const file of result.files) await expect(file.content).toMatchFileSnapshot(GOLDEN + file.name);
  });

  it('parses back to the exact header and rows', () => {
    const [instagram, linkedin, blog] = result.files.map((f) => parse(f.content));
    expect(instagram).toEqual([
      [...BUFFER_HEADER],
      ['On vous montre tout 📸\n"Avant", pendant; après, enfin !\n\nhttps://example.com/shooting', '', '', '2025-11-04 18:02'],
      ['שלום — مرحبا — offre -20 % ; =SUM(A1)', '', '', '2025-11-28 17:58'],
    ]);
    expect(linkedin).toEqual([
      ['Text', 'Image URL', 'Tags', 'Posting Time'],
      ['3 KPI qui comptent vraiment :\n1. portée\n2. engagement\n3. conversions', '', '', '2025-11-05 09:00'],
      [' leading space, trailing space \n\nhttps://example.com/a?b=1,2', '', '', '2025-11-20 08:30'],
    ]);
    expect(blog).toEqual([[...BUFFER_HEADER], ['Le blog | en *gras* et _italique_ <b>\n\nhttps://example.com/blog', '', '', '2025-11-26 07:00']]);
    expect(result.files[0].content.startsWith('Text,Image URL,Tags,Posting Time\r\n')).toBe(true);
  });

  it('reports what it left out and why', () => {
    expect(result.skipped).toEqual([
      { itemId: 3, reason: 'over-limit', params: { length: 281, limit: 280, channelId: 3 } },
      { itemId: 4, reason: 'no-publish-time', params: {} },
      { itemId: 5, reason: 'no-channel', params: {} },
      { itemId: 6, reason: 'archived', params: {} },
      { itemId: 7, reason: 'archived', params: { channelId: 21 } },
    ]);
  });

  it('formats the posting time in the zone asked for', () => {
    const r = exportBuffer(items.filter((i) => i.id === 2), channels, 'America/New_York');
    expect(parse(r.files[0].content)[1][3]).toBe('2025-11-05 03:00');
  });

  it('skips past items when given now, and unknown channels and empty texts', () => {
    const list = [
      item({ id: 501, channelId: 1, publishAt: parisNov(10, 9), copy: 'a' }),
      item({ id: 502, channelId: 1, publishAt: parisNov(10, 11), copy: 'b' }),
      item({ id: 503, channelId: 99, publishAt: parisNov(10, 11), copy: 'c' }),
      item({ id: 504, channelId: 1, publishAt: parisNov(10, 11), copy: '  \n ' }),
      item({ id: 505, channelId: 1, publishAt: parisNov(10, 12), copy: '', link: 'https://example.com/only-link' }),
    ];
    const r = exportBuffer(list, channels, TZ, { now: parisNov(10, 10) });
    expect(r.skipped).toEqual([
      { itemId: 501, reason: 'in-past', params: { at: '2025-11-10 09:00' } },
      { itemId: 503, reason: 'no-channel', params: { channelId: 99 } },
      { itemId: 504, reason: 'empty-text', params: {} },
    ]);
    expect(parse(r.files[0].content).slice(1).map((row) => row[0])).toEqual(['b', 'https://example.com/only-link']);
  });

  it('counts the limit as X does (emoji 2, any link 23), link included', () => {
    const x = channels.find((c) => c.id === 3)!;
    expect(exportBuffer([item({ channelId: 3, publishAt: 1, copy: '😀'.repeat(140) })], [x], TZ).skipped).toEqual([]);
    expect(exportBuffer([item({ id: 601, channelId: 3, publishAt: 1, copy: '😀'.repeat(141) })], [x], TZ).skipped).toEqual([{ itemId: 601, reason: 'over-limit', params: { length: 282, limit: 280, channelId: 3 } }]);
    const withLink = exportBuffer([item({ id: 600, channelId: 3, publishAt: 1, copy: 'a'.repeat(270), link: 'https://e.co/x' })], [x], TZ);
    expect(withLink.skipped).toEqual([{ itemId: 600, reason: 'over-limit', params: { length: 295, limit: 280, channelId: 3 } }]);
  });

  it('does not repeat a link the copy already holds', () => {
    expect(textWithLink('see https://a.b/c here', 'https://a.b/c')).toBe('see https://a.b/c here');
    expect(textWithLink('hello', '  ')).toBe('hello');
  });
});
