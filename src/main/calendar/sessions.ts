// Batch sessions: create and plan them, attach items, run them through their phases, and
// write the time spent into the audit as deep work (source 'batch-session').
import { advanceStatus, phaseChecklist, planBatchSession } from '../../shared/calendar/batchPlanner';
import { finishRun, markItem, newRunState, nextPhase, pauseRun, resumeRun, startRun, toggleChecked, unmarkItem } from '../../shared/calendar/batchRun';
import { applySuggestion, learnEstimates, type EstimateSuggestion } from '../../shared/calendar/estimateLearning';
import { firstDayOfMonth, lastDayOfMonth, monthOf } from '../../shared/time';
import { BATCH_PHASES, PHASE_LABEL_KEYS, STATUS_ORDER, type ContentItem, type ContentStatus, type PhaseKey, type RunState } from '../../shared/calendar/types';
import { AppError } from '../../shared/contract/result';
import { translator } from '../../shared/i18n';
import { monthLabel } from '../../shared/calendar/icsEvents';
import type { Db } from '../db/types';
import { deleteSessionRow, getSession, insertSession, listSessions, setSessionAlive, setSessionTimeBoxes, updateSessionRow, type StoredSession } from './sessionsStore';
import { getItem, listSessionItems, listUnpreparedItemIds, setItemStatus, setItemsSession } from './itemsStore';
import { getSettings } from '../system/settings';
import { formats, getRitual } from './lookups';
import { recordSessionEntry, sessionCategoryId, startSessionClock, stopSessionClock } from '../audit/entries';

/** A running session whose app has not been heard from for this long was left by a crash. */
export const STALE_AFTER_MS = 2 * 60_000;

export interface SessionCtx {
  now: number;
  tz: string;
}

export function requireSession(db: Db, id: number): StoredSession {
  const s = getSession(db, id);
  if (!s) throw new AppError('not_found', 'This batch session does not exist.', { id });
  return s;
}

function checkItems(db: Db, ids: readonly number[]): void {
  for (const id of ids) if (!getItem(db, id)) throw new AppError('not_found', 'This content item does not exist.', { id });
}

export function createSession(
  db: Db,
  input: { date: string; start: number; end: number; targetMonth?: string; itemIds: number[]; attachUnprepared: boolean },
  ctx: SessionCtx,
): StoredSession {
  checkItems(db, input.itemIds);
  const id = insertSession(db, { date: input.date, start: input.start, end: input.end, tz: ctx.tz, targetMonth: input.targetMonth ?? monthOf(input.date), state: newRunState() }, ctx.now);
  if (input.itemIds.length > 0) setItemsSession(db, input.itemIds, id, ctx.now);
  if (input.attachUnprepared) attachUnprepared(db, id, ctx.now);
  return requireSession(db, id);
}

export function updateSession(db: Db, patch: { id: number; date?: string; start?: number; end?: number; targetMonth?: string }): StoredSession {
  const old = requireSession(db, patch.id);
  const next = { ...old, date: patch.date ?? old.date, start: patch.start ?? old.start, end: patch.end ?? old.end, targetMonth: patch.targetMonth ?? old.targetMonth };
  if (next.end <= next.start) throw new AppError('invalid_input', 'The session must end after it starts.', undefined, [{ path: 'end', code: 'custom', message: 'end must be after start' }]);
  updateSessionRow(db, next);
  return requireSession(db, old.id);
}

export function deleteSession(db: Db, id: number, ctx: SessionCtx): void {
  const s = requireSession(db, id);
  if (s.state.status === 'running') transition(db, s, finishRun(s.state, ctx.now), ctx);
  deleteSessionRow(db, id);
}

export function assignItems(db: Db, itemIds: readonly number[], sessionId: number | null, now: number): number {
  checkItems(db, itemIds);
  if (sessionId !== null) requireSession(db, sessionId);
  return setItemsSession(db, itemIds, sessionId, now);
}

export function attachUnprepared(db: Db, sessionId: number, now: number): number {
  const s = requireSession(db, sessionId);
  const ids = listUnpreparedItemIds(db, firstDayOfMonth(s.targetMonth), lastDayOfMonth(s.targetMonth), s.id);
  return setItemsSession(db, ids, s.id, now);
}

export interface SessionDetail {
  session: StoredSession;
  items: ContentItem[];
  plan: ReturnType<typeof planBatchSession>;
  stale: boolean;
  now: number;
}

