import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_EFFORT,
  advanceStatus,
  isActiveItem,
  newRunState,
  phaseChecklist,
  planBatchSession,
  toggleChecked,
} from './batchPlanner';
import { item } from '../../../tests/helpers/calendarFixtures';
import { CONTENT_STATUSES, DEFAULT_RITUAL, SEED_FORMATS, type ContentItem, type ContentStatus } from './types';

const formats = SEED_FORMATS.slice();
const F = { shortVideo: 1, carousel: 2, infographic: 3, story: 4, post: 5, article: 6, live: 7 };
const afternoon = { start: 13 * 60, end: 17 * 60 };

describe('planBatchSession time boxes', () => {
  it('boxes each phase from the rules and chains them from the session start', () => {
    const items = [item({ formatId: F.post }), item({ formatId: F.carousel }), item({ formatId: F.story })];
    const plan = planBatchSession(afternoon, items, formats);
    expect(plan.phases).toEqual([
      { key: 'strategy', phase: 1, minutes: 26, startMinute: 780, endMinute: 806 },
      { key: 'writing', phase: 2, minutes: 70, startMinute: 806, endMinute: 876 },
      { key: 'visuals', phase: 2, minutes: 95, startMinute: 876, endMinute: 971 },
      { key: 'review', phase: 3, minutes: 15, startMinute: 971, endMinute: 986 },
      { key: 'scheduling', phase: 4, minutes: 10, startMinute: 986, endMinute: 996 },
    ]);
    expect(plan).toMatchObject({ totalMinutes: 216, availableMinutes: 240, overflowMinutes: 0, fits: true, proposals: [], totalAfterProposals: 216 });
    expect(plan.ritual).toEqual(DEFAULT_RITUAL);
  });

  it('scales review and scheduling per item above their minimums', () => {
    const items = Array.from({ length: 10 }, () => item({ formatId: F.story }));
    const plan = planBatchSession({ start: 0, end: 1000 }, items, formats);
    const box = Object.fromEntries(plan.phases.map((p) => [p.key, p.minutes]));
    expect(box).toEqual({ strategy: 40, writing: 100, visuals: 200, review: 30, scheduling: 20 });
  });

  it('counts only the work left: no writing once drafted, no creation once in review', () => {
    const items = [
      item({ formatId: F.carousel, status: 'drafting' }), // 40 + 60
      item({ formatId: F.carousel, status: 'visuals' }), // 0 + 60
      item({ formatId: F.carousel, status: 'review' }), // 0 + 0
      item({ formatId: F.carousel, status: 'scheduled' }), // not counted
      item({ formatId: F.carousel, status: 'archived' }), // not counted
    ];
    const plan = planBatchSession(afternoon, items, formats);
    expect(plan.itemIds).toEqual(items.slice(0, 3).map((i) => i.id));
    expect(plan.phases.map((p) => p.minutes)).toEqual([26, 40, 120, 15, 10]);
  });

  it('uses the fallback effort for an item with no or an unknown format', () => {
    const plan = planBatchSession(afternoon, [item({ formatId: null }), item({ formatId: 999 })], formats);
    expect(plan.phases[1].minutes).toBe(2 * FALLBACK_EFFORT.writingMinutes);
    expect(plan.phases[2].minutes).toBe(2 * FALLBACK_EFFORT.visualsMinutes);
  });

  it('takes a custom ritual', () => {
    const ritual = { weekday: 5, start: 16 * 60, minutes: 30 };
    expect(planBatchSession(afternoon, [], formats, { ritual }).ritual).toEqual(ritual);
  });
});

