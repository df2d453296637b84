// Cases: logged in three fields (type, channel, short text), each also an interruption in the
// audit; moved through open → first reply → private → handed → resolved, with "waiting on the
// customer" pausing the clocks; their SLA clocks computed in business hours at each read.
// Texts are stored with personal data removed. Handling time goes to the audit as reactive time
// through the audit's timer (entries.ts), never through our own SQL.
import type { ChannelParsed } from '../../shared/contract';
import { AppError } from '../../shared/contract/result';
import { isBusinessTime, slaStatus, type BusinessCalendar } from '../../shared/protocol/businessClock';
import { applyAction, allowedActions, stateOf } from '../../shared/protocol/caseState';
import type { CaseAction } from '../../shared/protocol/constants';
import { normaliseTag } from '../../shared/protocol/levelSuggestion';
import { removePersonalData } from '../../shared/protocol/personalData';
import type { Case, RequestType } from '../../shared/protocol/types';
import { MS_PER_DAY } from '../../shared/time/units';
import { deleteInterruption, logInterruption, relabelInterruption, startTimer, timerState } from '../audit/entries';
import type { Db } from '../db/types';
import {
  deleteCaseRow,
  getCase,
  insertCase,
  insertModeration,
  insertReply,
  linkTimeEntry,
  moderationOf,
  publicReplyCounts,
  publicRepliesByAuthor,
  resolvedSince,
  tagsByUse,
  unresolvedCases,
  updateCaseRow,
  usedChannels,
  writePauses,
  writeTags,
  type CaseClockRecord,
  type CaseRecord,
} from './casesStore';
import { businessCalendar, getConfig, listTypes, orderPattern, requireActiveType, requireRule } from './setup';

/** How far back public replies to the same person are counted for the composer: 30 days. */
export const EXCHANGE_WINDOW_MS = 30 * MS_PER_DAY;
/** The board lists cases resolved in the last 7 days. */
export const RESOLVED_WINDOW_MS = 7 * MS_PER_DAY;

/** Tags as stored: normalised, empty ones dropped, each once. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normaliseTag).filter((t) => t !== ''))];
}

/** A case text as stored: personal data removed with the user's order pattern. */
export function cleanText(db: Db, text: string): string {
  return removePersonalData(text.trim(), { orderPattern: orderPattern(db) }).text;
}

/** A calendar per zone for one read (businessCalendar: the settings read once per zone, the instants' wall readings kept for the read). */
function calendarsOf(db: Db): (tz: string) => BusinessCalendar {
  const calendars = new Map<string, BusinessCalendar>();
  return (tz) => {
    let c = calendars.get(tz);
    if (!c) calendars.set(tz, (c = businessCalendar(db, tz)));
    return c;
  };
}

/** The SLA clocks of one case at `now`: its state, first reply and resolution (the caseViews figures; summary reads only these). */
function clocksOf(r: CaseClockRecord, type: RequestType, cal: BusinessCalendar, now: number): Pick<Case, 'state' | 'firstReply' | 'resolution'> {
  return {
    state: stateOf(r),
    firstReply: slaStatus(r.openedAt, type.firstReplyMinutes, r.firstReplyAt, now, type.clock, cal, r.pauses),
    resolution: slaStatus(r.openedAt, type.resolutionMinutes, r.resolvedAt, now, type.clock, cal, r.pauses),
  };
}

/** State and SLA clocks of cases at `now`, computed exactly as caseViews computes them, without what only the board shows (replies, exchanges, moderation). */
export function caseClocks(db: Db, records: readonly CaseClockRecord[], now: number): Pick<Case, 'state' | 'firstReply' | 'resolution'>[] {
  if (records.length === 0) return [];
  const types = new Map(listTypes(db).map((t) => [t.id, t]));
  const calendar = calendarsOf(db);
  return records.map((r) => clocksOf(r, types.get(r.typeId) as RequestType, calendar(r.tz), now));
}

