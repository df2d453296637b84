// Read models across the career feature: chart series, evidence choices, the Today summary.

import { certificationAlerts } from '../../shared/career/certification';
import { burnUp, skillRadar, timelineEvents } from '../../shared/career/charts';
import { localDayAt } from '../../shared/time';
import { planPhases, planProgress } from '../../shared/career/plan';
import type { Skill } from '../../shared/career/types';
import type { Db } from '../db/types';
import { readAuditOptions, readPlan } from './planStore';
import { listCertifications } from './certifications';
import { listDecisions } from './decisions';
import { listMilestones } from './plan';
import { listSkills } from './skills';

export function careerCharts(db: Db, now: number, tz: string) {
  const plan = readPlan(db);
  const milestones = listMilestones(db);
  const certs = listCertifications(db);
  const skills: Skill[] = listSkills(db).map((s) => ({ ...s, assessments: s.assessments.map((a) => ({ date: a.date, level: a.level })) }));
  return {
    today: localDayAt(now, tz),
    plan,
    phases: plan ? planPhases(plan.startDate) : [],
    burnUp: plan ? burnUp(plan, milestones, now, tz) : [],
    timeline: plan ? timelineEvents(plan, milestones, certs, tz) : [],
    radar: skillRadar(skills),
    milestones,
    certifications: certs.map((c) => ({ id: c.id, provider: c.provider, name: c.name, templateKey: c.templateKey })),
  };
}

export function evidenceOptions(db: Db) {
  return {
    decisions: listDecisions(db).map((d) => ({ id: d.id, title: d.title, date: d.date })),
    certifications: listCertifications(db).map((c) => ({ id: c.id, provider: c.provider, name: c.name, templateKey: c.templateKey })),
    audits: readAuditOptions(db),
  };
}

/** What the Today screen shows: the next milestone, the progress and certification alerts. */
export function careerSummary(db: Db, now: number, tz: string) {
  const plan = readPlan(db);
  const milestones = listMilestones(db);
  const next = milestones.filter((m) => m.doneDate === null).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id))[0];
  const certs = listCertifications(db);
  const byId = new Map(certs.map((c) => [c.id, c]));
  return {
    hasPlan: plan !== null,
    nextMilestone: next ? { id: next.id, key: next.key, title: next.title, dueDate: next.dueDate } : null,
    progress: plan ? planProgress(plan, milestones, now, tz) : null,
    alerts: certificationAlerts(certs, now, tz).map((a) => ({ ...a, certName: byId.get(a.certId)?.name ?? '', provider: byId.get(a.certId)?.provider ?? '' })),
  };
}
