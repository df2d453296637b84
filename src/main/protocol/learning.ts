// Reply blocks, and the learning loop: verbatims (personal data removed before they are
// stored), tags, level-raise suggestions and the weekly "voice of the customer" digest.
import type { ChannelParsed } from '../../shared/contract';
import { AppError } from '../../shared/contract/result';
import { buildDigest } from '../../shared/protocol/digest';
import { levelRaiseSuggestions, normaliseTag, SUGGESTION_WINDOW_DAYS, type LevelSuggestion } from '../../shared/protocol/levelSuggestion';
import { removePersonalData } from '../../shared/protocol/personalData';
import type { Digest, ReplyBlock, Verbatim } from '../../shared/protocol/types';
import { addDays, localParts, localWallTimeToInstant } from '../../shared/time';
import { MS_PER_DAY } from '../../shared/time/units';
import type { Db } from '../db/types';
import { casesOpenedBetween, getCase, tagCounts } from './casesStore';
import { deleteBlockRow, deleteVerbatimRow, getBlock, getVerbatim, insertBlock, insertVerbatim, listDismissals, updateBlockRow, upsertDismissal, verbatimsBetween } from './learningStore';
import { getConfig, listTypes, orderPattern, requireType } from './setup';

export function createBlock(db: Db, input: ChannelParsed<'protocol.blocks.create'>): ReplyBlock {
  return getBlock(db, insertBlock(db, input))!;
}

export function updateBlock(db: Db, { id, ...patch }: ChannelParsed<'protocol.blocks.update'>): ReplyBlock {
  const old = getBlock(db, id);
  if (!old) throw new AppError('not_found', 'This reply block does not exist.', { id });
  updateBlockRow(db, { ...old, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) });
  return getBlock(db, id)!;
}

export function deleteBlock(db: Db, id: number): void {
  if (deleteBlockRow(db, id) === 0) throw new AppError('not_found', 'This reply block does not exist.', { id });
}

/**
 * Saves a verbatim: its text with emails, phone numbers and order numbers removed (before it is
 * stored, with the user's pattern), its tag normalised. A case id must exist.
 */
export function createVerbatim(db: Db, input: ChannelParsed<'protocol.verbatims.create'> & { tz: string }, now: number): Verbatim {
  if (input.caseId !== null && !getCase(db, input.caseId)) throw new AppError('not_found', 'This case no longer exists.', { id: input.caseId });
  const tag = normaliseTag(input.tag);
  if (tag === '') throw new AppError('invalid_input', 'A verbatim needs a tag.', undefined, [{ path: 'tag', code: 'custom', message: 'empty tag' }]);
  const text = removePersonalData(input.text, { orderPattern: orderPattern(db) }).text;
  return getVerbatim(db, insertVerbatim(db, { caseId: input.caseId, text, tag, productArea: input.productArea, createdAt: now, tz: input.tz }))!;
}

export function deleteVerbatim(db: Db, id: number): void {
  if (deleteVerbatimRow(db, id) === 0) throw new AppError('not_found', 'This verbatim does not exist.', { id });
}

export const listTags = tagCounts;

/** Level-raise suggestions now (cases of the last 7 days, the user's threshold, dismissals applied). */
export function suggestions(db: Db, now: number): LevelSuggestion[] {
  const cases = casesOpenedBetween(db, now - SUGGESTION_WINDOW_DAYS * MS_PER_DAY, now + 1);
  return levelRaiseSuggestions(cases, listTypes(db), now, getConfig(db).raiseThreshold, listDismissals(db));
}

/** Hides a suggestion until a newer case of that type gets that tag. */
export function dismissSuggestion(db: Db, typeId: number, tag: string, now: number): void {
  requireType(db, typeId);
  upsertDismissal(db, { typeId, tag: normaliseTag(tag), at: now });
}

/** The same wall time 7 local days earlier (a week before, DST or not). */
function weekBefore(ms: number, tz: string): number {
  const { date, minutes } = localParts(ms, tz);
  return localWallTimeToInstant(addDays(date, -7), minutes, tz);
}

/** The digest of [from, to) (a week): this week's and the week before's case tags, this week's verbatims. */
export function digest(db: Db, p: { from: number; to: number; tz: string }): Digest {
  const lastFrom = weekBefore(p.from, p.tz);
  return buildDigest({
    ...p,
    thisWeek: casesOpenedBetween(db, p.from, p.to).map((c) => c.tags),
    lastWeek: casesOpenedBetween(db, lastFrom, p.from).map((c) => c.tags),
    verbatims: verbatimsBetween(db, p.from, p.to),
    orderPattern: orderPattern(db),
  });
}
