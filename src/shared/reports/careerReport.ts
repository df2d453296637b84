// The career portfolio: plan with progress, certifications, decisions and skills with evidence. Pure.
import { milestoneTitle, phaseName, skillName } from '../career/messages';
import { presetText } from '../career/templates';
import { mdTable, type ReportFormat, type Translate } from './format';

export interface PortfolioInput {
  language: 'en' | 'fr';
  plan: {
    plan: { currentRole: string; targetRole: string; startDate: string; targetDate: string } | null;
    phases: { index: number; key: string; start: string; end: string }[];
    milestones: { id: number; phase: number; key: string | null; title: string; dueDate: string; doneDate: string | null; evidence: { note: string } }[];
    progress: {
      done: number;
      total: number;
      shareDone: number;
      shareElapsed: number;
      deltaMonths: number;
      status: 'ahead' | 'on-track' | 'behind';
      overdue: { key: string | null; title: string; dueDate: string }[];
    } | null;
  };
  certifications: { id: number; provider: string; name: string; earnedDate: string | null; expiryDate: string | null; attempts: { at: number; score: number; passed: boolean | null }[]; renewal: { opensOn: string } | null }[];
  decisions: { id: number; date: string; title: string; context: string; arbitration: string; changed: string; kpiName: string; kpiBefore: number | null; kpiAfter: number | null; skills: string[] }[];
  skills: { id: number; key: string | null; name: string; kind: 'hard' | 'managerial'; target: number; assessments: { date: string; level: number }[]; evidence: { kind: 'decision' | 'certification' | 'audit'; id: number }[] }[];
  audits: { id: number; name: string }[];
}

const STATUS_LABEL = { ahead: 'reports.career.status.ahead', 'on-track': 'reports.career.status.onTrack', behind: 'reports.career.status.behind' } as const;
const KIND_LABEL = { hard: 'reports.career.kind.hard', managerial: 'reports.career.kind.managerial' } as const;

// The preset names read the catalogue through the report's `t`; re-exported for the report views.
export { milestoneTitle, phaseName, skillName } from '../career/messages';
import { overdueWords } from '../career/messages';

export function latestLevel(s: { assessments: { date: string; level: number }[] }): { level: number; date: string } | null {
  const sorted = [...s.assessments].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  return sorted[0] ?? null;
}

/** The plan's progress in one sentence; the status names an overdue milestone (see planProgress). */
export function progressLine(p: NonNullable<PortfolioInput['plan']['progress']>, fmt: ReportFormat, t: Translate): string {
  const overdue = overdueWords(p.overdue, t, (d) => fmt.civil(d));
  const status = overdue ? `${t(STATUS_LABEL[p.status])} (${overdue})` : t(STATUS_LABEL[p.status]);
  return t('reports.career.progress', { count: p.done, total: p.total, shareDone: fmt.percent(p.shareDone), shareElapsed: fmt.percent(p.shareElapsed), status });
}

export function milestoneRows(input: PortfolioInput, fmt: ReportFormat, t: Translate): string[][] {
  const phaseKeys = new Map(input.plan.phases.map((p) => [p.index, p.key]));
  return [...input.plan.milestones]
    .sort((a, b) => a.phase - b.phase || (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id - b.id))
    .map((m) => [
      phaseName(phaseKeys.get(m.phase) ?? '', t),
      milestoneTitle(m, t),
      fmt.civil(m.dueDate),
      m.doneDate ? t('reports.career.doneOn', { date: fmt.civil(m.doneDate) }) : t('reports.career.open'),
      m.evidence.note || '—',
    ]);
}

export function certificationRows(input: PortfolioInput, fmt: ReportFormat, t: Translate): string[][] {
  return input.certifications.map((c) => {
    const best = c.attempts.length ? Math.max(...c.attempts.map((a) => a.score)) : null;
    return [
      c.provider,
      presetText(c.name, t),
      c.earnedDate ? fmt.civil(c.earnedDate) : t('reports.career.notYet'),
      c.expiryDate ? fmt.civil(c.expiryDate) : '—',
      c.renewal ? fmt.civil(c.renewal.opensOn) : '—',
      t('reports.career.attempts', { n: c.attempts.length, best: best === null ? '—' : fmt.number(best, 0) }),
    ];
  });
}

