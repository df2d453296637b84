// The reply protocol's fixed vocabularies (design.md "Reply protocol"). No imports: the contract,
// the pure helpers, the stores and the screens all read these lists.

/** Escalation levels: 1 simple question, 2 systemic bug, 3 reputational threat, 4 major crisis. */
export const LEVELS = [1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];

/** Who answers a request type in public: the social media manager or specialised support. */
export const ANSWERERS = ['social', 'support'] as const;
export type Answerer = (typeof ANSWERERS)[number];

/** Who owns a request type once it is handed over, by urgency. */
export const OWNER_ROLES = ['social', 'support', 'legal', 'management'] as const;
export type OwnerRole = (typeof OWNER_ROLES)[number];

/** How an SLA clock runs: in the charter's business hours, or around the clock (24/7). */
export const SLA_CLOCKS = ['business', 'always'] as const;
export type SlaClock = (typeof SLA_CLOCKS)[number];

/**
 * A case's states: open → first reply → moved to private → handed to its owner → resolved, and
 * "waiting on the customer", which pauses the SLA clocks.
 */
export const CASE_STATES = ['open', 'replied', 'private', 'handed', 'waiting', 'resolved'] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** What the user does to a case (each a transition, see caseState.ts). */
export const CASE_ACTIONS = ['reply', 'private', 'hand', 'wait', 'resume', 'resolve', 'reopen'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Where the conversation happens. */
export const CASE_VISIBILITIES = ['public', 'private'] as const;
export type CaseVisibility = (typeof CASE_VISIBILITIES)[number];

/**
 * The five steps of a "sandwich" reply to a hater: reply fast (within the day); open with factual
 * empathy, without over-justifying; a concrete action or a short explanation; move to private as
 * soon as personal data is needed; close with a calming, resolution-oriented line.
 */
export const SANDWICH_STEPS = ['fast', 'empathy', 'action', 'private', 'close'] as const;
export type SandwichStep = (typeof SANDWICH_STEPS)[number];

/** The languages reply blocks and printed documents are written in. */
export const REPLY_LANGUAGES = ['en', 'fr'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/** What a moderation-charter rule does to a message. */
export const RULE_ACTIONS = ['hide', 'delete', 'ban', 'reply', 'escalate'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

/** Who applies a rule: the 24/7 moderation vendor (first-level masking) or the brand in-house. */
export const ACTORS = ['vendor', 'inHouse'] as const;
export type Actor = (typeof ACTORS)[number];

/** Moderation actions logged on a case (a ban must cite a charter article). */
export const MODERATION_ACTIONS = ['hide', 'delete', 'ban'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/** Longest SLA: 60 days of clock minutes. */
export const MAX_SLA_MINUTES = 60 * 24 * 60;
