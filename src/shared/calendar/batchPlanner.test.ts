import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_FORMAT,
  advanceStatus,
  isActiveItem,
  newRunState,
  phaseChecklist,
  planBatchSession,
  toggleChecked,
} from './batchPlanner';
import { item } from '../../../tests/helpers/calendarFixtures';
import { CONTENT_STATUSES, DEFAULT_RITUAL, SEED_FORMATS, TYPICAL_MONTH, type ContentItem, type ContentStatus } from './types';

const formats = SEED_FORMATS.slice();
const F = { shortVideo: 1, carousel: 2, infographic: 3, story: 4, post: 5, article: 6, live: 7 };
const afternoon = { start: 13 * 60, end: 17 * 60 };
const boxes = (plan: { phases: { key: string; minutes: number }[] }) => Object.fromEntries(plan.phases.map((p) => [p.key, p.minutes]));

/** The typical month of TYPICAL_MONTH, spread over Instagram, LinkedIn and Facebook, in December. */
function typicalMonth(): ContentItem[] {
  const out: ContentItem[] = [];
  for (const [formatId, count] of Object.entries(TYPICAL_MONTH)) {
    for (let k = 0; k < count; k += 1) out.push(item({ formatId: Number(formatId), channelId: [1, 2, 4][out.length % 3], plannedDate: `2025-12-${String(1 + out.length).padStart(2, '0')}` }));
  }
  return out;
}

describe('planBatchSession time boxes', () => {
  it('boxes each phase from the rules (setup once per format, then per item), numbered 1, 2a, 2b, 3, 4, from the session start', () => {
    const items = [item({ formatId: F.post }), item({ formatId: F.carousel }), item({ formatId: F.story })];
    const plan = planBatchSession(afternoon, items, formats);
    expect(plan.phases).toEqual([
      { key: 'strategy', phase: '1', minutes: 18, startMinute: 780, endMinute: 798 },
      { key: 'writing', phase: '2a', minutes: 24, startMinute: 798, endMinute: 822 }, // (5+3) + (5+5) + (5+1)
      { key: 'visuals', phase: '2b', minutes: 32, startMinute: 822, endMinute: 854 }, // (5+2) + (10+8) + (5+2)
      { key: 'review', phase: '3', minutes: 10, startMinute: 854, endMinute: 864 },
      { key: 'scheduling', phase: '4', minutes: 10, startMinute: 864, endMinute: 874 },
    ]);
    expect(plan).toMatchObject({ totalMinutes: 94, availableMinutes: 240, overflowMinutes: 0, fits: true, proposals: [], totalAfterProposals: 94, productionSlots: [], lighter: [] });
    expect(plan.ritual).toEqual(DEFAULT_RITUAL);
  });

  it('pays a format\'s setup once per session: ten stories cost one setup and ten marginal times', () => {
    const items = Array.from({ length: 10 }, () => item({ formatId: F.story }));
    const plan = planBatchSession({ start: 0, end: 1000 }, items, formats);
    expect(boxes(plan)).toEqual({ strategy: 25, writing: 5 + 10 * 1, visuals: 5 + 10 * 2, review: 10, scheduling: 10 });
  });

  it('counts only the work left: no writing once drafted, no creation once in review', () => {
    const items = [
      item({ formatId: F.carousel, status: 'drafting' }), // writing and visuals
      item({ formatId: F.carousel, status: 'visuals' }), // visuals
      item({ formatId: F.carousel, status: 'review' }), // nothing to create
      item({ formatId: F.carousel, status: 'scheduled' }), // not counted
      item({ formatId: F.carousel, status: 'archived' }), // not counted
    ];
    const plan = planBatchSession(afternoon, items, formats);
    expect(plan.itemIds).toEqual(items.slice(0, 3).map((i) => i.id));
    expect(plan.phases.map((p) => p.minutes)).toEqual([18, 5 + 5, 10 + 2 * 8, 10, 10]);
  });

  it('uses the fallback estimates for an item with no or an unknown format (one group)', () => {
    const plan = planBatchSession(afternoon, [item({ formatId: null }), item({ formatId: 999 })], formats);
    expect(plan.phases[1].minutes).toBe(FALLBACK_FORMAT.writingSetupMinutes + 2 * FALLBACK_FORMAT.writingMinutes);
    expect(plan.phases[2].minutes).toBe(FALLBACK_FORMAT.visualsSetupMinutes + 2 * FALLBACK_FORMAT.visualsMinutes);
  });

  it('takes a custom ritual', () => {
    const ritual = { weekday: 5, start: 16 * 60, minutes: 30 };
    expect(planBatchSession(afternoon, [], formats, { ritual }).ritual).toEqual(ritual);
  });
});

