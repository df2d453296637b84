import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, guardCells, isFormulaLike, neutraliseFormula } from './formulaGuard';

describe('spreadsheet formula guard', () => {
  it('prefixes the cells a spreadsheet would run, and only those', () => {
    for (const v of ['=1+1', '+33 6 12', '-2', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")', '=cmd|\' /C calc\'!A0']) expect(neutraliseFormula(v), JSON.stringify(v)).toBe(`'${v}`);
    for (const v of ['', 'Hello', ' =1', "'=1", '1-2', 'a=b', 'é', '\n=1', '０']) expect(neutraliseFormula(v), JSON.stringify(v)).toBe(v);
  });

  it('any text: the result never starts a formula, and dropping the added quote gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        const out = neutraliseFormula(text);
        expect(FORMULA_START.test(out)).toBe(false);
        expect(isFormulaLike(text) ? out.slice(1) : out).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('guards every cell and counts them; raw keeps everything', () => {
    const rows = [['=a', 'b'], ['+c', '@d']];
    const stats = { neutralised: 0 };
    expect(guardCells(rows, 'safe', stats)).toEqual([["'=a", 'b'], ["'+c", "'@d"]]);
    expect(stats.neutralised).toBe(3);
    expect(guardCells(rows, 'raw')).toEqual(rows);
    expect(rows).toEqual([['=a', 'b'], ['+c', '@d']]);
  });
});
