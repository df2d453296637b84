import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../src/shared/contract';
import { dbChecksum, openTempCore, unwrap } from '../helpers/tempCore';

const HOUR = 3_600_000;
// 2025-03-10 10:00 in Paris (UTC+1)
const T0 = Date.UTC(2025, 2, 10, 9, 0);

let core: Core;
let clock = T0;
afterEach(() => core?.close());

function open(): Core {
  clock = T0;
  core = openTempCore({ now: () => clock, tz: 'Europe/Paris' });
  return core;
}

async function call<C extends ChannelName>(channel: C, input?: ChannelInput<C>): Promise<ChannelOutput<C>> {
  return unwrap(await core.dispatch(channel, input)) as ChannelOutput<C>;
}

function decisionInput(over: Partial<ChannelInput<'career.decision.create'>> = {}): ChannelInput<'career.decision.create'> {
  return {
    date: '2025-03-01',
    title: 'Move moderation to two fixed slots',
    context: 'Replies were spread across the whole day.',
    measured: 'Interruptions per day over one week',
    options: 'Keep as is; two slots; a shared inbox',
    arbitration: 'Two slots: the audit showed 80% of messages can wait two hours.',
    changed: 'Deep work blocks of 2 hours every morning.',
    kpiName: 'Median reply time (h)',
    kpiBefore: 0.5,
    kpiAfter: 1.75,
    skills: ['analytics', 'stakeholders'],
    tags: ['moderation', 'rhythm'],
    ...over,
  };
}