describe('a month of content fits one afternoon with the seeded estimates', () => {
  it('the typical month (20 items: posts, carousels, stories on three channels) fits a 4-hour afternoon', () => {
    const month = typicalMonth();
    expect(month).toHaveLength(20);
    const plan = planBatchSession(afternoon, month, formats);
    expect(plan.fits).toBe(true);
    expect(plan.totalMinutes).toBe(230);
    expect(plan.phases.at(-1)!.endMinute).toBeLessThanOrEqual(afternoon.end);
  });

  it('heavy formats (short video, article, live) go to their own production slots; the afternoon still fits', () => {
    const month = typicalMonth();
    const video = item({ formatId: F.shortVideo, plannedDate: '2025-12-20' });
    const article = item({ formatId: F.article, plannedDate: '2025-12-21' });
    const live = item({ formatId: F.live, plannedDate: '2025-12-22' });
    const plan = planBatchSession(afternoon, [...month, video, article, live], formats);
    expect(plan.fits).toBe(true);
    expect(plan.productionSlots).toEqual([
      { formatId: F.shortVideo, itemIds: [video.id], minutes: 15 + 15 + 30 + 45 },
      { formatId: F.article, itemIds: [article.id], minutes: 10 + 90 + 5 + 15 },
      { formatId: F.live, itemIds: [live.id], minutes: 10 + 30 + 5 + 10 },
    ]);
    // they are planned, reviewed and scheduled in the session: one minute each in phases 1, 3 and 4
    expect(plan.totalMinutes).toBe(230 + 3 * 3);
  });

  it('six short videos are cut into production slots no longer than the afternoon, each paying its setup again', () => {
    const videos = Array.from({ length: 6 }, (_, k) => item({ formatId: F.shortVideo, plannedDate: `2025-12-${String(k + 1).padStart(2, '0')}` }));
    const plan = planBatchSession(afternoon, videos, formats);
    // setup 15 + 30, then 60 a video: three fit in 240 minutes (225), a fourth would not (285)
    expect(plan.productionSlots).toEqual([
      { formatId: F.shortVideo, itemIds: videos.slice(0, 3).map((v) => v.id), minutes: 45 + 3 * 60 },
      { formatId: F.shortVideo, itemIds: videos.slice(3).map((v) => v.id), minutes: 45 + 3 * 60 },
    ]);
    // a single article longer than a 90-minute session is a slot of its own
    const article = item({ formatId: F.article, plannedDate: '2025-12-10' });
    expect(planBatchSession({ start: 13 * 60, end: 14 * 60 + 30 }, [article], formats).productionSlots).toEqual([{ formatId: F.article, itemIds: [article.id], minutes: 120 }]);
  });

  it('the ten items of the December report fit, in five boxes ending by the session end', () => {
    const items = [F.post, F.post, F.post, F.carousel, F.carousel, F.story, F.story, F.story, F.infographic, F.shortVideo].map((formatId, k) => item({ formatId, plannedDate: `2025-12-0${1 + (k % 9)}` }));
    const plan = planBatchSession({ start: 20 * 60 + 5, end: 23 * 60 + 59 }, items, formats);
    expect(plan.fits).toBe(true);
    expect(plan.phases.map((p) => p.phase)).toEqual(['1', '2a', '2b', '3', '4']);
    expect(plan.phases.at(-1)!.endMinute).toBeLessThanOrEqual(23 * 60 + 59);
  });
});