/** Computes what the screens show for stored cases: state, actions, SLA clocks, exchanges, moderation. */
export function caseViews(db: Db, records: readonly CaseRecord[], now: number): Case[] {
  if (records.length === 0) return [];
  const types = new Map(listTypes(db).map((t) => [t.id, t]));
  const calendar = calendarsOf(db);
  const ids = records.map((r) => r.id);
  const replies = publicReplyCounts(db, ids);
  const exchanges = publicRepliesByAuthor(
    db,
    records.map((r) => r.author),
    now - EXCHANGE_WINDOW_MS,
  );
  const moderation = new Map<number, Case['moderation']>();
  for (const m of moderationOf(db, ids)) moderation.set(m.caseId, [...(moderation.get(m.caseId) ?? []), { id: m.id, at: m.at, action: m.action, ruleId: m.ruleId, article: m.article }]);
  return records.map((r) => {
    const type = types.get(r.typeId) as RequestType;
    const cal = calendar(r.tz);
    const { state, firstReply, resolution } = clocksOf(r, type, cal, now);
    // the record's fields listed, in CaseRecord's order, rather than spread: spreading then adding
    // fields cost several microseconds per case (the board builds one per open case per read)
    return {
      id: r.id,
      typeId: r.typeId,
      channel: r.channel,
      text: r.text,
      link: r.link,
      visibility: r.visibility,
      reach: r.reach,
      author: r.author,
      openedAt: r.openedAt,
      tz: r.tz,
      firstReplyAt: r.firstReplyAt,
      privateAt: r.privateAt,
      handedAt: r.handedAt,
      resolvedAt: r.resolvedAt,
      interruptionId: r.interruptionId,
      source: r.source,
      pauses: r.pauses,
      tags: r.tags,
      state,
      actions: allowedActions(r),
      publicReplies: replies.get(r.id) ?? 0,
      authorExchanges: r.author ? (exchanges.get(r.author.toLowerCase()) ?? 0) : (replies.get(r.id) ?? 0),
      moderation: moderation.get(r.id) ?? [],
      firstReply,
      resolution,
      afterHours: !isBusinessTime(r.openedAt, cal),
    };
  });
}

function requireCase(db: Db, id: number): CaseRecord {
  const c = getCase(db, id);
  if (!c) throw new AppError('not_found', 'This case no longer exists.', { id });
  return c;
}

export function caseView(db: Db, id: number, now: number): Case {
  return caseViews(db, [requireCase(db, id)], now)[0];
}

/**
 * The who/where of a case's interruption in the audit: its author (the requester, which the
 * disconnection charter counts outside the reachability slots, src/shared/charter/compliance.ts),
 * or its channel when the author is not known.
 */
export function caseRequester(author: string, channel: string): string {
  return (author.trim() || channel.trim()).slice(0, 200);
}

/**
 * Logs a case at `input.at` (default now; never later than now) and counts it as an interruption
 * in the audit (a notification for a public case, a chat for a private one; the note is the
 * cleaned text, the who/where its author, or its channel: caseRequester).
 */
export function logCase(db: Db, input: ChannelParsed<'protocol.case.log'> & { tz: string }, now: number): Case {
  requireActiveType(db, input.typeId);
  const at = Math.min(input.at ?? now, now);
  const text = cleanText(db, input.text);
  const interruption = logInterruption(db, { channel: input.visibility === 'private' ? 'chat' : 'notification', note: text.slice(0, 2000), who: caseRequester(input.author, input.channel), at, tz: input.tz });
  const id = insertCase(db, {
    typeId: input.typeId,
    channel: input.channel,
    text,
    link: input.link,
    visibility: input.visibility,
    reach: input.reach,
    author: input.author,
    openedAt: at,
    tz: input.tz,
    firstReplyAt: null,
    privateAt: null,
    handedAt: null,
    resolvedAt: null,
    interruptionId: interruption.id,
    source: 'manual',
    externalId: null,
    createdAt: now,
  });
  writeTags(db, id, cleanTags(input.tags));
  return caseView(db, id, now);
}