function isStale(s: StoredSession, now: number): boolean {
  if (s.state.status !== 'running' || s.state.startedAt === null) return false;
  const alive = Math.max(s.lastAliveAt ?? 0, s.state.startedAt);
  return now - alive > STALE_AFTER_MS;
}

export function sessionDetail(db: Db, id: number, now: number): SessionDetail {
  const session = requireSession(db, id);
  const items = listSessionItems(db, id);
  const plan = planBatchSession(session, items, formats.list(db), { ritual: getRitual(db) });
  if (session.timeBoxes) {
    // the run uses the time boxes frozen at its start
    let cursor = session.start;
    plan.phases = plan.phases.map((p, i) => {
      const minutes = session.timeBoxes?.[i] ?? p.minutes;
      const phase = { ...p, minutes, startMinute: cursor, endMinute: cursor + minutes };
      cursor += minutes;
      return phase;
    });
  }
  return { session, items, plan, stale: isStale(session, now), now };
}

/** The note of a time entry written by a session: "Batch session — November 2025 · Writing block", in the app's language. */
function entryNote(db: Db, s: StoredSession, phase: PhaseKey): string {
  const language = getSettings(db).language === 'fr' ? 'fr' : 'en';
  const t = translator(language);
  return `${t('calendar.ics.sessionSummary', { month: monthLabel(s.targetMonth, language) })} · ${t(PHASE_LABEL_KEYS[phase])}`;
}

function requireSessionCategory(db: Db): number {
  const categoryId = sessionCategoryId(db);
  if (categoryId === undefined) throw new AppError('not_found', 'There is no deep-work category to record the session in; add or unarchive one in the audit.');
  return categoryId;
}

/**
 * Saves a new run state and keeps the audit in step, through the audit's session clock: the
 * open segment of a running session is the running time entry (deep, source 'batch-session'),
 * so the session's minutes show in the audit as they pass and no other clock can run over them.
 * A segment the state closes stops the clock at its end; a segment still open starts it (in the
 * phase it is in: the entry's note names it). A closed segment with no running entry (a run
 * started by an older version) is recorded where no other entry covers it.
 */
function transition(db: Db, s: StoredSession, next: RunState, ctx: SessionCtx): void {
  const closed = next.segments.slice(s.state.segments.length);
  const span = (phaseIndex: number) => ({ tz: s.tz, categoryId: requireSessionCategory(db), note: entryNote(db, s, BATCH_PHASES[Math.min(phaseIndex, BATCH_PHASES.length - 1)]) });
  const wasOpen = s.state.status === 'running' && s.state.startedAt !== null;
  for (const seg of closed) {
    if (seg.end <= seg.start || seg.phaseIndex >= BATCH_PHASES.length) continue;
    const stopped = wasOpen && seg.start === s.state.startedAt && stopSessionClock(db, seg.end);
    if (!stopped) recordSessionEntry(db, { start: seg.start, end: seg.end, ...span(seg.phaseIndex) }, ctx.now);
  }
  // a stretch too short to make a segment: the clock stops where it started (the entry goes)
  if (wasOpen && closed.length === 0 && next.startedAt !== s.state.startedAt) stopSessionClock(db, s.state.startedAt!);
  if (next.status === 'running' && next.startedAt !== null && next.startedAt !== s.state.startedAt) startSessionClock(db, next.startedAt, span(next.phaseIndex), ctx.now);
  updateSessionRow(db, { ...s, state: next });
  setSessionAlive(db, s.id, ctx.now);
}

/** The session whose clock runs, if any (at most one: starting or resuming one pauses the others). */
export function runningSession(db: Db): StoredSession | undefined {
  return listSessions(db).find((s) => s.state.status === 'running');
}

export type RunAction = 'start' | 'pause' | 'resume' | 'next' | 'finish' | 'recover';

