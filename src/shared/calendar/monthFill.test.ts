import { describe, expect, it } from 'vitest';
import { computeMonthFill, monthWeeks } from './monthFill';
import { channels, item, items, pillars, TZ } from '../../../tests/helpers/calendarFixtures';

const fill = (weekStartsOn: 0 | 1, list = items) => computeMonthFill({ month: '2025-11', weekStartsOn, tz: TZ, channels, pillars, items: list });

describe('monthWeeks', () => {
  it('ISO weeks (Monday start) clipped to the month', () => {
    expect(monthWeeks('2025-11', 1).map((w) => [w.week, w.weekYear, w.weekStart, w.start, w.end, w.days])).toEqual([
      [44, 2025, '2025-10-27', '2025-11-01', '2025-11-02', 2],
      [45, 2025, '2025-11-03', '2025-11-03', '2025-11-09', 7],
      [46, 2025, '2025-11-10', '2025-11-10', '2025-11-16', 7],
      [47, 2025, '2025-11-17', '2025-11-17', '2025-11-23', 7],
      [48, 2025, '2025-11-24', '2025-11-24', '2025-11-30', 7],
    ]);
  });

  it('Sunday-start weeks, week 1 holding 1 January', () => {
    expect(monthWeeks('2025-11', 0).map((w) => [w.week, w.start, w.end, w.days])).toEqual([
      [44, '2025-11-01', '2025-11-01', 1],
      [45, '2025-11-02', '2025-11-08', 7],
      [46, '2025-11-09', '2025-11-15', 7],
      [47, '2025-11-16', '2025-11-22', 7],
      [48, '2025-11-23', '2025-11-29', 7],
      [49, '2025-11-30', '2025-11-30', 1],
    ]);
  });

  it('numbers weeks across New Year like date-fns', () => {
    expect(monthWeeks('2026-01', 1)[0]).toMatchObject({ week: 1, weekYear: 2026, weekStart: '2025-12-29' });
    expect(monthWeeks('2027-01', 1)[0]).toMatchObject({ week: 53, weekYear: 2026 });
    expect(monthWeeks('2025-12', 0).at(-1)).toMatchObject({ week: 1, weekYear: 2026, start: '2025-12-28' });
  });
});

