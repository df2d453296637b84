// Input types of the iCalendar writer. Plain JSON, runtime-neutral.

interface IcsEventBase {
  /** Globally unique and stable across exports, e.g. "batch-slot-3@coulisses". */
  uid: string;
  summary: string;
  description?: string;
  categories?: string[];
}

/** A wall-clock event in an IANA zone, optionally repeating every week. */
export interface IcsLocalEvent extends IcsEventBase {
  start: { date: string; minutes: number }; // 'YYYY-MM-DD', minutes since local midnight (0–1439)
  /** Wall-clock length: DTEND is the start wall time plus these minutes. */
  durationMinutes: number;
  tz: string;
  /** Weekdays, 0 = Sunday … 6 = Saturday → RRULE:FREQ=WEEKLY;BYDAY=… (empty = no repeat). */
  weeklyOn?: number[];
}

/** An event at an exact instant, written in UTC (…Z). */
export interface IcsUtcEvent extends IcsEventBase {
  startUtc: number; // epoch ms
  durationMinutes: number;
}

/** A whole-day event (VALUE=DATE), e.g. a content item's planned date. */
export interface IcsAllDayEvent extends IcsEventBase {
  allDay: string; // 'YYYY-MM-DD'
  days?: number; // default 1
}

export type IcsEvent = IcsLocalEvent | IcsUtcEvent | IcsAllDayEvent;

export interface BuildIcsOptions {
  prodId?: string;
  calName?: string;
  /** Epoch ms used for DTSTAMP and to choose the years whose zone rules are written. */
  now: number;
}
