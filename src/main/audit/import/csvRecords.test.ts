import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsvRecords } from './csvRecords';

const read = (text: string, delimiter = ',', max = 100) => readCsvRecords(text, delimiter, max).map(({ line, fields, problem, longFields }) => ({ line, fields, problem, longFields }));

describe('readCsvRecords', () => {
  it('keeps the physical line of each record across quoted line breaks and blank lines', () => {
    expect(read('a,b\n"x\r\ny",z\r\n\r\n"p""q",\rlast')).toEqual([
      { line: 1, fields: ['a', 'b'], problem: undefined, longFields: [] },
      { line: 2, fields: ['x\r\ny', 'z'], problem: undefined, longFields: [] },
      { line: 5, fields: ['p"q', ''], problem: undefined, longFields: [] },
      { line: 6, fields: ['last'], problem: undefined, longFields: [] },
    ]);
  });

  it('skips separator-only rows, keeps quotes inside unquoted fields literally', () => {
    expect(read(';;;\na;b"c;d', ';').map((r) => r.fields)).toEqual([['a', 'b"c', 'd']]);
  });

  it('reports unterminated and malformed quotes at the record start line', () => {
    expect(read('a\n"open,\nmore\n')).toEqual([
      { line: 1, fields: ['a'], problem: undefined, longFields: [] },
      { line: 2, fields: ['open,\nmore\n'], problem: 'unterminated_quote', longFields: [] },
    ]);
    expect(read('"ab"cd,e')[0]).toMatchObject({ line: 1, fields: ['abcd', 'e'], problem: 'malformed_quote' });
  });

  it('cuts and flags fields over the limit', () => {
    const [record] = read(`ok,"${'x'.repeat(150)}"`);
    expect(record.longFields).toEqual([1]);
    expect(record.fields[1]).toHaveLength(100);
  });

  it('detects the header separator outside quotes', () => {
    expect(detectDelimiter('Date;Début;"a,b"')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a\tb')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });
});
