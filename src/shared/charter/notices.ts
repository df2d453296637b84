// The "no reply expected before tomorrow" notices, filled with the user's hours, ready to copy
// into an email signature, an auto-reply, a chat status or a community inbox. Pure.
import type { Charter } from '../domain';
import { makeReportFormat, type Translate } from '../reports/format';
import { NOTICE_KEYS, NOTICE_TEMPLATES, type DocLanguage, type NoticeKey } from './catalogue';
import { DOC_LOCALE } from './document';

/**
 * The most common working hours of the week (the start and end most working days share; ties go
 * to the earliest weekday from Monday); 9:00 to 18:00 when no day is a working day.
 */
export function usualHours(hours: Charter): { start: number; end: number } {
  const counts = new Map<string, { start: number; end: number; n: number; first: number }>();
  [1, 2, 3, 4, 5, 6, 0].forEach((d, order) => {
    const h = hours.days[d];
    if (!h) return;
    const key = `${h.start}-${h.end}`;
    const c = counts.get(key) ?? { start: h.start, end: h.end, n: 0, first: order };
    c.n += 1;
    counts.set(key, c);
  });
  const best = [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0];
  return best ? { start: best.start, end: best.end } : { start: 540, end: 1080 };
}

/** Every notice in one language, its placeholders filled from the working hours. */
export function noticesIn(language: DocLanguage, hours: Charter, t: Translate): { key: NoticeKey; title: string; text: string }[] {
  const fmt = makeReportFormat(DOC_LOCALE[language], 'UTC');
  const usual = usualHours(hours);
  const vars = { disconnect: fmt.clock(hours.disconnect), start: fmt.clock(usual.start), end: fmt.clock(usual.end) };
  return NOTICE_KEYS.map((key) => ({ key, title: t(NOTICE_TEMPLATES[key].title), text: t(NOTICE_TEMPLATES[key].text, vars) }));
}
