import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, firstInvalidUtf8 } from './decodeCsvBytes';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeCsvBytes(new Uint8Array(Buffer.from('\uFEFFDébut;Fin', 'utf8')))).toEqual({ ok: true, text: 'Début;Fin', encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array(Buffer.from('Début', 'utf8')))).toEqual({ ok: true, text: 'Début', encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 (not Latin-1) for invalid UTF-8', () => {
    const text = 'Réponse à l’influenceuse – 1 500 € cœur';
    expect(decodeCsvBytes(new Uint8Array(iconv.encode(text, 'windows-1252')))).toEqual({ ok: true, text, encoding: 'windows-1252' });
  });

  it('reads UTF-16 with BOM, and without BOM when the NUL pattern is clear', () => {
    const text = 'Date\tDébut\r\n24/03/2025\t09:00';
    expect(decodeCsvBytes(new Uint8Array(iconv.encode(text, 'utf16-le', { addBOM: true })))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeCsvBytes(new Uint8Array(iconv.encode(text, 'utf16-be', { addBOM: true })))).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
    expect(decodeCsvBytes(new Uint8Array(iconv.encode(text, 'utf16-le')))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('refuses binary and mixed encodings, with the line of the first bad byte', () => {
    expect(decodeCsvBytes(bytes(0x61, 0x00, 0x00, 0x00, 0x62, 0x63))).toEqual({ ok: false, code: 'binary_file', line: 0 });
    expect(decodeCsvBytes(bytes(0x61, 0x01, 0x02, 0x03, 0x04, 0x62))).toEqual({ ok: false, code: 'binary_file', line: 0 });
    const mixed = Buffer.concat([Buffer.from('Début\nok\n', 'utf8'), iconv.encode('Réunion', 'windows-1252')]);
    expect(decodeCsvBytes(new Uint8Array(mixed))).toEqual({ ok: false, code: 'mixed_encoding', line: 3 });
    expect(decodeCsvBytes(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb'), Buffer.from([0xe9])])))).toEqual({ ok: false, code: 'mixed_encoding', line: 2 });
  });

  it('validates UTF-8 strictly', () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xc3, 0xa9))).toBe(-1);
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // surrogate
    expect(firstInvalidUtf8(bytes(0xf0, 0x9f, 0x98))).toBe(0); // truncated
  });
});

describe('valid UTF-8 by accident', () => {
  it('asks when a Mac Roman file happens to be valid UTF-8 ("l’équipe": D5 8E is an Armenian letter in UTF-8)', () => {
    const bytes = new Uint8Array(iconv.encode('Project,Start\nl’équipe,09:00\n', 'macintosh'));
    const r = decodeCsvBytes(bytes);
    expect(r.ok && r.encoding).toBe('utf-8');
    expect(r.ok && r.candidates?.map((c) => c.encoding)).toContain('macintosh');
    const picked = decodeCsvBytes(bytes, 'macintosh');
    expect(picked.ok && picked.text).toContain('l’équipe');
  });

  it('does not ask about plain UTF-8 French', () => {
    const r = decodeCsvBytes(new TextEncoder().encode('Projet,Début\nl’équipe,09:00\n'));
    expect(r.ok && r.candidates).toBeUndefined();
  });
});
