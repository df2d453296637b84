import { describe, expect, it } from 'vitest';
import { findDeepBlocks, type ClippedSpan } from './deepBlocks';

const MIN = 60_000;
const span = (startMin: number, endMin: number, mode: ClippedSpan['mode'] = 'deep'): ClippedSpan => ({ start: startMin * MIN, end: endMin * MIN, mode });
const minutes = (spans: ClippedSpan[], interruptions: number[] = []) => findDeepBlocks(spans, interruptions.map((m) => m * MIN)).map((b) => b.minutes);

describe('deep blocks', () => {
  it('joins deep entries 5 minutes apart and breaks at 6', () => {
    expect(minutes([span(0, 60), span(65, 90)])).toEqual([85]);
    expect(minutes([span(0, 60), span(66, 90)])).toEqual([60, 24]);
    expect(findDeepBlocks([span(0, 60), span(65, 90)], [])).toEqual([{ start: 0, end: 90 * MIN, minutes: 85 }]);
  });

  it('is broken by a non-deep entry in between, even with no gap', () => {
    expect(minutes([span(0, 30), span(30, 31, 'admin'), span(31, 60)])).toEqual([30, 29]);
  });

  it('is split by an interruption inside an entry or inside a short gap', () => {
    expect(minutes([span(0, 120)], [50])).toEqual([50, 70]);
    expect(minutes([span(0, 60), span(63, 90)], [61])).toEqual([60, 27]);
    expect(minutes([span(0, 60), span(60, 90)], [60])).toEqual([60, 30]);
  });

  it('is not split by an interruption at its first start or last end, or outside it', () => {
    expect(minutes([span(10, 70)], [10, 70, 5, 200])).toEqual([60]);
  });

  it('reports nothing without deep entries', () => {
    expect(findDeepBlocks([span(0, 60, 'meeting')], [])).toEqual([]);
    expect(findDeepBlocks([], [1])).toEqual([]);
  });
});
