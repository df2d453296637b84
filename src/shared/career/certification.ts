// Certification rules: pass/fail, retake delay, earned and expiry dates, renewal window, alerts.
// Pure: the clock comes in as `now` (epoch ms), the user's zone as `tz` (IANA).

import { addDays, addMonths, localDayAt, daysBetween, type LocalDay } from '../time';
import type { Attempt, Certification, ExamRules } from './types';

const HOUR_MS = 3_600_000;

/** Days before expiry from which an 'expiry-near' alert is raised. */
export const EXPIRY_NEAR_DAYS = 60;

/** true/false against the pass mark (score ≥ pass mark passes); null when the pass mark is unknown. */
export function attemptPassed(score: number, rules: ExamRules): boolean | null {
  const mark = rules.passMark.value;
  if (mark === null) return null;
  return score >= mark;
}

function byTime(attempts: readonly Attempt[]): Attempt[] {
  return [...attempts].sort((a, b) => a.at - b.at || a.id - b.id);
}

/**
 * When the next attempt is allowed: the last failed attempt + the retake delay.
 * null when the delay is unknown or there is no failed attempt (unknown pass mark = no known failure).
 */
export function nextAttemptAllowedAt(cert: Pick<Certification, 'attempts' | 'rules'>): number | null {
  const delay = cert.rules.retakeDelayHours.value;
  if (delay === null) return null;
  const failed = byTime(cert.attempts).filter((a) => attemptPassed(a.score, cert.rules) === false);
  const last = failed[failed.length - 1];
  return last ? last.at + delay * HOUR_MS : null;
}

export interface RetakeStatus {
  /** true when no delay applies or it has passed (allowed from `at` exactly) */
  allowed: boolean;
  /** epoch ms from which a retake is allowed, or null when no delay applies */
  at: number | null;
  /** 0 when allowed */
  remainingMs: number;
}

/** Why an attempt at its own date breaks the retake rule (see retakeConflict). */
export interface RetakeConflict {
  /** 'too-early': a failed attempt before it imposes its wait; 'too-close': it failed and an attempt after it comes within the wait */
  kind: 'too-early' | 'too-close';
  /** the exam's retake delay, hours */
  delayHours: number;
  /** too-early: the earliest instant allowed (epoch ms); too-close: the later attempt's instant */
  at: number;
  /** the other attempt's instant: the failed one before (too-early) or the one after (too-close) */
  otherAt: number;
}

/**
 * The retake rule checked between the attempts' own dates (not against today): an attempt dated
 * less than the retake delay after an earlier failed one is too early; a failed attempt dated less
 * than the delay before a later attempt would make that one too early. An attempt at the same
 * instant as another counts as after it. null when the rule holds or the delay (or pass mark) is
 * unknown. The rule: ExamRules.retakeDelayHours (Skillshop: 24 h, verified; see templates.ts).
 */
export function retakeConflict(cert: Pick<Certification, 'attempts' | 'rules'>, attempt: { at: number; score: number }): RetakeConflict | null {
  const delay = cert.rules.retakeDelayHours.value;
  if (delay === null) return null;
  const wait = delay * HOUR_MS;
  const sorted = byTime(cert.attempts);
  const failedBefore = sorted.filter((a) => a.at <= attempt.at && attemptPassed(a.score, cert.rules) === false);
  const lastFail = failedBefore[failedBefore.length - 1];
  if (lastFail && attempt.at < lastFail.at + wait) return { kind: 'too-early', delayHours: delay, at: lastFail.at + wait, otherAt: lastFail.at };
  if (attemptPassed(attempt.score, cert.rules) === false) {
    const next = sorted.find((a) => a.at > attempt.at);
    if (next && next.at < attempt.at + wait) return { kind: 'too-close', delayHours: delay, at: next.at, otherAt: next.at };
  }
  return null;
}

export function retakeStatus(cert: Pick<Certification, 'attempts' | 'rules'>, now: number): RetakeStatus {
  const at = nextAttemptAllowedAt(cert);
  if (at === null || now >= at) return { allowed: true, at, remainingMs: 0 };
  return { allowed: false, at, remainingMs: at - now };
}

