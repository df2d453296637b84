import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { careerMarkdown, certificationRows, decisionKpi, latestLevel, milestoneRows, progressLine, skillName, skillRows, type PortfolioInput } from '../../../../shared/reports/careerReport';
import { useApi } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { ChartFigure } from '../../components/ChartFigure';
import { TextTable } from '../../components/DataTable';
import { ReportActions } from './ReportActions';
import { useReportText } from '../../lib/reportText';

const SkillsChart = lazy(() => import('./charts/SkillsChart'));

export function CareerReport() {
  const { t } = useTranslation();
  const { fmt, t: tr, language } = useReportText();
  const plan = useApi('career.plan.get');
  const certs = useApi('career.certification.list');
  const decisions = useApi('career.decision.list');
  const skills = useApi('career.skill.list');
  const saved = useApi('audit.saved.list');
  const error = plan.error ?? certs.error ?? decisions.error ?? skills.error ?? saved.error;
  const ready = plan.data && certs.data && decisions.data && skills.data && saved.data;
  const input: PortfolioInput | null = ready
    ? { language, plan: plan.data!, certifications: certs.data!, decisions: decisions.data!, skills: skills.data!, audits: saved.data!.map((a) => ({ id: a.id, name: a.name })) }
    : null;
  const assessed = input ? input.skills.filter((s) => latestLevel(s) !== null) : [];
  const today = plan.data?.today ?? '';

  return (
    <div className="report-screen">
      <div className="report-controls card no-print">
        <p className="hint">{t('reports.career.intro')}</p>
        <ReportActions fileName={`coulisses-career-portfolio-${today}.md`} markdown={() => careerMarkdown(input!, fmt, tr)} disabled={!input} />
      </div>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
      {!input && !error && <p className="loading" role="status">{t('reports.loading')}</p>}
      {input && (
        <article className="report-doc" aria-labelledby="career-title">
          <header className="report-head">
            <p className="report-kicker">Coulisses</p>
            <h2 id="career-title">{t('reports.career.title')}</h2>
            {today && <p className="report-period">{t('reports.generatedOn', { date: fmt.civil(today) })}</p>}
          </header>

          <section className="report-section" aria-labelledby="cr-plan">
            <h3 id="cr-plan">{t('reports.career.plan')}</h3>
            {!input.plan.plan ? (
              <div className="report-empty">
                <p>{t('reports.career.noPlan')}</p>
                <p className="no-print">
                  <Link to="/career">{t('reports.career.goPlan')}</Link>
                </p>
              </div>
            ) : (
              <>
                <p>
                  {t('reports.career.roles', {
                    current: input.plan.plan.currentRole || '—',
                    target: input.plan.plan.targetRole,
                    start: fmt.civil(input.plan.plan.startDate),
                    end: fmt.civil(input.plan.plan.targetDate),
                  })}
                </p>
                {input.plan.progress && (
                  <>
                    <p className="lead">{progressLine(input.plan.progress, fmt, tr)}</p>
                    <div className="progress-track" aria-hidden="true">
                      <span className="progress-done" style={{ width: `${Math.round(input.plan.progress.shareDone * 100)}%` }} />
                      <span className="progress-elapsed" style={{ left: `${Math.round(input.plan.progress.shareElapsed * 100)}%` }} />
                    </div>
                  </>
                )}
                <TextTable className="report-table" head={[t('reports.col.phase'), t('reports.col.milestone'), t('reports.col.due'), t('reports.col.status'), t('reports.col.evidence')]} rows={milestoneRows(input, fmt, tr)} />
              </>
            )}
          </section>

          <section className="report-section" aria-labelledby="cr-certs">
            <h3 id="cr-certs">{t('reports.career.certifications')}</h3>
            {input.certifications.length ? (
              <TextTable
                className="report-table"
                head={[t('reports.col.provider'), t('reports.col.certification'), t('reports.col.earned'), t('reports.col.expires'), t('reports.col.renewal'), t('reports.col.attempts')]}
                rows={certificationRows(input, fmt, tr)}
              />
            ) : (
              <p className="muted">{t('reports.weekly.none')}</p>
            )}
          </section>

          <section className="report-section" aria-labelledby="cr-decisions">
            <h3 id="cr-decisions">{t('reports.career.decisions')}</h3>
            {input.decisions.length === 0 && <p className="muted">{t('reports.weekly.none')}</p>}
            {[...input.decisions]
              .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
              .map((d) => (
                <div key={d.id} className="rp-decision">
                  <h4>
                    {d.title} <span className="muted">({fmt.civil(d.date)})</span>
                  </h4>
                  <dl className="facts">
                    {d.context.trim() && (
                      <>
                        <dt>{t('reports.career.context')}</dt>
                        <dd>{d.context}</dd>
                      </>
                    )}
                    {d.arbitration.trim() && (
                      <>
                        <dt>{t('reports.career.arbitration')}</dt>
                        <dd>{d.arbitration}</dd>
                      </>
                    )}
                    {d.changed.trim() && (
                      <>
                        <dt>{t('reports.career.changed')}</dt>
                        <dd>{d.changed}</dd>
                      </>
                    )}
                    <dt>{t('reports.career.kpi')}</dt>
                    <dd>{decisionKpi(d, fmt, tr)}</dd>
                  </dl>
                </div>
              ))}
          </section>

          <section className="report-section" aria-labelledby="cr-skills">
            <h3 id="cr-skills">{t('reports.career.skills')}</h3>
            {assessed.length > 0 && (
              <ChartFigure
                caption={t('reports.career.skillsCaption', { count: assessed.length })}
                head={[t('reports.col.skill'), t('reports.col.level'), t('reports.col.target')]}
                rows={assessed.map((s) => [skillName(s, tr), `${latestLevel(s)!.level}/5`, `${s.target}/5`])}
              >
                <SkillsChart
                  data={assessed.map((s) => ({ label: skillName(s, tr), level: latestLevel(s)!.level, target: s.target }))}
                  names={{ level: t('reports.col.level'), target: t('reports.col.target') }}
                />
              </ChartFigure>
            )}
            {input.skills.length ? (
              <TextTable className="report-table" head={[t('reports.col.skill'), t('reports.col.kind'), t('reports.col.level'), t('reports.col.target'), t('reports.col.evidence')]} rows={skillRows(input, fmt, tr)} />
            ) : (
              <p className="muted">{t('reports.weekly.none')}</p>
            )}
          </section>
        </article>
      )}
    </div>
  );
}
