import { minutesToTime } from './locale';

/** Parses a time typed by a person: "9", "9:30", "09h30", "930", "9:30 pm", "21:30". Minutes since midnight, or null. */
export function parseTimeText(raw: string): number | null {
  const s = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const m = /^(\d{1,2})(?:[:h.]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(s);
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const ampm = m[3]?.startsWith('p') ? 'pm' : m[3]?.startsWith('a') ? 'am' : null;
  if (min > 59) return null;
  if (ampm) {
    if (h < 1 || h > 12) return null;
    if (ampm === 'am' && h === 12) h = 0;
    if (ampm === 'pm' && h !== 12) h += 12;
  } else if (h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/** Minutes since midnight in the locale's clock (French 24-hour "09:00", US 12-hour "9:00 AM"). */
export function formatTimeText(minutes: number, locale: string): string {
  if (minutes === 1440) return locale.startsWith('fr') ? '24:00' : '12:00 AM';
  return minutesToTime(minutes, locale, '2-digit');
}
