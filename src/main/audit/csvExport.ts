// Entries and interruptions of a period as CSV: UTF-8 with BOM. In French, what a French user reads
// (issue 14): `;`, decimal comma, dd/mm/yyyy dates, and modes, visibility, channels and sources in
// French words; in English, as before (ISO dates and the app's own codes, for scripts).
import { localDayAt, localParts } from '../../shared/time';
import { translator } from '../../shared/i18n';
import { neutraliseFormula, type CsvValues } from '../../shared/csv/formulaGuard';
import { CHANNEL_LABEL } from '../../shared/reports/labels';
import type { EntrySource, InterruptionChannel, Mode, Visibility } from '../../shared/domain';
import type { Db } from '../db/types';
import { listCategories, listResponsibilities } from './categoriesStore';
import { entriesOverlapping, interruptionsBetween } from './entriesStore';
import type { Period } from './report';

/** Catalogue keys of the column headers, in file order (literal, so the i18n test sees them). */
const HEADER_KEYS = [
  'audit.csv.col.type',
  'audit.csv.col.date',
  'audit.csv.col.start',
  'audit.csv.col.endDate',
  'audit.csv.col.end',
  'audit.csv.col.hours',
  'audit.csv.col.category',
  'audit.csv.col.mode',
  'audit.csv.col.responsibility',
  'audit.csv.col.visibility',
  'audit.csv.col.channel',
  'audit.csv.col.platform',
  'audit.csv.col.who',
  'audit.csv.col.note',
  'audit.csv.col.source',
] as const;

const MODE_WORD: Record<Mode, string> = { deep: 'audit.modes.deep', reactive: 'audit.modes.reactive', meeting: 'audit.modes.meeting', reporting: 'audit.modes.reporting', admin: 'audit.modes.admin' };
const VISIBILITY_WORD: Record<Visibility, string> = { visible: 'audit.visibility.visible', invisible: 'audit.visibility.invisible' };
const SOURCE_WORD: Record<EntrySource, string> = { timer: 'audit.csv.source.timer', manual: 'audit.csv.source.manual', import: 'audit.csv.source.import', 'batch-session': 'audit.csv.source.batch-session' };

/** 'YYYY-MM-DD' as dd/mm/yyyy (the French short date). */
const frenchDay = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** Whole minutes since local midnight as HH:mm (24 h). */
function hhmm(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Quotes when needed; with safe values, a cell a spreadsheet would run as a formula gets a leading '. */
function cell(value: string, sep: string, values: CsvValues): string {
  const v = values === 'safe' ? neutraliseFormula(value) : value;
  return /["\r\n]/.test(v) || v.includes(sep) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Entries overlapping the period and interruptions inside it, one row each, sorted by local
 * day and time (24 h clock, in `p.tz`); hours are decimal. Headers and the row kind (entry /
 * interruption) read the catalogue in `language`; in French, days are dd/mm/yyyy and modes,
 * visibility, channels and sources are the words the app shows (audit.modes.*, …), in English
 * ISO days and the codes (deep, phone, timer…). `now` (epoch ms) ends a running entry.
 * `values` 'safe' (default) gives every cell that begins with =, +, -, @, tab or CR a leading '
 * (spreadsheet formula injection, see shared/csv/formulaGuard.ts); 'raw' keeps them as written.
 */
export function exportCsv(db: Db, p: Period, language: 'en' | 'fr', now: number, values: CsvValues = 'safe'): { fileName: string; content: string } {
  const t = translator(language);
  const kind = { entry: t('audit.csv.kind.entry'), interruption: t('audit.csv.kind.interruption') };
  const sep = language === 'fr' ? ';' : ',';
  const fr = language === 'fr';
  const decimal = (n: number) => (fr ? n.toFixed(2).replace('.', ',') : n.toFixed(2));
  // one zone conversion per instant (localParts): its ISO day, the day as shown, its HH:mm
  const at = (ms: number) => {
    const { date, minutes } = localParts(ms, p.tz);
    return { iso: date, day: fr ? frenchDay(date) : date, time: hhmm(minutes) };
  };
  const word = <K extends string>(keys: Record<K, string>, code: K | '') => (code === '' ? '' : fr ? t(keys[code]) : code);
  const mode = (m: Mode | '') => word(MODE_WORD, m);
  const visibility = (v: Visibility | '') => word(VISIBILITY_WORD, v);
  const source = (s: EntrySource) => word(SOURCE_WORD, s);
  const channel = (c: InterruptionChannel) => word(CHANNEL_LABEL, c);
  const cats = new Map(listCategories(db).map((c) => [c.id, c]));
  const resp = new Map(listResponsibilities(db).map((r) => [r.id, r.text]));
  // Sorted on the ISO day and time, whatever the language shows.
  const rows: { key: string; cells: string[] }[] = [];
  for (const e of entriesOverlapping(db, p.from, p.to)) {
    const end = e.end ?? now;
    const c = cats.get(e.categoryId);
    const rid = e.responsibilityId ?? c?.responsibilityId ?? null;
    const a = at(e.start);
    const b = at(end);
    rows.push({
      key: a.iso + a.time,
      cells: [
        kind.entry,
        a.day,
        a.time,
        b.day,
        b.time,
        decimal((end - e.start) / 3_600_000),
        c?.name ?? '',
        mode(c?.mode ?? ''),
        rid !== null ? (resp.get(rid) ?? '') : '',
        visibility(e.visibility ?? c?.visibility ?? ''),
        '',
        e.platform ?? '',
        '',
        e.note,
        source(e.source),
      ],
    });
  }
  for (const i of interruptionsBetween(db, p.from, p.to)) {
    const a = at(i.at);
    rows.push({ key: a.iso + a.time, cells: [kind.interruption, a.day, a.time, '', '', '', '', '', '', '', channel(i.channel), '', i.who, i.note, ''] });
  }
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const lines = [HEADER_KEYS.map((k) => t(k)).join(sep), ...rows.map((r) => r.cells.map((v) => cell(v, sep, values)).join(sep))];
  return { fileName: `coulisses-audit-${localDayAt(p.from, p.tz)}.csv`, content: '\uFEFF' + lines.join('\r\n') + '\r\n' };
}
