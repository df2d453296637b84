// Running a batch session: a pure state machine over a plain RunState object.
// Every transition takes `now` (epoch ms) and returns a new state; nothing reads the clock.
// The state is plain JSON, so it survives a restart: store it, load it, keep going.
// After a crash the open segment keeps counting from `startedAt`; to stop counting at the
// last moment the app was known alive, call `pauseRun(state, lastAliveAt)` on load.
import { BATCH_PHASES, type PhaseKey, type RunSegment, type RunState } from './types';

const PHASE_COUNT = BATCH_PHASES.length;

export function newRunState(): RunState {
  return {
    status: 'idle',
    phaseIndex: 0,
    elapsedMs: BATCH_PHASES.map(() => 0),
    startedAt: null,
    segments: [],
    checked: [],
    marks: [],
  };
}

/** Closes the open segment at `now` (clock going backwards counts as zero). */
function closeSegment(state: RunState, now: number): RunState {
  if (state.status !== 'running' || state.startedAt === null) return state;
  const end = Math.max(now, state.startedAt);
  const segment: RunSegment = { phaseIndex: state.phaseIndex, start: state.startedAt, end };
  const elapsedMs = state.elapsedMs.slice();
  elapsedMs[state.phaseIndex] = (elapsedMs[state.phaseIndex] ?? 0) + (end - segment.start);
  return {
    ...state,
    elapsedMs,
    startedAt: null,
    segments: end > segment.start ? [...state.segments, segment] : state.segments,
  };
}

/** idle → running in the current phase; paused → running. Otherwise unchanged. */
export function startRun(state: RunState, now: number): RunState {
  if (state.status === 'idle' || state.status === 'paused') {
    return { ...state, status: 'running', startedAt: now };
  }
  return state;
}

/** running → paused. Otherwise unchanged. */
export function pauseRun(state: RunState, now: number): RunState {
  if (state.status !== 'running') return state;
  return { ...closeSegment(state, now), status: 'paused' };
}

/** paused → running. Otherwise unchanged. */
export function resumeRun(state: RunState, now: number): RunState {
  if (state.status !== 'paused') return state;
  return { ...state, status: 'running', startedAt: now };
}

/**
 * Moves to the next phase. A running session keeps running in the new phase; a paused or
 * idle one stays so. After the last phase the run is finished.
 */
export function nextPhase(state: RunState, now: number): RunState {
  if (state.status === 'finished') return state;
  const wasRunning = state.status === 'running';
  const closed = closeSegment(state, now);
  const phaseIndex = closed.phaseIndex + 1;
  if (phaseIndex >= PHASE_COUNT) return { ...closed, phaseIndex: PHASE_COUNT, status: 'finished', startedAt: null };
  return { ...closed, phaseIndex, status: state.status, startedAt: wasRunning ? now : null };
}

/** Ends the run now, whatever the phase. */
export function finishRun(state: RunState, now: number): RunState {
  if (state.status === 'finished') return state;
  return { ...closeSegment(state, now), status: 'finished', phaseIndex: PHASE_COUNT, startedAt: null };
}

/** Ticks or unticks a checklist entry (ids from phaseChecklist). */
export function toggleChecked(state: RunState, entryId: string): RunState {
  const checked = state.checked.includes(entryId) ? state.checked.filter((id) => id !== entryId) : [...state.checked, entryId];
  return { ...state, checked };
}

export function currentPhaseKey(state: RunState): PhaseKey | null {
  return state.phaseIndex < PHASE_COUNT ? BATCH_PHASES[state.phaseIndex] : null;
}

/** Time spent in a phase up to `now`, open segment included. */
export function phaseElapsedMs(state: RunState, phaseIndex: number, now: number): number {
  const closed = state.elapsedMs[phaseIndex] ?? 0;
  if (state.status === 'running' && state.startedAt !== null && state.phaseIndex === phaseIndex) {
    return closed + Math.max(0, now - state.startedAt);
  }
  return closed;
}

/** Time spent over the whole run up to `now`. */
export function totalElapsedMs(state: RunState, now: number): number {
  return BATCH_PHASES.reduce((sum, _key, i) => sum + phaseElapsedMs(state, i, now), 0);
}

