// The weekly intelligence report: one per ISO week in the user's zone, written as a draft
// (insights, weak signals, recommendations, each citing at least one item), delivered to
// management, after which each recommendation is tracked as pending, accepted or declined.
import { AppError } from '../../shared/contract/result';
import { translator, type Language } from '../../shared/i18n';
import { isoWeekMonday } from '../../shared/time';
import type { EntryKind, RecommendationStatus } from '../../shared/veille/constants';
import { reportFileName, reportMarkdown } from '../../shared/veille/reportDocument';
import type { RecommendationRow, ReportListRow, VeilleReport } from '../../shared/veille/types';
import type { Db } from '../db/types';
import { weekSpan } from './items';
import {
  clearPendingRecommendations,
  decidedRecommendations,
  deleteEntryRow,
  deleteReportRow,
  existingItems,
  insertEntry,
  insertReport,
  markRecommendationsPending,
  readEntries,
  readEntryHead,
  readRecommendations,
  readReportHead,
  readReportList,
  reportIdOfWeek,
  setCitations,
  setRecommendationStatus,
  setReportStatus,
  swapEntry,
  updateEntryRow,
  updateReportText,
} from './reportsStore';

/** A report with its ISO week span (Monday to Sunday in its zone) and its entries in order. Throws not_found. */
export function getReport(db: Db, id: number): VeilleReport {
  const head = readReportHead(db, id);
  if (!head) throw new AppError('not_found', `Report ${id} does not exist.`);
  const span = weekSpan(head.week, head.tz);
  return { ...head, firstDay: span.firstDay, lastDay: span.lastDay, entries: readEntries(db, id) };
}

function draftOf(db: Db, id: number): VeilleReport {
  const r = getReport(db, id);
  if (r.status !== 'draft') throw new AppError('veille_report_delivered', 'This report has been delivered; reopen it to change it.');
  return r;
}

/** The report of an ISO week, created as an empty draft the first time (in the user's zone `tz`). */
export function openReport(db: Db, week: string, now: number, tz: string): VeilleReport {
  weekSpan(week, tz);
  return getReport(db, reportIdOfWeek(db, week) ?? insertReport(db, week, tz, now));
}

/** Every report, newest week first, with its entry counts and management's answers. */
export function listReports(db: Db): ReportListRow[] {
  return readReportList(db).map((r) => ({ ...r, firstDay: isoWeekMonday(r.week) ?? '' }));
}

/** Changes a draft's title and summary. Throws veille_report_delivered for a delivered report. */
export function updateReport(db: Db, input: { id: number; title?: string; summary?: string }, now: number): VeilleReport {
  const r = draftOf(db, input.id);
  updateReportText(db, r.id, input.title ?? r.title, input.summary ?? r.summary, now);
  return getReport(db, r.id);
}

/** Deletes a draft; a delivered report stays (it holds management's answers). */
export function deleteReport(db: Db, id: number): { done: true } {
  draftOf(db, id);
  deleteReportRow(db, id);
  return { done: true };
}

/**
 * Adds or edits an insight, weak signal or recommendation of a draft. It must cite at least one
 * existing item: otherwise refused with veille_citation_required and nothing is saved (the
 * dispatcher's transaction holds the entry and its citations together).
 */
export function saveEntry(db: Db, input: { reportId: number; id?: number; kind: EntryKind; text: string; itemIds: number[] }): VeilleReport {
  draftOf(db, input.reportId);
  const items = existingItems(db, [...new Set(input.itemIds)]);
  if (items.length === 0) throw new AppError('veille_citation_required', 'An entry must cite at least one monitoring item.');
  let id = input.id;
  if (id !== undefined) {
    const e = readEntryHead(db, id);
    if (!e || e.reportId !== input.reportId) throw new AppError('not_found', `Entry ${id} does not exist in this report.`);
    updateEntryRow(db, id, input.kind, input.text);
  } else {
    id = insertEntry(db, input.reportId, input.kind, input.text);
  }
  setCitations(db, id, items);
  return getReport(db, input.reportId);
}

function entryOfDraft(db: Db, id: number) {
  const e = readEntryHead(db, id);
  if (!e) throw new AppError('not_found', `Entry ${id} does not exist.`);
  draftOf(db, e.reportId);
  return e;
}

/** Deletes an entry of a draft (its citations go with it). Throws not_found, veille_report_delivered. */
export function deleteEntry(db: Db, id: number): VeilleReport {
  const e = entryOfDraft(db, id);
  deleteEntryRow(db, id);
  return getReport(db, e.reportId);
}

/** Moves an entry of a draft up or down among the entries of its kind. */
export function moveEntry(db: Db, id: number, direction: 'up' | 'down'): VeilleReport {
  const e = entryOfDraft(db, id);
  swapEntry(db, id, direction);
  return getReport(db, e.reportId);
}

/** Delivers the draft: its recommendations start pending management's answer. */
export function deliverReport(db: Db, id: number, now: number): VeilleReport {
  const r = draftOf(db, id);
  if (r.entries.some((e) => e.items.length === 0)) throw new AppError('veille_citation_required', 'Every entry must cite at least one item.');
  setReportStatus(db, id, 'delivered', now, now);
  markRecommendationsPending(db, id);
  return getReport(db, id);
}

/** Back to draft, while management has not answered any recommendation yet. */
export function reopenReport(db: Db, id: number, now: number): VeilleReport {
  const r = getReport(db, id);
  if (r.status === 'draft') return r;
  if (decidedRecommendations(db, id) > 0) throw new AppError('veille_report_decided', 'Management has answered recommendations of this report.');
  clearPendingRecommendations(db, id);
  setReportStatus(db, id, 'draft', null, now);
  return getReport(db, id);
}

/** Every recommendation of a delivered report with management's answer, newest report first. */
export function listRecommendations(db: Db): RecommendationRow[] {
  return readRecommendations(db);
}

/** Records management's answer to a recommendation of a delivered report. */
export function decideRecommendation(db: Db, input: { id: number; status: RecommendationStatus; note?: string }, now: number): RecommendationRow {
  const e = readEntryHead(db, input.id);
  if (!e || e.kind !== 'recommendation') throw new AppError('not_found', `Recommendation ${input.id} does not exist.`);
  if (e.status === null) throw new AppError('veille_report_draft', 'The report has not been delivered yet.');
  setRecommendationStatus(db, input.id, input.status, input.note, now);
  return readRecommendations(db, input.id)[0];
}

function knownLocale(locale: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
}

/** The report as Markdown in `language` (headings and labels from the catalogue), dates in `locale`. */
export function exportMarkdown(db: Db, input: { id: number; language: Language; locale?: string }): { markdown: string; fileName: string } {
  const report = getReport(db, input.id);
  const t = translator(input.language);
  const fallback = input.language === 'fr' ? 'fr-FR' : 'en-GB';
  // The caller's regional variant of the same language (fr-CA, en-US), when it is a locale Intl knows.
  const locale = input.locale && input.locale.toLowerCase().startsWith(input.language) && knownLocale(input.locale) ? input.locale : fallback;
  return { markdown: reportMarkdown(report, t, locale), fileName: reportFileName(report, t) };
}
