import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, exportMonthMarkdown } from './exportMonthMarkdown';
import { channels, formats, item, items, pillars, TZ } from '../../../tests/helpers/calendarFixtures';
import { translator } from '../i18n';
import type { Translate } from './types';

const GOLDEN = '../../../tests/fixtures/calendar/';

describe('exportMonthMarkdown', () => {
  const t: Partial<Record<'en' | 'fr', Translate>> = {};
  beforeAll(() => {
    t.en = translator('en');
    t.fr = translator('fr');
  });
  const run = (locale: 'en' | 'fr', weekStartsOn: 0 | 1 = 1, list = items) =>
    exportMonthMarkdown({ month: '2025-11', weekStartsOn, tz: TZ, locale, channels, formats, pillars, items: list, t: t[locale]! });

  it.each(['en', 'fr'] as const)('matches the golden file in %s', async (locale) => {
    const r = run(locale);
    expect(r.files.map((f) => f.name)).toEqual(['plan-2025-11.md']);
    expect(r.skipped).toEqual([]);
    await expect(r.files[0].content).toMatchFileSnapshot(`${GOLDEN}plan-2025-11.${locale}.md`);
  });

  it('is in the language of t, with the gaps phrased from data', () => {
    const en = run('en').files[0].content;
    expect(en).toContain('# Content plan — November 2025');
    expect(en).toContain('- 2 LinkedIn posts missing in week 45');
    expect(en).toContain('- 1 LinkedIn post missing in week 44');
    expect(en).toContain('- Behind the scenes: 13% below target (2 more items needed)');
    const fr = run('fr').files[0].content;
    expect(fr).toContain('# Plan de contenu — novembre 2025');
    expect(fr).toContain('- 2 publications LinkedIn manquantes en semaine 45');
    expect(fr).toContain('| lun. 3 nov. | Instagram | Coulisses du shooting | Carrousel | Coulisses | Programmé | mar. 4 nov. 18:02 |');
  });

  it('escapes user text so that it cannot break a table', () => {
    expect(escapeMarkdown('a | b *c* _d_ <e> [f](g) `h` #i\nj\\')).toBe('a \\| b \\*c\\* \\_d\\_ \\<e\\> \\[f\\](g) \\`h\\` \\#i j\\\\');
    const md = run('en', 1, [item({ title: 'Pipe | in *title*\n# not a heading', plannedDate: '2025-11-10', channelId: 20 })]).files[0].content;
    const line = md.split('\n').find((l) => l.includes('Pipe'))!;
    expect(line).toBe('| Mon 10 Nov | Blog Été | Pipe \\| in \\*title\\* \\# not a heading | Post | Expertise | Idea |  |');
    expect(line.split(/(?<!\\)\|/)).toHaveLength(9); // 7 cells
  });

  it('says when a week, the channels or the gaps are empty', () => {
    const md = run('en', 0, [item({ channelId: 1, plannedDate: '2025-11-05', pillarId: 1 })]).files[0].content;
    expect(md).toContain('## Week 44 (Sat 1 Nov – Sat 1 Nov)\n\n_Nothing planned._');
    const full = exportMonthMarkdown({
      month: '2025-11', weekStartsOn: 1, tz: TZ, locale: 'en', channels: [], formats, pillars: [], items: [], t: t.en!,
    }).files[0].content;
    expect(full).toContain('_No active channel._');
    expect(full).toContain('_No pillar._');
    expect(full).toContain('_No gap: the month is full._');
    expect(full).toContain('Items planned this month: 0');
  });
});
