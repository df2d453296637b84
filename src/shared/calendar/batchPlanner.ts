// Plans a batch session: time boxes for its phases, overflow, and what to move when the
// items do not fit. Also the checklist of each phase and the status an item reaches when a
// phase is done. Run-state helpers live in ./batchRun and are re-exported here.
//
// Time-box rules (n = active items, see isActiveItem):
//   strategy   = 20 + 2 × n                     (objectives, messages, channels, dates)
//   writing    = Σ writingMinutes of the items whose writing is not done (idea, drafting)
//   visuals    = Σ visualsMinutes of the items whose visuals are not done (≤ visuals)
//   review     = max(15, 3 × n)                 (one global review)
//   scheduling = max(10, 2 × n)                 (mass scheduling)
// An item without a format (or with an unknown one) uses FALLBACK_EFFORT.
// The blocks run back to back from session.start. Phase 5, the performance follow-up
// ritual, is not inside the session: it is a weekly 30-minute slot (plan.ritual).
import {
  BATCH_PHASES,
  DEFAULT_RITUAL,
  PHASE_NUMBER,
  STATUS_ORDER,
  type BatchSession,
  type ContentItem,
  type ContentStatus,
  type Format,
  type PhaseKey,
  type RitualSlot,
} from './types';

export * from './batchRun';

export const PLANNER_RULES = {
  strategyBase: 20,
  strategyPerItem: 2,
  reviewPerItem: 3,
  reviewMin: 15,
  schedulingPerItem: 2,
  schedulingMin: 10,
} as const;

/** Effort of an item with no known format (the seeded 'post' format's). */
export const FALLBACK_EFFORT = { writingMinutes: 20, visualsMinutes: 15 } as const;

export interface PlannedPhase {
  key: PhaseKey;
  /** the design's phase number: strategy 1, writing and visuals 2, review 3, scheduling 4 */
  phase: 1 | 2 | 3 | 4;
  minutes: number;
  /** minutes since local midnight on session.date; may run past session.end */
  startMinute: number;
  endMinute: number;
}

export interface MoveProposal {
  itemId: number;
  /** writing + visuals minutes the item still needs */
  effortMinutes: number;
}

export interface BatchPlan {
  phases: PlannedPhase[];
  totalMinutes: number;
  /** session.end − session.start (0 if end is not after start) */
  availableMinutes: number;
  /** max(0, total − available) */
  overflowMinutes: number;
  fits: boolean;
  /** the active items the plan counts, in the input order */
  itemIds: number[];
  /** items to move to another session so that the rest fits; [] when it fits */
  proposals: MoveProposal[];
  /** total once the proposals are moved (= totalMinutes when there are none) */
  totalAfterProposals: number;
  /** false when even an empty session (fixed overhead) does not fit the available time */
  proposalsFit: boolean;
  ritual: RitualSlot;
}

export interface PlannerOptions {
  ritual?: RitualSlot;
}

/** Items the session still works on: idea to ready. */
export function isActiveItem(item: ContentItem): boolean {
  const order = STATUS_ORDER[item.status];
  return order >= STATUS_ORDER.idea && order <= STATUS_ORDER.ready;
}

function itemEffort(item: ContentItem, formats: ReadonlyMap<number, Format>): { writing: number; visuals: number } {
  const format = item.formatId === null ? undefined : formats.get(item.formatId);
  const est = format ?? FALLBACK_EFFORT;
  const order = STATUS_ORDER[item.status];
  return {
    writing: order <= STATUS_ORDER.drafting ? Math.max(0, est.writingMinutes) : 0,
    visuals: order <= STATUS_ORDER.visuals ? Math.max(0, est.visualsMinutes) : 0,
  };
}

/** Minutes that do not depend on which items: strategy, review and scheduling for n items. */
function overheadMinutes(n: number): number {
  const r = PLANNER_RULES;
  return r.strategyBase + r.strategyPerItem * n + Math.max(r.reviewMin, r.reviewPerItem * n) + Math.max(r.schedulingMin, r.schedulingPerItem * n);
}

/**
 * Removal order, lowest priority first: latest planned date first (no planned date counts
 * as the latest), then largest remaining effort, then highest id (the newest item).
 */
