// Words for veille data: enum values → catalogue keys (literals, so the i18n test sees them).
import type { EntryKind, FetchOutcome, RecommendationStatus, Reliability, SignalKind, TriageState } from '../../../../shared/veille/constants';

export const SIGNAL_LABEL: Record<SignalKind, string> = {
  fact: 'veille.signal.fact',
  trend: 'veille.signal.trend',
  weak: 'veille.signal.weak',
};

export const SIGNAL_HINT: Record<SignalKind, string> = {
  fact: 'veille.signal.factHint',
  trend: 'veille.signal.trendHint',
  weak: 'veille.signal.weakHint',
};

export const RELIABILITY_LABEL: Record<Reliability, string> = {
  high: 'veille.reliability.high',
  medium: 'veille.reliability.medium',
  low: 'veille.reliability.low',
};

export const TRIAGE_LABEL: Record<TriageState, string> = {
  new: 'veille.triage.new',
  kept: 'veille.triage.kept',
  skipped: 'veille.triage.skipped',
};

export const OUTCOME_LABEL: Record<FetchOutcome, string> = {
  ok: 'veille.outcome.ok',
  not_modified: 'veille.outcome.not_modified',
  truncated: 'veille.outcome.truncated',
  refused: 'veille.outcome.refused',
  http_error: 'veille.outcome.http_error',
  wrong_type: 'veille.outcome.wrong_type',
  timeout: 'veille.outcome.timeout',
  network: 'veille.outcome.network',
  parse_error: 'veille.outcome.parse_error',
};

export const ENTRY_LABEL: Record<EntryKind, { add: string; one: string; placeholder: string }> = {
  insight: { add: 'veille.report.addInsight', one: 'veille.report.insight', placeholder: 'veille.report.insightPlaceholder' },
  weak_signal: { add: 'veille.report.addWeakSignal', one: 'veille.report.weakSignal', placeholder: 'veille.report.weakSignalPlaceholder' },
  recommendation: { add: 'veille.report.addRecommendation', one: 'veille.report.recommendation', placeholder: 'veille.report.recommendationPlaceholder' },
};

export const STATUS_LABEL: Record<RecommendationStatus, string> = {
  pending: 'veille.status.pending',
  accepted: 'veille.status.accepted',
  declined: 'veille.status.declined',
};

/** The plural-neutral words of a count: one or many, by the language's plural rule. */
export function countKey(language: string, n: number, one: string, many: string): string {
  return new Intl.PluralRules(language).select(n) === 'one' ? one : many;
}
