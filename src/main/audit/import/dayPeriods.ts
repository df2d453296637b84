// 12-hour markers ("AM", "p. m.", "오후", "午前", "nachm."…) of every locale Intl knows.
//
// The markers are not listed by hand: they are what Intl.DateTimeFormat writes as the `dayPeriod`
// part of 09:00 and 21:00 with a 12-hour clock, for every language it supports (asked with every
// two- and three-letter ISO 639 shape it accepts). A word that means morning in one language and
// evening in another is left out. Built once, on the first marker that is not plain am/pm.

/** Marker text as compared: NFKC, lower case, without dots and spaces ("a. m." → "am"). */
export function markerKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('und').replace(/[.\s\u00a0\u202f]/g, '');
}

let table: Map<string, 0 | 1> | null = null;

function languageCodes(): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes: string[] = [];
  for (const a of letters) for (const b of letters) codes.push(a + b);
  return codes;
}

/** marker key → 0 (before noon) or 1 (after noon), from Intl. */
export function dayPeriodTable(): Map<string, 0 | 1> {
  if (table) return table;
  const meanings = new Map<string, Set<0 | 1>>();
  const add = (key: string, period: 0 | 1) => {
    if (key === '' || /\d/.test(key)) return;
    const set = meanings.get(key) ?? new Set();
    set.add(period);
    meanings.set(key, set);
  };
  add('am', 0);
  add('pm', 1);
  const morning = Date.UTC(2024, 2, 4, 9);
  const evening = Date.UTC(2024, 2, 4, 21);
  for (const locale of Intl.DateTimeFormat.supportedLocalesOf(languageCodes())) {
    for (const options of [{ hour: 'numeric', hourCycle: 'h12' }, { hour: 'numeric', minute: '2-digit', hour12: true }] as const) {
      const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      for (const [at, period] of [[morning, 0], [evening, 1]] as const) {
        const part = format.formatToParts(at).find((p) => p.type === 'dayPeriod');
        if (part) add(markerKey(part.value), period);
      }
    }
  }
  table = new Map();
  for (const [key, set] of meanings) if (set.size === 1) table.set(key, [...set][0]);
  return table;
}

/** 0 for a before-noon marker, 1 for an after-noon one, null if the text is not a 12-hour marker. */
export function dayPeriodOf(text: string): 0 | 1 | null {
  const key = markerKey(text);
  if (key === 'am' || key === 'a') return 0;
  if (key === 'pm' || key === 'p') return 1;
  return dayPeriodTable().get(key) ?? null;
}
