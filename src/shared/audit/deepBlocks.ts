// Deep blocks: runs of consecutive deep entries with gaps of at most 5 minutes and no
// interruption inside. Pure.
import type { Mode } from '../domain';
import { MS_PER_MINUTE } from '../time';

export const DEEP_BLOCK_MAX_GAP_MINUTES = 5;

export interface DeepBlock {
  /** epoch ms of the first deep minute */
  start: number;
  /** epoch ms of the last deep minute (exclusive) */
  end: number;
  /** tracked deep minutes inside the block; gaps are not counted */
  minutes: number;
}

/** An entry already clipped to the period. */
export interface ClippedSpan {
  start: number;
  end: number;
  mode: Mode;
}

/** Index of the first value >= x in a sorted array. */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first value > x in a sorted array. */
function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many sorted values lie in [lo, hi]. */
function countWithin(sorted: number[], lo: number, hi: number): number {
  return Math.max(0, upperBound(sorted, hi) - lowerBound(sorted, lo));
}

/**
 * `spans` are all clipped entries (any mode) in chronological order; `interruptionsAt` sorted
 * instants. A non-deep entry ends a run. An interruption strictly inside a deep entry splits it; an
 * interruption at or between the ends of two deep pieces ends the run (it lies inside the block).
 * An interruption exactly at the first start or last end of a block is not inside it.
 */
export function findDeepBlocks(spans: ClippedSpan[], interruptionsAt: number[]): DeepBlock[] {
  const maxGap = DEEP_BLOCK_MAX_GAP_MINUTES * MS_PER_MINUTE;
  const blocks: DeepBlock[] = [];
  let current: DeepBlock | null = null;
  const close = () => {
    if (current && current.minutes > 0) blocks.push(current);
    current = null;
  };
  for (const span of spans) {
    if (span.mode !== 'deep' || span.end <= span.start) {
      close();
      continue;
    }
    // Pieces of this entry between the interruptions strictly inside it.
    const cuts = interruptionsAt.slice(lowerBound(interruptionsAt, span.start), lowerBound(interruptionsAt, span.end)).filter((t) => t > span.start);
    const bounds = [span.start, ...cuts, span.end];
    for (let i = 0; i + 1 < bounds.length; i += 1) {
      const piece = { start: bounds[i], end: bounds[i + 1] };
      if (current) {
        const gap = piece.start - current.end;
        // Any interruption in [current.end, piece.start] sits inside the would-be block.
        const interrupted = countWithin(interruptionsAt, Math.min(current.end, piece.start), piece.start) > 0;
        if (gap <= maxGap && !interrupted) {
          current.end = Math.max(current.end, piece.end);
          current.minutes += (piece.end - piece.start) / MS_PER_MINUTE;
          continue;
        }
        close();
      }
      current = { start: piece.start, end: piece.end, minutes: (piece.end - piece.start) / MS_PER_MINUTE };
    }
  }
  close();
  return blocks;
}
