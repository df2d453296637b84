import { describe, expect, it } from 'vitest';
import {
  currentPhaseKey,
  finishRun,
  newRunState,
  nextPhase,
  pauseRun,
  phaseElapsedMs,
  remainingSeconds,
  resumeRun,
  startRun,
  timeEntriesForRun,
  toggleChecked,
  totalElapsedMs,
} from './batchPlanner';
import type { RunState } from './types';

const T0 = Date.UTC(2025, 9, 27, 12, 0, 0); // 13:00 in Paris
const min = (m: number) => T0 + m * 60_000;
const boxes = [26, 70, 95, 15, 10];
/** What a restart does: the state goes to disk as JSON and comes back. */
const restart = (s: RunState): RunState => JSON.parse(JSON.stringify(s)) as RunState;

describe('run state machine', () => {
  it('starts idle in the strategy phase with the full box left', () => {
    const s = newRunState();
    expect(s.status).toBe('idle');
    expect(currentPhaseKey(s)).toBe('strategy');
    expect(remainingSeconds(s, boxes, T0)).toBe(26 * 60);
  });

  it('counts down while running, rounding up, and goes negative when overrun', () => {
    const s = startRun(newRunState(), T0);
    expect(remainingSeconds(s, boxes, T0 + 500)).toBe(26 * 60); // 1559.5 s left shows 1560
    expect(remainingSeconds(s, boxes, min(10))).toBe(16 * 60);
    expect(remainingSeconds(s, boxes, min(26))).toBe(0);
    expect(remainingSeconds(s, boxes, min(28))).toBe(-120);
  });

  it('pauses and resumes across a simulated restart without counting the pause', () => {
    let s = startRun(newRunState(), T0);
    s = pauseRun(s, min(10));
    s = restart(s);
    expect(s.status).toBe('paused');
    expect(remainingSeconds(s, boxes, min(50))).toBe(16 * 60); // frozen while paused
    s = resumeRun(s, min(60));
    s = restart(s);
    expect(phaseElapsedMs(s, 0, min(66))).toBe(16 * 60_000);
    expect(remainingSeconds(s, boxes, min(66))).toBe(10 * 60);
  });

  it('keeps counting across a restart while running (state is plain data)', () => {
    let s = startRun(newRunState(), T0);
    s = restart(s);
    expect(remainingSeconds(s, boxes, min(20))).toBe(6 * 60);
    // on load, stopping at the last moment the app was alive:
    s = pauseRun(s, min(12));
    expect(remainingSeconds(s, boxes, min(90))).toBe(14 * 60);
  });

  it('moves through the phases, keeping the running status, then finishes', () => {
    let s = startRun(newRunState(), T0);
    s = nextPhase(s, min(20));
    expect(currentPhaseKey(s)).toBe('writing');
    expect(s.status).toBe('running');
    expect(remainingSeconds(s, boxes, min(30))).toBe(60 * 60);
    s = pauseRun(s, min(40));
    s = nextPhase(s, min(45)); // skipping while paused stays paused
    expect(s.status).toBe('paused');
    expect(currentPhaseKey(s)).toBe('visuals');
    s = resumeRun(s, min(50));
    s = nextPhase(s, min(150));
    s = nextPhase(s, min(165));
    s = nextPhase(s, min(175));
    expect(s.status).toBe('finished');
    expect(currentPhaseKey(s)).toBeNull();
    expect(remainingSeconds(s, boxes, min(200))).toBe(0);
    expect(s.elapsedMs).toEqual([20, 20, 100, 15, 10].map((m) => m * 60_000));
    expect(totalElapsedMs(s, min(500))).toBe(165 * 60_000);
    expect(nextPhase(s, min(300))).toBe(s);
  });

  it('ignores transitions that do not apply', () => {
    const idle = newRunState();
    expect(pauseRun(idle, T0)).toBe(idle);
    expect(resumeRun(idle, T0)).toBe(idle);
    const running = startRun(idle, T0);
    expect(startRun(running, min(5))).toBe(running);
    expect(resumeRun(running, min(5))).toBe(running);
    const finished = finishRun(running, min(5));
    expect(finished.status).toBe('finished');
    expect(finishRun(finished, min(9))).toBe(finished);
    expect(startRun(finished, min(9))).toBe(finished);
  });

  it('treats a clock going backwards as no time', () => {
    let s = startRun(newRunState(), min(10));
    expect(phaseElapsedMs(s, 0, min(5))).toBe(0);
    s = pauseRun(s, min(5));
    expect(s.elapsedMs[0]).toBe(0);
    expect(s.segments).toEqual([]);
  });

  it('does not mutate its input and keeps the checklist ticks', () => {
    const s0 = newRunState();
    const frozen = JSON.stringify(s0);
    const s1 = toggleChecked(startRun(s0, T0), 'strategy:objectives');
    pauseRun(s1, min(3));
    expect(JSON.stringify(s0)).toBe(frozen);
    expect(restart(s1).checked).toEqual(['strategy:objectives']);
  });
});

describe('timeEntriesForRun', () => {
  it('produces one deep entry per run segment, with the open one up to now', () => {
    let s = startRun(newRunState(), T0);
    s = pauseRun(s, min(10));
    s = resumeRun(s, min(15));
    s = nextPhase(s, min(30));
    s = restart(s);
    const entries = timeEntriesForRun(s, { tz: 'Europe/Paris', sessionId: 7, now: min(45) });
    expect(entries).toEqual([
      { start: T0, end: min(10), tz: 'Europe/Paris', source: 'batch-session', mode: 'deep', sessionId: 7, phaseKey: 'strategy' },
      { start: min(15), end: min(30), tz: 'Europe/Paris', source: 'batch-session', mode: 'deep', sessionId: 7, phaseKey: 'strategy' },
      { start: min(30), end: min(45), tz: 'Europe/Paris', source: 'batch-session', mode: 'deep', sessionId: 7, phaseKey: 'writing' },
    ]);
    expect(timeEntriesForRun(s, { tz: 'Europe/Paris', sessionId: 7 })).toHaveLength(2);
  });

  it('sums to the elapsed time of the run', () => {
    let s = startRun(newRunState(), T0);
    for (let m = 7; m < 200; m += 13) s = m % 2 ? nextPhase(s, min(m)) : pauseRun(resumeRun(s, min(m)), min(m + 3));
    s = finishRun(startRun(s, min(210)), min(220));
    const entries = timeEntriesForRun(s, { tz: 'UTC', sessionId: 1 });
    expect(entries.reduce((sum, e) => sum + (e.end - e.start), 0)).toBe(totalElapsedMs(s, min(999)));
    expect(entries.every((e, i) => i === 0 || e.start >= entries[i - 1].end)).toBe(true);
  });
});