function compareRemoval(a: { item: ContentItem; effort: number }, b: { item: ContentItem; effort: number }): number {
  const da = a.item.plannedDate;
  const db = b.item.plannedDate;
  if (da !== db) {
    if (da === null) return -1;
    if (db === null) return 1;
    return da < db ? 1 : -1;
  }
  if (a.effort !== b.effort) return b.effort - a.effort;
  return b.item.id - a.item.id;
}

/**
 * The fewest items to move so that the rest fits, choosing the lowest-priority ones.
 * With n items kept, the total is overhead(n) + the kept items' effort, so for a given count
 * k only the removed effort matters: k is the smallest count whose k largest efforts are
 * enough, then a greedy pass over the removal order takes each item whenever the remaining
 * largest efforts can still complete a fitting set of k (exact, hence deterministic).
 */
function chooseProposals(
  entries: { item: ContentItem; effort: number }[],
  available: number,
): { proposals: MoveProposal[]; fits: boolean; total: number } {
  const n = entries.length;
  const allEffort = entries.reduce((s, e) => s + e.effort, 0);
  const totalWithout = (k: number, removedEffort: number): number => overheadMinutes(n - k) + allEffort - removedEffort;

  const byEffort = entries.map((e) => e.effort).sort((a, b) => b - a);
  let k = 0;
  let best = 0;
  while (k < n && totalWithout(k, best) > available) {
    best += byEffort[k];
    k += 1;
  }
  if (totalWithout(k, best) > available) {
    // even an empty session does not fit: move everything
    const all = entries.slice().sort(compareRemoval);
    return { proposals: all.map((e) => ({ itemId: e.item.id, effortMinutes: e.effort })), fits: false, total: totalWithout(n, allEffort) };
  }
  if (k === 0) return { proposals: [], fits: true, total: totalWithout(0, 0) };

  const order = entries.slice().sort(compareRemoval);
  const chosen: MoveProposal[] = [];
  let removed = 0;
  for (let i = 0; i < order.length && chosen.length < k; i += 1) {
    const need = k - chosen.length - 1;
    const rest = order
      .slice(i + 1)
      .map((e) => e.effort)
      .sort((a, b) => b - a)
      .slice(0, need);
    if (rest.length < need) continue;
    const candidate = removed + order[i].effort + rest.reduce((s, x) => s + x, 0);
    if (totalWithout(k, candidate) <= available) {
      chosen.push({ itemId: order[i].item.id, effortMinutes: order[i].effort });
      removed += order[i].effort;
    }
  }
  return { proposals: chosen, fits: true, total: totalWithout(k, removed) };
}

export function planBatchSession(
  session: Pick<BatchSession, 'start' | 'end'>,
  items: readonly ContentItem[],
  formats: readonly Format[],
  options: PlannerOptions = {},
): BatchPlan {
  const formatById = new Map(formats.map((f) => [f.id, f]));
  const active = items.filter(isActiveItem);
  const efforts = active.map((item) => itemEffort(item, formatById));
  const n = active.length;
  const r = PLANNER_RULES;

  const minutesByKey: Record<PhaseKey, number> = {
    strategy: r.strategyBase + r.strategyPerItem * n,
    writing: efforts.reduce((s, e) => s + e.writing, 0),
    visuals: efforts.reduce((s, e) => s + e.visuals, 0),
    review: Math.max(r.reviewMin, r.reviewPerItem * n),
    scheduling: Math.max(r.schedulingMin, r.schedulingPerItem * n),
  };

  let cursor = session.start;
  const phases: PlannedPhase[] = BATCH_PHASES.map((key) => {
    const minutes = minutesByKey[key];
    const phase: PlannedPhase = { key, phase: PHASE_NUMBER[key], minutes, startMinute: cursor, endMinute: cursor + minutes };
    cursor += minutes;
    return phase;
  });

  const totalMinutes = cursor - session.start;
  const availableMinutes = Math.max(0, session.end - session.start);
  const overflowMinutes = Math.max(0, totalMinutes - availableMinutes);
  const entries = active.map((item, i) => ({ item, effort: efforts[i].writing + efforts[i].visuals }));
  const choice = overflowMinutes > 0 ? chooseProposals(entries, availableMinutes) : { proposals: [], fits: true, total: totalMinutes };

  return {
    phases,
    totalMinutes,
    availableMinutes,
    overflowMinutes,
    fits: overflowMinutes === 0,
    itemIds: active.map((i) => i.id),
    proposals: choice.proposals,
    totalAfterProposals: choice.total,
    proposalsFit: choice.fits,
    ritual: options.ritual ?? DEFAULT_RITUAL,
  };
}

