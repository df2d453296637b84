// Entries and interruptions of a period as CSV: UTF-8 with BOM; in French, `;` and decimal comma.
import { localDayAt, minutesSinceLocalMidnight } from '../../shared/time';
import { translator } from '../../shared/i18n';
import { neutraliseFormula, type CsvValues } from '../../shared/csv/formulaGuard';
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

function hhmm(ms: number, tz: string): string {
  const m = Math.floor(minutesSinceLocalMidnight(ms, tz));
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
 * interruption) read the catalogue in `language`. `now` (epoch ms) ends a running entry.
 * `values` 'safe' (default) gives every cell that begins with =, +, -, @, tab or CR a leading '
 * (spreadsheet formula injection, see shared/csv/formulaGuard.ts); 'raw' keeps them as written.
 */
export function exportCsv(db: Db, p: Period, language: 'en' | 'fr', now: number, values: CsvValues = 'safe'): { fileName: string; content: string } {
  const t = translator(language);
  const kind = { entry: t('audit.csv.kind.entry'), interruption: t('audit.csv.kind.interruption') };
  const sep = language === 'fr' ? ';' : ',';
  const decimal = (n: number) => (language === 'fr' ? n.toFixed(2).replace('.', ',') : n.toFixed(2));
  const cats = new Map(listCategories(db).map((c) => [c.id, c]));
  const resp = new Map(listResponsibilities(db).map((r) => [r.id, r.text]));
  const rows: string[][] = [];
  for (const e of entriesOverlapping(db, p.from, p.to)) {
    const end = e.end ?? now;
    const c = cats.get(e.categoryId);
    const rid = e.responsibilityId ?? c?.responsibilityId ?? null;
    rows.push([
      kind.entry,
      localDayAt(e.start, p.tz),
      hhmm(e.start, p.tz),
      localDayAt(end, p.tz),
      hhmm(end, p.tz),
      decimal((end - e.start) / 3_600_000),
      c?.name ?? '',
      c?.mode ?? '',
      rid !== null ? (resp.get(rid) ?? '') : '',
      e.visibility ?? c?.visibility ?? '',
      '',
      e.platform ?? '',
      '',
      e.note,
      e.source,
    ]);
  }
  for (const i of interruptionsBetween(db, p.from, p.to)) {
    rows.push([kind.interruption, localDayAt(i.at, p.tz), hhmm(i.at, p.tz), '', '', '', '', '', '', '', i.channel, '', i.who, i.note, '']);
  }
  rows.sort((a, b) => (a[1] + a[2] < b[1] + b[2] ? -1 : a[1] + a[2] > b[1] + b[2] ? 1 : 0));
  const lines = [HEADER_KEYS.map((k) => t(k)).join(sep), ...rows.map((r) => r.map((v) => cell(v, sep, values)).join(sep))];
  return { fileName: `coulisses-audit-${localDayAt(p.from, p.tz)}.csv`, content: '\uFEFF' + lines.join('\r\n') + '\r\n' };
}
