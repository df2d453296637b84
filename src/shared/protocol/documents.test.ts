// Golden tests of the exported documents: the one-page protocol, the weekly digest and the SLA
// report, in English and in French, from the catalogue's real strings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARTER } from '../domain';
import { translator } from '../i18n';
import { makeReportFormat } from '../reports/format';
import { localWallTimeToInstant } from '../time';
import { buildDigest, digestMarkdown } from './digest';
import { computeMeasures, slaReportMarkdown } from './measures';
import { compileOrderPattern } from './personalData';
import { RULE_PRESETS, TYPE_PRESETS } from './presets';
import { protocolMarkdown } from './protocolDocument';
import type { ModerationRule, ProtocolConfig, RequestType } from './types';

const TZ = 'Europe/Paris';
const LANGS = [
  ['en', 'en-US'],
  ['fr', 'fr-FR'],
] as const;

function seededTypes(language: 'en' | 'fr'): RequestType[] {
  const t = translator(language);
  const other = translator(language === 'en' ? 'fr' : 'en');
  return TYPE_PRESETS.map((p, i) => ({ id: i + 1, name: p.name, level: p.level, answeredBy: p.answeredBy, ownerRole: p.ownerRole, ownerName: i === 2 ? 'Maître Durand' : '', firstReplyMinutes: p.firstReplyMinutes, resolutionMinutes: p.resolutionMinutes, clock: p.clock, goesPrivate: p.goesPrivate, bridge: language === 'en' ? { en: t(p.bridge), fr: other(p.bridge) } : { en: other(p.bridge), fr: t(p.bridge) }, archived: false, sortOrder: i + 1 }));
}
const rules: ModerationRule[] = [...RULE_PRESETS.map((r, i) => ({ id: i + 1, ...r, note: '', sortOrder: i + 1 })), { id: 9, article: '8', category: 'Concours | tirages', action: 'reply', actor: 'inHouse', note: 'règlement en ligne', sortOrder: 9 }];
const config: ProtocolConfig = { version: '1.2', versionDate: '2026-11-16', brand: 'Maison Lune', orderPattern: String.raw`\bCMD-\d{5,}\b`, daysOff: ['2026-12-25', '2027-01-01'], reactiveCategoryId: 6, raiseThreshold: 3 };

describe('the one-page protocol', () => {
  it.each(LANGS)('as Markdown in %s', async (language, locale) => {
    const archived = { ...seededTypes(language)[0], id: 99, name: 'Old type', archived: true };
    const md = protocolMarkdown({ types: [...seededTypes(language), archived], rules, config, charter: DEFAULT_CHARTER, language }, makeReportFormat(locale, TZ), translator(language));
    expect(md).not.toContain('Old type');
    expect(md).not.toContain('protocol.');
    await expect(md).toMatchFileSnapshot(`../../../tests/fixtures/protocol/protocol.${language}.md`);
  });
});

describe('the voice-of-the-customer digest', () => {
  const from = localWallTimeToInstant('2026-11-16', 0, TZ);
  const to = localWallTimeToInstant('2026-11-23', 0, TZ);
  const digest = buildDigest({
    from,
    to,
    tz: TZ,
    thisWeek: [['delivery'], ['delivery', 'app'], ['delivery'], ['app'], ['store'], []],
    lastWeek: [['delivery'], ['app'], ['app'], ['app'], ['returns']],
    verbatims: [
      { text: 'Toujours rien reçu, écrivez-moi à jean@exemple.fr', tag: 'delivery', productArea: 'Logistique' },
      { text: 'Livreur sympa mais en retard', tag: 'delivery', productArea: '' },
      { text: 'Colis CMD-778899 abîmé', tag: 'delivery', productArea: 'Logistique' },
      { text: 'Quatrième verbatim, pas montré', tag: 'delivery', productArea: '' },
      { text: 'L’appli plante | encore', tag: 'app', productArea: 'Mobile' },
      { text: 'Horaires du dimanche ?', tag: 'hours', productArea: '' },
    ],
    // a pattern set after the verbatim was saved still applies
    orderPattern: compileOrderPattern(String.raw`\bCMD-\d{5,}\b`),
  });

  it('counts tags against the week before and keeps three verbatims per tag, without personal data', () => {
    expect(digest).toMatchObject({ week: 47, year: 2026, cases: 6, previousCases: 5 });
    expect(digest.tags.map((x) => [x.tag, x.count, x.previous, x.verbatims.length])).toEqual([
      ['delivery', 3, 1, 3],
      ['app', 2, 3, 1],
      ['store', 1, 0, 0],
      ['hours', 0, 0, 1],
    ]);
    expect(JSON.stringify(digest)).not.toMatch(/jean@|CMD-778899/);
  });

  it.each(LANGS)('as Markdown in %s', async (language, locale) => {
    await expect(digestMarkdown(digest, makeReportFormat(locale, TZ), translator(language))).toMatchFileSnapshot(`../../../tests/fixtures/protocol/digest.${language}.md`);
  });
});

describe('the SLA report', () => {
  it.each(LANGS)('as Markdown in %s', async (language, locale) => {
    const from = localWallTimeToInstant('2026-11-16', 0, TZ);
    const m = computeMeasures(
      { from, to: localWallTimeToInstant('2026-11-23', 0, TZ), tz: TZ },
      [
        { typeId: 1, handedAt: null, afterHours: false, firstReply: { state: 'met', elapsedMinutes: 20 }, resolution: { state: 'met' } },
        { typeId: 1, handedAt: null, afterHours: true, firstReply: { state: 'missed', elapsedMinutes: 95 }, resolution: { state: 'running' } },
        { typeId: 1, handedAt: null, afterHours: false, firstReply: { state: 'overdue', elapsedMinutes: 70 }, resolution: { state: 'overdue' } },
        { typeId: 2, handedAt: from + 3_600_000, afterHours: false, firstReply: { state: 'met', elapsedMinutes: 45 }, resolution: { state: 'paused' } },
      ],
      120,
    );
    expect(m).toMatchObject({ cases: 4, handed: 1, kept: 3, afterHours: 1, medianFirstReplyMinutes: 45, firstReply: { met: 2, missed: 2, pending: 0, share: 0.5 }, resolution: { met: 1, missed: 1, pending: 2 } });
    await expect(slaReportMarkdown(m, seededTypes(language), makeReportFormat(locale, TZ), translator(language))).toMatchFileSnapshot(`../../../tests/fixtures/protocol/sla.${language}.md`);
  });
});
