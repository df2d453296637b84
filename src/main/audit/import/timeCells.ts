// Clock times and durations in cells.

/**
 * Seconds since midnight for "9:05", "09:05:00", "09:05:00.000", "9h05", "9h", "09:05:00 AM",
 * "9 PM", "9:05 p.m.". "24:00" (= 86400) is accepted for end times. Null if not a time.
 */
export function parseClockCell(cell: string): number | null {
  const text = cell.trim();
  const m = /^(\d{1,2})(?:(?::|h)(\d{2}))?(?::(\d{2})(?:[.,]\d{1,9})?)?(h)?(?:\s*([ap])\.?m\.?)?$/i.exec(text);
  if (!m) return null;
  const [, hh, mm, ss, hSuffix, meridiem] = m;
  if (mm === undefined && !meridiem && !hSuffix) return null; // "9" alone is not a time
  if (hSuffix && mm !== undefined) return null; // "09:05h"
  let hours = Number(hh);
  const minutes = mm === undefined ? 0 : Number(mm);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (minutes > 59 || seconds > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  } else if (hours > 24 || (hours === 24 && (minutes > 0 || seconds > 0))) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

/**
 * Signed seconds for "1:30:00", "01:30", "30:00:00", "1.5" / "1,5" (decimal hours),
 * "1h30", "1 h", "90 min". Null if not a duration.
 */
export function parseDurationCell(cell: string): number | null {
  const text = cell.trim().replace(/\s+/g, ' ');
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[-+]\s?/, '');
  let seconds: number | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{1,6}):([0-5]\d)(?::([0-5]\d)(?:[.,]\d{1,9})?)?$/.exec(body))) seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
  else if ((m = /^(\d{1,6})(?:[.,](\d{1,9}))?$/.exec(body))) seconds = Math.round(Number(`${m[1]}.${m[2] ?? '0'}`) * 3600);
  else if ((m = /^(\d{1,6}) ?h(?: ?([0-5]?\d) ?(?:m|min)?)?$/i.exec(body))) seconds = Number(m[1]) * 3600 + Number(m[2] ?? 0) * 60;
  else if ((m = /^(\d{1,7}) ?(?:m|min)$/i.exec(body))) seconds = Number(m[1]) * 60;
  if (seconds === null) return null;
  return seconds === 0 ? 0 : sign * seconds;
}
