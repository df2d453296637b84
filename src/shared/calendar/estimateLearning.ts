// The estimates learn: from the items ticked in the creation blocks of finished batch runs (run
// mode's marks), what each format really took, as a setup per session and a time per item, and
// the update it suggests (the median of the last sessions). Pure: the caller reads the runs.
import { itemMeasures } from './batchRun';
import type { Format, RunState } from './types';

/** How many of the latest sessions with measures of a format a suggestion looks at. */
export const LEARN_FROM_SESSIONS = 5;

/** The creation blocks: phase index in BATCH_PHASES → the format's estimate fields. */
const BLOCKS = [
  { phaseIndex: 1, block: 'writing', setup: 'writingSetupMinutes', perItem: 'writingMinutes' },
  { phaseIndex: 2, block: 'visuals', setup: 'visualsSetupMinutes', perItem: 'visualsMinutes' },
] as const;

export type CreationBlock = (typeof BLOCKS)[number]['block'];

/** What the measures suggest for one format's block, in whole minutes. */
export interface EstimateSuggestion {
  formatId: number;
  block: CreationBlock;
  current: { setup: number; perItem: number };
  measured: { setup: number; perItem: number };
  /** sessions and items the medians come from */
  sessions: number;
  items: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Suggestions from finished runs, latest first (at most LEARN_FROM_SESSIONS per format and block
 * are used). In one run, the items of a format ticked after its first give the time per item (their
 * median); the first one's time less that is the setup. A run with a single item of the format
 * gives one time per item: its time less the current setup. Across runs, the median of each.
 * Only formats whose measured figures differ from their estimates are returned.
 */
export function learnEstimates(runsLatestFirst: readonly RunState[], formats: readonly Format[]): EstimateSuggestion[] {
  const out: EstimateSuggestion[] = [];
  const measuresPerRun = runsLatestFirst.map((state) => itemMeasures(state));
  for (const f of formats) {
    for (const b of BLOCKS) {
      const current = { setup: f[b.setup], perItem: f[b.perItem] };
      const setups: number[] = [];
      const perItems: number[] = [];
      let sessions = 0;
      let items = 0;
      for (const measures of measuresPerRun) {
        if (sessions >= LEARN_FROM_SESSIONS) break;
        const mine = measures.filter((m) => m.phaseIndex === b.phaseIndex && m.formatId === f.id);
        if (mine.length === 0) continue;
        sessions += 1;
        items += mine.length;
        const first = mine.find((m) => m.firstOfFormat) ?? mine[0];
        const rest = mine.filter((m) => m !== first).map((m) => m.minutes);
        if (rest.length > 0) {
          const perItem = median(rest);
          perItems.push(perItem);
          setups.push(Math.max(0, first.minutes - perItem));
        } else {
          perItems.push(Math.max(0, first.minutes - current.setup));
        }
      }
      if (sessions === 0) continue;
      const measured = { setup: setups.length ? Math.round(median(setups)) : current.setup, perItem: Math.round(median(perItems)) };
      if (measured.setup !== current.setup || measured.perItem !== current.perItem) out.push({ formatId: f.id, block: b.block, current, measured, sessions, items });
    }
  }
  return out;
}

/** The format with a suggestion applied (the fields of its block). */
export function applySuggestion(f: Format, s: EstimateSuggestion): Format {
  const b = BLOCKS.find((x) => x.block === s.block)!;
  return { ...f, [b.setup]: Math.min(1440, s.measured.setup), [b.perItem]: Math.min(1440, s.measured.perItem) };
}