// ---------------------------------------------------------------------------------------
// Checklists

export interface ChecklistEntry {
  /** stable id, for RunState.checked */
  id: string;
  /** i18n key of the label */
  labelKey: string;
  params: Record<string, string | number>;
  /** the content item this entry is about, or null for a general step */
  itemId: number | null;
  /** general steps: ticked in RunState.checked; item steps: derived from the item's status */
  done: boolean;
}

/** General steps of each phase: [step, i18n key]. */
const GENERAL_STEPS: Record<PhaseKey, readonly (readonly [string, string])[]> = {
  strategy: [
    ['objectives', 'calendar.checklist.strategy.objectives'],
    ['messages', 'calendar.checklist.strategy.messages'],
    ['channels', 'calendar.checklist.strategy.channels'],
    ['gaps', 'calendar.checklist.strategy.gaps'],
    ['dates', 'calendar.checklist.strategy.dates'],
  ],
  writing: [],
  visuals: [],
  review: [
    ['tone', 'calendar.checklist.review.tone'],
    ['limits', 'calendar.checklist.review.limits'],
    ['links', 'calendar.checklist.review.links'],
  ],
  scheduling: [
    ['export', 'calendar.checklist.scheduling.export'],
    ['check', 'calendar.checklist.scheduling.check'],
  ],
};

/** Status an item reaches when the phase is done for it (null: the phase moves no item). */
const PHASE_TARGET: Record<PhaseKey, ContentStatus | null> = {
  strategy: null,
  writing: 'visuals', // drafting done
  visuals: 'review', // visuals done
  review: 'ready',
  scheduling: 'scheduled',
};

const ITEM_LABEL: Record<PhaseKey, string | null> = {
  strategy: null,
  writing: 'calendar.checklist.writeItem',
  visuals: 'calendar.checklist.visualsItem',
  review: 'calendar.checklist.reviewItem',
  scheduling: 'calendar.checklist.scheduleItem',
};

function byPlannedDate(a: ContentItem, b: ContentItem): number {
  if (a.plannedDate !== b.plannedDate) {
    if (a.plannedDate === null) return 1;
    if (b.plannedDate === null) return -1;
    return a.plannedDate < b.plannedDate ? -1 : 1;
  }
  return a.id - b.id;
}

/**
 * The checklist of a phase: its general steps (labels 'calendar.checklist.<phase>.<step>'),
 * then one entry per non-archived item, by planned date, done once the item's status has
 * reached the phase's target. In scheduling, an item with no publish time gets the label
 * 'calendar.checklist.scheduleItemNoTime'.
 */
export function phaseChecklist(phaseKey: PhaseKey, items: readonly ContentItem[], checked: readonly string[] = []): ChecklistEntry[] {
  const general: ChecklistEntry[] = GENERAL_STEPS[phaseKey].map(([step, labelKey]) => {
    const id = `${phaseKey}:${step}`;
    return { id, labelKey, params: {}, itemId: null, done: checked.includes(id) };
  });
  const label = ITEM_LABEL[phaseKey];
  const target = PHASE_TARGET[phaseKey];
  if (label === null || target === null) return general;
  const perItem: ChecklistEntry[] = items
    .filter((item) => item.status !== 'archived')
    .slice()
    .sort(byPlannedDate)
    .map((item) => ({
      id: `${phaseKey}:item:${item.id}`,
      labelKey: phaseKey === 'scheduling' && item.publishAt === null ? 'calendar.checklist.scheduleItemNoTime' : label,
      params: { title: item.title },
      itemId: item.id,
      done: STATUS_ORDER[item.status] >= STATUS_ORDER[target],
    }));
  return [...general, ...perItem];
}

/**
 * The item once `phaseKey` is done for it: writing → 'visuals' (drafting done), visuals →
 * 'review' (visuals done), review → 'ready', scheduling → 'scheduled' (only with a publish
 * time). Never moves an item backwards; archived items and the strategy phase change
 * nothing. Returns the same object when nothing changes.
 */
export function advanceStatus(phaseKey: PhaseKey, item: ContentItem): ContentItem {
  const target = PHASE_TARGET[phaseKey];
  if (target === null || item.status === 'archived') return item;
  if (target === 'scheduled' && item.publishAt === null) return item;
  if (STATUS_ORDER[item.status] >= STATUS_ORDER[target]) return item;
  return { ...item, status: target };
}
