// The weekly "voice of the customer" digest for product teams: the week's top tags with their
// change since the week before and three cleaned verbatims per tag, as data (buildDigest) and as
// Markdown (digestMarkdown). No personal data: verbatims are cleaned before they are stored, and
// cleaned again here with the current pattern (a pattern set later still applies).
import { mdTable, type ReportFormat, type Translate } from '../reports/format';
import { isoWeek, localDayAt } from '../time';
import { removePersonalData, showRedactions } from './personalData';
import type { Digest } from './types';

/** The most tags a digest lists. */
export const DIGEST_TOP_TAGS = 10;
/** Verbatims shown per tag. */
export const VERBATIMS_PER_TAG = 3;

export interface DigestInput {
  from: number;
  to: number;
  tz: string;
  /** the tags of each case opened this week, and of each opened the week before */
  thisWeek: readonly (readonly string[])[];
  lastWeek: readonly (readonly string[])[];
  /** verbatims saved this week, newest first */
  verbatims: readonly { text: string; tag: string; productArea: string }[];
  orderPattern?: RegExp | null;
}

function countTags(cases: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tags of cases) for (const t of new Set(tags)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/**
 * The digest of [from, to): tags of this week's cases (and tags of this week's verbatims), the
 * most frequent first (ties by name), at most DIGEST_TOP_TAGS; for each, last week's count and
 * the VERBATIMS_PER_TAG newest verbatims with that tag, cleaned again.
 */
export function buildDigest(input: DigestInput): Digest {
  const now = countTags(input.thisWeek);
  const before = countTags(input.lastWeek);
  for (const v of input.verbatims) if (!now.has(v.tag)) now.set(v.tag, 0);
  const tags = [...now.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, DIGEST_TOP_TAGS)
    .map(([tag, count]) => ({
      tag,
      count,
      previous: before.get(tag) ?? 0,
      verbatims: input.verbatims
        .filter((v) => v.tag === tag)
        .slice(0, VERBATIMS_PER_TAG)
        .map((v) => ({ text: removePersonalData(v.text, { orderPattern: input.orderPattern }).text, productArea: v.productArea })),
    }));
  const { week, year } = isoWeek(localDayAt(input.from, input.tz));
  return { from: input.from, to: input.to, tz: input.tz, week, year, cases: input.thisWeek.length, previousCases: input.lastWeek.length, tags };
}

/** The change of a count since last week, as text: "+3", "−2", "=" or "new". */
export function changeText(count: number, previous: number, fmt: ReportFormat, t: Translate): string {
  if (previous === 0 && count > 0) return t('protocol.digest.new');
  const d = count - previous;
  if (d === 0) return '=';
  return d > 0 ? `+${fmt.number(d, 0)}` : `−${fmt.number(-d, 0)}`;
}

/** The digest as Markdown, in the language of `t` and `fmt`. */
export function digestMarkdown(d: Digest, fmt: ReportFormat, t: Translate): string {
  const out: string[] = [];
  out.push(`# ${t('protocol.digest.title', { week: d.week, year: d.year })}`, '');
  out.push(`**${t('protocol.digest.period')}** ${fmt.period(d.from, d.to)}`, '');
  out.push(t('protocol.digest.intro'), '');
  out.push(t('protocol.digest.casesLine', { count: d.cases, previous: d.previousCases }), '');
  out.push(`## ${t('protocol.digest.topTags')}`, '');
  if (d.tags.length === 0) {
    out.push(`_${t('protocol.digest.empty')}_`, '');
    return out.join('\n');
  }
  out.push(mdTable([t('protocol.digest.col.tag'), t('protocol.digest.col.cases'), t('protocol.digest.col.lastWeek'), t('protocol.digest.col.change')], d.tags.map((x) => [`#${x.tag}`, fmt.number(x.count, 0), fmt.number(x.previous, 0), changeText(x.count, x.previous, fmt, t)])), '');
  out.push(`## ${t('protocol.digest.verbatims')}`, '');
  for (const x of d.tags) {
    out.push(`### #${x.tag}`, '');
    if (x.verbatims.length === 0) out.push(`_${t('protocol.digest.noVerbatim')}_`, '');
    for (const v of x.verbatims) out.push(`> ${showRedactions(v.text, t).replace(/\r?\n/g, ' ')}${v.productArea ? ` — _${v.productArea}_` : ''}`, '');
  }
  out.push(`_${t('protocol.digest.privacy')}_`, '');
  return out.join('\n');
}