/**
 * Dates for a pass at `passAt`: earned = the local date of the pass in `tz`; expiry = earned +
 * validityMonths (calendar months, clamped to the month's end: Jan 31 + 1 → Feb 28/29,
 * Feb 29 + 12 → Feb 28). expiryDate is the first day on which it is no longer valid; null when
 * the validity is unknown.
 */
export function earnedAndExpiry(passAt: number, rules: ExamRules, tz: string): { earnedDate: LocalDay; expiryDate: LocalDay | null } {
  const earnedDate = localDayAt(passAt, tz);
  const months = rules.validityMonths.value;
  return { earnedDate, expiryDate: months === null ? null : addMonths(earnedDate, Math.round(months)) };
}

/**
 * The certification with one more attempt. A pass (against the known pass mark) that is not older
 * than the current earned date sets earnedDate and expiryDate (a renewal restarts the validity).
 * Recording never refuses an attempt: it logs what happened; retakeStatus says what is allowed.
 */
export function recordAttempt<C extends Certification>(cert: C, attempt: Attempt, tz: string): C {
  const attempts = byTime([...cert.attempts, attempt]);
  const next = { ...cert, attempts };
  if (attemptPassed(attempt.score, cert.rules) === true) {
    const dates = earnedAndExpiry(attempt.at, cert.rules, tz);
    if (cert.earnedDate === null || dates.earnedDate >= cert.earnedDate) Object.assign(next, dates);
  }
  return next;
}

export interface RenewalWindow {
  opensOn: LocalDay;
  expiresOn: LocalDay;
}

/** The renewal window [opensOn, expiresOn): opens renewalWindowDays before expiry. null when either is unknown. */
export function renewalWindow(cert: Pick<Certification, 'expiryDate' | 'rules'>): RenewalWindow | null {
  const days = cert.rules.renewalWindowDays.value;
  if (cert.expiryDate === null || days === null) return null;
  return { opensOn: addDays(cert.expiryDate, -Math.round(days)), expiresOn: cert.expiryDate };
}

export const ALERT_KINDS = ['retake-available', 'renewal-open', 'expiry-near', 'expired'] as const;
export type CertificationAlertKind = (typeof ALERT_KINDS)[number];

export interface CertificationAlert {
  certId: number;
  kind: CertificationAlertKind;
  /** retake-available: local date from which a retake is allowed; renewal-open: opensOn;
   *  expiry-near and expired: the expiry date */
  date: LocalDay;
}

/**
 * Alerts at `now` in `tz`:
 * - retake-available: the latest attempt failed and its retake delay is over;
 * - renewal-open: today is inside the renewal window (and not expired);
 * - expiry-near: expiry in 0 < days ≤ 60 (can come together with renewal-open);
 * - expired: today ≥ expiryDate (replaces the two above).
 * Sorted by date, then certificate id, then kind.
 */
export function certificationAlerts(certs: readonly Certification[], now: number, tz = 'UTC'): CertificationAlert[] {
  const today = localDayAt(now, tz);
  const out: CertificationAlert[] = [];
  for (const cert of certs) {
    const sorted = byTime(cert.attempts);
    const latest = sorted[sorted.length - 1];
    const delay = cert.rules.retakeDelayHours.value;
    if (latest && delay !== null && attemptPassed(latest.score, cert.rules) === false) {
      const at = latest.at + delay * HOUR_MS;
      if (now >= at) out.push({ certId: cert.id, kind: 'retake-available', date: localDayAt(at, tz) });
    }
    if (cert.expiryDate === null) continue;
    if (today >= cert.expiryDate) {
      out.push({ certId: cert.id, kind: 'expired', date: cert.expiryDate });
      continue;
    }
    const renewal = renewalWindow(cert);
    if (renewal && today >= renewal.opensOn) out.push({ certId: cert.id, kind: 'renewal-open', date: renewal.opensOn });
    if (daysBetween(today, cert.expiryDate) <= EXPIRY_NEAR_DAYS) out.push({ certId: cert.id, kind: 'expiry-near', date: cert.expiryDate });
  }
  return out.sort(
    (a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || a.certId - b.certId || ALERT_KINDS.indexOf(a.kind) - ALERT_KINDS.indexOf(b.kind),
  );
}
