import { describe, expect, it } from 'vitest';
import { translator } from '../../src/shared/i18n';
import { isHeadingLine, splitJobDescription, suggestResponsibilities } from '../../src/shared/audit/jobDescription';
import { CATEGORY_PRESETS } from '../../src/main/db/migrations/0020-audit';

describe('splitJobDescription', () => {
  it('recognises the title and heading lines, in English and French', () => {
    const en = splitJobDescription('Job description — Social Media Manager\n\nMain responsibilities:\n- Define the brand\'s social objectives and KPIs\n- Moderate and animate the community\nPROFILE\n• Fluent English');
    expect(en).toEqual([
      { text: 'Job description — Social Media Manager', heading: true },
      { text: 'Main responsibilities:', heading: true },
      { text: "Define the brand's social objectives and KPIs", heading: false },
      { text: 'Moderate and animate the community', heading: false },
      { text: 'PROFILE', heading: true },
      { text: 'Fluent English', heading: false },
    ]);
    const fr = splitJobDescription('Fiche de poste : Responsable social media\n## Missions principales\n1. Modérer et animer la communauté\nGérer les crises sur les réseaux sociaux\nCompétences');
    expect(fr.map((l) => l.heading)).toEqual([true, true, false, false, true]);
    expect(fr[1].text).toBe('Missions principales');
  });

  it('a plain or bulleted responsibility is never a heading, even when it starts like one', () => {
    expect(isHeadingLine('Produce or brief content')).toBe(false);
    expect(isHeadingLine('Missions: none', true)).toBe(false);
    expect(isHeadingLine('Position the brand on LinkedIn')).toBe(false);
    expect(isHeadingLine('Position')).toBe(true);
  });

  it('strips bullets, collapses spaces and skips duplicates', () => {
    expect(splitJobDescription('  -   Measure   results\n* measure results\n\n')).toEqual([{ text: 'Measure results', heading: false }]);
  });
});

describe('suggestResponsibilities', () => {
  const expected: Record<'en' | 'fr', Record<string, number>> = {
    // category → line number (1-based) of the seeded example (audit.job.example)
    en: {
      'Content creation': 3,
      'Strategy & planning': 2,
      'Monitoring (market and e-reputation)': 5,
      'Paid media': 7,
      Moderation: 4,
      'Customer replies': 4,
      'Ad-hoc requests': 10,
      Crisis: 6,
      Meetings: 10,
      'Reporting & analytics': 9,
      'Admin & email': 10,
    },
    fr: {
      'Création de contenu': 3,
      'Stratégie et planification': 2,
      'Veille (marché et e-réputation)': 5,
      'Publicité payante': 7,
      Modération: 4,
      'Réponses aux clients': 4,
      'Demandes ponctuelles': 10,
      'Gestion de crise': 6,
      Réunions: 10,
      'Reporting et analyses': 9,
      'Administratif et e-mails': 10,
    },
  };

  for (const lang of ['en', 'fr'] as const) {
    it(`maps every seeded category to a seeded example line in ${lang}`, () => {
      const lines = translator(lang)('audit.job.example')
        .split('\n')
        .map((text, i) => ({ id: i + 1, text }));
      expect(lines).toHaveLength(10);
      const categories = CATEGORY_PRESETS.map((p, i) => ({ id: i + 1, name: p[lang], responsibilityId: null, archived: false }));
      const got = suggestResponsibilities(categories, lines);
      expect(Object.fromEntries(categories.map((c) => [c.name, got.get(c.id)]))).toEqual(expected[lang]);
    });
  }

  it('leaves mapped and archived categories alone, and suggests nothing without a shared word', () => {
    const lines = [{ id: 1, text: 'Moderate and animate the community' }];
    const got = suggestResponsibilities(
      [
        { id: 1, name: 'Moderation', responsibilityId: 9, archived: false },
        { id: 2, name: 'Moderation', responsibilityId: null, archived: true },
        { id: 3, name: 'Gardening', responsibilityId: null, archived: false },
        { id: 4, name: 'Community', responsibilityId: null, archived: false },
      ],
      lines,
    );
    expect([...got]).toEqual([[4, 1]]);
  });
});