describe('planBatchSession overflow and proposals', () => {
  const items = [
    item({ title: 'A', formatId: F.post, plannedDate: '2025-11-03' }), // 35
    item({ title: 'B', formatId: F.carousel, plannedDate: '2025-11-04' }), // 100
    item({ title: 'C', formatId: F.shortVideo, plannedDate: '2025-11-05' }), // 120
    item({ title: 'D', formatId: F.article, plannedDate: '2025-11-06' }), // 140
    item({ title: 'E', formatId: F.story, plannedDate: '2025-11-28' }), // 30
    item({ title: 'F', formatId: F.post, plannedDate: '2025-11-27' }), // 35
    item({ title: 'G', formatId: F.infographic, plannedDate: '2025-11-10' }), // 105
    item({ title: 'H', formatId: F.live, plannedDate: '2025-11-12' }), // 60
  ];
  const byTitle = (t: string) => items.find((i) => i.title === t)!.id;

  it('reports the overflow', () => {
    const plan = planBatchSession(afternoon, items, formats);
    // overhead for 8 items: 20 + 16 + 24 + 16 = 76; effort 625
    expect(plan.totalMinutes).toBe(701);
    expect(plan.overflowMinutes).toBe(461);
    expect(plan.fits).toBe(false);
  });

  it('proposes the fewest items, the lowest-priority ones, so that the rest fits', () => {
    const plan = planBatchSession(afternoon, items, formats);
    // 4 items are needed (removed effort ≥ 438); E, F and H cannot be part of any such set.
    expect(plan.proposals.map((p) => p.itemId)).toEqual(['G', 'D', 'C', 'B'].map(byTitle));
    expect(plan.proposals.map((p) => p.effortMinutes)).toEqual([105, 140, 120, 100]);
    expect(plan.totalAfterProposals).toBe(213);
    expect(plan.proposalsFit).toBe(true);
    const moved = new Set(plan.proposals.map((p) => p.itemId));
    const rest = planBatchSession(afternoon, items.filter((i) => !moved.has(i.id)), formats);
    expect(rest.fits).toBe(true);
    expect(rest.totalMinutes).toBe(213);
  });

  it('moves the latest-planned items first when any item would do', () => {
    const same = [
      item({ formatId: F.post, plannedDate: '2025-11-10' }),
      item({ formatId: F.post, plannedDate: null }),
      item({ formatId: F.post, plannedDate: '2025-11-20' }),
    ];
    // overhead(3) = 20+6+15+10 = 51; effort 105 → 156; available 125 → one item must go
    const plan = planBatchSession({ start: 0, end: 125 }, same, formats);
    expect(plan.proposals.map((p) => p.itemId)).toEqual([same[1].id]);
    const dated = same.filter((i) => i.plannedDate !== null);
    expect(planBatchSession({ start: 0, end: 125 }, dated, formats).proposals).toEqual([]);
    const two = planBatchSession({ start: 0, end: 90 }, dated, formats); // 20+4+15+10+70 = 119 → one goes
    expect(two.proposals.map((p) => p.itemId)).toEqual([dated[1].id]);
  });

  it('prefers the larger effort among items planned the same day', () => {
    const sameDay = [item({ formatId: F.post, plannedDate: '2025-11-10' }), item({ formatId: F.carousel, plannedDate: '2025-11-10' })];
    const plan = planBatchSession({ start: 0, end: 100 }, sameDay, formats); // 20+4+15+10+135 = 184
    expect(plan.proposals.map((p) => p.itemId)).toEqual([sameDay[1].id]);
  });

  it('moves everything and says so when even the fixed overhead does not fit', () => {
    const plan = planBatchSession({ start: 0, end: 30 }, items.slice(0, 2), formats);
    expect(plan.proposalsFit).toBe(false);
    expect(plan.proposals).toHaveLength(2);
    expect(plan.totalAfterProposals).toBe(45);
  });

  it('treats end before start as no time available', () => {
    const plan = planBatchSession({ start: 600, end: 500 }, [], formats);
    expect(plan.availableMinutes).toBe(0);
    expect(plan.overflowMinutes).toBe(plan.totalMinutes);
  });

  it('property: proposals are minimal, make the rest fit, and take the lowest priority (brute force)', () => {
    const arbItem = fc.record({
      formatId: fc.constantFrom(1, 2, 3, 4, 5, 6, 7, null),
      status: fc.constantFrom<ContentStatus>('idea', 'drafting', 'visuals', 'review', 'ready'),
      day: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 8 }), fc.integer({ min: 0, max: 900 }), (specs, available) => {
        const list = specs.map((s, i) => ({ ...item({ formatId: s.formatId, status: s.status, plannedDate: s.day === null ? null : `2025-11-0${s.day}` }), id: i + 1 }));
        const plan = planBatchSession({ start: 0, end: available }, list, formats);
        const totalWithout = (ids: Set<number>) => planBatchSession({ start: 0, end: available }, list.filter((i) => !ids.has(i.id)), formats).totalMinutes;
        const chosen = new Set(plan.proposals.map((p) => p.itemId));
        if (plan.fits) {
          expect(plan.proposals).toEqual([]);
          return;
        }
        if (!plan.proposalsFit) {
          expect(chosen.size).toBe(list.length);
          expect(totalWithout(chosen)).toBeGreaterThan(available);
          return;
        }
        expect(totalWithout(chosen)).toBeLessThanOrEqual(available);
        expect(plan.totalAfterProposals).toBe(totalWithout(chosen));
        // brute force over all subsets
        const fitting: number[][] = [];
        for (let mask = 0; mask < 1 << list.length; mask += 1) {
          const ids = list.filter((_, i) => mask & (1 << i)).map((i) => i.id);
          if (totalWithout(new Set(ids)) <= available) fitting.push(ids);
        }
        const k = Math.min(...fitting.map((s) => s.length));
        expect(chosen.size).toBe(k);
        // lowest priority first = lexicographically smallest in the removal order
        const removalOrder = list
          .slice()
          .sort((a, b) => {
            const da = a.plannedDate ?? '9999';
            const db = b.plannedDate ?? '9999';
            if (da !== db) return da < db ? 1 : -1;
            const ea = effortOf(a);
            const eb = effortOf(b);
            return eb - ea || b.id - a.id;
          })
          .map((i) => i.id);
        const key = (ids: number[]) => ids.map((id) => removalOrder.indexOf(id)).sort((a, b) => a - b);
        const best = fitting
          .filter((s) => s.length === k)
          .map(key)
          .sort((a, b) => {
            for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i] - b[i];
            return 0;
          })[0];
        expect(key([...chosen])).toEqual(best);
      }),
      { numRuns: 300 },
    );
  });
});

function effortOf(i: ContentItem): number {
  const f = formats.find((x) => x.id === i.formatId) ?? { writingMinutes: FALLBACK_EFFORT.writingMinutes, visualsMinutes: FALLBACK_EFFORT.visualsMinutes };
  const w = ['idea', 'drafting'].includes(i.status) ? f.writingMinutes : 0;
  const v = ['idea', 'drafting', 'visuals'].includes(i.status) ? f.visualsMinutes : 0;
  return w + v;
}

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
