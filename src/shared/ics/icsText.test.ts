import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, paramValue, sanitizeText } from './icsText';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone and folds a 76-octet one', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts the leading space of continuation lines', () => {
    const lines = foldLine('y'.repeat(75 + 74 + 10)).split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 11]);
  });

  it('never splits a multi-byte character or an emoji cluster', () => {
    const family = '👩‍👩‍👧‍👦'; // 25 octets, one grapheme
    const line = 'SUMMARY:' + 'é'.repeat(33) + family.repeat(4);
    const parts = foldLine(line).split('\r\n');
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    for (const part of parts.slice(1)) expect(part.slice(1).startsWith(family)).toBe(true);
  });

  it('splits a cluster longer than a line between code points', () => {
    const zalgo = 'a' + '\u0301'.repeat(60); // 121 octets, one grapheme
    const parts = foldLine('X:' + zalgo).split('\r\n');
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe('X:' + zalgo);
  });
});

describe('TEXT values', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops forbidden control characters and repairs lone surrogates', () => {
    expect(sanitizeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
    expect(sanitizeText('x\uD800y\uDC00z😀')).toBe('x\uFFFDy\uFFFDz😀');
  });

  it('quotes parameter values with separators', () => {
    expect(paramValue('Europe/Paris')).toBe('Europe/Paris');
    expect(paramValue('a;b')).toBe('"a;b"');
  });
});
