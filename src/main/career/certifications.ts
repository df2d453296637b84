// Certifications: creation from a template, edits of rules and checklist, attempts with the
// retake delay enforced, earned and expiry dates, renewal window, alerts.

import { attemptPassed, earnedAndExpiry, recordAttempt, renewalWindow, retakeConflict, retakeStatus } from '../../shared/career/certification';
import { addMonths } from '../../shared/time';
import { certificationFromTemplate } from '../../shared/career/templates';
import type { Certification, ChecklistItem, ExamRules } from '../../shared/career/types';
import type { CertificationView } from '../../shared/contract/career';
import { AppError } from '../../shared/contract/result';
import type { Db } from '../db/types';
import { deleteAttemptRow, deleteCertRow, insertAttempt, insertCert, readAttempt, readAttempts, readCert, readCerts, updateCertRow, type CertRow } from './certificationsStore';
import { addEvidence, readEvidence, readMilestones, replaceEvidence, updateMilestoneRow } from './planStore';

/**
 * The plan's preset milestone that earning a certification of a template achieves (keys of
 * DEFAULT_MILESTONES in shared/career/templates.ts): the Google Analytics one, and a second
 * certification from HubSpot, Meta or LinkedIn. A milestone whose title the user rewrote has no
 * key any more and is left to the user.
 */
export const MILESTONE_OF_TEMPLATE: Readonly<Record<string, string>> = { 'google-analytics': 'ga-certification', hubspot: 'second-certification', 'meta-blueprint': 'second-certification', linkedin: 'second-certification' };

/**
 * A certification earned on `earnedDate` (local day) marks its preset milestone done that day, with
 * the certification as evidence, so that the plan's status is true without a second entry; a
 * milestone already done is left as it is.
 */
function tickMilestone(db: Db, cert: { id: number; templateKey: string }, earnedDate: string): void {
  const key = MILESTONE_OF_TEMPLATE[cert.templateKey];
  const m = key === undefined ? undefined : readMilestones(db).find((r) => r.key === key && r.done_date === null);
  if (!m) return;
  updateMilestoneRow(db, { ...m, done_date: earnedDate });
  const links = readEvidence(db, 'milestone').get(m.id) ?? [];
  if (!links.some((l) => l.kind === 'certification' && l.id === cert.id)) addEvidence(db, 'milestone', m.id, { kind: 'certification', id: cert.id });
}

/** Undoes tickMilestone when the pass that earned the certification is deleted: only a milestone done that day with this certification as evidence. */
function untickMilestone(db: Db, cert: { id: number; templateKey: string }, earnedDate: string): void {
  const key = MILESTONE_OF_TEMPLATE[cert.templateKey];
  if (key === undefined) return;
  const links = readEvidence(db, 'milestone');
  const m = readMilestones(db).find((r) => r.key === key && r.done_date === earnedDate && (links.get(r.id) ?? []).some((l) => l.kind === 'certification' && l.id === cert.id));
  if (!m) return;
  updateMilestoneRow(db, { ...m, done_date: null });
  replaceEvidence(db, 'milestone', m.id, (links.get(m.id) ?? []).filter((l) => !(l.kind === 'certification' && l.id === cert.id)));
}

/** An attempt dated later than now by more than this is refused (clock skew tolerance). */
const FUTURE_TOLERANCE_MS = 60_000;

function withAttempts(c: CertRow, attempts: { id: number; at: number; score: number }[]): Certification {
  return { ...c, attempts: attempts.map((a) => ({ id: a.id, at: a.at, score: a.score })) };
}

/** Every certification with its attempts (domain shape, for charts and alerts). */
export function listCertifications(db: Db): Certification[] {
  const attempts = readAttempts(db);
  return readCerts(db).map((c) => withAttempts(c, attempts.filter((a) => a.certification_id === c.id)));
}

export function toView(cert: Certification, now: number): CertificationView {
  return {
    ...cert,
    attempts: cert.attempts.map((a) => ({ ...a, passed: attemptPassed(a.score, cert.rules) })),
    retake: retakeStatus(cert, now),
    renewal: renewalWindow(cert),
    now,
  };
}

function load(db: Db, id: number): Certification {
  const c = readCert(db, id);
  if (!c) throw new AppError('not_found', `Certification ${id} does not exist.`);
  return withAttempts(c, readAttempts(db, id));
}

export function getCertificationView(db: Db, id: number, now: number): CertificationView {
  return toView(load(db, id), now);
}

export function listCertificationViews(db: Db, now: number): CertificationView[] {
  return listCertifications(db).map((c) => toView(c, now));
}

export function createCertification(db: Db, templateKey: string, now: number): CertificationView {
  const t = certificationFromTemplate(templateKey);
  const id = insertCert(db, { templateKey: t.templateKey, provider: t.provider, name: t.name, rules: t.rules, checklist: t.checklist, earnedDate: null, expiryDate: null }, now);
  return getCertificationView(db, id, now);
}

