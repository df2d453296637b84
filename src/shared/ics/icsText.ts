// Text rules of RFC 5545: TEXT escaping (3.3.11) and 75-octet line folding (3.1).

// eslint-disable-next-line no-control-regex -- RFC 5545 text may not carry control characters
const DISALLOWED_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g; // CONTROL minus HTAB and LF
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * What survives in a TEXT value: newlines normalised to LF, control characters other than
 * tab and LF removed (RFC 5545 forbids them), lone surrogates replaced by U+FFFD (they have
 * no UTF-8 form). A round trip through a conforming parser yields exactly this string.
 */
export function sanitizeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(DISALLOWED_CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Escapes a TEXT value: backslash, semicolon, comma and newline. */
export function escapeText(value: string): string {
  return sanitizeText(value).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : '\\' + c));
}

export const MAX_LINE_OCTETS = 75;

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

const graphemeSegmenter: Intl.Segmenter | null =
  typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('und', { granularity: 'grapheme' }) : null;

/** Pieces that must not be split: grapheme clusters when possible, else code points. */
function* unbreakablePieces(s: string): Generator<string> {
  if (graphemeSegmenter) {
    for (const { segment } of graphemeSegmenter.segment(s)) {
      if (utf8Length(segment) <= MAX_LINE_OCTETS - 1) yield segment;
      else yield* segment; // a giant cluster (e.g. stacked combining marks): split between code points
    }
  } else {
    yield* s;
  }
}

/**
 * Folds one content line so that no physical line exceeds 75 octets of UTF-8, counting the
 * leading space of continuation lines. Never splits a multi-byte character and, where the
 * runtime has Intl.Segmenter, never splits a grapheme cluster (an emoji with its modifiers,
 * a letter with its combining accent) unless the cluster itself is longer than a line.
 */
export function foldLine(line: string): string {
  if (utf8Length(line) <= MAX_LINE_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_LINE_OCTETS;
  for (const piece of unbreakablePieces(line)) {
    const len = utf8Length(piece);
    if (size + len > limit) {
      out.push(current);
      current = '';
      size = 0;
      limit = MAX_LINE_OCTETS - 1; // continuation lines start with one space
    }
    current += piece;
    size += len;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Quotes a parameter value when it contains characters that are not SAFE-CHAR. */
export function paramValue(value: string): string {
  const clean = sanitizeText(value).replace(/[\n\t"]/g, ' ');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}