describe('planBatchSession overflow and the split it proposes', () => {
  const items = [
    item({ title: 'A', formatId: F.post, plannedDate: '2025-11-03' }),
    item({ title: 'B', formatId: F.carousel, plannedDate: '2025-11-04' }),
    item({ title: 'C', formatId: F.carousel, plannedDate: '2025-11-05' }),
    item({ title: 'D', formatId: F.infographic, plannedDate: '2025-11-06' }),
    item({ title: 'E', formatId: F.story, plannedDate: '2025-11-28' }),
    item({ title: 'F', formatId: F.post, plannedDate: '2025-11-27' }),
    item({ title: 'G', formatId: F.infographic, plannedDate: '2025-11-10' }),
    item({ title: 'H', formatId: F.carousel, plannedDate: '2025-11-12' }),
  ];
  const byTitle = (t: string) => items.find((i) => i.title === t)!.id;
  const hour = { start: 20 * 60, end: 21 * 60 + 30 };

  it('says by how much it overflows and never plans past the session end', () => {
    const plan = planBatchSession(hour, items, formats);
    expect(plan.fits).toBe(false);
    expect(plan.availableMinutes).toBe(90);
    expect(plan.overflowMinutes).toBe(plan.totalMinutes - 90);
    expect(plan.phases.at(-1)!.endMinute).toBeLessThanOrEqual(hour.end);
    expect(plan.phases.reduce((s, p) => s + p.minutes, 0)).toBe(plan.totalAfterProposals);
  });

  it('moves the latest-planned items to a second afternoon, and no moved item could have stayed', () => {
    const plan = planBatchSession(hour, items, formats);
    expect(plan.proposalsFit).toBe(true);
    const moved = plan.proposals.map((p) => p.itemId);
    expect(moved[0]).toBe(byTitle('E'));
    expect(moved).not.toContain(byTitle('A'));
    expect(plan.totalAfterProposals).toBeLessThanOrEqual(90);
    for (const id of moved) {
      const kept = items.filter((i) => !moved.includes(i.id) || i.id === id);
      expect(planBatchSession(hour, kept, formats).totalMinutes).toBeGreaterThan(90);
    }
  });

  it('proposes lighter formats already in the session as another way to fit', () => {
    const mixed = [...Array.from({ length: 6 }, () => item({ formatId: F.carousel })), ...Array.from({ length: 6 }, () => item({ formatId: F.post }))];
    const plan = planBatchSession({ start: 780, end: 780 + 125 }, mixed, formats);
    expect(plan.fits).toBe(false);
    expect(plan.lighterFits).toBe(true);
    expect(plan.lighter.every((l) => l.fromFormatId === F.carousel && l.toFormatId === F.post && l.savedMinutes > 0)).toBe(true);
    const switched = mixed.map((i) => (plan.lighter.some((l) => l.itemId === i.id) ? { ...i, formatId: F.post } : i));
    expect(planBatchSession({ start: 780, end: 905 }, switched, formats).fits).toBe(true);
  });

  it('moves everything and boxes the overhead into the session when even that does not fit', () => {
    const many = Array.from({ length: 30 }, () => item({ formatId: F.post }));
    const plan = planBatchSession({ start: 13 * 60, end: 13 * 60 + 20 }, many, formats);
    expect(plan.proposalsFit).toBe(false);
    expect(plan.proposals).toHaveLength(30);
    expect(plan.phases.at(-1)!.endMinute).toBeLessThanOrEqual(13 * 60 + 20);
  });

  it('treats end before start as no time available', () => {
    const plan = planBatchSession({ start: 900, end: 800 }, [item({})], formats);
    expect(plan.availableMinutes).toBe(0);
    expect(plan.overflowMinutes).toBe(plan.totalMinutes);
  });

  it('property: phases end by the session end and midnight; the kept items fit; no moved item could stay; production slots hold each heavy item once, within the session length', () => {
    const arbItem = fc.record({
      formatId: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, null),
      status: fc.constantFrom<ContentStatus>('idea', 'drafting', 'visuals', 'review', 'ready'),
      day: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 30 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 600 }), (specs, start, length) => {
        const list = specs.map((s, i) => ({ ...item({ formatId: s.formatId, status: s.status, plannedDate: s.day === null ? null : `2025-11-0${s.day}` }), id: i + 1 }));
        const session = { start, end: Math.min(1439, start + length) };
        const plan = planBatchSession(session, list, formats);
        expect(plan.phases.at(-1)!.endMinute).toBeLessThanOrEqual(Math.max(session.start, session.end));
        expect(plan.overflowMinutes).toBe(Math.max(0, plan.totalMinutes - plan.availableMinutes));
        // every heavy item active in the session is in one production slot, each no longer than the session (or alone in it)
        const slotted = plan.productionSlots.flatMap((p) => p.itemIds);
        expect(new Set(slotted).size).toBe(slotted.length);
        expect(slotted.sort((a, b) => a - b)).toEqual(list.filter((i) => i.formatId !== null && formats.find((f) => f.id === i.formatId)!.productionSlot).map((i) => i.id));
        for (const p of plan.productionSlots) if (p.itemIds.length > 1) expect(p.minutes).toBeLessThanOrEqual(plan.availableMinutes > 0 ? plan.availableMinutes : 240);
        if (plan.fits) {
          expect(plan.proposals).toEqual([]);
          return;
        }
        const moved = new Set(plan.proposals.map((p) => p.itemId));
        const totalOf = (ids: Set<number>) => planBatchSession(session, list.filter((i) => !ids.has(i.id)), formats).totalMinutes;
        expect(plan.totalAfterProposals).toBe(totalOf(moved));
        if (!plan.proposalsFit) return;
        expect(plan.totalAfterProposals).toBeLessThanOrEqual(plan.availableMinutes);
        for (const id of moved) expect(totalOf(new Set([...moved].filter((x) => x !== id)))).toBeGreaterThan(plan.availableMinutes);
      }),
      { numRuns: 300 },
    );
  });
});

