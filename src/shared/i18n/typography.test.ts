import { describe, expect, it } from 'vitest';
import { frenchSpacing } from './typography';
import * as fr from './catalogue/fr';

describe('frenchSpacing', () => {
  it('puts a no-break space before : ; ! ? » and after «, in every string of a tree', () => {
    expect(frenchSpacing({ a: 'Période : {{p}}', b: ['Vraiment ?', '« Bonjour »'], c: { d: 'Fait ; merci !' } })).toEqual({
      a: 'Période\u00a0: {{p}}',
      b: ['Vraiment\u00a0?', '«\u00a0Bonjour\u00a0»'],
      c: { d: 'Fait\u00a0; merci\u00a0!' },
    });
  });

  it('leaves no breakable space before a high punctuation mark in the French catalogue', () => {
    const spaced = JSON.stringify(frenchSpacing(fr.translation));
    expect(spaced).not.toMatch(/ [:;!?»]|« /);
    expect(frenchSpacing('https://example.org, 12:30')).toBe('https://example.org, 12:30');
  });
});
