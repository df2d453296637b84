import { describe, expect, it } from 'vitest';
import { finishRun, itemMeasures, markItem, newRunState, nextPhase, pauseRun, resumeRun, startRun, unmarkItem } from './batchRun';
import { LEARN_FROM_SESSIONS, applySuggestion, learnEstimates } from './estimateLearning';
import { SEED_FORMATS, type RunState } from './types';

const M = 60_000;
const post = SEED_FORMATS.find((f) => f.name === 'format.post')!;
const carousel = SEED_FORMATS.find((f) => f.name === 'format.carousel')!;

/** A run that spends `strategy` minutes in phase 1 then ticks writing items after the given minutes each. */
function run(writing: { itemId: number; formatId: number; after: number }[], opts: { pauseAfter?: number } = {}): RunState {
  let now = 0;
  let s = startRun(newRunState(), now);
  now += 10 * M;
  s = nextPhase(s, now); // writing
  writing.forEach((w, k) => {
    now += w.after * M;
    if (opts.pauseAfter === k) {
      s = pauseRun(s, now);
      now += 60 * M; // a pause is not work
      s = resumeRun(s, now);
    }
    s = markItem(s, 1, w.itemId, w.formatId, now);
  });
  return finishRun(s, now + M);
}

describe('run mode measures items', () => {
  it('gives each ticked item the block time since the previous tick, pauses left out', () => {
    const s = run(
      [
        { itemId: 1, formatId: post.id, after: 9 },
        { itemId: 2, formatId: post.id, after: 4 },
        { itemId: 3, formatId: carousel.id, after: 12 },
      ],
      { pauseAfter: 1 },
    );
    expect(itemMeasures(s)).toEqual([
      { phaseIndex: 1, itemId: 1, formatId: post.id, firstOfFormat: true, minutes: 9 },
      { phaseIndex: 1, itemId: 2, formatId: post.id, firstOfFormat: false, minutes: 4 },
      { phaseIndex: 1, itemId: 3, formatId: carousel.id, firstOfFormat: true, minutes: 12 },
    ]);
  });

  it('marks only in the block the run is in, once per item; unticking forgets the mark', () => {
    let s = startRun(newRunState(), 0);
    expect(markItem(s, 1, 1, post.id, M)).toBe(s); // still in strategy
    s = nextPhase(s, M);
    s = markItem(s, 1, 1, post.id, 5 * M);
    expect(markItem(s, 1, 1, post.id, 6 * M)).toBe(s);
    expect(unmarkItem(s, 1, 1).marks).toEqual([]);
  });
});

describe('learnEstimates', () => {
  it('splits a setup and a time per item from one session', () => {
    const s = run([
      { itemId: 1, formatId: post.id, after: 12 },
      { itemId: 2, formatId: post.id, after: 4 },
      { itemId: 3, formatId: post.id, after: 6 },
    ]);
    // per item: median(4, 6) = 5; setup: 12 − 5 = 7
    expect(learnEstimates([s], SEED_FORMATS)).toEqual([{ formatId: post.id, block: 'writing', current: { setup: 5, perItem: 3 }, measured: { setup: 7, perItem: 5 }, sessions: 1, items: 3 }]);
  });

  it('takes the median of the last sessions, at most LEARN_FROM_SESSIONS, latest first', () => {
    const runs = [4, 5, 6, 30, 30, 30, 30].map((perItem) =>
      run([
        { itemId: 1, formatId: post.id, after: 5 + perItem },
        { itemId: 2, formatId: post.id, after: perItem },
      ]),
    );
    const [s] = learnEstimates(runs, SEED_FORMATS);
    expect(s.sessions).toBe(LEARN_FROM_SESSIONS);
    expect(s.measured).toEqual({ setup: 5, perItem: 6 }); // median of 4, 5, 6, 30, 30
  });

  it('a single item of a format gives its time less the current setup; nothing measured, nothing suggested', () => {
    const s = run([{ itemId: 1, formatId: carousel.id, after: 20 }]);
    expect(learnEstimates([s], SEED_FORMATS)).toEqual([
      { formatId: carousel.id, block: 'writing', current: { setup: 5, perItem: 5 }, measured: { setup: 5, perItem: 15 }, sessions: 1, items: 1 },
    ]);
    expect(learnEstimates([run([])], SEED_FORMATS)).toEqual([]);
  });

  it("applySuggestion replaces the block's two estimates only", () => {
    const s = run([
      { itemId: 1, formatId: post.id, after: 12 },
      { itemId: 2, formatId: post.id, after: 4 },
    ]);
    const [suggestion] = learnEstimates([s], SEED_FORMATS);
    expect(applySuggestion(post, suggestion)).toEqual({ ...post, writingSetupMinutes: 8, writingMinutes: 4 });
  });
});
