import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_BOM, GENERIC_CSV_COLUMNS, exportGenericCsv, formatDecimal, genericCsvHeaders } from './exportGenericCsv';
import { channels, formats, item, items, pillars } from '../../../tests/helpers/calendarFixtures';
import { translator } from '../i18n';
import type { Translate } from './types';

const GOLDEN = '../../../tests/fixtures/calendar/';

function parse(content: string, delimiter: ',' | ';'): string[][] {
  const result = Papa.parse<string[]>(content, { header: false, delimiter, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}


describe('exportGenericCsv', () => {
  const t: Partial<Record<'en' | 'fr', Translate>> = {};
  beforeAll(() => {
    t.en = translator('en');
    t.fr = translator('fr');
  });
  const headers = (locale: 'en' | 'fr') => genericCsvHeaders(t[locale]!);

  it.each(['en', 'fr'] as const)('matches the golden file in %s', async (locale) => {
    const r = exportGenericCsv(items, { channels, formats, pillars, t: t[locale] }, { locale, headers: headers(locale), fileName: `content.${locale}.csv` });
    expect(r.skipped).toEqual([]);
    expect(r.files).toHaveLength(1);
    await expect(r.files[0].content).toMatchFileSnapshot(GOLDEN + r.files[0].name);
  });

  it('English: BOM, comma, decimal point; parses back', () => {
    const r = exportGenericCsv(items, { channels, formats, pillars, t: t.en }, { locale: 'en', headers: headers('en') });
    const content = r.files[0].content;
    expect(r.files[0].name).toBe('content.csv');
    expect(content.startsWith(`${CSV_BOM}ID,Title,Channel,`)).toBe(true);
    const rows = parse(content, ',');
    expect(rows[0]).toEqual(GENERIC_CSV_COLUMNS.map((c) => headers('en')[c]));
    expect(rows).toHaveLength(items.length + 1);
    const byId = new Map(rows.slice(1).map((row) => [row[0], Object.fromEntries(GENERIC_CSV_COLUMNS.map((c, i) => [c, row[i]]))]));
    expect(byId.get('1')).toEqual({
      id: '1',
      title: 'Coulisses du shooting',
      channel: 'Instagram',
      format: 'Carousel',
      pillar: 'Behind the scenes',
      status: 'Scheduled',
      plannedDate: '2025-11-03',
      publishAt: '2025-11-04 18:02',
      timeZone: 'Europe/Paris',
      copy: 'On vous montre tout 📸\n"Avant", pendant; après, enfin !',
      characters: '54',
      link: 'https://example.com/shooting',
      notes: '',
      writingMinutes: '5',
      visualsMinutes: '8',
      effortHours: '0.22',
      sessionId: '1',
    });
    expect(byId.get('5')).toMatchObject({ channel: '', format: '', pillar: '', writingMinutes: '', effortHours: '', sessionId: '' });
    expect(byId.get('10')).toMatchObject({ channel: 'Blog Été', notes: 'ligne 1\nligne 2', effortHours: '1.75' });
    // ordered by planned date, undated last
    expect(rows.slice(1).map((row) => row[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '10', '9']);
  });

  it('French: semicolon, decimal comma and dd/mm/yyyy dates; parses back', () => {
    const r = exportGenericCsv(items, { channels, formats, pillars, t: t.fr }, { locale: 'fr', headers: headers('fr') });
    const content = r.files[0].content;
    expect(content.startsWith(`${CSV_BOM}ID;Titre;Canal;`)).toBe(true);
    const rows = parse(content, ';');
    const row1 = rows.find((row) => row[0] === '1')!;
    expect(row1[GENERIC_CSV_COLUMNS.indexOf('effortHours')]).toBe('0,22');
    expect(row1[GENERIC_CSV_COLUMNS.indexOf('format')]).toBe('Carrousel');
    expect(row1[GENERIC_CSV_COLUMNS.indexOf('status')]).toBe('Programmé');
    // dates as a French spreadsheet reads them (issue 14)
    expect(row1[GENERIC_CSV_COLUMNS.indexOf('plannedDate')]).toBe('03/11/2025');
    expect(row1[GENERIC_CSV_COLUMNS.indexOf('publishAt')]).toBe('04/11/2025 18:02');
    expect(rows.find((row) => row[0] === '9')![GENERIC_CSV_COLUMNS.indexOf('copy')]).toBe('שלום — مرحبا — offre -20 % ; =SUM(A1)');
  });

  it('keeps raw names and statuses without t, and takes a column subset', () => {
    const r = exportGenericCsv([item({ id: 42, channelId: 1, status: 'review', title: 'a,b' })], { channels, formats, pillars }, {
      locale: 'en',
      headers: { ...headers('en'), title: 'title' },
      columns: ['title', 'channel', 'status'],
    });
    expect(parse(r.files[0].content, ',')).toEqual([
      ['title', 'Channel', 'Status'],
      ['a,b', 'channel.instagram', 'review'],
    ]);
  });

  it('formatDecimal', () => {
    expect(formatDecimal(1.5, 'fr')).toBe('1,5');
    expect(formatDecimal(2, 'fr')).toBe('2');
    expect(formatDecimal(1 / 3, 'en')).toBe('0.33');
  });
});
