import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/helpers/importFixtures';
import type { ParsedTimeRow } from './importTypes';
import { parseTimeCsv } from './parseTimeCsv';

const TZ = 'Europe/Paris';
const utc = (y: number, mo: number, d: number, h: number, mi: number, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s);
const ID = expect.stringMatching(/^csv1:[0-9a-f]{32}$/);

type Expected = Omit<ParsedTimeRow, 'externalId'>;
const rowsOf = (name: string) => {
  const result = parseTimeCsv(fixture(name), { tz: TZ });
  expect(result.errors).toEqual([]);
  return result;
};
const withIds = (rows: Expected[]) => rows.map((r) => ({ ...r, externalId: ID }));

describe('parseTimeCsv — Toggl Track', () => {
  it('reads the End date/End time export, including an entry across the spring-forward night', () => {
    const result = rowsOf('toggl-end.csv');
    expect(result.format).toBe('toggl');
    expect(result.rows).toEqual(
      withIds([
        { line: 2, start: utc(2025, 3, 24, 8, 0), end: utc(2025, 3, 24, 9, 30), project: 'Instagram', description: 'Planification du calendrier éditorial, avril', tags: ['strategy', 'deep'], client: 'Maison Lune' },
        { line: 3, start: utc(2025, 3, 24, 9, 30), end: utc(2025, 3, 24, 9, 52, 30), project: 'Instagram', description: 'Modération des commentaires 💬', tags: ['reactive'], client: 'Maison Lune' },
        { line: 4, start: utc(2025, 3, 24, 13, 0), end: utc(2025, 3, 24, 14, 0), project: 'Interne', description: "Réunion d'équipe hebdo", tags: [] },
        { line: 5, start: utc(2025, 3, 29, 22, 30), end: utc(2025, 3, 30, 1, 30), project: 'LinkedIn', description: 'Veille "concurrents" + e-réputation', tags: ['veille', 'after-hours'], client: 'Maison Lune' },
        { line: 6, start: utc(2025, 3, 31, 6, 45), end: utc(2025, 3, 31, 7, 5), project: 'Instagram', description: 'Réponses DM', tags: ['reactive'], client: 'Maison Lune' },
      ]),
    );
    expect(result.rows[2]).not.toHaveProperty('client');
  });

  it('reads the Stop date/Stop time export with BOM, CRLF, reordered columns and a two-line description', () => {
    const result = rowsOf('toggl-stop.csv');
    expect(result.format).toBe('toggl');
    expect(result.rows).toEqual(
      withIds([
        { line: 2, start: utc(2025, 10, 25, 14, 0), end: utc(2025, 10, 25, 15, 15), project: 'TikTok', description: 'Brief vidéo pour le lancement\n(2 versions)', tags: ['visuals'], client: 'Maison Lune' },
        // ends at 02:30 in the repeated hour: the duration column picks the second 02:30 (+01:00)
        { line: 4, start: utc(2025, 10, 25, 23, 30), end: utc(2025, 10, 26, 1, 30), project: 'Reporting', description: 'Rapport mensuel', tags: ['reporting', 'deep'], client: 'Maison Lune' },
        { line: 5, start: utc(2025, 10, 27, 17, 0), end: utc(2025, 10, 27, 18, 10), project: 'Instagram', description: 'Crise : avis négatifs', tags: ['crisis', 'after-hours'] },
      ]),
    );
  });
});

