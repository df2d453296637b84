// Which legacy (non-Unicode) encoding a file that is not UTF-8 was written in.
//
// chardet (a port of ICU's charset detector: byte statistics and per-language n-grams) names the
// candidates. It knows no Mac Roman, which Mac Excel writes for "CSV (Macintosh)", and it reads
// Mac Roman French as Windows-1252 with high confidence ("CrŽation"). So every candidate, plus
// Windows-1252 and Mac Roman, is decoded and scored on what the text looks like: an accented
// lower-case letter inside a word is likely, an upper-case letter, a symbol or a control
// character inside a word is not. The best score wins; when the runner-up reads the text
// differently and scores nearly as well, or nothing reads well, the caller asks the user.

import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface EncodingCandidate {
  /** iconv-lite name */
  encoding: string;
  /** The first line with a non-ASCII byte, decoded in this encoding (≤ 120 characters). */
  sample: string;
}

export interface LegacyDetection {
  encoding: string;
  uncertain: boolean;
  /** Best first; at least two when `uncertain`. */
  candidates: EncodingCandidate[];
}

/** chardet names → iconv-lite names; ISO-8859-1 is read as its superset Windows-1252. */
const ALIASES: Record<string, string> = { 'ISO-8859-1': 'windows-1252', ASCII: 'windows-1252' };
const ALWAYS = ['windows-1252', 'macintosh'];
const SAMPLE_BYTES = 64 * 1024;

/** Lines holding bytes ≥ 0x80, up to SAMPLE_BYTES: what tells encodings apart, at bounded cost. */
function telltaleLines(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let start = 0;
  let high = false;
  for (let i = 0; i <= bytes.length && size < SAMPLE_BYTES; i++) {
    const b = i < bytes.length ? bytes[i] : 0x0a;
    if (b === 0x0a || b === 0x0d) {
      if (high && i > start) {
        parts.push(bytes.subarray(start, i), Uint8Array.of(0x0a));
        size += i - start + 1;
      }
      start = i + 1;
      high = false;
    } else if (b >= 0x80) high = true;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p.subarray(0, Math.max(0, Math.min(p.length, size - at))), at);
    at += p.length;
  }
  return out;
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const BAD = /[\p{C}\p{S}\p{Lm}\uFFFD]|[^\P{P}'’‘\-–—«»".,;:!?()[\]/&%@#*_]/u;
const SCRIPT_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]/u;

/**
 * Plausibility of decoded text: +1 per non-ASCII letter that sits in a word like letters do
 * (a lower-case letter next to lower-case letters, or a letter of a non-Latin script next to
 * another of it), −3 per non-ASCII character that no text has inside a word (an upper-case
 * letter between lower-case ones, a letter of a non-Latin script next to a Latin letter, a
 * symbol, a modifier, a control character, U+FFFD).
 */
export function textScore(text: string): number {
  const chars = Array.from(text);
  let score = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c.charCodeAt(0) < 0x80) continue;
    const prev = chars[i - 1] ?? ' ';
    const next = chars[i + 1] ?? ' ';
    const inWord = LETTER.test(prev) || LETTER.test(next);
    // A letter of another script glued to a Latin letter ("lﾕ子uipe") is a misreading.
    if (SCRIPT_WORD.test(c)) score += /[A-Za-z]/.test(prev) || /[A-Za-z]/.test(next) ? -3 : SCRIPT_WORD.test(prev) || SCRIPT_WORD.test(next) ? 1 : 0;
    else if (LOWER.test(c)) score += inWord ? 1 : 0;
    else if (UPPER.test(c)) score += LOWER.test(prev) && LOWER.test(next) ? -3 : 0;
    else if (BAD.test(c)) score += inWord || /[\p{C}\uFFFD]/u.test(c) ? -3 : 0;
  }
  return score;
}

function decode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/** True when the file ends its lines with CR alone (classic Mac OS, and Mac Excel's "CSV (Macintosh)"). */
function crOnlyLines(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let cr = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 0x0a) return false;
    if (bytes[i] === 0x0d) cr++;
  }
  return cr > 0;
}

/**
 * Detects the encoding of bytes that are not valid UTF-8 (and hold no NUL). Never throws.
 * Uncertain when the best reading scores ≤ 0, or another candidate reads the text differently
 * with a score within a quarter of the best and a chardet confidence within a quarter of the
 * best's (Windows-1252 and Mac Roman count as confidence 0 unless chardet names them).
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyDetection {
  const sample = telltaleLines(bytes);
  // Windows-1252 and Mac Roman first: when several encodings give the same text, the common name wins.
  const confidence = new Map<string, number>(ALWAYS.map((name) => [name, 0]));
  for (const match of chardet.analyse(sample)) {
    if (match.confidence < 10) continue;
    const name = ALIASES[match.name] ?? match.name.toLowerCase();
    if (name.startsWith('utf') || !iconv.encodingExists(name)) continue;
    confidence.set(name, Math.max(confidence.get(name) ?? 0, match.confidence));
  }
  const names = [...confidence.keys()];
  const macHint = crOnlyLines(bytes) ? 2 : 0;
  const firstLine = (text: string) => (text.split('\n').find((l) => /[^\p{ASCII}]/u.test(l)) ?? '').slice(0, 120);
  const ranked = names
    .map((encoding, order) => {
      const text = decode(sample, encoding);
      return { encoding, text, order, score: textScore(text) + (encoding === 'macintosh' ? macHint : 0) };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0];
  // A rival reads the text differently, scores nearly as well, and the byte statistics do not rule it out.
  const conf = (r: { encoding: string }) => confidence.get(r.encoding) ?? 0;
  const rivals = ranked.filter((r) => r !== best && r.text !== best.text && r.score > 0 && r.score >= best.score * 0.75 && conf(r) >= conf(best) * 0.75);
  // The CR-only hint points to Mac Roman but proves nothing: when it alone decides between two
  // readings of the text, ask (a Windows-1252 file saved with CR line ends exists too).
  const byTextAlone = [...ranked].sort((a, b) => b.score - (b.encoding === 'macintosh' ? macHint : 0) - (a.score - (a.encoding === 'macintosh' ? macHint : 0)) || a.order - b.order)[0];
  if (byTextAlone !== best && byTextAlone.text !== best.text && !rivals.includes(byTextAlone)) rivals.unshift(byTextAlone);
  const uncertain = best.score <= 0 || rivals.length > 0;
  const offered = uncertain ? [best, ...(rivals.length ? rivals : ranked.filter((r) => r !== best && r.text !== best.text))].slice(0, 4) : [best];
  return { encoding: best.encoding, uncertain, candidates: offered.map((r) => ({ encoding: r.encoding, sample: firstLine(r.text) })) };
}
