// Over a long span (the year to date), the audit's metrics are computed on the only entries and
// interruptions that can change the two figures the charter takes from them: late evenings and
// the minutes of days off. The metric itself stays the audit's (computeAuditMetrics); this only
// leaves out what cannot move it. The property test beside this file checks the two figures
// against the whole input. Pure.
import type { AuditInput } from '../audit/metrics';
import { findLocalDay, type IndexedDay } from '../audit/localDayIndex';
import { localWallTimeToInstant } from '../time';

/**
 * `input` without the entries and interruptions that touch only working days and end before
 * those days' disconnect time. `days` is localDayIndex(input.from, input.to, input.tz).
 * computeAuditMetrics on the result gives the same `lateEvenings`, and the same `perDay` on
 * days that are not working days (charter.days[weekday] null), as on `input`.
 */
export function lateAndDayOffSubset(input: AuditInput, days: IndexedDay[]): AuditInput {
  const clamp = (m: number) => Math.min(1440, Math.max(0, m));
  const disconnect = days.map((d) => localWallTimeToInstant(d.day, clamp(input.charter.disconnect), input.tz));
  const off = days.map((d) => input.charter.days[d.weekday] === null);
  const entries = input.entries.filter((e) => {
    const end = Math.min(e.end ?? input.now, input.to);
    let i = findLocalDay(days, Math.max(e.start, input.from));
    if (i < 0) return false;
    for (; i < days.length && days[i].start < end; i += 1) if (off[i] || Math.min(end, days[i].end) > disconnect[i]) return true;
    return false;
  });
  const interruptions = input.interruptions.filter((x) => {
    const d = findLocalDay(days, x.at);
    return d >= 0 && (off[d] || x.at >= disconnect[d]);
  });
  return { ...input, entries, interruptions };
}