/** Edits a case's fields; a new text is cleaned again; a new type must be active. */
export function updateCase(db: Db, { id, tags, ...patch }: ChannelParsed<'protocol.case.update'>, now: number): Case {
  const old = requireCase(db, id);
  if (patch.typeId !== undefined && patch.typeId !== old.typeId) requireActiveType(db, patch.typeId);
  const fields = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<CaseRecord>;
  if (fields.text !== undefined) fields.text = cleanText(db, fields.text);
  const next = { ...old, ...fields };
  updateCaseRow(db, next);
  // The case's interruption follows its requester and text (one contact, counted once).
  if (next.interruptionId !== null) relabelInterruption(db, next.interruptionId, { who: caseRequester(next.author, next.channel), note: next.text.slice(0, 2000) });
  if (tags !== undefined) writeTags(db, id, cleanTags(tags));
  return caseView(db, id, now);
}

/**
 * Moves a case (see shared/protocol/caseState.ts) at `at` (default now, never later). A reply is
 * recorded as public (`isPublic`, by default when the case is public and not yet moved to
 * private) or private; moving to private records the public bridge reply. A refused move is
 * case_transition with the action and the state.
 */
export function actOnCase(db: Db, id: number, action: CaseAction, opts: { isPublic?: boolean; at?: number }, now: number): Case {
  const old = requireCase(db, id);
  const at = Math.min(opts.at ?? now, now);
  const next = applyAction(old, action, at);
  if (!next) throw new AppError('case_transition', `A case in state ${stateOf(old)} cannot take the action ${action}; nothing was saved.`, { action, state: stateOf(old) });
  updateCaseRow(db, { ...old, ...next });
  writePauses(db, id, next.pauses);
  if (action === 'reply') insertReply(db, id, Math.max(at, old.openedAt), opts.isPublic ?? (old.visibility === 'public' && old.privateAt === null));
  if (action === 'private') insertReply(db, id, Math.max(at, old.openedAt), true);
  return caseView(db, id, now);
}

/** Records a moderation action on a case; a ban must cite an article of the moderation charter (ban_needs_article). */
export function moderateCase(db: Db, input: ChannelParsed<'protocol.case.moderate'>, now: number): Case {
  requireCase(db, input.id);
  if (input.action === 'ban' && input.ruleId === null) throw new AppError('ban_needs_article', 'A ban must cite an article of the moderation charter; nothing was saved.');
  const rule = input.ruleId === null ? null : requireRule(db, input.ruleId);
  insertModeration(db, { caseId: input.id, at: now, action: input.action, ruleId: rule?.id ?? null, article: rule?.article ?? '' });
  return caseView(db, input.id, now);
}

/**
 * Starts handling a case: the audit's timer switches to the protocol's reactive category (the
 * running entry, if any, ends now), and the new entry is linked to the case. The category comes
 * from the protocol settings (no_reactive_category when none is chosen).
 */
export function handleCase(db: Db, id: number, tz: string, now: number): { caseId: number; categoryId: number; entryId: number } {
  requireCase(db, id);
  const categoryId = getConfig(db).reactiveCategoryId;
  if (categoryId === null) throw new AppError('no_reactive_category', 'Choose the audit category for handling time in the protocol settings.');
  startTimer(db, categoryId, tz, now);
  const running = timerState(db, now).running!;
  linkTimeEntry(db, id, running.id);
  return { caseId: id, categoryId, entryId: running.id };
}

/** Deletes a case and the interruption it counted as (time entries of its handling stay in the audit). */
export function deleteCase(db: Db, id: number): void {
  const c = requireCase(db, id);
  if (c.interruptionId !== null) deleteInterruption(db, c.interruptionId);
  deleteCaseRow(db, id);
}

/** Where a case's next deadline is: the first reply while it is not done, then the resolution. Paused or never: last. */
function urgency(c: Case): number {
  const next = c.firstReply.remainingMinutes !== null ? c.firstReply : c.resolution;
  if (next.state === 'paused') return Number.MAX_SAFE_INTEGER;
  return next.due ?? Number.MAX_SAFE_INTEGER - 1;
}

/** The board: unresolved cases, the most urgent first (overdue ones lead); cases resolved in the last 7 days. */
export function board(db: Db, now: number) {
  const cases = caseViews(db, unresolvedCases(db), now).sort((a, b) => urgency(a) - urgency(b) || a.openedAt - b.openedAt);
  return {
    now,
    cases,
    resolved: caseViews(db, resolvedSince(db, now - RESOLVED_WINDOW_MS), now),
    channels: usedChannels(db),
    tags: tagsByUse(db),
  };
}