export function updateCertification(
  db: Db,
  input: { id: number; provider?: string; name?: string; rules?: ExamRules; checklist?: ChecklistItem[]; earnedDate?: string | null; expiryDate?: string | null },
  now: number,
): CertificationView {
  const c = readCert(db, input.id);
  if (!c) throw new AppError('not_found', `Certification ${input.id} does not exist.`);
  const next: CertRow = { ...c };
  if (input.provider !== undefined) next.provider = input.provider.trim();
  if (input.name !== undefined) next.name = input.name.trim();
  if (input.checklist !== undefined) next.checklist = input.checklist.map((i) => ({ key: i.key, text: i.key === null ? i.text.trim() : '', done: i.done }));
  if (input.rules !== undefined) {
    const mark = input.rules.passMark.value;
    if (mark !== null && mark > 100) throw new AppError('invalid_input', 'The pass mark is a percentage (0–100).', undefined, [{ path: 'rules.passMark.value', code: 'too_big', message: 'at most 100' }]);
    const validityChanged = input.rules.validityMonths.value !== c.rules.validityMonths.value;
    next.rules = input.rules;
    // The expiry follows the validity when it changes, unless a date is given explicitly.
    if (validityChanged && input.expiryDate === undefined && next.earnedDate !== null) {
      const months = input.rules.validityMonths.value;
      next.expiryDate = months === null ? null : addMonths(next.earnedDate, Math.round(months));
    }
  }
  if (input.earnedDate !== undefined) next.earnedDate = input.earnedDate;
  if (input.expiryDate !== undefined) next.expiryDate = input.expiryDate;
  if (next.earnedDate !== null && next.expiryDate !== null && next.expiryDate <= next.earnedDate) {
    throw new AppError('invalid_input', 'The expiry date must come after the date earned.', undefined, [{ path: 'expiryDate', code: 'custom', message: 'before earned' }]);
  }
  updateCertRow(db, next);
  return getCertificationView(db, input.id, now);
}

export function deleteCertification(db: Db, id: number): { done: true } {
  if (deleteCertRow(db, id) === 0) throw new AppError('not_found', `Certification ${id} does not exist.`);
  return { done: true };
}

/**
 * Records an attempt at `at` (default: now; the past is allowed, so that a history can be typed
 * in). Refused with 'invalid_input' when it lies in the future, and when it breaks the retake rule
 * between the attempts' own dates (retakeConflict): 'retake_blocked' when a failed attempt before
 * it still imposes its wait (params: delay in hours, earliestAt), 'retake_too_close' when it failed
 * and a later attempt comes within the wait (params: delay, otherAt). A pass sets the earned and
 * expiry dates; the first one marks the certification's preset milestone done (tickMilestone).
 */
export function recordCertAttempt(db: Db, input: { certificationId: number; score: number; at?: number }, now: number, tz: string): CertificationView {
  const cert = load(db, input.certificationId);
  const at = input.at ?? now;
  if (at > now + FUTURE_TOLERANCE_MS) throw new AppError('invalid_input', 'An attempt cannot be dated in the future.', undefined, [{ path: 'at', code: 'custom', message: 'in the future' }]);
  const conflict = retakeConflict(cert, { at, score: input.score });
  if (conflict?.kind === 'too-early') {
    throw new AppError('retake_blocked', `The exam allows a retake ${conflict.delayHours} h after a failed attempt: not before ${new Date(conflict.at).toISOString()}.`, { delay: conflict.delayHours, earliestAt: conflict.at });
  }
  if (conflict?.kind === 'too-close') {
    throw new AppError('retake_too_close', `A failed attempt then would make the attempt of ${new Date(conflict.at).toISOString()} too early (retake after ${conflict.delayHours} h).`, { delay: conflict.delayHours, otherAt: conflict.at });
  }
  const id = insertAttempt(db, cert.id, at, tz, input.score);
  const next = recordAttempt(cert, { id, at, score: input.score }, tz);
  if (next.earnedDate !== cert.earnedDate || next.expiryDate !== cert.expiryDate) {
    const row = readCert(db, cert.id)!;
    updateCertRow(db, { ...row, earnedDate: next.earnedDate, expiryDate: next.expiryDate });
    if (cert.earnedDate === null && next.earnedDate !== null) tickMilestone(db, row, next.earnedDate);
  }
  return getCertificationView(db, cert.id, now);
}

/** Removes an attempt; when it was the pass that set the dates, the dates come from the latest remaining pass (none: the milestone it marked done is open again). */
export function deleteCertAttempt(db: Db, id: number, now: number, tz: string): CertificationView {
  const a = readAttempt(db, id);
  if (!a) throw new AppError('not_found', `Attempt ${id} does not exist.`);
  const cert = load(db, a.certification_id);
  deleteAttemptRow(db, id);
  if (attemptPassed(a.score, cert.rules) === true && cert.earnedDate !== null && earnedAndExpiry(a.at, cert.rules, tz).earnedDate === cert.earnedDate) {
    const remaining = cert.attempts.filter((x) => x.id !== id && attemptPassed(x.score, cert.rules) === true);
    const latest = remaining[remaining.length - 1];
    const dates = latest ? earnedAndExpiry(latest.at, cert.rules, tz) : { earnedDate: null, expiryDate: null };
    const row = readCert(db, cert.id)!;
    updateCertRow(db, { ...row, ...dates });
    if (dates.earnedDate === null) untickMilestone(db, row, cert.earnedDate);
  }
  return getCertificationView(db, cert.id, now);
}
