// The protocol's measures for a period (the weekly report's section and the SLA report), and the
// Today line.
import { computeMeasures } from '../../shared/protocol/measures';
import type { ProtocolMeasures, ProtocolSummary } from '../../shared/protocol/types';
import { localDayAt, startOfLocalWeek } from '../../shared/time';
import type { Db } from '../db/types';
import { caseClocks, caseViews } from './cases';
import { casesOpenedBetween, unresolvedCaseClocks } from './casesStore';
import { vendorCounts } from './learningStore';

/** The vendor's daily counts for the local days of [from, to) in `tz`, and their total. */
export function vendorDays(db: Db, p: { from: number; to: number; tz: string }): { days: { day: string; count: number }[]; total: number } {
  const days = vendorCounts(db, localDayAt(p.from, p.tz), localDayAt(p.to - 1, p.tz));
  return { days, total: days.reduce((s, d) => s + d.count, 0) };
}

/** The measures of the cases opened in [from, to), their SLA statuses seen at `now`. */
export function measures(db: Db, p: { from: number; to: number; tz: string }, now: number): ProtocolMeasures {
  const cases = caseViews(db, casesOpenedBetween(db, p.from, p.to), now);
  return computeMeasures(p, cases, vendorDays(db, p).total);
}

/** A cap on the next deadline for "due soon": within the hour. */
export const DUE_SOON_MINUTES = 60;

/** The Today line: open cases, overdue, waiting, due within the hour; this week's first-reply SLA share. */
export function summary(db: Db, opts: { tz: string; weekStartsOn: 0 | 1 }, now: number): ProtocolSummary {
  // only the clocks: the summary shows counts, not the cases (caseClocks computes them as caseViews does)
  const open = caseClocks(db, unresolvedCaseClocks(db), now);
  const next = (c: (typeof open)[number]) => (c.firstReply.remainingMinutes !== null ? c.firstReply : c.resolution);
  const week = measures(db, { from: startOfLocalWeek(now, opts.tz, opts.weekStartsOn), to: now + 1, tz: opts.tz }, now);
  return {
    now,
    open: open.length,
    overdue: open.filter((c) => next(c).state === 'overdue').length,
    waiting: open.filter((c) => c.state === 'waiting').length,
    dueSoon: open.filter((c) => next(c).state === 'running' && (next(c).remainingMinutes ?? Infinity) <= DUE_SOON_MINUTES).length,
    weekCases: week.cases,
    weekShare: week.firstReply.share,
  };
}
