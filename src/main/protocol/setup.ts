// The protocol's set-up: request types, the moderation charter, the settings (version, order
// pattern, days off, the audit category for handling time) and the business calendar the SLA
// clocks run on (the user's working charter from settings, plus the days off).
import type { ChannelParsed } from '../../shared/contract';
import { AppError } from '../../shared/contract/result';
import type { BusinessCalendar } from '../../shared/protocol/businessClock';
import { compileOrderPattern, orderPatternProblem } from '../../shared/protocol/personalData';
import type { ModerationRule, ProtocolConfig, RequestType } from '../../shared/protocol/types';
import type { Db } from '../db/types';
import { getSettings } from '../system/settings';
import { deleteRuleRow, deleteTypeRow, getRule, getType, insertRule, insertType, listTypes, readConfig, typeUseCount, updateRuleRow, updateTypeRow, writeConfig } from './setupStore';

export function requireType(db: Db, id: number): RequestType {
  const t = getType(db, id);
  if (!t) throw new AppError('not_found', 'This request type does not exist.', { id });
  return t;
}

/** A type a new case can use: it exists and is not archived. */
export function requireActiveType(db: Db, id: number): RequestType {
  const t = requireType(db, id);
  if (t.archived) throw new AppError('conflict', 'This request type is archived.', { id });
  return t;
}

export function createType(db: Db, input: ChannelParsed<'protocol.types.create'>): RequestType {
  return getType(db, insertType(db, { ...input, archived: false }))!;
}

/** Applies a partial update; the resolution SLA may not end up shorter than the first reply's (invalid_input on resolutionMinutes). */
export function updateType(db: Db, { id, ...patch }: ChannelParsed<'protocol.types.update'>): RequestType {
  const old = requireType(db, id);
  const next: RequestType = { ...old, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  if (next.resolutionMinutes < next.firstReplyMinutes) {
    throw new AppError('invalid_input', 'The resolution SLA cannot be shorter than the first reply SLA.', undefined, [{ path: 'resolutionMinutes', code: 'custom', message: 'shorter than the first reply SLA' }]);
  }
  updateTypeRow(db, next);
  return getType(db, id)!;
}

/** Deletes an unused type; one with cases is archived instead (type_in_use). */
export function deleteType(db: Db, id: number): void {
  requireType(db, id);
  const n = typeUseCount(db, id);
  if (n > 0) throw new AppError('type_in_use', 'Cases use this request type: archive it instead.', { count: n });
  deleteTypeRow(db, id);
}

export function requireRule(db: Db, id: number): ModerationRule {
  const r = getRule(db, id);
  if (!r) throw new AppError('not_found', 'This moderation rule does not exist.', { id });
  return r;
}

export function createRule(db: Db, input: ChannelParsed<'protocol.rules.create'>): ModerationRule {
  return getRule(db, insertRule(db, input))!;
}

export function updateRule(db: Db, { id, ...patch }: ChannelParsed<'protocol.rules.update'>): ModerationRule {
  const next = { ...requireRule(db, id), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  updateRuleRow(db, next);
  return getRule(db, id)!;
}

/** Deletes a rule; moderation actions that cited it keep the article as cited. */
export function deleteRule(db: Db, id: number): void {
  requireRule(db, id);
  deleteRuleRow(db, id);
}

export const getConfig = readConfig;

/** Applies a partial update. A pattern that cannot be used is refused (bad_pattern, with the reason); nothing changes. */
export function updateConfig(db: Db, patch: ChannelParsed<'protocol.config.update'>): ProtocolConfig {
  if (patch.orderPattern !== undefined) {
    const reason = orderPatternProblem(patch.orderPattern);
    if (reason) throw new AppError('bad_pattern', `This order-number pattern cannot be used (${reason}); nothing was saved.`, { reason });
  }
  const next: ProtocolConfig = { ...readConfig(db), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  next.daysOff = [...next.daysOff].sort();
  writeConfig(db, next);
  return readConfig(db);
}

// Business windows per calendar (zone, charter, days off), kept between calls: a board of cases
// opened over three years then converts each day's hours once, not at every read. A change of
// charter or days off is a new key; the oldest calendar goes when there are too many.
const memos = new Map<string, Map<number, [number, number] | null>>();
const MAX_MEMOS = 8;

/** The business calendar of the SLA clocks in `tz`: the charter's hours per weekday and the days off. */
export function businessCalendar(db: Db, tz: string): BusinessCalendar {
  const charter = getSettings(db).charter;
  const daysOff = readConfig(db).daysOff;
  const key = JSON.stringify([tz, charter, daysOff]);
  let memo = memos.get(key);
  if (!memo) {
    if (memos.size >= MAX_MEMOS) memos.delete(memos.keys().next().value!);
    memos.set(key, (memo = new Map()));
  }
  return { charter, daysOff: new Set(daysOff), tz, memo, walls: new Map() };
}

/** The user's order-number pattern, compiled (null when none). */
export function orderPattern(db: Db): RegExp | null {
  return compileOrderPattern(readConfig(db).orderPattern);
}

export { listTypes };