export function runAction(db: Db, sessionId: number, action: RunAction, ctx: SessionCtx): SessionDetail {
  const s = requireSession(db, sessionId);
  const state = s.state;
  let next: RunState = state;
  if (action === 'start' || action === 'resume') {
    // one clock: another running session pauses here (a running audit timer ends in startSessionClock)
    for (const other of listSessions(db)) if (other.id !== s.id && other.state.status === 'running') transition(db, other, pauseRun(other.state, ctx.now), ctx);
  }
  switch (action) {
    case 'start':
      if (state.status === 'idle') {
        requireSessionCategory(db);
        setSessionTimeBoxes(db, s.id, sessionDetail(db, s.id, ctx.now).plan.phases.map((p) => p.minutes));
      }
      next = startRun(state, ctx.now);
      break;
    case 'pause':
      next = pauseRun(state, ctx.now);
      break;
    case 'resume':
      next = resumeRun(state, ctx.now);
      break;
    case 'next':
      next = nextPhase(state, ctx.now);
      break;
    case 'finish':
      next = finishRun(state, ctx.now);
      break;
    case 'recover':
      // after a crash: stop the clock where the app was last known alive
      if (isStale(s, ctx.now)) next = pauseRun(state, Math.max(s.lastAliveAt ?? 0, state.startedAt ?? 0));
      break;
  }
  if (next !== state) transition(db, requireSession(db, s.id), next, ctx);
  return sessionDetail(db, s.id, ctx.now);
}

export function heartbeat(db: Db, sessionId: number, now: number): void {
  const s = requireSession(db, sessionId);
  if (s.state.status === 'running' && !isStale(s, now)) setSessionAlive(db, s.id, now);
}

/** The status an item goes back to when its checklist entry is unticked. */
const BEFORE_TARGET: Record<Exclude<PhaseKey, 'strategy'>, { target: ContentStatus; before: ContentStatus }> = {
  writing: { target: 'visuals', before: 'drafting' },
  visuals: { target: 'review', before: 'visuals' },
  review: { target: 'ready', before: 'review' },
  scheduling: { target: 'scheduled', before: 'ready' },
};

function badEntry(entryId: string): AppError {
  return new AppError('invalid_input', 'Unknown checklist entry.', { entryId }, [{ path: 'entryId', code: 'custom', message: 'unknown checklist entry' }]);
}

export function toggleEntry(db: Db, sessionId: number, entryId: string, ctx: SessionCtx): SessionDetail {
  const s = requireSession(db, sessionId);
  const [phase, kind, rawId] = entryId.split(':');
  if (!(BATCH_PHASES as readonly string[]).includes(phase)) throw badEntry(entryId);
  const phaseKey = phase as PhaseKey;
  const items = listSessionItems(db, s.id);
  if (kind === 'item') {
    const item = items.find((i) => String(i.id) === rawId);
    if (!item || phaseKey === 'strategy') throw badEntry(entryId);
    const rule = BEFORE_TARGET[phaseKey];
    const phaseIndex = BATCH_PHASES.indexOf(phaseKey);
    if (item.status === rule.target) {
      setItemStatus(db, item.id, rule.before, ctx.now);
      const state = unmarkItem(s.state, phaseIndex, item.id);
      if (state !== s.state) updateSessionRow(db, { ...s, state });
    } else if (STATUS_ORDER[item.status] < STATUS_ORDER[rule.target]) {
      const advanced = advanceStatus(phaseKey, item);
      if (advanced !== item) {
        setItemStatus(db, item.id, advanced.status, ctx.now);
        // run mode measures the item: the block's time since the previous tick
        if (phaseKey === 'writing' || phaseKey === 'visuals') {
          const state = markItem(s.state, phaseIndex, item.id, item.formatId, ctx.now);
          if (state !== s.state) updateSessionRow(db, { ...s, state });
        }
      }
    }
  } else {
    if (!phaseChecklist(phaseKey, []).some((e) => e.id === entryId)) throw badEntry(entryId);
    updateSessionRow(db, { ...s, state: toggleChecked(s.state, entryId) });
  }
  return sessionDetail(db, s.id, ctx.now);
}

/**
 * What the finished runs measured, per format and creation block, against the current estimates
 * (the median of the last sessions; see learnEstimates). Latest sessions first.
 */
export function learnedEstimates(db: Db): EstimateSuggestion[] {
  const runs = listSessions(db)
    .filter((s) => s.state.status === 'finished')
    .map((s) => s.state);
  return learnEstimates(runs, formats.list(db));
}

/** Applies the measured estimates of `formatIds` (those learnedEstimates suggests); returns the formats changed. */
export function applyLearnedEstimates(db: Db, formatIds: readonly number[]): number {
  const wanted = new Set(formatIds);
  const changed = new Set<number>();
  for (const s of learnedEstimates(db)) {
    if (!wanted.has(s.formatId)) continue;
    const f = formats.get(db, s.formatId);
    if (!f) continue;
    formats.update(db, applySuggestion(f, s));
    changed.add(s.formatId);
  }
  return changed.size;
}
