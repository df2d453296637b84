import { createCertification, deleteCertAttempt, deleteCertification, listCertificationViews, recordCertAttempt, updateCertification } from './certifications';
import { createDecision, decisionsMarkdown, deleteDecision, listDecisions, restoreDecision, updateDecision } from './decisions';
import { careerCharts, careerSummary, evidenceOptions } from './overview';
import { createMilestone, createPlan, deleteMilestone, getPlanView, restoreMilestone, updateMilestone, updatePlan } from './plan';
import { assessSkill, createSkill, deleteAssessment, deleteSkill, listSkills, updateSkill } from './skills';
import type { FeatureHandlers } from '../ipc/types';

export const careerHandlers: FeatureHandlers<'career'> = {
  'career.plan.get': (_i, ctx) => getPlanView(ctx.db, ctx.now(), ctx.tz),
  'career.plan.create': (input, ctx) => createPlan(ctx.db, input, ctx.now(), ctx.tz),
  'career.plan.update': (input, ctx) => updatePlan(ctx.db, input, ctx.now(), ctx.tz),
  'career.milestone.create': (input, ctx) => createMilestone(ctx.db, input),
  'career.milestone.update': (input, ctx) => updateMilestone(ctx.db, input),
  'career.milestone.delete': (input, ctx) => deleteMilestone(ctx.db, input.id),
  'career.milestone.restore': (input, ctx) => restoreMilestone(ctx.db, input.milestone),

  'career.certification.list': (_i, ctx) => listCertificationViews(ctx.db, ctx.now()),
  'career.certification.create': (input, ctx) => createCertification(ctx.db, input.templateKey, ctx.now()),
  'career.certification.update': (input, ctx) => updateCertification(ctx.db, input, ctx.now()),
  'career.certification.delete': (input, ctx) => deleteCertification(ctx.db, input.id),
  'career.attempt.record': (input, ctx) => recordCertAttempt(ctx.db, input, ctx.now(), ctx.tz),
  'career.attempt.delete': (input, ctx) => deleteCertAttempt(ctx.db, input.id, ctx.now(), ctx.tz),

  'career.decision.list': (input, ctx) => listDecisions(ctx.db, input ?? {}),
  'career.decision.create': (input, ctx) => createDecision(ctx.db, input, ctx.now()),
  'career.decision.update': (input, ctx) => updateDecision(ctx.db, input, ctx.now()),
  'career.decision.delete': (input, ctx) => deleteDecision(ctx.db, input.id),
  'career.decision.restore': (input, ctx) => restoreDecision(ctx.db, input, ctx.now()),
  'career.decision.exportMarkdown': (input, ctx) => decisionsMarkdown(ctx.db, input),

  'career.skill.list': (_i, ctx) => listSkills(ctx.db),
  'career.skill.create': (input, ctx) => createSkill(ctx.db, input),
  'career.skill.update': (input, ctx) => updateSkill(ctx.db, input),
  'career.skill.delete': (input, ctx) => deleteSkill(ctx.db, input.id),
  'career.skill.assess': (input, ctx) => assessSkill(ctx.db, input),
  'career.skill.unassess': (input, ctx) => deleteAssessment(ctx.db, input.id),

  'career.evidence.options': (_i, ctx) => evidenceOptions(ctx.db),
  'career.charts': (_i, ctx) => careerCharts(ctx.db, ctx.now(), ctx.tz),
  'career.summary': (_i, ctx) => careerSummary(ctx.db, ctx.now(), ctx.tz),
};
