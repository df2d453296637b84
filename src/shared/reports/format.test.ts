import { describe, expect, it } from 'vitest';
import { makeReportFormat, percentText } from './format';

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
