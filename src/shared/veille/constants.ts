// The closed vocabularies of veille (monitoring): the contract's enums, the migration's CHECKs
// and the renderer's labels read these lists.

/** Where a source's items come from: a feed (RSS, Atom, RDF or JSON Feed) or links added by hand. */
export const SOURCE_KINDS = ['feed', 'manual'] as const;
/** How far the user trusts a source (shown with every item it brings). */
export const RELIABILITIES = ['high', 'medium', 'low'] as const;
/** Triage state of an item: waiting in the inbox, kept for the reports, or skipped. */
export const TRIAGE_STATES = ['new', 'kept', 'skipped'] as const;
/**
 * Kind of signal, in the vocabulary of competitive intelligence: an established fact, a trend
 * (a change seen in several places), a weak signal (an early, isolated hint that may grow).
 */
export const SIGNAL_KINDS = ['fact', 'trend', 'weak'] as const;
/** The three parts of a weekly intelligence report. */
export const ENTRY_KINDS = ['insight', 'weak_signal', 'recommendation'] as const;
/** A report is written as a draft, then delivered to management. */
export const REPORT_STATUSES = ['draft', 'delivered'] as const;
/** What management did with a delivered recommendation. */
export const RECOMMENDATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
/** What started a request: the user's "Fetch now", the schedule, or "Fetch the full text" of one item. */
export const FETCH_TRIGGERS = ['manual', 'schedule', 'article'] as const;
/**
 * The outcome of one request, as the fetch log shows it: ok (new content read), not_modified
 * (HTTP 304), truncated (larger than the cap: cut, the complete items kept), refused (never sent,
 * or a redirect not followed: the host is not one of the user's sources), http_error,
 * wrong_type (not a feed or not a page), timeout, network, parse_error.
 */
export const FETCH_OUTCOMES = ['ok', 'not_modified', 'truncated', 'refused', 'http_error', 'wrong_type', 'timeout', 'network', 'parse_error'] as const;
/** The fetch schedule: off (the default), every N hours, or once a day at a local time. */
export const SCHEDULE_MODES = ['off', 'every', 'daily'] as const;
/** The intervals offered for "every N hours". */
export const SCHEDULE_HOURS = [1, 2, 3, 4, 6, 8, 12, 24] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Reliability = (typeof RELIABILITIES)[number];
export type TriageState = (typeof TRIAGE_STATES)[number];
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export type EntryKind = (typeof ENTRY_KINDS)[number];
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export type FetchTrigger = (typeof FETCH_TRIGGERS)[number];
export type FetchOutcome = (typeof FETCH_OUTCOMES)[number];
export type ScheduleMode = (typeof SCHEDULE_MODES)[number];
