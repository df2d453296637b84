import { describe, expect, it } from 'vitest';
import {
  attemptPassed,
  certificationAlerts,
  earnedAndExpiry,
  nextAttemptAllowedAt,
  recordAttempt,
  renewalWindow,
  retakeConflict,
  retakeStatus,
} from './certification';
import { daysBetween } from '../time';
import { certificationFromTemplate } from './templates';
import type { Certification } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Fixed clock: Monday 2025-03-10 14:30 UTC.
const NOW = Date.UTC(2025, 2, 10, 14, 30);

function cert(id: number, template = 'google-analytics', patch: Partial<Certification> = {}): Certification {
  return { id, ...certificationFromTemplate(template), ...patch };
}

describe('pass mark', () => {
  it('passes at or above the pass mark, unknown without one', () => {
    const ga = cert(1).rules;
    expect(attemptPassed(80, ga)).toBe(true);
    expect(attemptPassed(79.9, ga)).toBe(false);
    expect(attemptPassed(72, ga)).toBe(false);
    expect(attemptPassed(100, cert(2, 'meta-blueprint').rules)).toBeNull();
  });
});

describe('retake delay', () => {
  const failed = cert(1, 'google-analytics', { attempts: [{ id: 1, at: NOW, score: 72 }] });

  it('a 72% fail against 80 blocks retakes until exactly +24 h', () => {
    expect(nextAttemptAllowedAt(failed)).toBe(NOW + 24 * HOUR);
    expect(retakeStatus(failed, NOW)).toEqual({ allowed: false, at: NOW + 24 * HOUR, remainingMs: 24 * HOUR });
    expect(retakeStatus(failed, NOW + 24 * HOUR - 1)).toEqual({ allowed: false, at: NOW + 24 * HOUR, remainingMs: 1 });
    expect(retakeStatus(failed, NOW + 24 * HOUR)).toEqual({ allowed: true, at: NOW + 24 * HOUR, remainingMs: 0 });
    expect(retakeStatus(failed, NOW + 30 * HOUR).allowed).toBe(true);
  });

  it('counts from the last failed attempt, whatever the input order', () => {
    const c = cert(1, 'google-analytics', {
      attempts: [
        { id: 2, at: NOW + 2 * DAY, score: 60 },
        { id: 1, at: NOW, score: 72 },
      ],
    });
    expect(nextAttemptAllowedAt(c)).toBe(NOW + 3 * DAY);
  });

  it('is null with no failed attempt, no known delay, or no known pass mark', () => {
    expect(nextAttemptAllowedAt(cert(1))).toBeNull();
    expect(nextAttemptAllowedAt(cert(1, 'google-analytics', { attempts: [{ id: 1, at: NOW, score: 90 }] }))).toBeNull();
    // HubSpot: 12 h delay known, pass mark unknown until the user fills it in.
    const hub = cert(2, 'hubspot', { attempts: [{ id: 1, at: NOW, score: 40 }] });
    expect(nextAttemptAllowedAt(hub)).toBeNull();
    hub.rules.passMark.value = 75;
    expect(nextAttemptAllowedAt(hub)).toBe(NOW + 12 * HOUR);
    const blank = cert(3, 'blank', { attempts: [{ id: 1, at: NOW, score: 40 }] });
    blank.rules.passMark.value = 70;
    expect(nextAttemptAllowedAt(blank)).toBeNull();
    expect(retakeStatus(blank, NOW)).toEqual({ allowed: true, at: null, remainingMs: 0 });
  });
});

describe('earned and expiry', () => {
  it('a pass at 86% sets the earned date and an expiry 12 months later', () => {
    const c = recordAttempt(cert(1), { id: 1, at: NOW, score: 86 }, 'Europe/Paris');
    expect(c.earnedDate).toBe('2025-03-10');
    expect(c.expiryDate).toBe('2026-03-10');
    expect(c.attempts).toHaveLength(1);
  });

  it('a fail leaves the dates alone', () => {
    const c = recordAttempt(cert(1), { id: 1, at: NOW, score: 72 }, 'UTC');
    expect(c.earnedDate).toBeNull();
    expect(c.expiryDate).toBeNull();
  });

  it('uses the local date in the user zone', () => {
    const lateEvening = Date.UTC(2025, 2, 10, 23, 30);
    const rules = cert(1).rules;
    expect(earnedAndExpiry(lateEvening, rules, 'Europe/Paris')).toEqual({ earnedDate: '2025-03-11', expiryDate: '2026-03-11' });
    expect(earnedAndExpiry(lateEvening, rules, 'UTC')).toEqual({ earnedDate: '2025-03-10', expiryDate: '2026-03-10' });
  });

  it('adds calendar months: month ends and leap days', () => {
    const rules = cert(1).rules;
    const oneMonth = { ...rules, validityMonths: { value: 1, source: '', verified: false } };
    expect(earnedAndExpiry(Date.UTC(2025, 0, 31, 12), oneMonth, 'UTC').expiryDate).toBe('2025-02-28');
    expect(earnedAndExpiry(Date.UTC(2024, 0, 31, 12), oneMonth, 'UTC').expiryDate).toBe('2024-02-29');
    expect(earnedAndExpiry(Date.UTC(2024, 1, 29, 12), rules, 'UTC').expiryDate).toBe('2025-02-28');
    const blank = cert(2, 'blank').rules;
    expect(earnedAndExpiry(NOW, blank, 'UTC')).toEqual({ earnedDate: '2025-03-10', expiryDate: null });
  });

  it('a renewal pass restarts the validity; an older pass recorded late does not', () => {
    const earned = recordAttempt(cert(1), { id: 1, at: NOW, score: 86 }, 'UTC');
    const renewed = recordAttempt(earned, { id: 2, at: NOW + 340 * DAY, score: 90 }, 'UTC');
    expect(renewed.earnedDate).toBe('2026-02-13');
    expect(renewed.expiryDate).toBe('2027-02-13');
    const backfilled = recordAttempt(renewed, { id: 3, at: NOW - 400 * DAY, score: 95 }, 'UTC');
    expect(backfilled.earnedDate).toBe('2026-02-13');
    expect(backfilled.attempts.map((a) => a.id)).toEqual([3, 1, 2]);
  });
});

