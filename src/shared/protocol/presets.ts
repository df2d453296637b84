// The protocol's seeds, written in our own words from the source articles (an escalation
// protocol by kind of request; the sandwich method; the 24/7 vendor's first-level masking under
// a moderation charter, with bans, tone and complex arbitration kept in-house). Names and
// categories are catalogue keys, shown translated (displayPreset); bridge replies and reply
// blocks are texts in each language, seeded from the catalogue (migration 0090).
import type { Actor, Answerer, Level, OwnerRole, RuleAction, SandwichStep, SlaClock } from './constants';

export interface TypePreset {
  /** catalogue key of the name */
  name: string;
  level: Level;
  answeredBy: Answerer;
  ownerRole: OwnerRole;
  firstReplyMinutes: number;
  resolutionMinutes: number;
  clock: SlaClock;
  goesPrivate: boolean;
  /** catalogue key of the bridge reply */
  bridge: string;
}

/**
 * The four levels. Simple questions: answered by the social media manager within the hour, closed
 * within the day (business hours). Systemic bugs: support answers, moved to private, two business
 * days. Reputational threats: legal owns them, first reply within the hour around the clock.
 * Major crises: management owns them, a holding reply within 30 minutes, around the clock.
 */
export const TYPE_PRESETS: readonly TypePreset[] = [
  { name: 'protocol.preset.type.simpleQuestion', level: 1, answeredBy: 'social', ownerRole: 'social', firstReplyMinutes: 60, resolutionMinutes: 240, clock: 'business', goesPrivate: false, bridge: 'protocol.preset.bridge.simpleQuestion' },
  { name: 'protocol.preset.type.systemicBug', level: 2, answeredBy: 'support', ownerRole: 'support', firstReplyMinutes: 120, resolutionMinutes: 960, clock: 'business', goesPrivate: true, bridge: 'protocol.preset.bridge.systemicBug' },
  { name: 'protocol.preset.type.reputationalThreat', level: 3, answeredBy: 'social', ownerRole: 'legal', firstReplyMinutes: 60, resolutionMinutes: 1440, clock: 'always', goesPrivate: true, bridge: 'protocol.preset.bridge.reputationalThreat' },
  { name: 'protocol.preset.type.majorCrisis', level: 4, answeredBy: 'social', ownerRole: 'management', firstReplyMinutes: 30, resolutionMinutes: 2880, clock: 'always', goesPrivate: false, bridge: 'protocol.preset.bridge.majorCrisis' },
];

export interface RulePreset {
  article: string;
  /** catalogue key of the category */
  category: string;
  action: RuleAction;
  actor: Actor;
}

/** The moderation charter: first-level masking by the vendor; bans, misinformation and legal threats in-house. */
export const RULE_PRESETS: readonly RulePreset[] = [
  { article: '1', category: 'protocol.preset.rule.insults', action: 'hide', actor: 'vendor' },
  { article: '2', category: 'protocol.preset.rule.hate', action: 'delete', actor: 'vendor' },
  { article: '3', category: 'protocol.preset.rule.spam', action: 'delete', actor: 'vendor' },
  { article: '4', category: 'protocol.preset.rule.personalData', action: 'hide', actor: 'vendor' },
  { article: '5', category: 'protocol.preset.rule.repeatAbuse', action: 'ban', actor: 'inHouse' },
  { article: '6', category: 'protocol.preset.rule.misinformation', action: 'reply', actor: 'inHouse' },
  { article: '7', category: 'protocol.preset.rule.legalThreat', action: 'escalate', actor: 'inHouse' },
];

export interface BlockPreset {
  step: SandwichStep;
  /** catalogue keys of the title and the text */
  title: string;
  text: string;
}

/** Reply blocks for each sandwich step (seeded in English and in French). */
export const BLOCK_PRESETS: readonly BlockPreset[] = [
  { step: 'fast', title: 'protocol.preset.block.fast.title', text: 'protocol.preset.block.fast.text' },
  { step: 'empathy', title: 'protocol.preset.block.empathy.title', text: 'protocol.preset.block.empathy.text' },
  { step: 'empathy', title: 'protocol.preset.block.empathyShort.title', text: 'protocol.preset.block.empathyShort.text' },
  { step: 'action', title: 'protocol.preset.block.action.title', text: 'protocol.preset.block.action.text' },
  { step: 'action', title: 'protocol.preset.block.explain.title', text: 'protocol.preset.block.explain.text' },
  { step: 'private', title: 'protocol.preset.block.private.title', text: 'protocol.preset.block.private.text' },
  { step: 'close', title: 'protocol.preset.block.close.title', text: 'protocol.preset.block.close.text' },
];

/** The default order-number pattern: CMD-1234567, ORD123456, CDE 2024551 (the user sets their own). */
export const DEFAULT_ORDER_PATTERN = String.raw`\b(?:CMD|CDE|ORD)[- ]?\d{5,}\b`;

/** Matches the catalogue keys used as seeded names and categories. */
export const PRESET_KEY = /^protocol\.preset\.(type|rule)\.[A-Za-z]+$/;

/**
 * The name to show: seeded names are translated, names the user typed are shown as typed (never
 * passed to t, so a ':' or '.' in them is not read as a namespace or a path).
 */
export function displayPreset(name: string, t: (key: string) => string): string {
  return PRESET_KEY.test(name) ? t(name) : name;
}