/**
 * Seconds left in the current phase's time box at `now`, rounded up (a countdown shows
 * 0:01 until the box is really over). Negative once the box is overrun. 0 when finished.
 * `phaseMinutes[i]` is the time box of BATCH_PHASES[i] (plan.phases.map(p => p.minutes)).
 */
export function remainingSeconds(state: RunState, phaseMinutes: readonly number[], now: number): number {
  if (state.status === 'finished' || state.phaseIndex >= PHASE_COUNT) return 0;
  const boxMs = (phaseMinutes[state.phaseIndex] ?? 0) * 60_000;
  const left = Math.ceil((boxMs - phaseElapsedMs(state, state.phaseIndex, now)) / 1000);
  return left === 0 ? 0 : left; // no -0
}

/** A deep-work time entry to write into the audit for a stretch of the run. */
export interface BatchTimeEntry {
  start: number;
  end: number;
  tz: string;
  source: 'batch-session';
  mode: 'deep';
  sessionId: number;
  phaseKey: PhaseKey;
}

/**
 * The time entries of a run: one per closed segment, in order, plus the open segment up
 * to `now` when `now` is given and the run is running. Zero-length stretches are dropped.
 * The caller picks the category (a deep one) and writes them with source 'batch-session'.
 */
export function timeEntriesForRun(state: RunState, opts: { tz: string; sessionId: number; now?: number }): BatchTimeEntry[] {
  const segments = state.segments.slice();
  if (opts.now !== undefined && state.status === 'running' && state.startedAt !== null && opts.now > state.startedAt) {
    segments.push({ phaseIndex: state.phaseIndex, start: state.startedAt, end: opts.now });
  }
  return segments
    .filter((s) => s.end > s.start && s.phaseIndex < PHASE_COUNT)
    .map((s) => ({
      start: s.start,
      end: s.end,
      tz: opts.tz,
      source: 'batch-session' as const,
      mode: 'deep' as const,
      sessionId: opts.sessionId,
      phaseKey: BATCH_PHASES[s.phaseIndex],
    }));
}

/**
 * Records that an item was ticked done in creation block `phaseIndex` (writing or visuals) at
 * `now`, while the run is in that block: the block's elapsed time then, and the item's format.
 * A tick in another phase, or of an item already marked there, changes nothing.
 */
export function markItem(state: RunState, phaseIndex: number, itemId: number, formatId: number | null, now: number): RunState {
  if (state.phaseIndex !== phaseIndex || (state.status !== 'running' && state.status !== 'paused')) return state;
  if (state.marks.some((m) => m.phaseIndex === phaseIndex && m.itemId === itemId)) return state;
  return { ...state, marks: [...state.marks, { phaseIndex, itemId, formatId, elapsedMs: phaseElapsedMs(state, phaseIndex, now) }] };
}

/** Forgets the mark of an item unticked in block `phaseIndex`. */
export function unmarkItem(state: RunState, phaseIndex: number, itemId: number): RunState {
  const marks = state.marks.filter((m) => !(m.phaseIndex === phaseIndex && m.itemId === itemId));
  return marks.length === state.marks.length ? state : { ...state, marks };
}

/** A ticked item's measured minutes in a block: from the previous tick in the block (or its start) to its own. */
export interface ItemMeasure {
  phaseIndex: number;
  itemId: number;
  formatId: number | null;
  /** whether it was the first item of its format ticked in the block (its time includes the format's setup) */
  firstOfFormat: boolean;
  minutes: number;
}

/** The measured minutes of every ticked item, in tick order within each block. */
export function itemMeasures(state: RunState): ItemMeasure[] {
  const out: ItemMeasure[] = [];
  for (const phaseIndex of new Set(state.marks.map((m) => m.phaseIndex))) {
    const marks = state.marks.filter((m) => m.phaseIndex === phaseIndex).sort((a, b) => a.elapsedMs - b.elapsedMs);
    const seen = new Set<number | null>();
    let previous = 0;
    for (const m of marks) {
      out.push({ phaseIndex, itemId: m.itemId, formatId: m.formatId, firstOfFormat: !seen.has(m.formatId), minutes: Math.max(0, m.elapsedMs - previous) / 60_000 });
      seen.add(m.formatId);
      previous = m.elapsedMs;
    }
  }
  return out;
}