describe('renewal window', () => {
  it('opens 30 days before expiry', () => {
    const c = recordAttempt(cert(1), { id: 1, at: NOW, score: 86 }, 'UTC');
    const w = renewalWindow(c)!;
    expect(w).toEqual({ opensOn: '2026-02-08', expiresOn: '2026-03-10' });
    expect(daysBetween(w.opensOn, w.expiresOn)).toBe(30);
  });

  it('is null without an expiry or a known window', () => {
    expect(renewalWindow(cert(1))).toBeNull();
    expect(renewalWindow(cert(2, 'blank', { expiryDate: '2026-01-01' }))).toBeNull();
  });
});

describe('alerts', () => {
  // today = 2025-03-10
  const earnedWith = (id: number, expiryDate: string) => cert(id, 'google-analytics', { earnedDate: '2024-01-01', expiryDate });

  it('lists retake, renewal, near expiry and expired, sorted by date', () => {
    const certs: Certification[] = [
      cert(1, 'google-analytics', { attempts: [{ id: 1, at: NOW - 25 * HOUR, score: 72 }] }), // retake open since yesterday 13:30
      cert(2, 'google-analytics', { attempts: [{ id: 1, at: NOW - 2 * HOUR, score: 72 }] }), // still blocked
      earnedWith(3, '2025-03-30'), // 20 days: renewal open + near
      earnedWith(4, '2025-04-24'), // 45 days: near only
      earnedWith(5, '2025-03-09'), // expired yesterday
      earnedWith(6, '2025-05-10'), // 61 days: nothing
      earnedWith(7, '2025-05-09'), // 60 days: near
      earnedWith(8, '2025-04-09'), // renewal opens today
      earnedWith(9, '2025-03-10'), // expires today: expired
    ];
    expect(certificationAlerts(certs, NOW)).toEqual([
      { certId: 3, kind: 'renewal-open', date: '2025-02-28' },
      { certId: 5, kind: 'expired', date: '2025-03-09' },
      { certId: 1, kind: 'retake-available', date: '2025-03-10' },
      { certId: 8, kind: 'renewal-open', date: '2025-03-10' },
      { certId: 9, kind: 'expired', date: '2025-03-10' },
      { certId: 3, kind: 'expiry-near', date: '2025-03-30' },
      { certId: 8, kind: 'expiry-near', date: '2025-04-09' },
      { certId: 4, kind: 'expiry-near', date: '2025-04-24' },
      { certId: 7, kind: 'expiry-near', date: '2025-05-09' },
    ]);
  });

  it('no retake alert once the latest attempt passed', () => {
    const c = cert(1, 'google-analytics', {
      attempts: [
        { id: 1, at: NOW - 5 * DAY, score: 72 },
        { id: 2, at: NOW - 3 * DAY, score: 86 },
      ],
      earnedDate: '2025-03-07',
      expiryDate: '2026-03-07',
    });
    expect(certificationAlerts([c], NOW)).toEqual([]);
  });

  it('uses the user zone for today', () => {
    const c = earnedWith(1, '2025-03-11');
    const lateEvening = Date.UTC(2025, 2, 10, 23, 30);
    expect(certificationAlerts([c], lateEvening, 'UTC').map((a) => a.kind)).toEqual(['renewal-open', 'expiry-near']);
    expect(certificationAlerts([c], lateEvening, 'Europe/Paris').map((a) => a.kind)).toEqual(['expired']);
  });
});

describe('the retake rule between the attempts\' own dates', () => {
  const failAt = NOW - 30 * DAY;
  const history = cert(1, 'google-analytics', { attempts: [{ id: 1, at: failAt, score: 72 }] });

  it('a pass a month after a fail is fine, whatever today is; one hour after it is too early and says from when', () => {
    expect(retakeConflict(history, { at: NOW - 7 * DAY, score: 90 })).toBeNull();
    expect(retakeConflict(history, { at: failAt + HOUR, score: 90 })).toEqual({ kind: 'too-early', delayHours: 24, at: failAt + 24 * HOUR, otherAt: failAt });
    expect(retakeConflict(history, { at: failAt + 24 * HOUR, score: 90 })).toBeNull();
  });

  it('a fail typed in before an existing attempt may not come within the delay of it', () => {
    expect(retakeConflict(history, { at: failAt - 2 * HOUR, score: 50 })).toEqual({ kind: 'too-close', delayHours: 24, at: failAt, otherAt: failAt });
    // a pass before it imposes nothing; a fail long before is fine
    expect(retakeConflict(history, { at: failAt - 2 * HOUR, score: 95 })).toBeNull();
    expect(retakeConflict(history, { at: failAt - 3 * DAY, score: 50 })).toBeNull();
  });

  it('no rule without a known delay', () => {
    const unknown = { ...history, rules: { ...history.rules, retakeDelayHours: { ...history.rules.retakeDelayHours, value: null } } };
    expect(retakeConflict(unknown, { at: failAt + HOUR, score: 90 })).toBeNull();
  });
});