describe('parseTimeCsv — Clockify', () => {
  it('reads ISO dates and 24-hour times', () => {
    const result = rowsOf('clockify-24h-iso.csv');
    expect(result.format).toBe('clockify');
    expect(result.rows).toEqual(
      withIds([
        { line: 2, start: utc(2025, 3, 27, 8, 0), end: utc(2025, 3, 27, 10, 45), project: 'Instagram', description: 'Création carrousel « 5 astuces »', tags: ['deep', 'visuals'], client: 'Maison Lune' },
        { line: 3, start: utc(2025, 3, 27, 12, 30), end: utc(2025, 3, 27, 13, 0), project: '', description: 'Emails et admin', tags: [] },
        { line: 4, start: utc(2025, 3, 31, 20, 15), end: utc(2025, 3, 31, 22, 45), project: 'LinkedIn', description: 'Publication; relances', tags: ['reactive'], client: 'Maison Lune' },
      ]),
    );
  });

  it('reads day-first dates and 12-hour times (12 PM, 12 AM, over midnight)', () => {
    const result = rowsOf('clockify-12h-dmy.csv');
    expect(result.format).toBe('clockify');
    expect(result.rows).toEqual(
      withIds([
        { line: 2, start: utc(2025, 3, 13, 8, 5), end: utc(2025, 3, 13, 9, 20), project: 'Instagram', description: 'Stories du salon', tags: ['visuals'], client: 'Maison Lune' },
        { line: 3, start: utc(2025, 4, 2, 10, 30), end: utc(2025, 4, 2, 11, 15), project: 'Instagram', description: 'Réponses commentaires', tags: ['reactive'], client: 'Maison Lune' },
        { line: 4, start: utc(2025, 4, 2, 21, 40), end: utc(2025, 4, 2, 22, 10), project: 'Interne', description: 'Point avec la direction', tags: ['meeting'] },
      ]),
    );
  });

  it('switches to month-first only when the file proves it, with decimal durations', () => {
    const result = rowsOf('clockify-12h-mdy.csv');
    expect(result.rows).toEqual(
      withIds([
        { line: 2, start: utc(2025, 3, 13, 8, 5), end: utc(2025, 3, 13, 9, 20), project: 'Instagram', description: 'Stories du salon', tags: ['visuals'], client: 'Maison Lune' },
        { line: 3, start: utc(2025, 4, 2, 12, 0), end: utc(2025, 4, 2, 13, 30), project: 'LinkedIn', description: 'Article', tags: [] },
      ]),
    );
    // the same entry in both Clockify files has the same id
    expect(result.rows[0].externalId).toBe(rowsOf('clockify-12h-dmy.csv').rows[0].externalId);
  });
});

describe('parseTimeCsv — French Excel', () => {
  it('checks that the fixture really is Windows-1252', () => {
    const bytes = fixture('excel-fr-1252.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    for (const byte of [0x80, 0x92, 0x96, 0x9c, 0xab, 0xc9, 0xe9]) expect(bytes.includes(byte)).toBe(true);
  });

  it('reads `;`, Windows-1252, decimal commas, 10h30 times, a separator-only row and an end past midnight', () => {
    const result = rowsOf('excel-fr-1252.csv');
    expect(result.format).toBe('excel-fr');
    expect(result.rows).toEqual(
      withIds([
        { line: 2, start: utc(2025, 3, 24, 8, 0), end: utc(2025, 3, 24, 9, 30), project: 'Réseaux sociaux', description: 'Modération des commentaires « été »', tags: ['modération', 'réactif'] },
        { line: 3, start: utc(2025, 3, 24, 9, 30), end: utc(2025, 3, 24, 11, 0), project: 'Stratégie', description: 'Plan de contenu – cœur de cible, budget 1 500 €', tags: ['stratégie'] },
        { line: 4, start: utc(2025, 3, 24, 17, 45), end: utc(2025, 3, 24, 18, 15), project: 'Réseaux sociaux', description: 'Réponse à l’influenceuse', tags: ['réactif', 'hors horaires'] },
        { line: 6, start: utc(2025, 3, 25, 22, 30), end: utc(2025, 3, 25, 23, 30), project: 'Veille', description: 'Veille concurrentielle — soirée', tags: ['veille'] },
      ]),
    );
  });

  it('reads a Toggl export re-saved by French Excel (UTF-8 BOM, `;`, day-first) with the same ids as the original', () => {
    const resaved = rowsOf('excel-fr-toggl-utf8.csv');
    expect(resaved.format).toBe('excel-fr');
    const original = rowsOf('toggl-end.csv');
    expect(resaved.rows.map((r) => ({ ...r, line: 0 }))).toEqual([original.rows[0], original.rows[2]].map((r) => ({ ...r, line: 0 })));
  });

  it('reads UTF-16 "Unicode text" exports and the `sep=;` hint line', () => {
    expect(rowsOf('excel-fr-utf16.csv').rows).toEqual(
      withIds([{ line: 2, start: utc(2025, 3, 24, 8, 0), end: utc(2025, 3, 24, 9, 0), project: 'Veille', description: 'Revue de presse « matin »', tags: [] }]),
    );
    expect(rowsOf('excel-fr-sep-hint.csv').rows).toEqual(
      withIds([{ line: 3, start: utc(2025, 3, 24, 8, 0), end: utc(2025, 3, 24, 9, 0), project: 'Veille', description: 'Revue de presse', tags: [] }]),
    );
  });
});

describe('parseTimeCsv — time zone', () => {
  it('reads the same wall times in the zone it is given', () => {
    const ny = parseTimeCsv(fixture('toggl-end.csv'), { tz: 'America/New_York' });
    expect(ny.rows[0].start).toBe(utc(2025, 3, 24, 13, 0)); // 09:00 EDT
  });
});
