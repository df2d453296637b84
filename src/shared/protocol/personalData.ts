// The personal-data remover: runs on every case text and verbatim before it is stored, so that
// nothing the app keeps (and nothing the digest for product teams shows) holds a customer's
// email address, phone number or order number. Each is replaced by a neutral token
// ('[email]', '[phone]', '[order]'), shown translated by showRedactions.
//
// Phone numbers: libphonenumber-js (Google's libphonenumber metadata, "min" set) finds them in
// free text in French national forms (06 12 34 56 78, 06.12.34.56.78, 0612345678) and in
// international forms (+33 6 12 34 56 78, +33 (0)6…, 0033 6…, +1 415-555-0132, +44 20 7946 0958);
// keeping those rules for every country ourselves is not something to write by hand. A match
// counts only when written as a phone number is: starting with +, 00, a parenthesis or the
// French trunk 0 (so "123456789 units" stays), or a North American (415) 555-0132 / 415-555-0132.
// Order numbers: the user's own pattern (a regular expression, checked by orderPatternProblem).
import { findPhoneNumbersInText } from 'libphonenumber-js/min';

/** The tokens that replace what was removed (stored as is, shown translated). */
export const REDACTION = { email: '[email]', phone: '[phone]', order: '[order]' } as const;
export type RedactionKind = keyof typeof REDACTION;

/** How many of each kind were removed. */
export type RedactionCount = Record<RedactionKind, number>;

/** Longest order-number pattern accepted, in characters. */
export const MAX_PATTERN_LENGTH = 200;

/** Why an order-number pattern is refused (translated under protocol.pattern.<reason>). */
export type PatternProblem = 'syntax' | 'matchesEmpty' | 'tooLong' | 'tooComplex';

// user@domain.tld, with letters of any script; and the bracketed forms people use on social
// networks to dodge filters: "jean (at) mail (dot) com", "jean[at]mail.fr", "jean (arobase) mail.fr"
// (not the bare words, which would take "look at it point blank" for an address).
// the local part takes every character RFC 5322 allows unquoted
const LOCAL = "[\\p{L}\\p{N}.!#$%&'*+/=?^_`{|}~-]+";
const LABEL = String.raw`[\p{L}\p{N}-]+`;
const AT = String.raw`(?:@|\s*[[(]\s*(?:at|arobase)\s*[\])]\s*)`;
const DOT = String.raw`(?:\.|\s*[[(]\s*(?:dot|point)\s*[\])]\s*)`;
const EMAIL = new RegExp(String.raw`${LOCAL}${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}\b`, 'giu');
const URL = /\bhttps?:\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/giu;
// Where a phone match must start to count (see the header).
const PHONE_START = /^(?:\+|00|\(|0)/;
const NANP = /^\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}$/;
// Any number written in the French ten-digit shape, assigned or not (06 00 00 00 00 is still a
// number a customer gave), nationally or after +33 / 0033, with or without (0).
const FRENCH_SHAPE = /(?<![\p{L}\p{N}/])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?[1-9]|0[1-9])(?:[\s.-]?\d{2}){4}(?![\p{N}/])/gu;
// A quantifier applied to a group that itself holds a quantifier: (a+)+, (\d*)*, (x{2,}){3}…
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;

/**
 * Why `source` cannot be used as an order-number pattern, or null when it can: longer than
 * MAX_PATTERN_LENGTH, not a valid regular expression (with flags 'giu'), matching the empty text
 * (it would "find" an order number everywhere), or a quantified group holding a quantifier
 * (catastrophic backtracking). An empty source is fine: no pattern.
 */
export function orderPatternProblem(source: string): PatternProblem | null {
  if (source.length > MAX_PATTERN_LENGTH) return 'tooLong';
  if (source.trim() === '') return null;
  let re: RegExp;
  try {
    re = new RegExp(source, 'iu');
  } catch {
    return 'syntax';
  }
  if (re.test('') || re.test(' ')) return 'matchesEmpty';
  if (NESTED_QUANTIFIER.test(source)) return 'tooComplex';
  return null;
}

/** The order-number pattern as a RegExp (flags 'giu'), or null for an empty or refused source. */
export function compileOrderPattern(source: string): RegExp | null {
  if (source.trim() === '' || orderPatternProblem(source) !== null) return null;
  return new RegExp(source, 'giu');
}

type Span = [number, number];
const overlaps = (a: Span, spans: readonly Span[]) => spans.some(([s, e]) => a[0] < e && a[1] > s);

function spansOf(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) if (m[0].length > 0) out.push([m.index, m.index + m[0].length]);
  return out;
}

function phoneSpans(text: string, taken: readonly Span[]): Span[] {
  const out: Span[] = [];
  const keep = (s: Span) => {
    if (!overlaps(s, taken) && !overlaps(s, out)) out.push(s);
  };
  for (const m of findPhoneNumbersInText(text, { defaultCountry: 'FR' })) {
    if (PHONE_START.test(text.slice(m.startsAt, m.endsAt))) keep([m.startsAt, m.endsAt]);
  }
  for (const [s, e] of spansOf(FRENCH_SHAPE, text)) keep([s, e]);
  for (const m of findPhoneNumbersInText(text, { defaultCountry: 'US' })) {
    const s = text.slice(m.startsAt, m.endsAt);
    if (NANP.test(s) || s.startsWith('+')) keep([m.startsAt, m.endsAt]);
  }
  return out;
}

/**
 * `text` with emails, phone numbers and order numbers (matches of `orderPattern`, flags 'giu')
 * replaced by REDACTION tokens, and how many of each were removed. Web addresses and social
 * handles (@name) are left alone; so are dates, times, prices, years and postal codes.
 */
export function removePersonalData(text: string, opts: { orderPattern?: RegExp | null } = {}): { text: string; removed: RedactionCount } {
  const removed: RedactionCount = { email: 0, phone: 0, order: 0 };
  const urls = spansOf(URL, text);
  const emails = spansOf(EMAIL, text);
  const orders = opts.orderPattern ? spansOf(opts.orderPattern, text).filter((s) => !overlaps(s, emails) && !overlaps(s, urls)) : [];
  const phones = phoneSpans(text, [...urls, ...emails, ...orders]);
  const all: [number, number, RedactionKind][] = [...emails.map(([s, e]) => [s, e, 'email'] as [number, number, RedactionKind]), ...orders.map(([s, e]) => [s, e, 'order'] as [number, number, RedactionKind]), ...phones.map(([s, e]) => [s, e, 'phone'] as [number, number, RedactionKind])];
  all.sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [s, e, kind] of all) {
    if (s < cursor) continue;
    out += text.slice(cursor, s) + REDACTION[kind];
    removed[kind]++;
    cursor = e;
  }
  return { text: out + text.slice(cursor), removed };
}

/** True when `text` holds an email, a phone number or an order number. */
export function hasPersonalData(text: string, orderPattern?: RegExp | null): boolean {
  const { removed } = removePersonalData(text, { orderPattern });
  return removed.email + removed.phone + removed.order > 0;
}

/** Label keys of the tokens, for showRedactions. */
const TOKEN_LABEL: Record<RedactionKind, string> = { email: 'protocol.redacted.email', phone: 'protocol.redacted.phone', order: 'protocol.redacted.order' };

/** A stored text with its tokens in the reader's language: '[email]' → '[adresse e-mail]'. */
export function showRedactions(text: string, t: (key: string) => string): string {
  let out = text;
  for (const kind of Object.keys(REDACTION) as RedactionKind[]) out = out.split(REDACTION[kind]).join(`[${t(TOKEN_LABEL[kind])}]`);
  return out;
}