describe('computeMonthFill', () => {
  it('compares planned items with the prorated cadence per channel and week', () => {
    const f = fill(1);
    const linkedin = f.channels.find((c) => c.channelId === 2)!;
    expect(linkedin.weeks.map((w) => [w.week, w.target, w.planned, w.missing])).toEqual([
      [44, 1, 0, 1], // 2 days: round(3 × 2 / 7) = 1
      [45, 3, 1, 2],
      [46, 3, 0, 3],
      [47, 3, 1, 2], // the archived item of week 47 does not count
      [48, 3, 0, 3],
    ]);
    expect(linkedin).toMatchObject({ target: 13, planned: 2 });
    const instagram = f.channels.find((c) => c.channelId === 1)!;
    // item 9 has no planned date: it counts on its publish day (28 Nov)
    expect(instagram.weeks.map((w) => w.planned)).toEqual([0, 1, 0, 0, 1]);
    const blog = f.channels.find((c) => c.channelId === 20)!;
    expect(blog.weeks.map((w) => w.target)).toEqual([0, 1, 1, 1, 1]);
    expect(f.channels.map((c) => c.channelId)).toEqual([1, 2, 3, 20]); // archived channel 21 left out
    expect(f).toMatchObject({ plannedTotal: 9, withoutPillar: 1, withoutChannel: 2 });
  });

  it('lists the gaps as data, channel weeks then pillars', () => {
    const f = fill(1);
    expect(f.gaps.filter((g) => g.kind === 'channel-week' && g.channelId === 2)).toEqual([
      { kind: 'channel-week', channelId: 2, week: 44, weekYear: 2025, start: '2025-11-01', end: '2025-11-02', missing: 1 },
      { kind: 'channel-week', channelId: 2, week: 45, weekYear: 2025, start: '2025-11-03', end: '2025-11-09', missing: 2 },
      { kind: 'channel-week', channelId: 2, week: 46, weekYear: 2025, start: '2025-11-10', end: '2025-11-16', missing: 3 },
      { kind: 'channel-week', channelId: 2, week: 47, weekYear: 2025, start: '2025-11-17', end: '2025-11-23', missing: 2 },
      { kind: 'channel-week', channelId: 2, week: 48, weekYear: 2025, start: '2025-11-24', end: '2025-11-30', missing: 3 },
    ]);
    expect(f.gaps.filter((g) => g.kind === 'pillar')).toEqual([{ kind: 'pillar', pillarId: 2, missingShare: 0.125, missingItems: 2 }]);
    const kinds = f.gaps.map((g) => g.kind);
    expect(kinds.lastIndexOf('channel-week')).toBeLessThan(kinds.indexOf('pillar'));
  });

  it('computes pillar shares over the items that have a pillar', () => {
    expect(fill(1).pillars).toEqual([
      { pillarId: 1, planned: 3, share: 0.375, targetShare: 0.4, missingShare: 0.025, missingItems: 1 },
      { pillarId: 2, planned: 1, share: 0.125, targetShare: 0.25, missingShare: 0.125, missingItems: 2 },
      { pillarId: 3, planned: 2, share: 0.25, targetShare: 0.2, missingShare: 0, missingItems: 0 },
      { pillarId: 4, planned: 2, share: 0.25, targetShare: 0.15, missingShare: 0, missingItems: 0 },
    ]);
  });

  it('honours the pillar tolerance', () => {
    const f = computeMonthFill({ month: '2025-11', weekStartsOn: 1, tz: TZ, channels, pillars, items, pillarTolerance: 0 });
    expect(f.gaps.filter((g) => g.kind === 'pillar').map((g) => g.kind === 'pillar' && g.pillarId)).toEqual([1, 2]);
  });

  it('uses Sunday-start weeks when asked', () => {
    const x = fill(0).channels.find((c) => c.channelId === 3)!;
    expect(x.weeks.map((w) => [w.week, w.target, w.planned])).toEqual([
      [44, 1, 0],
      [45, 5, 1],
      [46, 5, 1],
      [47, 5, 0],
      [48, 5, 0],
      [49, 1, 0],
    ]);
  });

  it('places an item with only a publish time on its local day in tz', () => {
    const lateUtc = item({ channelId: 1, plannedDate: null, publishAt: Date.UTC(2025, 10, 30, 23, 30) }); // 1 Dec 00:30 in Paris
    const early = item({ channelId: 1, plannedDate: null, publishAt: Date.UTC(2025, 9, 31, 23, 30) }); // 1 Nov 00:30 in Paris
    const f = computeMonthFill({ month: '2025-11', weekStartsOn: 1, tz: TZ, channels, pillars, items: [lateUtc, early] });
    expect(f.plannedTotal).toBe(1);
    expect(f.channels[0].weeks[0].planned).toBe(1);
    const utc = computeMonthFill({ month: '2025-11', weekStartsOn: 1, tz: 'UTC', channels, pillars, items: [lateUtc, early] });
    expect(utc.channels[0].weeks.map((w) => w.planned)).toEqual([0, 0, 0, 0, 1]);
  });

  it('an empty month misses every target', () => {
    const f = computeMonthFill({ month: '2026-02', weekStartsOn: 1, tz: TZ, channels, pillars, items: [] });
    expect(f.plannedTotal).toBe(0);
    expect(f.pillars.map((p) => [p.share, p.missingShare, p.missingItems])).toEqual([
      [0, 0.4, 1],
      [0, 0.25, 1],
      [0, 0.2, 1],
      [0, 0.15, 1],
    ]);
    expect(f.gaps.filter((g) => g.kind === 'pillar')).toHaveLength(4);
    expect(f.channels.every((c) => c.planned === 0 && c.target > 0)).toBe(true);
  });
});
