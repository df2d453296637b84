// Turns the bytes of a CSV into text: BOMs, UTF-8, UTF-16 (Excel's "Unicode text"), and for
// everything else an encoding detected, not assumed (see legacyEncoding.ts): Windows-1252 (French
// Excel's "CSV (séparateur : point-virgule)"), Mac Roman (Mac Excel's "CSV (Macintosh)"),
// Central European code pages, Shift_JIS… Binary refusal.

import iconv from 'iconv-lite';
import { detectLegacyEncoding, textScore, type EncodingCandidate } from './legacyEncoding';

/** An iconv-lite encoding name: 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh'… */
export type TextEncodingName = string;

export type DecodedCsv =
  | {
      ok: true;
      text: string;
      encoding: TextEncodingName;
      /** Set when the detector is unsure: the encodings worth offering, best first, each with a sample line. */
      candidates?: EncodingCandidate[];
    }
  | { ok: false; code: 'binary_file' | 'mixed_encoding' | 'unknown_encoding'; line: number };

/** Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const len = utf8SequenceLength(bytes, i);
    if (len === 0) return i;
    i += len;
  }
  return -1;
}

/** Length of the well-formed UTF-8 sequence at i (RFC 3629: no overlongs, no surrogates), or 0. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/**
 * Whether invalid UTF-8 also holds UTF-8 encoded letters or typographic punctuation
 * (é, œ, ’, …, emoji). Windows-1252 text practically never contains those byte pairs
 * ("Ã©", "â€™"), so their presence means a file mixing both encodings.
 */
function hasUtf8Text(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0x80) continue;
    const len = utf8SequenceLength(bytes, i);
    if (len === 2) {
      const cp = ((bytes[i] & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
      if (cp >= 0xa0 && cp <= 0x17f) return true;
    } else if (len === 3) {
      const cp = ((bytes[i] & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      if (cp >= 0x2000 && cp <= 0x20cf) return true;
    } else if (len === 4) {
      return true;
    }
    if (len > 1) i += len - 1;
  }
  return false;
}

/** 1-based physical line of a byte offset (LF, CRLF and lone CR end lines). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) line++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

function looksUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab, LF, CR and form feed: a text CSV has none. */
function looksBinary(text: string): boolean {
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls > 0 && controls >= sample.length * 0.01;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding === 'utf-16le' ? 'utf16-le' : 'utf16-be');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Encodings the user may pick in the preview (besides what the detector offers). */
export function isSupportedEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * Decodes a CSV's bytes. A BOM or valid UTF-8 decide alone; otherwise the encoding is detected
 * (legacyEncoding.ts) and, when the detector is unsure, `candidates` lists what to offer the
 * user. `forced` (an iconv-lite name the user picked) skips detection; a BOM is still dropped.
 */
export function decodeCsvBytes(bytes: Uint8Array, forced?: string): DecodedCsv {
  let decoded: { text: string; encoding: TextEncodingName; candidates?: EncodingCandidate[] };
  if (forced !== undefined) {
    if (!iconv.encodingExists(forced)) return { ok: false, code: 'unknown_encoding', line: 0 };
    const utf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = utf8Bom && /^utf-?8$/i.test(forced) ? bytes.subarray(3) : bytes;
    decoded = { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), forced), encoding: forced.toLowerCase() };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  else {
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hasBom ? bytes.subarray(3) : bytes;
    const utf16 = hasBom ? null : looksUtf16(body);
    if (utf16) decoded = { text: decodeUtf16(body, utf16), encoding: utf16 };
    else {
      if (body.includes(0)) return { ok: false, code: 'binary_file', line: 0 };
      const utf8 = decodeStrictUtf8(body);
      const bad = utf8 === null ? firstInvalidUtf8(body) : -1;
      if (utf8 !== null && !hasBom && textScore(utf8) < 0) {
        // Valid UTF-8 by accident? Mac Roman "’é" (D5 8E) is also the UTF-8 of an Armenian letter,
        // which then sits inside a Latin word. UTF-8 stays the reading (valid UTF-8 is strong
        // evidence), but the preview asks, offering the legacy readings too.
        const detected = detectLegacyEncoding(body);
        const sample = (text: string) => (text.split(/\r\n|\r|\n/).find((l) => /[^\p{ASCII}]/u.test(l)) ?? '').slice(0, 120);
        const legacy = detected.candidates.filter((c) => c.encoding !== 'utf-8');
        const macintosh = legacy.some((c) => c.encoding === 'macintosh') ? [] : [{ encoding: 'macintosh', sample: sample(iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'macintosh')) }];
        decoded = { text: utf8, encoding: 'utf-8', candidates: [{ encoding: 'utf-8', sample: sample(utf8) }, ...legacy, ...macintosh].slice(0, 5) };
      } else if (utf8 !== null) decoded = { text: utf8, encoding: 'utf-8' };
      else if (hasBom || hasUtf8Text(body)) return { ok: false, code: 'mixed_encoding', line: lineOfOffset(body, bad) };
      else {
        const detected = detectLegacyEncoding(body);
        decoded = { text: iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), detected.encoding), encoding: detected.encoding };
        if (detected.uncertain) decoded.candidates = detected.candidates;
      }
    }
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (looksBinary(text)) return { ok: false, code: 'binary_file', line: 0 };
  return { ok: true, text, encoding: decoded.encoding, ...(decoded.candidates ? { candidates: decoded.candidates } : {}) };
}