describe('advanceStatus', () => {
  const at = (status: ContentStatus, publishAt: number | null = 1) => item({ status, publishAt });

  it.each([
    ['writing', 'idea', 'visuals'],
    ['writing', 'drafting', 'visuals'],
    ['visuals', 'drafting', 'review'],
    ['visuals', 'visuals', 'review'],
    ['review', 'review', 'ready'],
    ['review', 'idea', 'ready'],
    ['scheduling', 'ready', 'scheduled'],
  ] as const)('%s moves %s to %s', (phase, from, to) => {
    expect(advanceStatus(phase, at(from)).status).toBe(to);
  });

  it('never moves an item backwards', () => {
    for (const status of CONTENT_STATUSES) {
      for (const phase of ['strategy', 'writing', 'visuals', 'review', 'scheduling'] as const) {
        const before = at(status);
        const after = advanceStatus(phase, before);
        if (status === 'archived') expect(after).toBe(before);
        else expect(CONTENT_STATUSES.indexOf(after.status)).toBeGreaterThanOrEqual(CONTENT_STATUSES.indexOf(status));
      }
    }
    const published = at('published');
    expect(advanceStatus('review', published)).toBe(published);
  });

  it('does not mark an item scheduled without a publish time, and strategy moves nothing', () => {
    const noTime = at('ready', null);
    expect(advanceStatus('scheduling', noTime)).toBe(noTime);
    const idea = at('idea');
    expect(advanceStatus('strategy', idea)).toBe(idea);
  });

  it('returns a new object and leaves the input alone', () => {
    const before = at('idea');
    const after = advanceStatus('writing', before);
    expect(before.status).toBe('idea');
    expect(after).not.toBe(before);
    expect({ ...after, status: 'idea' }).toEqual(before);
  });
});

describe('phaseChecklist', () => {
  const a = item({ title: 'Late', plannedDate: '2025-11-20', status: 'visuals' });
  const b = item({ title: 'Early', plannedDate: '2025-11-02', status: 'idea' });
  const c = item({ title: 'Gone', status: 'archived' });
  const d = item({ title: 'No time', plannedDate: null, status: 'ready', publishAt: null });

  it('lists the general steps of the strategy phase, ticked from the run state', () => {
    const state = toggleChecked(newRunState(), 'strategy:gaps');
    const list = phaseChecklist('strategy', [a, b], state.checked);
    expect(list.map((e) => [e.id, e.labelKey, e.done])).toEqual([
      ['strategy:objectives', 'calendar.checklist.strategy.objectives', false],
      ['strategy:messages', 'calendar.checklist.strategy.messages', false],
      ['strategy:channels', 'calendar.checklist.strategy.channels', false],
      ['strategy:gaps', 'calendar.checklist.strategy.gaps', true],
      ['strategy:dates', 'calendar.checklist.strategy.dates', false],
    ]);
    expect(phaseChecklist('strategy', [], toggleChecked(state, 'strategy:gaps').checked).every((e) => !e.done)).toBe(true);
  });

  it('lists one entry per item by planned date, done once the status is past the phase', () => {
    const list = phaseChecklist('writing', [a, b, c, d]);
    expect(list.map((e) => [e.itemId, e.labelKey, e.params.title, e.done])).toEqual([
      [b.id, 'calendar.checklist.writeItem', 'Early', false],
      [a.id, 'calendar.checklist.writeItem', 'Late', true],
      [d.id, 'calendar.checklist.writeItem', 'No time', true],
    ]);
    expect(phaseChecklist('visuals', [a, b]).map((e) => e.done)).toEqual([false, false]);
  });

  it('asks for a publish time in scheduling when an item has none', () => {
    const list = phaseChecklist('scheduling', [d]);
    expect(list.map((e) => e.labelKey)).toEqual([
      'calendar.checklist.scheduling.export',
      'calendar.checklist.scheduling.check',
      'calendar.checklist.scheduleItemNoTime',
    ]);
    expect(phaseChecklist('review', [d]).at(-1)).toMatchObject({ labelKey: 'calendar.checklist.reviewItem', done: true });
  });

  it('isActiveItem covers idea to ready', () => {
    expect(CONTENT_STATUSES.filter((s) => isActiveItem(item({ status: s })))).toEqual(['idea', 'drafting', 'visuals', 'review', 'ready']);
  });
});
