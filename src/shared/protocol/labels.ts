// Catalogue keys of the protocol's vocabularies, one literal per value (the i18n test finds
// every key in the code), shared by the screens and the exported documents.
import type { Actor, Answerer, CaseState, ModerationAction, OwnerRole, RuleAction, SandwichStep, SlaClock } from './constants';

export const LEVEL_LABEL: Record<number, string> = {
  1: 'protocol.level.1',
  2: 'protocol.level.2',
  3: 'protocol.level.3',
  4: 'protocol.level.4',
};

export const ANSWERER_LABEL: Record<Answerer, string> = { social: 'protocol.answerer.social', support: 'protocol.answerer.support' };

export const OWNER_LABEL: Record<OwnerRole, string> = {
  social: 'protocol.owner.social',
  support: 'protocol.owner.support',
  legal: 'protocol.owner.legal',
  management: 'protocol.owner.management',
};

export const CLOCK_LABEL: Record<SlaClock, string> = { business: 'protocol.clock.business', always: 'protocol.clock.always' };

export const STATE_LABEL: Record<CaseState, string> = {
  open: 'protocol.state.open',
  replied: 'protocol.state.replied',
  private: 'protocol.state.private',
  handed: 'protocol.state.handed',
  waiting: 'protocol.state.waiting',
  resolved: 'protocol.state.resolved',
};

export const ACTION_LABEL: Record<RuleAction, string> = {
  hide: 'protocol.ruleAction.hide',
  delete: 'protocol.ruleAction.delete',
  ban: 'protocol.ruleAction.ban',
  reply: 'protocol.ruleAction.reply',
  escalate: 'protocol.ruleAction.escalate',
};

export const MODERATION_LABEL: Record<ModerationAction, string> = { hide: 'protocol.ruleAction.hide', delete: 'protocol.ruleAction.delete', ban: 'protocol.ruleAction.ban' };

export const ACTOR_LABEL: Record<Actor, string> = { vendor: 'protocol.actor.vendor', inHouse: 'protocol.actor.inHouse' };

export const STEP_LABEL: Record<SandwichStep, string> = {
  fast: 'protocol.step.fast',
  empathy: 'protocol.step.empathy',
  action: 'protocol.step.action',
  private: 'protocol.step.private',
  close: 'protocol.step.close',
};

export const STEP_HINT: Record<SandwichStep, string> = {
  fast: 'protocol.stepHint.fast',
  empathy: 'protocol.stepHint.empathy',
  action: 'protocol.stepHint.action',
  private: 'protocol.stepHint.private',
  close: 'protocol.stepHint.close',
};