export function evidenceText(s: PortfolioInput['skills'][number], input: PortfolioInput, t: Translate): string {
  const decisions = new Map(input.decisions.map((d) => [d.id, d.title]));
  const certs = new Map(input.certifications.map((c) => [c.id, `${c.provider} ${presetText(c.name, t)}`.trim()]));
  const audits = new Map(input.audits.map((a) => [a.id, a.name]));
  const names = s.evidence.map((e) => {
    const name = e.kind === 'decision' ? decisions.get(e.id) : e.kind === 'certification' ? certs.get(e.id) : audits.get(e.id);
    const kind = e.kind === 'decision' ? t('reports.career.evidence.decision') : e.kind === 'certification' ? t('reports.career.evidence.certification') : t('reports.career.evidence.audit');
    return t('reports.career.evidence.item', { kind, name: name ?? '?' });
  });
  return names.join('; ') || '—';
}

export function skillRows(input: PortfolioInput, fmt: ReportFormat, t: Translate): string[][] {
  return input.skills.map((s) => {
    const latest = latestLevel(s);
    return [skillName(s, t), t(KIND_LABEL[s.kind]), latest ? `${latest.level}/5 (${fmt.civil(latest.date)})` : '—', `${s.target}/5`, evidenceText(s, input, t)];
  });
}

export function decisionKpi(d: PortfolioInput['decisions'][number], fmt: ReportFormat, t: Translate): string {
  if (!d.kpiName && d.kpiBefore === null && d.kpiAfter === null) return '—';
  const v = (n: number | null) => (n === null ? '?' : fmt.number(n, 2));
  return d.kpiName ? t('reports.career.kpiValue', { name: d.kpiName, before: v(d.kpiBefore), after: v(d.kpiAfter) }) : `${v(d.kpiBefore)} → ${v(d.kpiAfter)}`;
}

export function careerMarkdown(input: PortfolioInput, fmt: ReportFormat, t: Translate): string {
  const out = [`# ${t('reports.career.title')}`, ''];
  const plan = input.plan.plan;
  out.push(`## ${t('reports.career.plan')}`, '');
  if (!plan) out.push(`_${t('reports.career.noPlan')}_`, '');
  else {
    out.push(t('reports.career.roles', { current: plan.currentRole || '—', target: plan.targetRole, start: fmt.civil(plan.startDate), end: fmt.civil(plan.targetDate) }), '');
    if (input.plan.progress) out.push(progressLine(input.plan.progress, fmt, t), '');
    const rows = milestoneRows(input, fmt, t);
    if (rows.length) out.push(mdTable([t('reports.col.phase'), t('reports.col.milestone'), t('reports.col.due'), t('reports.col.status'), t('reports.col.evidence')], rows), '');
  }
  out.push(`## ${t('reports.career.certifications')}`, '');
  const certs = certificationRows(input, fmt, t);
  out.push(certs.length ? mdTable([t('reports.col.provider'), t('reports.col.certification'), t('reports.col.earned'), t('reports.col.expires'), t('reports.col.renewal'), t('reports.col.attempts')], certs) : `_${t('reports.weekly.none')}_`, '');
  out.push(`## ${t('reports.career.decisions')}`, '');
  if (!input.decisions.length) out.push(`_${t('reports.weekly.none')}_`, '');
  for (const d of [...input.decisions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))) {
    out.push(`### ${d.title} (${fmt.civil(d.date)})`, '');
    if (d.context.trim()) out.push(`**${t('reports.career.context')}** ${d.context.trim()}`, '');
    if (d.arbitration.trim()) out.push(`**${t('reports.career.arbitration')}** ${d.arbitration.trim()}`, '');
    if (d.changed.trim()) out.push(`**${t('reports.career.changed')}** ${d.changed.trim()}`, '');
    out.push(`**${t('reports.career.kpi')}** ${decisionKpi(d, fmt, t)}`, '');
    if (d.skills.length) out.push(`**${t('reports.career.skillsShown')}** ${d.skills.join(', ')}`, '');
  }
  out.push(`## ${t('reports.career.skills')}`, '');
  const skills = skillRows(input, fmt, t);
  out.push(skills.length ? mdTable([t('reports.col.skill'), t('reports.col.kind'), t('reports.col.level'), t('reports.col.target'), t('reports.col.evidence')], skills) : `_${t('reports.weekly.none')}_`, '');
  return out.join('\n');
}
