// Plans a batch session: time boxes for its phases, what does not fit and how to split it, and
// the checklist of each phase and the status an item reaches when a phase is done. Run-state
// helpers live in ./batchRun and are re-exported here.
//
// Effort model (batching is what makes a month fit one afternoon): each creation block costs,
// per format present in the session, a one-off setup plus a marginal time per item
// (Format.writingSetupMinutes + n × writingMinutes, and the same for visuals). With n the active
// items (see isActiveItem):
//   1  strategy   = 15 + 1 × n                 (objectives, messages, channels, dates)
//   2a writing    = Σ per format: setup + marginal × items whose writing is not done (idea, drafting)
//   2b visuals    = Σ per format: setup + marginal × items whose visuals are not done (≤ visuals)
//   3  review     = max(10, 1 × n)             (one global review)
//   4  scheduling = max(10, 1 × n)             (mass scheduling: a bulk upload, then a check)
//   5  the performance follow-up ritual: a weekly slot outside the session (plan.ritual).
// Items of a production-slot format (short video, article, live) are planned, reviewed and
// scheduled in the session but produced in their own slots (plan.productionSlots). An item
// without a known format uses FALLBACK_FORMAT. The per-item rules of phases 1, 3 and 4 are our
// calibration, with the seeded estimates, on the typical month (see SEED_FORMATS in ./types).
//
// A plan never runs past the session's end, nor past midnight: when the items do not fit, the
// phases are boxed for the items that do, and the plan says by how much the whole overflows and
// proposes the split: move the lowest-priority items to a second afternoon (proposals), or
// make some items lighter (lighter), besides the production slots.
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
  strategyBase: 15,
  strategyPerItem: 1,
  reviewPerItem: 1,
  reviewMin: 10,
  schedulingPerItem: 1,
  schedulingMin: 10,
} as const;

/** The longest production slot proposed when the session itself has no length: a 4-hour afternoon. */
export const DEFAULT_SLOT_MINUTES = 240;

/** The estimates of an item with no known format (the seeded 'post' format's). */
export const FALLBACK_FORMAT: Omit<Format, 'id' | 'name'> = { writingSetupMinutes: 5, writingMinutes: 3, visualsSetupMinutes: 5, visualsMinutes: 2, productionSlot: false };

/** Minutes in a day: a session's plan ends by midnight. */
const DAY_MINUTES = 24 * 60;

export interface PlannedPhase {
  key: PhaseKey;
  /** the design's phase number: 1, 2a (writing), 2b (visuals), 3, 4 */
  phase: (typeof PHASE_NUMBER)[PhaseKey];
  minutes: number;
  /** minutes since local midnight on session.date; never past the session's end */
  startMinute: number;
  endMinute: number;
}

export interface MoveProposal {
  itemId: number;
  /** the item's marginal writing + visuals minutes still to do */
  effortMinutes: number;
}

/** Some of a heavy format's items, produced in a slot of their own outside the afternoon (no longer than the session; a format may need several). */
export interface ProductionSlot {
  /** null: items without a known format (never heavy today; kept for completeness) */
  formatId: number | null;
  itemIds: number[];
  /** setup + marginal minutes of the blocks still to do */
  minutes: number;
}

/** An item that could switch to a lighter format already in the session. */
export interface LighterProposal {
  itemId: number;
  fromFormatId: number | null;
  toFormatId: number;
  /** minutes the switch saves (its marginal difference, and a setup when it was its format's last item) */
  savedMinutes: number;
}