describe('career plan', () => {
  it('creates the plan with three yearly phases and the default milestones, and reports progress', async () => {
    open();
    expect((await call('career.plan.get')).plan).toBeNull();
    const view = await call('career.plan.create', { currentRole: 'Social media manager', targetRole: 'Head of Social', startDate: '2024-02-29' });
    expect(view.plan).toMatchObject({ startDate: '2024-02-29', targetDate: '2027-02-28', targetRole: 'Head of Social' });
    expect(view.phases.map((p) => [p.key, p.start, p.end])).toEqual([
      ['data-mastery', '2024-02-29', '2025-02-28'],
      ['decision-portfolio', '2025-02-28', '2026-02-28'],
      ['leadership', '2026-02-28', '2027-02-28'],
    ]);
    expect(view.milestones).toHaveLength(12);
    expect(view.milestones[0]).toMatchObject({ key: 'week-audit', phase: 0, doneDate: null });
    expect(view.progress).toMatchObject({ done: 0, total: 12, status: 'behind' });
    // a second plan is a conflict and changes nothing
    const before = dbChecksum(core);
    expect(await core.dispatch('career.plan.create', { currentRole: '', targetRole: 'x', startDate: '2025-01-01' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dbChecksum(core)).toBe(before);
  });

  it('keeps edited milestones from the wizard, and a title edit replaces the preset key', async () => {
    open();
    const view = await call('career.plan.create', {
      currentRole: 'SMM',
      targetRole: 'Head of Social',
      startDate: '2024-09-01',
      milestones: [
        { phase: 0, key: 'week-audit', title: '', dueDate: '2024-10-01' },
        { phase: 1, key: 'ab-test', title: 'Run an A/B test on Reels', dueDate: '2025-12-01' },
        { phase: 2, key: null, title: 'Lead the agency pitch', dueDate: '2027-06-01' },
      ],
    });
    expect(view.milestones.map((m) => [m.key, m.title])).toEqual([
      ['week-audit', ''],
      [null, 'Run an A/B test on Reels'],
      [null, 'Lead the agency pitch'],
    ]);
    const first = view.milestones[0];
    const done = await call('career.milestone.update', { id: first.id, doneDate: '2024-09-20' });
    expect(done).toMatchObject({ key: 'week-audit', doneDate: '2024-09-20' });
    expect(await call('career.milestone.update', { id: first.id, title: 'Audit two weeks' })).toMatchObject({ key: null, title: 'Audit two weeks' });
    // 1 of 3 done, 2025-03-10 is ~18% of the way: ahead
    expect((await call('career.plan.get')).progress).toMatchObject({ done: 1, total: 3, status: 'ahead' });
  });
});

describe('certifications', () => {
  it('takes a certification history: a fail last month and a pass last week, each at its own date; the rule holds between them', async () => {
    open();
    const cert = await call('career.certification.create', { templateKey: 'google-analytics' });
    const failAt = T0 - 30 * 24 * HOUR;
    const passAt = T0 - 7 * 24 * HOUR;
    await call('career.attempt.record', { certificationId: cert.id, score: 72, at: failAt });
    // a pass one hour after the fail: refused, naming the rule (24 h) and the earliest date
    const before = dbChecksum(core);
    const early = await core.dispatch('career.attempt.record', { certificationId: cert.id, score: 90, at: failAt + HOUR });
    expect(early).toMatchObject({ ok: false, error: { code: 'retake_blocked', params: { delay: 24, earliestAt: failAt + 24 * HOUR } } });
    expect(dbChecksum(core)).toBe(before);
    const passed = await call('career.attempt.record', { certificationId: cert.id, score: 86, at: passAt });
    expect(passed.attempts.map((a) => [a.at, a.passed])).toEqual([
      [failAt, false],
      [passAt, true],
    ]);
    expect(passed.earnedDate).toBe('2025-03-03');
    expect(passed.retake.allowed).toBe(true);
    // a fail typed in just before the pass would make the pass too early
    const close = await core.dispatch('career.attempt.record', { certificationId: cert.id, score: 40, at: passAt - 3 * HOUR });
    expect(close).toMatchObject({ ok: false, error: { code: 'retake_too_close', params: { delay: 24, otherAt: passAt } } });
    // an attempt in the future is refused
    expect(await core.dispatch('career.attempt.record', { certificationId: cert.id, score: 90, at: T0 + HOUR })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it("a pass marks the certification's milestone done on the day it was earned, with the certification as evidence; deleting that pass opens it again", async () => {
    open();
    await call('career.plan.create', { currentRole: 'Social media manager', targetRole: 'Head of Social', startDate: '2024-03-04' });
    const ga = () => call('career.plan.get').then((p) => p.milestones.find((m) => m.key === 'ga-certification')!);
    expect((await call('career.plan.get')).progress!.overdue.map((m) => m.key)).toContain('ga-certification');
    const cert = await call('career.certification.create', { templateKey: 'google-analytics' });
    await call('career.attempt.record', { certificationId: cert.id, score: 72, at: T0 - 30 * 24 * HOUR });
    expect((await ga()).doneDate).toBeNull();
    const passed = await call('career.attempt.record', { certificationId: cert.id, score: 86, at: T0 - 7 * 24 * HOUR });
    expect(await ga()).toMatchObject({ doneDate: '2025-03-03', evidence: { links: [{ kind: 'certification', id: cert.id }] } });
    const plan = await call('career.plan.get');
    expect(plan.progress!.overdue.map((m) => m.key)).not.toContain('ga-certification');
    expect(plan.progress!.done).toBe(1);
    // a HubSpot certification is the second one
    const hub = await call('career.certification.create', { templateKey: 'hubspot' });
    await call('career.certification.update', { id: hub.id, rules: { ...hub.rules, passMark: { value: 70, source: '', verified: false } } });
    await call('career.attempt.record', { certificationId: hub.id, score: 75, at: T0 - 24 * HOUR });
    expect((await call('career.plan.get')).milestones.find((m) => m.key === 'second-certification')!.doneDate).toBe('2025-03-09');
    // the pass deleted: the milestone is open again, without the link
    await call('career.attempt.delete', { id: passed.attempts.find((a) => a.passed)!.id });
    expect(await ga()).toMatchObject({ doneDate: null, evidence: { links: [] } });
  });

  it('refuses a retake before 24 hours after a failed 72%, allows it at +24h, and a pass at 86% sets the expiry', async () => {
    open();
    const cert = await call('career.certification.create', { templateKey: 'google-analytics' });
    expect(cert.rules.passMark).toEqual({ value: 80, source: 'career.source.skillshopToCheck', verified: false });
    expect(cert.rules.questionCount.verified).toBe(false);
    expect(cert.checklist.map((c) => c.key)).toEqual(['create-account', 'practise-format', 'pass-in-time', 'retry-after-delay', 'add-to-cv', 'add-to-linkedin']);

    const failed = await call('career.attempt.record', { certificationId: cert.id, score: 72 });
    expect(failed.attempts).toEqual([{ id: expect.any(Number), at: T0, score: 72, passed: false }]);
    expect(failed.retake).toEqual({ allowed: false, at: T0 + 24 * HOUR, remainingMs: 24 * HOUR });
    expect(failed.earnedDate).toBeNull();

    clock = T0 + 23 * HOUR + 59 * 60_000;
    const before = dbChecksum(core);
    const blocked = await core.dispatch('career.attempt.record', { certificationId: cert.id, score: 90 });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'retake_blocked', params: { delay: 24, earliestAt: T0 + 24 * HOUR } } });
    expect(dbChecksum(core)).toBe(before);
    expect((await call('career.certification.list'))[0].retake).toMatchObject({ allowed: false, remainingMs: 60_000 });

    clock = T0 + 24 * HOUR;
    expect((await call('career.certification.list'))[0].retake.allowed).toBe(true);
    const passed = await call('career.attempt.record', { certificationId: cert.id, score: 86 });
    expect(passed.attempts.map((a) => a.passed)).toEqual([false, true]);
    expect(passed.earnedDate).toBe('2025-03-11');
    expect(passed.expiryDate).toBe('2026-03-11');
    expect(passed.renewal).toEqual({ opensOn: '2026-02-09', expiresOn: '2026-03-11' });

    // the renewal window raises an alert on Today
    clock = Date.UTC(2026, 1, 10, 9);
    const summary = await call('career.summary');
    expect(summary.alerts.map((a) => a.kind)).toEqual(['renewal-open', 'expiry-near']);
    expect(summary.alerts[0]).toMatchObject({ certId: cert.id, date: '2026-02-09', certName: 'career.certName.google-analytics' });
  });

  it('deleting the pass clears the dates; a future attempt is refused', async () => {
    open();
    const cert = await call('career.certification.create', { templateKey: 'hubspot' });
    expect(cert.rules.retakeDelayHours).toMatchObject({ value: 12, verified: true });
    expect(cert.rules.passMark.value).toBeNull();
    const rules = { ...cert.rules, passMark: { value: 75, source: 'My notes', verified: false }, validityMonths: { value: 24, source: '', verified: false } };
    await call('career.certification.update', { id: cert.id, rules, name: 'Social Media' });
    const p = await call('career.attempt.record', { certificationId: cert.id, score: 80, at: T0 - 11 * HOUR });
    expect(p).toMatchObject({ earnedDate: '2025-03-09', expiryDate: '2027-03-09' });
    const cleared = await call('career.attempt.delete', { id: p.attempts[0].id });
    expect(cleared).toMatchObject({ earnedDate: null, expiryDate: null, attempts: [] });
    expect(await core.dispatch('career.attempt.record', { certificationId: cert.id, score: 80, at: T0 + HOUR })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('decisions', () => {
  it('creates, searches, filters, updates, exports as Markdown and deletes', async () => {
    open();
    const a = await call('career.decision.create', decisionInput());
    await call('career.decision.create', decisionInput({ date: '2025-02-01', title: 'Stop the weekly équipe newsletter', tags: ['newsletter'], skills: ['budgeting'], kpiBefore: null, kpiAfter: null, kpiName: '' }));
    expect((await call('career.decision.list')).map((d) => d.date)).toEqual(['2025-03-01', '2025-02-01']);
    expect((await call('career.decision.list', { query: 'equipe' })).map((d) => d.title)).toEqual(['Stop the weekly équipe newsletter']);
    expect(await call('career.decision.list', { tag: 'Moderation' })).toHaveLength(1);
    expect(await call('career.decision.list', { skill: 'budgeting' })).toHaveLength(1);
    expect(await call('career.decision.list', { from: '2025-02-15' })).toHaveLength(1);
    const updated = await call('career.decision.update', { id: a.id, kpiAfter: 2, tags: ['moderation', 'moderation', ' rhythm '] });
    expect(updated).toMatchObject({ kpiAfter: 2, tags: ['moderation', 'rhythm'], title: 'Move moderation to two fixed slots' });

    const en = await call('career.decision.exportMarkdown', { language: 'en' });
    expect(en.count).toBe(2);
    expect(en.markdown).toContain('# Decision portfolio');
    expect(en.markdown.indexOf('Stop the weekly')).toBeLessThan(en.markdown.indexOf('Move moderation'));
    expect(en.markdown).toContain('Median reply time (h): 0.5 (before) → 2 (after)');
    expect(en.markdown).toContain('**Skills shown:** Analytics and KPIs, Stakeholder management');
    const fr = await call('career.decision.exportMarkdown', { language: 'fr', tag: 'moderation' });
    expect(fr.count).toBe(1);
    expect(fr.markdown).toContain('Median reply time (h)\u00a0: 0,5 (avant) → 2 (après)');
    expect(fr.markdown).toContain('Analyse de données et KPI');

    expect(await call('career.decision.delete', { id: a.id })).toMatchObject({ done: true, decision: { id: a.id }, milestoneIds: [], skillIds: [] });
    expect(await core.dispatch('career.decision.delete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('decision portfolio text', () => {
  it('reads the catalogue: counts by the language\'s plural rule, preset skills translated, free names as typed', async () => {
    open();
    expect((await call('career.decision.exportMarkdown', { language: 'fr' })).markdown).toBe('# Portefeuille de décisions\n\n_0 décision_\n');
    expect((await call('career.decision.exportMarkdown', { language: 'en' })).markdown).toBe('# Decision portfolio\n\n_0 decisions_\n');
    await call('career.decision.create', decisionInput({ skills: ['leading-team', 'Ops: war.room {{x}}'], tags: [] }));
    const fr = (await call('career.decision.exportMarkdown', { language: 'fr' })).markdown;
    expect(fr).toContain('_1 décision_');
    expect(fr).toContain('**Compétences démontrées\u00a0:** Management d’équipe, Ops: war.room {{x}}');
    expect((await call('career.decision.exportMarkdown', { language: 'en' })).markdown).toContain('_1 decision_');
  });
});

describe('evidence and skills', () => {
  it('links a decision and a certification to a milestone and a skill; deleting the decision removes its links', async () => {
    open();
    const plan = await call('career.plan.create', { currentRole: 'SMM', targetRole: 'Head of Social', startDate: '2025-01-06' });
    const d = await call('career.decision.create', decisionInput());
    const c = await call('career.certification.create', { templateKey: 'google-analytics' });
    const m = plan.milestones[0];
    const linked = await call('career.milestone.update', { id: m.id, note: 'See the report', links: [{ kind: 'decision', id: d.id }, { kind: 'certification', id: c.id }, { kind: 'decision', id: d.id }] });
    expect(linked.evidence).toEqual({ note: 'See the report', links: [{ kind: 'decision', id: d.id }, { kind: 'certification', id: c.id }] });

    const skills = await call('career.skill.list');
    expect(skills).toHaveLength(13);
    expect(skills[0]).toMatchObject({ key: 'analytics', kind: 'hard', target: 4, assessments: [], evidence: [] });
    const analytics = skills[0];
    await call('career.skill.assess', { skillId: analytics.id, date: '2025-01-10', level: 2 });
    await call('career.skill.assess', { skillId: analytics.id, date: '2025-03-01', level: 3 });
    const s = await call('career.skill.update', { id: analytics.id, target: 5, links: [{ kind: 'decision', id: d.id }] });
    expect(s).toMatchObject({ target: 5, evidence: [{ kind: 'decision', id: d.id }] });
    expect(s.assessments.map((a) => a.level)).toEqual([2, 3]);
    const custom = await call('career.skill.create', { name: 'Community building', kind: 'managerial', target: 4 });
    expect(custom).toMatchObject({ key: null, name: 'Community building' });

    const charts = await call('career.charts');
    expect(charts.radar.find((r) => r.skillId === analytics.id)).toMatchObject({ level: 3, target: 5, gap: 2 });
    expect(charts.burnUp[0]).toMatchObject({ month: '2025-01' });
    expect(charts.timeline.filter((e) => e.kind === 'phase')).toHaveLength(3);

    const options = await call('career.evidence.options');
    expect(options.decisions).toEqual([{ id: d.id, title: d.title, date: d.date }]);
    expect(options.audits).toEqual([]);

    // a link to something that does not exist is refused and changes nothing
    const before = dbChecksum(core);
    expect(await core.dispatch('career.skill.update', { id: analytics.id, links: [{ kind: 'decision', id: 999 }] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await core.dispatch('career.milestone.update', { id: m.id, links: [{ kind: 'audit', id: 1 }] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dbChecksum(core)).toBe(before);

    const deleted = await call('career.decision.delete', { id: d.id });
    expect((await call('career.plan.get')).milestones.find((x) => x.id === m.id)!.evidence.links).toEqual([{ kind: 'certification', id: c.id }]);
    expect((await call('career.skill.list'))[0].evidence).toEqual([]);

    // Undo puts the decision back with its id and its links from the milestone and the skill
    expect(await call('career.decision.restore', { decision: deleted.decision, milestoneIds: deleted.milestoneIds, skillIds: deleted.skillIds })).toEqual(d);
    expect((await call('career.plan.get')).milestones.find((x) => x.id === m.id)!.evidence.links).toEqual([
      { kind: 'certification', id: c.id },
      { kind: 'decision', id: d.id },
    ]);
    expect((await call('career.skill.list'))[0].evidence).toEqual([{ kind: 'decision', id: d.id }]);

    // a milestone comes back with its preset key, note and links; a link to a target deleted since is left out
    const gone = await call('career.milestone.delete', { id: m.id });
    await call('career.certification.delete', { id: c.id });
    const back = await call('career.milestone.restore', { milestone: gone.milestone });
    expect(back).toEqual({ ...gone.milestone, evidence: { note: 'See the report', links: [{ kind: 'decision', id: d.id }] } });
  });

  it('summary gives the next milestone', async () => {
    open();
    expect(await call('career.summary')).toEqual({ hasPlan: false, nextMilestone: null, progress: null, alerts: [] });
    const plan = await call('career.plan.create', { currentRole: '', targetRole: 'Head of Social', startDate: '2025-01-06' });
    await call('career.milestone.update', { id: plan.milestones[0].id, doneDate: '2025-02-01' });
    const s = await call('career.summary');
    expect(s.nextMilestone).toMatchObject({ id: plan.milestones[1].id, key: 'ga-certification' });
    expect(s.progress).toMatchObject({ done: 1, total: 12 });
  });
});

describe('invalid input', () => {
  it('answers invalid_input and changes nothing', async () => {
    open();
    const plan = await call('career.plan.create', { currentRole: '', targetRole: 'Head of Social', startDate: '2025-01-06' });
    const cert = await call('career.certification.create', { templateKey: 'blank' });
    const skill = (await call('career.skill.list'))[0];
    const before = dbChecksum(core);
    const bad: [ChannelName, unknown][] = [
      ['career.plan.create', { currentRole: '', targetRole: '', startDate: '2025-01-06' }],
      ['career.plan.update', { startDate: '2025-02-30' }],
      ['career.plan.update', { startDate: '2025-01-01', targetDate: '2024-01-01' }],
      ['career.milestone.update', { id: plan.milestones[0].id, doneDate: '01/02/2025' }],
      ['career.milestone.update', { id: plan.milestones[0].id, phase: 3 }],
      ['career.milestone.update', { id: plan.milestones[0].id, links: [{ kind: 'tweet', id: 1 }] }],
      ['career.milestone.create', { phase: 0, title: '   ', dueDate: '2025-05-01' }],
      ['career.certification.create', { templateKey: 'coursera' }],
      ['career.certification.update', { id: cert.id, rules: { passMark: { value: 80 } } }],
      ['career.attempt.record', { certificationId: cert.id, score: 101 }],
      ['career.attempt.record', { certificationId: cert.id, score: '72' }],
      ['career.decision.create', { ...decisionInput(), title: '' }],
      ['career.decision.create', { ...decisionInput(), kpiBefore: 'a lot' }],
      ['career.decision.create', { ...decisionInput(), extra: true }],
      ['career.skill.assess', { skillId: skill.id, date: '2025-03-01', level: 6 }],
      ['career.skill.create', { name: 'X', kind: 'soft', target: 3 }],
    ];
    for (const [channel, input] of bad) {
      const r = await core.dispatch(channel, input);
      expect(r, `${channel} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(dbChecksum(core)).toBe(before);
  });
});
