import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARTER, type Charter } from '../domain';
import { CAT, auditInput, entry, interruption } from '../../../tests/helpers/auditFixtures';
import { proposeBatchRhythm, reactiveSlotLengths, type RhythmSlot } from './batchRhythm';
import { computeAuditMetrics } from './metrics';

const WEEK_DAYS = ['23', '24', '25', '26', '27'];
const at = (day: string, hhmm: string) => `2026-03-${day}T${hhmm}+01:00`;

/** 100 reactive minutes on each working day; interruptions dense at 10h, then 14h, 16h, 11h; Friday morning calm. */
function craftedWeek() {
  const entries = WEEK_DAYS.map((d) => entry(at(d, '12:00'), at(d, '13:40'), CAT.moderation));
  const cells: [string, string, number][] = [
    ['23', '10:10', 2],
    ['23', '14:10', 1],
    ['24', '10:20', 2],
    ['24', '16:20', 1],
    ['24', '11:20', 1],
    ['25', '10:30', 1],
    ['25', '14:30', 2],
    ['25', '16:30', 1],
    ['26', '10:40', 1],
    ['26', '14:40', 1],
    ['26', '16:40', 1],
    ['26', '11:40', 1],
    ['27', '14:50', 1],
  ];
  const interruptions = cells.flatMap(([d, hm, n]) => Array.from({ length: n }, () => interruption(at(d, hm), 'chat')));
  interruptions.push(interruption(at('23', '10:15'), 'email'));
  return auditInput({ entries, interruptions });
}

const slot = (weekday: number, start: number, end: number, kind: RhythmSlot['kind']): RhythmSlot => ({ weekday, start, end, kind });

describe('proposeBatchRhythm on a crafted week', () => {
  const input = craftedWeek();
  const rhythm = proposeBatchRhythm(input);

  it('gives a pinned template week', () => {
    const day = (wd: number) => [
      slot(wd, 600, 660, 'reactive'),
      slot(wd, 720, 840, 'deep'),
      slot(wd, 840, 885, 'reactive'),
      slot(wd, 900, 1020, 'deep'),
    ];
    expect(rhythm.slots).toEqual([
      ...day(1),
      ...day(2),
      ...day(3),
      ...day(4),
      slot(5, 540, 780, 'batch'),
      slot(5, 840, 900, 'reactive'),
      slot(5, 960, 1005, 'reactive'),
    ]);
  });

  it('explains itself as data', () => {
    expect(rhythm.reasoning).toEqual({
      noWorkingDays: false,
      noInterruptions: false,
      defaultPlacementWeekdays: [],
      interruptionCount: 17,
      peakHours: [
        { weekday: null, hour: 10, count: 7 },
        { weekday: null, hour: 14, count: 5 },
        { weekday: null, hour: 16, count: 3 },
        { weekday: null, hour: 11, count: 2 },
      ],
      topChannel: 'chat',
      reactiveMinutes: 500,
      workingDaysInPeriod: 5,
      avgReactiveMinutesPerDay: 100,
      defaultReactiveMinutes: false,
      reactiveSlotMinutes: [60, 45],
      shortWeekdays: [],
      calmestHalfDay: { weekday: 5, half: 'am', interruptionsPerOccurrence: 0 },
    });
    expect(JSON.parse(JSON.stringify(rhythm))).toEqual(rhythm);
  });

  it('covers the average reactive minutes on every working day', () => {
    for (const wd of [1, 2, 3, 4, 5]) {
      const reactive = rhythm.slots.filter((s) => s.weekday === wd && s.kind === 'reactive');
      expect(reactive.reduce((n, s) => n + s.end - s.start, 0)).toBeGreaterThanOrEqual(100);
    }
  });

  it('is deterministic: same result again, with shuffled input and with precomputed metrics', () => {
    expect(proposeBatchRhythm(input)).toEqual(rhythm);
    const shuffled = { ...input, entries: [...input.entries].reverse(), interruptions: [...input.interruptions].reverse() };
    expect(proposeBatchRhythm(shuffled)).toEqual(rhythm);
    expect(proposeBatchRhythm(input, computeAuditMetrics(input))).toEqual(rhythm);
  });
});

