import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARTER, type Charter } from '../domain';
import { AUTUMN_WEEK, CAT, PARIS, SPRING_WEEK, auditInput, entry, interruption, t } from '../../../tests/helpers/auditFixtures';
import { computeAuditMetrics } from './metrics';

const zeroModes = { deep: 0, reactive: 0, meeting: 0, reporting: 0, admin: 0 };
const SPRING_DAYS = ['2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29'];

function heatmapWith(cells: [weekday: number, hour: number, count: number][]): number[][] {
  const map = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const [wd, h, n] of cells) map[wd][h] = n;
  return map;
}

describe('a hand-built spring week (Paris, Sunday 2026-03-29 lasts 23 hours)', () => {
  const entries = [
    // Monday 23
    entry('2026-03-23T09:00+01:00', '2026-03-23T10:30+01:00', CAT.content),
    entry('2026-03-23T10:33+01:00', '2026-03-23T11:30+01:00', CAT.content, { note: 'carousel', visibility: 'invisible' }),
    entry('2026-03-23T11:30+01:00', '2026-03-23T12:00+01:00', CAT.moderation),
    entry('2026-03-23T14:00+01:00', '2026-03-23T15:00+01:00', CAT.meetings, { note: '  weekly sync ' }),
    entry('2026-03-23T15:06+01:00', '2026-03-23T16:06+01:00', CAT.content),
    entry('2026-03-23T16:12+01:00', '2026-03-23T17:00+01:00', CAT.content),
    entry('2026-03-23T17:30+01:00', '2026-03-23T19:00+01:00', CAT.adhoc, { note: 'CEO request' }),
    // Tuesday 24
    entry('2026-03-24T08:00+01:00', '2026-03-24T09:30+01:00', CAT.reporting),
    entry('2026-03-24T09:30+01:00', '2026-03-24T11:30+01:00', CAT.content),
    entry('2026-03-24T20:30+01:00', '2026-03-24T21:00+01:00', CAT.admin),
    // Thursday 26 → Friday 27, across midnight
    entry('2026-03-26T23:00+01:00', '2026-03-27T01:00+01:00', CAT.content),
    // Friday 27: overrides
    entry('2026-03-27T09:00+01:00', '2026-03-27T10:00+01:00', CAT.moderation, { visibility: 'visible' }),
    entry('2026-03-27T10:00+01:00', '2026-03-27T11:00+01:00', CAT.meetings, { responsibilityId: 2 }),
    // Sunday 29: 01:30 CET to 03:30 CEST is one real hour
    entry('2026-03-29T01:30+01:00', '2026-03-29T03:30+02:00', CAT.admin),
  ];
  const interruptions = [
    interruption('2026-03-23T11:45+01:00', 'chat', 15),
    interruption('2026-03-23T14:30+01:00', 'email', 10),
    interruption('2026-03-24T10:15+01:00', 'notification', 15),
    interruption('2026-03-25T21:00+01:00', 'oral', 15),
  ];
  const m = computeAuditMetrics(auditInput({ entries, interruptions }));

  it('pins tracked minutes, modes and days', () => {
    expect(m.trackedMinutes).toBe(975);
    expect(m.minutesByMode).toEqual({ deep: 495, reactive: 180, meeting: 120, reporting: 90, admin: 90 });
    expect(m.shareByMode.deep).toBeCloseTo(495 / 975, 12);
    expect(m.shareByMode.admin).toBeCloseTo(90 / 975, 12);
    expect(Object.values(m.shareByMode).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(m.perDay).toEqual([
      { day: '2026-03-23', minutesByMode: { deep: 255, reactive: 120, meeting: 60, reporting: 0, admin: 0 } },
      { day: '2026-03-24', minutesByMode: { deep: 120, reactive: 0, meeting: 0, reporting: 90, admin: 30 } },
      { day: '2026-03-25', minutesByMode: zeroModes },
      { day: '2026-03-26', minutesByMode: { ...zeroModes, deep: 60 } },
      { day: '2026-03-27', minutesByMode: { ...zeroModes, deep: 60, reactive: 60, meeting: 60 } },
      { day: '2026-03-28', minutesByMode: zeroModes },
      { day: '2026-03-29', minutesByMode: { ...zeroModes, admin: 60 } },
    ]);
  });

  it('pins categories, sorted by minutes then id', () => {
    expect(m.byCategory.map((c) => [c.categoryId, c.minutes])).toEqual([
      [CAT.content, 495],
      [CAT.meetings, 120],
      [CAT.moderation, 90],
      [CAT.reporting, 90],
      [CAT.admin, 90],
      [CAT.adhoc, 90],
    ]);
    expect(m.byCategory[0].share).toBeCloseTo(495 / 975, 12);
  });

  it('pins interruptions, context switches and fragmentation', () => {
    expect(m.interruptions).toEqual({
      count: 4,
      byChannel: { notification: 1, email: 1, chat: 1, oral: 1, phone: 0, other: 0 },
      heatmap: heatmapWith([
        [1, 11, 1],
        [1, 14, 1],
        [2, 10, 1],
        [3, 21, 1],
      ]),
      refocusMinutes: 55,
    });
    // Monday 4, Tuesday 2, Friday 1: the night entry belongs to Thursday, the day it started, so
    // Friday runs moderation (reactive) then meeting.
    expect(m.contextSwitches).toBe(7);
    expect(m.fragmentation).toBeCloseTo(11 / (975 / 60), 12);
  });

  it('pins deep blocks: 3-minute gap joins, 6-minute gap breaks, an interruption splits, midnight does not', () => {
    expect(m.deepBlocks.blocks).toEqual([
      { start: t('2026-03-23T09:00+01:00'), end: t('2026-03-23T11:30+01:00'), minutes: 147 },
      { start: t('2026-03-23T15:06+01:00'), end: t('2026-03-23T16:06+01:00'), minutes: 60 },
      { start: t('2026-03-23T16:12+01:00'), end: t('2026-03-23T17:00+01:00'), minutes: 48 },
      { start: t('2026-03-24T09:30+01:00'), end: t('2026-03-24T10:15+01:00'), minutes: 45 },
      { start: t('2026-03-24T10:15+01:00'), end: t('2026-03-24T11:30+01:00'), minutes: 75 },
      { start: t('2026-03-26T23:00+01:00'), end: t('2026-03-27T01:00+01:00'), minutes: 120 },
    ]);
    expect(m.deepBlocks.longestMinutes).toBe(147);
    expect(m.deepBlocks.countAtLeast60).toBe(4);
  });

  it('pins after-hours minutes and late evenings', () => {
    // Mon 60 (18:00–19:00), Tue 60 + 30, Thu 60 and Fri 60 (the night), Sun 60 (non-working day).
    expect(m.afterHoursMinutes).toBe(330);
    expect(m.lateEvenings).toEqual({
      count: 3,
      days: ['2026-03-24', '2026-03-25', '2026-03-26'],
      daysInPeriod: 7,
      firstDay: '2026-03-23',
      lastDay: '2026-03-29',
      projectionPerYear: (3 / 7) * 365,
      threshold: 50,
    });
  });

  it('pins out-of-scope and invisible work, with overrides', () => {
    expect(m.outOfScope.minutes).toBe(240);
    expect(m.outOfScope.share).toBeCloseTo(240 / 975, 12);
    expect(m.outOfScope.groups.map((g) => [g.categoryId, g.note, g.minutes])).toEqual([
      [CAT.admin, '', 90],
      [CAT.adhoc, 'CEO request', 90],
      [CAT.meetings, 'weekly sync', 60],
    ]);
    expect(m.outOfScope.groups[0].share).toBeCloseTo(90 / 975, 12);
    expect(m.invisible.minutes).toBe(177);
    expect(m.invisible.groups.map((g) => [g.categoryId, g.note, g.minutes])).toEqual([
      [CAT.admin, '', 90],
      [CAT.content, 'carousel', 57],
      [CAT.moderation, '', 30],
    ]);
    expect(m.references).toEqual({ monitoringShare: 0.5, superfluousMeetingHoursPerWeek: 3.6, lateEveningsPerYear: 50 });
    expect(m.skippedEntryIds).toEqual([]);
  });

  it('returns plain JSON', () => {
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('one definition per figure (issue 13)', () => {
  it('context switches: the part after midnight of an evening entry is not followed by a switch the next morning', () => {
    // Thursday 23:30–00:45 (deep), then Friday 09:30 (reactive): two days, one entry each, no switch
    const m = computeAuditMetrics(
      auditInput({
        entries: [entry('2026-03-26T23:30+01:00', '2026-03-27T00:45+01:00', CAT.content), entry('2026-03-27T09:30+01:00', '2026-03-27T10:30+01:00', CAT.moderation)],
      }),
    );
    expect(m.contextSwitches).toBe(0);
    // the same entries started on one day do switch
    const same = computeAuditMetrics(auditInput({ entries: [entry('2026-03-27T08:00+01:00', '2026-03-27T09:00+01:00', CAT.content), entry('2026-03-27T09:30+01:00', '2026-03-27T10:30+01:00', CAT.moderation)] }));
    expect(same.contextSwitches).toBe(1);
  });

  it('fragmentation says "not enough data yet" (null) below 30 tracked minutes', () => {
    const start = t('2026-03-23T09:00+01:00');
    const at = (minutes: number) =>
      computeAuditMetrics(auditInput({ entries: [{ ...entry('2026-03-23T09:00+01:00', null, CAT.content), end: start + minutes * 60_000 }], interruptions: [interruption('2026-03-23T09:00+01:00', 'chat', 15)] }));
    expect(at(0.1).fragmentation).toBeNull(); // 6 seconds: 1 interruption would read 600 per hour
    expect(at(29).fragmentation).toBeNull();
    expect(at(30).fragmentation).toBe(2);
  });

  it('late evenings project over the days since tracking began, not the days before', () => {
    const entries = [entry('2026-03-27T20:30+01:00', '2026-03-27T21:00+01:00', CAT.admin), entry('2026-03-28T21:30+01:00', '2026-03-28T22:00+01:00', CAT.admin)];
    const all = computeAuditMetrics(auditInput({ entries }));
    expect(all.lateEvenings).toMatchObject({ count: 2, daysInPeriod: 7, projectionPerYear: (2 / 7) * 365 });
    // tracking began on Friday 27 at 20:30: three days counted, Friday to Sunday
    const since = computeAuditMetrics(auditInput({ entries, trackingSince: t('2026-03-27T20:30+01:00') }));
    expect(since.lateEvenings).toMatchObject({ count: 2, daysInPeriod: 3, firstDay: '2026-03-27', lastDay: '2026-03-29', projectionPerYear: (2 / 3) * 365 });
  });
});

describe('edge weeks', () => {
  it('an empty week gives zeros and seven empty days', () => {
    const m = computeAuditMetrics(auditInput());
    expect(m.trackedMinutes).toBe(0);
    expect(m.minutesByMode).toEqual(zeroModes);
    expect(m.shareByMode).toEqual(zeroModes);
    expect(m.perDay).toEqual(SPRING_DAYS.map((day) => ({ day, minutesByMode: zeroModes })));
    expect(m.byCategory).toEqual([]);
    expect(m.interruptions.count).toBe(0);
    expect(m.interruptions.heatmap.flat().every((n) => n === 0)).toBe(true);
    expect(m.contextSwitches).toBe(0);
    expect(m.fragmentation).toBeNull();
    expect(m.deepBlocks).toEqual({ longestMinutes: 0, countAtLeast60: 0, blocks: [] });
    expect(m.afterHoursMinutes).toBe(0);
    expect(m.lateEvenings).toEqual({ count: 0, days: [], daysInPeriod: 7, firstDay: '2026-03-23', lastDay: '2026-03-29', projectionPerYear: 0, threshold: 50 });
    expect(m.outOfScope).toEqual({ minutes: 0, share: 0, groups: [] });
    expect(m.invisible).toEqual({ minutes: 0, share: 0, groups: [] });
  });

  it('a week with only interruptions: counts, heatmap, late evening, no fragmentation', () => {
    const m = computeAuditMetrics(
      auditInput({
        interruptions: [
          interruption('2026-03-23T00:00+01:00', 'phone', 5), // exactly at `from`: inside
          interruption('2026-03-29T03:10+02:00', 'other', 20), // Sunday, wall hour 3
          interruption('2026-03-27T20:00+01:00', 'email', 15), // exactly at disconnect: late
          interruption('2026-03-26T19:59+01:00', 'email', 15),
          interruption('2026-03-30T00:00+02:00', 'chat', 15), // exactly at `to`: outside
          interruption('2026-03-22T23:59+01:00', 'chat', 15), // before the period
        ],
      }),
    );
    expect(m.trackedMinutes).toBe(0);
    expect(m.interruptions.count).toBe(4);
    expect(m.interruptions.byChannel).toEqual({ notification: 0, email: 2, chat: 0, oral: 0, phone: 1, other: 1 });
    expect(m.interruptions.heatmap).toEqual(
      heatmapWith([
        [1, 0, 1],
        [0, 3, 1],
        [5, 20, 1],
        [4, 19, 1],
      ]),
    );
    expect(m.interruptions.refocusMinutes).toBe(55);
    expect(m.fragmentation).toBeNull();
    expect(m.contextSwitches).toBe(0);
    expect(m.lateEvenings.days).toEqual(['2026-03-27']);
    expect(m.lateEvenings.projectionPerYear).toBeCloseTo(365 / 7, 12);
  });

  it('the autumn Sunday (2026-10-25) counts 25 hours, all after hours', () => {
    const m = computeAuditMetrics(
      auditInput({ ...AUTUMN_WEEK, entries: [entry('2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00', CAT.admin)] }),
    );
    expect(m.perDay.map((d) => d.day)).toEqual(['2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25']);
    expect(m.perDay[6].minutesByMode.admin).toBe(1500);
    expect(m.trackedMinutes).toBe(1500);
    expect(m.afterHoursMinutes).toBe(1500);
    expect(m.lateEvenings.days).toEqual(['2026-10-25']);
  });

  it('the spring Sunday (2026-03-29) counts 23 hours', () => {
    const m = computeAuditMetrics(auditInput({ entries: [entry('2026-03-28T23:00+01:00', '2026-03-30T01:00+02:00', CAT.content)] }));
    expect(m.perDay[5].minutesByMode.deep).toBe(60);
    expect(m.perDay[6].minutesByMode.deep).toBe(1380);
    expect(m.trackedMinutes).toBe(1440); // clipped at Monday 00:00 CEST
    expect(m.deepBlocks.blocks).toEqual([{ start: t('2026-03-28T23:00+01:00'), end: SPRING_WEEK.to, minutes: 1440 }]);
  });
});

describe('clipping to the period', () => {
  it('clips entries that start before or end after the period, and ignores entries outside it', () => {
    const m = computeAuditMetrics(
      auditInput({
        entries: [
          entry('2026-03-22T22:00+01:00', '2026-03-23T01:00+01:00', CAT.admin), // 60 inside
          entry('2026-03-29T23:00+02:00', '2026-03-30T02:00+02:00', CAT.admin), // 60 inside
          entry('2026-03-20T10:00+01:00', '2026-03-20T11:00+01:00', CAT.admin), // outside
          entry('2026-03-30T00:00+02:00', '2026-03-30T01:00+02:00', CAT.admin), // starts at `to`
        ],
      }),
    );
    expect(m.trackedMinutes).toBe(120);
    expect(m.perDay[0].minutesByMode.admin).toBe(60);
    expect(m.perDay[6].minutesByMode.admin).toBe(60);
    expect(m.lateEvenings.days).toEqual(['2026-03-29']);
  });

  it('treats a running entry as ending at `now`, clipped to the period', () => {
    const running = entry('2026-03-27T09:00+01:00', null, CAT.moderation);
    const during = computeAuditMetrics(auditInput({ entries: [running], now: t('2026-03-27T09:45+01:00') }));
    expect(during.minutesByMode.reactive).toBe(45);
    const after = computeAuditMetrics(auditInput({ entries: [running], now: t('2026-04-02T09:00+02:00') }));
    expect(after.trackedMinutes).toBe((SPRING_WEEK.to - running.start) / 60_000);
    const before = computeAuditMetrics(auditInput({ entries: [running], now: t('2026-03-27T08:00+01:00') }));
    expect(before.trackedMinutes).toBe(0);
  });

  it('includes a partial first day and keeps fractional minutes', () => {
    const m = computeAuditMetrics(
      auditInput({
        from: t('2026-03-23T12:00+01:00'),
        to: t('2026-03-24T12:00+01:00'),
        entries: [entry('2026-03-23T11:59:30+01:00', '2026-03-23T12:00:45+01:00', CAT.content)],
      }),
    );
    expect(m.perDay.map((d) => d.day)).toEqual(['2026-03-23', '2026-03-24']);
    expect(m.trackedMinutes).toBe(0.75);
    expect(m.lateEvenings.daysInPeriod).toBe(2);
  });

  it('an empty period has no day and no projection', () => {
    const m = computeAuditMetrics(auditInput({ from: SPRING_WEEK.from, to: SPRING_WEEK.from }));
    expect(m.perDay).toEqual([]);
    expect(m.lateEvenings.projectionPerYear).toBe(0);
  });

  it('leaves out entries whose category is unknown and says which', () => {
    const lost = entry('2026-03-23T10:00+01:00', '2026-03-23T11:00+01:00', 999);
    const m = computeAuditMetrics(auditInput({ entries: [lost] }));
    expect(m.trackedMinutes).toBe(0);
    expect(m.skippedEntryIds).toEqual([lost.id]);
  });
});

describe('context switches', () => {
  it('counts mode changes between consecutive entries of one local day only', () => {
    const m = computeAuditMetrics(
      auditInput({
        entries: [
          entry('2026-03-23T22:00+01:00', '2026-03-23T23:00+01:00', CAT.content),
          entry('2026-03-23T23:00+01:00', '2026-03-24T00:30+01:00', CAT.moderation), // switch on Monday
          entry('2026-03-24T00:30+01:00', '2026-03-24T01:00+01:00', CAT.adhoc), // same mode: no switch
          entry('2026-03-24T09:00+01:00', '2026-03-24T10:00+01:00', CAT.reporting), // switch on Tuesday
          entry('2026-03-25T09:00+01:00', '2026-03-25T10:00+01:00', CAT.content), // new day: no switch
        ],
      }),
    );
    expect(m.contextSwitches).toBe(2);
  });
});

describe('responsibility and visibility overrides', () => {
  it('uses the entry override first, then the category; an unknown responsibility is out of scope', () => {
    const m = computeAuditMetrics(
      auditInput({
        entries: [
          entry('2026-03-23T09:00+01:00', '2026-03-23T10:00+01:00', CAT.meetings, { responsibilityId: 1 }), // in scope by override
          entry('2026-03-23T10:00+01:00', '2026-03-23T10:30+01:00', CAT.meetings), // out of scope
          entry('2026-03-23T10:30+01:00', '2026-03-23T11:00+01:00', CAT.content), // in scope via category
          entry('2026-03-23T11:00+01:00', '2026-03-23T11:15+01:00', CAT.content, { responsibilityId: 42 }), // deleted line
          entry('2026-03-23T11:15+01:00', '2026-03-23T12:00+01:00', CAT.moderation), // invisible via category
          entry('2026-03-23T12:00+01:00', '2026-03-23T12:20+01:00', CAT.moderation, { visibility: 'visible' }),
          entry('2026-03-23T12:20+01:00', '2026-03-23T12:30+01:00', CAT.reporting, { visibility: 'invisible' }),
        ],
      }),
    );
    expect(m.trackedMinutes).toBe(210);
    expect(m.outOfScope.minutes).toBe(45);
    expect(m.outOfScope.groups.map((g) => [g.categoryId, g.minutes])).toEqual([
      [CAT.meetings, 30],
      [CAT.content, 15],
    ]);
    expect(m.invisible.minutes).toBe(55);
    expect(m.invisible.share).toBeCloseTo(55 / 210, 12);
    expect(m.invisible.groups.map((g) => [g.categoryId, g.minutes])).toEqual([
      [CAT.moderation, 45],
      [CAT.reporting, 10],
    ]);
  });
});

describe('after-hours minutes', () => {
  it('counts minutes outside the hours of a working day', () => {
    const m = computeAuditMetrics(
      auditInput({
        entries: [
          entry('2026-03-23T08:30+01:00', '2026-03-23T09:15+01:00', CAT.admin), // 30 before 09:00
          entry('2026-03-27T16:45+01:00', '2026-03-27T17:20+01:00', CAT.admin), // Friday ends 17:00: 20
          entry('2026-03-26T12:00+01:00', '2026-03-26T13:00+01:00', CAT.admin), // inside: 0
        ],
      }),
    );
    expect(m.afterHoursMinutes).toBe(50);
  });

  it('counts every minute of a non-working day', () => {
    const m = computeAuditMetrics(auditInput({ entries: [entry('2026-03-28T10:00+01:00', '2026-03-28T11:30+01:00', CAT.content)] }));
    expect(m.afterHoursMinutes).toBe(90);
  });

  it('reads charter hours as wall-clock times on a DST day', () => {
    const charter: Charter = { ...DEFAULT_CHARTER, days: [{ start: 60, end: 720 }, ...DEFAULT_CHARTER.days.slice(1)] };
    // Sunday 2026-03-29 works 01:00–12:00 wall time: 10 real hours. 00:30 CET to 12:30 CEST is 11 hours.
    const m = computeAuditMetrics(auditInput({ charter, entries: [entry('2026-03-29T00:30+01:00', '2026-03-29T12:30+02:00', CAT.content)] }));
    expect(m.trackedMinutes).toBe(660);
    expect(m.afterHoursMinutes).toBe(60);
  });

  it('counts the whole day when the hours are empty or inverted', () => {
    const charter: Charter = { ...DEFAULT_CHARTER, days: [null, { start: 600, end: 600 }, { start: 900, end: 600 }, null, null, null, null] };
    const m = computeAuditMetrics(
      auditInput({
        charter,
        entries: [entry('2026-03-23T10:00+01:00', '2026-03-23T11:00+01:00', CAT.admin), entry('2026-03-24T10:00+01:00', '2026-03-24T11:00+01:00', CAT.admin)],
      }),
    );
    expect(m.afterHoursMinutes).toBe(120);
  });
});

describe('late evenings', () => {
  it('flags a day with a tracked minute after the disconnect time, not one that ends exactly at it', () => {
    const m = computeAuditMetrics(
      auditInput({
        entries: [
          entry('2026-03-23T19:00+01:00', '2026-03-23T20:00+01:00', CAT.admin), // ends at 20:00: not late
          entry('2026-03-24T19:00+01:00', '2026-03-24T20:01+01:00', CAT.admin), // late
          entry('2026-03-25T21:00+01:00', '2026-03-25T21:30+01:00', CAT.admin), // late
          entry('2026-03-29T00:00+01:00', '2026-03-29T01:00+01:00', CAT.admin), // after midnight: not late
        ],
      }),
    );
    expect(m.lateEvenings.count).toBe(2);
    expect(m.lateEvenings.days).toEqual(['2026-03-24', '2026-03-25']);
    expect(m.lateEvenings.projectionPerYear).toBeCloseTo((2 / 7) * 365, 12);
  });

  it('follows the charter disconnect time and projects over a two-week period', () => {
    const charter: Charter = { ...DEFAULT_CHARTER, disconnect: 18 * 60 + 30 };
    const m = computeAuditMetrics(
      auditInput({
        charter,
        from: SPRING_WEEK.from,
        to: t('2026-04-06T00:00+02:00'),
        entries: [entry('2026-03-23T18:00+01:00', '2026-03-23T18:45+01:00', CAT.admin)],
        interruptions: [interruption('2026-04-01T18:30+02:00')],
      }),
    );
    expect(m.lateEvenings.days).toEqual(['2026-03-23', '2026-04-01']);
    expect(m.lateEvenings.daysInPeriod).toBe(14);
    expect(m.lateEvenings.projectionPerYear).toBeCloseTo((2 / 14) * 365, 12);
  });

  it('uses the period time zone, not UTC', () => {
    const m = computeAuditMetrics(auditInput({ tz: PARIS, interruptions: [interruption('2026-03-24T19:30:00Z')] }));
    expect(m.lateEvenings.days).toEqual(['2026-03-24']); // 20:30 in Paris
    expect(m.interruptions.heatmap[2][20]).toBe(1);
  });
});
