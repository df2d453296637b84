// Test helpers: read an .ics back with ical.js, the reference parser.
import ICAL from 'ical.js';

export interface ParsedIcs {
  calendar: InstanceType<typeof ICAL.Component>;
  events: InstanceType<typeof ICAL.Event>[];
}

/** Parses and registers the file's VTIMEZONEs so that TZID references resolve. */
export function readIcs(text: string): ParsedIcs {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  return { calendar, events };
}

/** First `count` occurrence start instants (epoch ms) of a recurring event. */
export function occurrenceStarts(event: InstanceType<typeof ICAL.Event>, count: number): number[] {
  const it = event.iterator();
  const out: number[] = [];
  for (let next = it.next(); next && out.length < count; next = it.next()) out.push(next.toJSDate().getTime());
  return out;
}

/** Splits raw bytes on CRLF and decodes each physical line strictly as UTF-8. */
export function physicalLines(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.subarray(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}
