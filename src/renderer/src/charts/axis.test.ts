import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chartNumbers, dataMax, labelInterval, niceStep, niceTicks, wrapLabel } from './axis';

describe('chart axes', () => {
  it('uses round steps: never 0.9 / 1.8 / 2.7', () => {
    expect(niceTicks(2.7)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(1.4)).toEqual([0, 0.5, 1, 1.5]);
    expect(niceTicks(3, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7.4)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(100)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceStep(0.3, 5)).toBe(0.1);
    // found by the property below: a hair of float error must not give a step of 3
    expect(niceTicks(10.000000000000002, { integer: true })).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('for any maximum: starts at 0, covers it, steps of 1, 2, 2.5 or 5 × 10^k, whole with integer', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.boolean(), (max, integer) => {
        const ticks = niceTicks(max, { integer });
        const step = ticks[1] - ticks[0];
        expect(ticks[0]).toBe(0);
        expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max - 1e-9);
        expect(ticks.length).toBeLessThanOrEqual(12);
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-6)).toBe(true);
        if (integer) expect(ticks.every(Number.isInteger)).toBe(true);
      }),
    );
  });

  it('formats in the app language, not the system one', () => {
    const fr = chartNumbers('fr-FR');
    const en = chartNumbers('en-US');
    expect(fr.hours(1.5)).toBe('1,5\u00a0h');
    expect(en.hours(1.5)).toBe('1.5\u00a0h');
    expect(fr.percent(50)).toMatch(/^50[\u00a0\u202f]%$/); // ICU versions differ on the space
    expect(en.percent(50)).toBe('50%');
    expect(fr.duration(1.5)).toBe('1\u00a0h\u00a030');
    expect(fr.number(0.25, 2)).toBe('0,25');
  });

  it('finds the top of the data, stacked or not, and a steady label interval', () => {
    const rows = [{ a: 1, b: 2 }, { a: 3, b: 0.5 }];
    expect(dataMax(rows, ['a', 'b'])).toBe(3);
    expect(dataMax(rows, ['a', 'b'], true)).toBe(3.5);
    expect(labelInterval(13, 8)).toBe(1);
    expect(labelInterval(5, 8)).toBe(0);
  });
});

describe('axis labels', () => {
  const measure = (s: string) => s.length * 6; // 6 px a character
  it('wraps words onto lines within the band, and splits a word too long with a hyphen: nothing dropped', () => {
    expect(wrapLabel('Demande orale', 60, measure)).toEqual(['Demande', 'orale']);
    expect(wrapLabel('E-mail', 60, measure)).toEqual(['E-mail']);
    expect(wrapLabel('Notification', 48, measure)).toEqual(['Notific-', 'ation']);
    const long = 'Stakeholder management and budgeting for the social team';
    const lines = wrapLabel(long, 60, measure, 3);
    expect(lines).toHaveLength(3);
    expect(lines.join(' ').replace(/- /g, '').replace(/\s+/g, ' ')).toBe(long);
  });

  it('for any label and band: every line but the last fits, and every letter is kept in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé]{1,14}$/), { minLength: 1, maxLength: 6 }), fc.integer({ min: 20, max: 120 }), (words, width) => {
        const lines = wrapLabel(words.join(' '), width, measure, 99);
        for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(Math.max(width, measure('xx-')));
        expect(lines.join('').replace(/-/g, '').replace(/\s/g, '')).toBe(words.join(''));
      }),
    );
  });
});
