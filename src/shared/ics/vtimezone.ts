// Content lines (unfolded) of one VTIMEZONE component.

import { formatLocalDateTime, formatUtcOffset } from './icsDates';
import { escapeText } from './icsText';
import { zoneObservances } from './zoneRules';

export function vtimezoneLines(tz: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${escapeText(tz)}`, `X-LIC-LOCATION:${escapeText(tz)}`];
  for (const o of zoneObservances(tz, fromYear, toYear)) {
    lines.push(
      `BEGIN:${o.kind}`,
      `TZOFFSETFROM:${formatUtcOffset(o.offsetFrom)}`,
      `TZOFFSETTO:${formatUtcOffset(o.offsetTo)}`,
      ...(o.name ? [`TZNAME:${escapeText(o.name)}`] : []),
      `DTSTART:${formatLocalDateTime(o.start)}`,
      ...(o.rrule ? [`RRULE:${o.rrule}`] : []),
      `END:${o.kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
