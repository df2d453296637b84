import { describe, expect, it } from 'vitest';
import { translator, type Translate } from '../i18n';
import { milestoneTitle, phaseName, skillName, skillRefName } from './messages';

describe('career preset names', () => {
  const en = translator('en');
  const fr = translator('fr');

  it('reads preset keys from the catalogue in the given language', () => {
    expect(phaseName('data-mastery', en)).toBe('Data mastery');
    expect(phaseName('data-mastery', fr)).toBe('Maîtrise de la donnée');
    expect(milestoneTitle({ key: 'own-budget', title: '' }, fr)).toBe('Prendre la responsabilité d’un budget');
    expect(skillName({ key: 'leading-team', name: '' }, en)).toBe('Leading a team');
    expect(skillRefName('leading-team', fr)).toBe('Management d’équipe');
  });

  it('prefers the user’s own text, and gives an unknown key back as it is', () => {
    expect(milestoneTitle({ key: 'own-budget', title: 'My own title' }, en)).toBe('My own title');
    expect(skillName({ key: 'seo', name: 'Search' }, en)).toBe('Search');
    expect(milestoneTitle({ key: null, title: '' }, en)).toBe('');
    expect(phaseName('retired-phase', en)).toBe('retired-phase');
    expect(milestoneTitle({ key: 'retired', title: '' }, en)).toBe('retired');
    expect(skillName({ key: 'retired', name: '' }, en)).toBe('retired');
  });

  it('never passes a user’s free name to t', () => {
    const asked: string[] = [];
    const t: Translate = (key) => {
      asked.push(key);
      return key;
    };
    expect(skillRefName('Ops: crisis.room {{x}}', t)).toBe('Ops: crisis.room {{x}}');
    expect(phaseName('a:b', t)).toBe('a:b');
    expect(asked).toEqual([]);
  });
});