describe('reactive slot lengths', () => {
  it.each([
    [10, [15, 15]],
    [61, [45, 30]],
    [90, [45, 45]],
    [100, [60, 45]],
    [100.000000001, [60, 45]],
    [240, [60, 60, 60, 60]],
    [241, [75, 60, 60, 60]],
    [1000, [255, 255, 255, 240]],
  ])('%d minutes → %j', (minutes, lengths) => {
    expect(reactiveSlotLengths(minutes)).toEqual(lengths);
  });

  it('always gives 2 to 4 slots on the 15-minute grid covering the minutes', () => {
    for (let m = 0; m <= 1200; m += 7) {
      const lengths = reactiveSlotLengths(m);
      expect(lengths.length).toBeGreaterThanOrEqual(2);
      expect(lengths.length).toBeLessThanOrEqual(4);
      expect(lengths.every((l) => l > 0 && l % 15 === 0)).toBe(true);
      expect(lengths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(m);
    }
  });
});

describe('proposeBatchRhythm edge cases', () => {
  it('proposes sane defaults for an empty week and says so', () => {
    const { slots, reasoning } = proposeBatchRhythm(auditInput());
    expect(reasoning.noInterruptions).toBe(true);
    expect(reasoning.defaultReactiveMinutes).toBe(true);
    expect(reasoning.defaultPlacementWeekdays).toEqual([1, 2, 3, 4, 5]);
    expect(reasoning.reactiveSlotMinutes).toEqual([30, 30]);
    expect(reasoning.topChannel).toBeNull();
    expect(reasoning.peakHours).toEqual([]);
    expect(reasoning.calmestHalfDay).toEqual({ weekday: 1, half: 'pm', interruptionsPerOccurrence: 0 });
    expect(slots.filter((s) => s.weekday === 1)).toEqual([
      slot(1, 540, 570, 'reactive'),
      slot(1, 570, 690, 'deep'),
      slot(1, 690, 720, 'reactive'),
      slot(1, 720, 840, 'deep'),
      slot(1, 840, 1080, 'batch'),
    ]);
    expect(slots.filter((s) => s.weekday === 2)).toEqual([
      slot(2, 540, 570, 'reactive'),
      slot(2, 570, 690, 'deep'),
      slot(2, 810, 840, 'reactive'),
      slot(2, 840, 960, 'deep'),
    ]);
  });

  it('uses interruptions alone when nothing is tracked', () => {
    const input = auditInput({ interruptions: [interruption(at('24', '15:05'), 'phone'), interruption(at('25', '15:45'), 'phone')] });
    const { slots, reasoning } = proposeBatchRhythm(input);
    expect(reasoning.defaultReactiveMinutes).toBe(true);
    // Monday afternoon is the batch (calm, pm first); the 15h peak falls inside it, so Monday's slots are spread evenly.
    expect(reasoning.calmestHalfDay).toEqual({ weekday: 1, half: 'pm', interruptionsPerOccurrence: 0 });
    expect(reasoning.defaultPlacementWeekdays).toEqual([1]);
    expect(reasoning.topChannel).toBe('phone');
    expect(slots.filter((s) => s.weekday === 3 && s.kind === 'reactive')).toEqual([slot(3, 540, 570, 'reactive'), slot(3, 900, 930, 'reactive')]);
  });

  it('breaks density ties by the earliest hour', () => {
    const input = auditInput({
      interruptions: [interruption(at('24', '16:00')), interruption(at('24', '10:00')), interruption(at('24', '13:00'))],
      entries: [entry(at('24', '12:00'), at('24', '14:00'), CAT.adhoc)], // 120 / 5 days = 24 min
    });
    const { slots } = proposeBatchRhythm(input);
    expect(slots.filter((s) => s.weekday === 3 && s.kind === 'reactive')).toEqual([slot(3, 600, 615, 'reactive'), slot(3, 780, 795, 'reactive')]);
  });

  it('shortens slots on a day too short for the reactive load, keeping at least two', () => {
    // 09:10–09:50 holds 30 minutes on the quarter-hour grid: 09:15–09:45.
    const charter: Charter = { days: [null, { start: 550, end: 590 }, null, null, null, null, null], disconnect: 1200 };
    const input = auditInput({ charter, entries: [entry(at('23', '09:00'), at('23', '12:00'), CAT.moderation)] });
    const { slots, reasoning } = proposeBatchRhythm(input);
    expect(reasoning.avgReactiveMinutesPerDay).toBe(180);
    expect(reasoning.reactiveSlotMinutes).toEqual([60, 60, 60]);
    expect(reasoning.shortWeekdays).toEqual([1]);
    expect(reasoning.calmestHalfDay).toBeNull();
    expect(slots).toEqual([slot(1, 555, 570, 'reactive'), slot(1, 570, 585, 'reactive')]);
  });

  it('spreads a heavy reactive load over four slots', () => {
    const entries = WEEK_DAYS.map((d) => entry(at(d, '09:00'), at(d, '14:00'), CAT.moderation));
    const { slots, reasoning } = proposeBatchRhythm(auditInput({ entries }));
    expect(reasoning.reactiveSlotMinutes).toEqual([75, 75, 75, 75]);
    for (const wd of [1, 2, 3, 4, 5]) {
      const reactive = slots.filter((s) => s.weekday === wd && s.kind === 'reactive');
      expect(reactive).toHaveLength(4);
      expect(reactive.reduce((n, s) => n + s.end - s.start, 0)).toBe(300);
    }
  });

  it('proposes nothing without working days', () => {
    const charter: Charter = { ...DEFAULT_CHARTER, days: [null, null, null, null, null, null, null] };
    const { slots, reasoning } = proposeBatchRhythm(auditInput({ charter }));
    expect(slots).toEqual([]);
    expect(reasoning.noWorkingDays).toBe(true);
    expect(reasoning.workingDaysInPeriod).toBe(0);
    expect(reasoning.avgReactiveMinutesPerDay).toBe(0);
  });
});