export interface BatchPlan {
  /** time boxes of the items kept in the session (all of them when it fits), back to back from start */
  phases: PlannedPhase[];
  /** what every active item of the session needs, all phases, production slots left out */
  totalMinutes: number;
  /** min(session.end, midnight) − session.start (0 if end is not after start) */
  availableMinutes: number;
  /** max(0, total − available) */
  overflowMinutes: number;
  fits: boolean;
  /** the active items the plan counts, in the input order */
  itemIds: number[];
  /** heavy formats, produced in their own slots, each no longer than the session (listed whether or not the session fits) */
  productionSlots: ProductionSlot[];
  /** items to move to a second afternoon so that the rest fits; [] when it fits */
  proposals: MoveProposal[];
  /** total once the proposals are moved (= totalMinutes when there are none) */
  totalAfterProposals: number;
  /** false when even a session without creation work (fixed overhead) does not fit */
  proposalsFit: boolean;
  /** another way to fit: items switched to the lightest format already in the session */
  lighter: LighterProposal[];
  /** true when the lighter formats alone make the session fit */
  lighterFits: boolean;
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

type Estimates = Omit<Format, 'id' | 'name'>;
const estimatesOf = (item: ContentItem, formats: ReadonlyMap<number, Format>): Estimates => (item.formatId === null ? undefined : formats.get(item.formatId)) ?? FALLBACK_FORMAT;
const formatKey = (item: ContentItem, formats: ReadonlyMap<number, Format>) => (item.formatId !== null && formats.has(item.formatId) ? item.formatId : null);
const needsWriting = (item: ContentItem) => STATUS_ORDER[item.status] <= STATUS_ORDER.drafting;
const needsVisuals = (item: ContentItem) => STATUS_ORDER[item.status] <= STATUS_ORDER.visuals;
const nonNegative = (n: number) => Math.max(0, n);

/** Marginal minutes an item still needs (writing + visuals), without setups. */
export function itemMarginalMinutes(item: ContentItem, formats: readonly Format[]): number {
  const est = estimatesOf(item, new Map(formats.map((f) => [f.id, f])));
  return (needsWriting(item) ? nonNegative(est.writingMinutes) : 0) + (needsVisuals(item) ? nonNegative(est.visualsMinutes) : 0);
}

/** Writing and visuals minutes of a set of items: per format, one setup when any item needs the block, plus the marginal times. */
function creationMinutes(items: readonly ContentItem[], formats: ReadonlyMap<number, Format>, formatOf: (item: ContentItem) => number | null = (i) => formatKey(i, formats)) {
  const groups = new Map<number | null, { est: Estimates; writing: number; visuals: number }>();
  for (const item of items) {
    const key = formatOf(item);
    const g = groups.get(key) ?? { est: key === null ? FALLBACK_FORMAT : formats.get(key)!, writing: 0, visuals: 0 };
    if (needsWriting(item)) g.writing += 1;
    if (needsVisuals(item)) g.visuals += 1;
    groups.set(key, g);
  }
  let writing = 0;
  let visuals = 0;
  for (const { est, writing: w, visuals: v } of groups.values()) {
    if (w > 0) writing += nonNegative(est.writingSetupMinutes) + w * nonNegative(est.writingMinutes);
    if (v > 0) visuals += nonNegative(est.visualsSetupMinutes) + v * nonNegative(est.visualsMinutes);
  }
  return { writing, visuals };
}

/** The boxes of phases 1, 3 and 4 for n active items. */
function overheadBoxes(n: number) {
  const r = PLANNER_RULES;
  return { strategy: r.strategyBase + r.strategyPerItem * n, review: Math.max(r.reviewMin, r.reviewPerItem * n), scheduling: Math.max(r.schedulingMin, r.schedulingPerItem * n) };
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

/** Lays the boxes back to back from `start`; when they exceed `available`, scales them down to it (whole minutes). */
function layOut(start: number, available: number, boxes: Record<PhaseKey, number>): PlannedPhase[] {
  const total = BATCH_PHASES.reduce((s, k) => s + boxes[k], 0);
  const scale = total > available ? available / total : 1;
  let cursor = start;
  return BATCH_PHASES.map((key) => {
    const minutes = scale < 1 ? Math.floor(boxes[key] * scale) : boxes[key];
    const phase: PlannedPhase = { key, phase: PHASE_NUMBER[key], minutes, startMinute: cursor, endMinute: cursor + minutes };
    cursor += minutes;
    return phase;
  });
}

export function planBatchSession(
  session: Pick<BatchSession, 'start' | 'end'>,
  items: readonly ContentItem[],
  formats: readonly Format[],
  options: PlannerOptions = {},
): BatchPlan {
  const formatById = new Map(formats.map((f) => [f.id, f]));
  const active = items.filter(isActiveItem);
  const heavy = (i: ContentItem) => estimatesOf(i, formatById).productionSlot;
  const batch = active.filter((i) => !heavy(i));
  const production = active.filter(heavy);
  const availableMinutes = nonNegative(Math.min(session.end, DAY_MINUTES) - session.start);

  const boxesFor = (kept: readonly ContentItem[], formatOf?: (item: ContentItem) => number | null): Record<PhaseKey, number> => ({
    ...overheadBoxes(kept.length + production.length),
    ...creationMinutes(kept, formatById, formatOf),
  });
  const totalOf = (boxes: Record<PhaseKey, number>) => BATCH_PHASES.reduce((s, k) => s + boxes[k], 0);
  const full = boxesFor(batch);
  const totalMinutes = totalOf(full);
  const overflowMinutes = nonNegative(totalMinutes - availableMinutes);

  // Second afternoon: take out the lowest-priority items until the rest fits, then put back,
  // highest priority first, every item that still fits (so no moved item could have stayed).
  const effort = (i: ContentItem) => itemMarginalMinutes(i, formats);
  const proposals: MoveProposal[] = [];
  let kept = batch;
  if (overflowMinutes > 0) {
    const order = batch.map((item) => ({ item, effort: effort(item) })).sort(compareRemoval);
    const out = new Set<ContentItem>();
    const rest = () => batch.filter((i) => !out.has(i));
    for (const e of order) {
      if (totalOf(boxesFor(rest())) <= availableMinutes) break;
      out.add(e.item);
    }
    for (const e of [...order].reverse()) {
      if (!out.has(e.item)) continue;
      out.delete(e.item);
      if (totalOf(boxesFor(rest())) > availableMinutes) out.add(e.item);
    }
    kept = rest();
    for (const e of order) if (out.has(e.item)) proposals.push({ itemId: e.item.id, effortMinutes: e.effort });
  }
  const keptBoxes = boxesFor(kept);
  const totalAfterProposals = totalOf(keptBoxes);

  // Lighter formats: switch items, largest saving first, to the lightest format already in the session.
  const lighter: LighterProposal[] = [];
  let lighterFits = false;
  if (overflowMinutes > 0) {
    const used = [...new Set(batch.map((i) => formatKey(i, formatById)).filter((k): k is number => k !== null))].map((id) => formatById.get(id)!);
    const marginal = (f: Estimates) => nonNegative(f.writingMinutes) + nonNegative(f.visualsMinutes);
    const lightest = used.sort((a, b) => marginal(a) - marginal(b) || a.id - b.id)[0];
    if (lightest) {
      const switched = new Map<ContentItem, number>();
      const formatOf = (i: ContentItem) => switched.get(i) ?? formatKey(i, formatById);
      let total = totalMinutes;
      const candidates = batch.filter((i) => formatKey(i, formatById) !== lightest.id && marginal(estimatesOf(i, formatById)) > marginal(lightest));
      while (total > availableMinutes && candidates.length > 0) {
        let best = -1;
        let bestTotal = total;
        candidates.forEach((i, k) => {
          switched.set(i, lightest.id);
          const t = totalOf(boxesFor(batch, formatOf));
          switched.delete(i);
          if (t < bestTotal || (t === bestTotal && best >= 0 && compareRemoval({ item: i, effort: effort(i) }, { item: candidates[best], effort: effort(candidates[best]) }) < 0)) {
            best = k;
            bestTotal = t;
          }
        });
        if (best < 0) break;
        const [i] = candidates.splice(best, 1);
        switched.set(i, lightest.id);
        lighter.push({ itemId: i.id, fromFormatId: formatKey(i, formatById), toFormatId: lightest.id, savedMinutes: total - bestTotal });
        total = bestTotal;
      }
      lighterFits = total <= availableMinutes;
    }
  }

  // Production slots: per heavy format, its items in order, cut into slots no longer than the
  // session itself (an afternoon; each slot pays its format's setup again), so that six short
  // videos are not proposed as one 7-hour shoot. One item longer than that is a slot on its own.
  const slotLimit = availableMinutes > 0 ? availableMinutes : DEFAULT_SLOT_MINUTES;
  const productionSlots: ProductionSlot[] = [];
  const groups = new Map<number | null, ContentItem[]>();
  for (const i of production) {
    const key = formatKey(i, formatById);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const slotMinutes = (list: readonly ContentItem[]) => {
    const c = creationMinutes(list, formatById);
    return c.writing + c.visuals;
  };
  for (const [formatId, list] of groups) {
    let current: ContentItem[] = [];
    for (const i of list) {
      if (current.length > 0 && slotMinutes([...current, i]) > slotLimit) {
        productionSlots.push({ formatId, itemIds: current.map((x) => x.id), minutes: slotMinutes(current) });
        current = [];
      }
      current.push(i);
    }
    if (current.length > 0) productionSlots.push({ formatId, itemIds: current.map((x) => x.id), minutes: slotMinutes(current) });
  }

  return {
    phases: layOut(session.start, availableMinutes, keptBoxes),
    totalMinutes,
    availableMinutes,
    overflowMinutes,
    fits: overflowMinutes === 0,
    itemIds: active.map((i) => i.id),
    productionSlots,
    proposals,
    totalAfterProposals,
    proposalsFit: totalAfterProposals <= availableMinutes,
    lighter,
    lighterFits,
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
