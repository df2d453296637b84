import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { modeRows, periodLabel, referenceLines, rhythmRows, scopeRows, weeklyFigures, weeklyMarkdown } from '../../../../shared/reports/weeklyReport';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useLocalDay } from '../../lib/localDay';
import { useFormatters } from '../../lib/locale';
import { ChannelsChart } from '../../charts/ChannelsChart';
import { PerDayChart } from '../../charts/PerDayChart';
import { TextTable } from '../../components/DataTable';
import { useReportText } from '../../lib/reportText';
import { ReportActions } from './ReportActions';
import { dayKey, dayStart, weekBounds } from './periods';
import { ComplianceFigures, InForceLine } from '../charter/ComplianceFigures';
import { ProtocolSection } from './ProtocolSection';

/** Charts of the printed report keep the A4 column's width. */
const PRINT_WIDTH = 640;

type Choice = string; // 'this-week' | 'last-week' | 'audit:<id>'

export function WeeklyReport() {
  const { t } = useTranslation();
  const { fmt, t: tr, tz } = useReportText();
  const { weekStartsOn } = useFormatters();
  const saved = useApi('audit.saved.list');
  const [choice, setChoice] = useState<Choice | null>(null);
  // What the user typed, for the period it was typed for; otherwise the chosen audit's stored text.
  // Derived rather than seeded by an effect: a refresh of the saved audits never replaces the text.
  const [edit, setEdit] = useState<{ of: Choice; text: string } | null>(null);
  const [savedFor, setSavedFor] = useState<Choice | null>(null);
  const update = useApiMutation('audit.saved.update');

  const audits = useMemo(() => [...(saved.data ?? [])].sort((a, b) => b.from - a.from), [saved.data]);
  const current = choice ?? (saved.isSuccess ? (audits[0] ? `audit:${audits[0].id}` : 'this-week') : null);
  const audit = current?.startsWith('audit:') ? audits.find((a) => `audit:${a.id}` === current) ?? null : null;
  const today = useLocalDay(tz);
  const period = audit ? { from: audit.from, to: audit.to } : weekBounds(dayStart(today, tz), tz, weekStartsOn, current === 'last-week' ? -1 : 0);

  const conclusions = edit !== null && edit.of === current ? edit.text : (audit?.conclusions ?? '');
  const savedNote = savedFor !== null && savedFor === current;

  const input = { from: period.from, to: period.to, tz };
  const report = useApi('audit.report', input, { enabled: current !== null });
  const rhythm = useApi('audit.rhythm', input, { enabled: current !== null });
  const charter = useApi('charter.compliance', input, { enabled: current !== null });
  const protocol = useApi('protocol.measures', input, { enabled: current !== null });
  const types = useApi('protocol.types.list');

  const error = saved.error ?? report.error ?? rhythm.error;
  const m = report.data?.metrics;
  const categories = report.data?.categories ?? [];

  const markdown = () =>
    weeklyMarkdown({ from: period.from, to: period.to, metrics: m!, categories, rhythm: rhythm.data!.rhythm, auditName: audit?.name ?? null, conclusions, charter: charter.data ?? null, protocol: protocol.data && types.data ? { measures: protocol.data, types: types.data } : null }, fmt, tr);

  return (
    <div className="report-screen">
      <div className="report-controls card no-print">
        {/* The period and the conclusions appear once the saved audits are read: the conclusions are
            seeded from the chosen audit, and a read landing after the user typed would replace the text. */}
        {current === null ? (
          !saved.error && <p className="loading" role="status">{t('common.loading')}</p>
        ) : (
          <div className="form-grid">
            <label htmlFor="weekly-period">{t('reports.weekly.choosePeriod')}</label>
            <select id="weekly-period" value={current ?? ''} onChange={(e) => setChoice(e.target.value)}>
              {audits.length > 0 && (
                <optgroup label={t('reports.weekly.savedAudits')}>
                  {audits.map((a) => (
                    <option key={a.id} value={`audit:${a.id}`}>
                      {a.name} ({periodLabel(a.from, a.to, fmt)})
                    </option>
                  ))}
                </optgroup>
              )}
              <option value="this-week">{t('reports.weekly.thisWeek')}</option>
              <option value="last-week">{t('reports.weekly.lastWeek')}</option>
            </select>
            <label htmlFor="weekly-conclusions">{t('reports.weekly.conclusions')}</label>
            <div>
              <textarea id="weekly-conclusions" value={conclusions} onChange={(e) => { if (current !== null) setEdit({ of: current, text: e.target.value }); setSavedFor(null); }} aria-describedby="weekly-conclusions-hint" />
              <p id="weekly-conclusions-hint" className="hint">
                {audit ? t('reports.weekly.conclusionsFromAudit') : t('reports.weekly.conclusionsHint')}
              </p>
              {audit && (
                <button
                  type="button"
                  className="btn"
                  disabled={update.isPending || conclusions === audit.conclusions}
                  onClick={() => update.mutate({ id: audit.id, conclusions }, { onSuccess: () => setSavedFor(`audit:${audit.id}`) })}
                >
                  {t('reports.weekly.saveConclusions')}
                </button>
              )}
              {savedNote && <Notice kind="success">{t('reports.weekly.conclusionsSaved')}</Notice>}
              {update.error && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
            </div>
          </div>
        )}
        <ReportActions fileName={`coulisses-weekly-report-${dayKey(period.from, tz)}.md`} markdown={markdown} disabled={!m || !rhythm.data || charter.isPending} />
      </div>

      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
      {!m || !rhythm.data ? (
        !error && <p className="loading" role="status">{t('reports.loading')}</p>
      ) : (
        <article className="report-doc" aria-labelledby="weekly-title">
          <header className="report-head">
            <p className="report-kicker">Coulisses</p>
            <h2 id="weekly-title">{t('reports.weekly.title')}</h2>
            <p className="report-period">
              <strong>{t('reports.weekly.period')}</strong> {periodLabel(period.from, period.to, fmt)}
              {audit && ` — ${audit.name}`}
            </p>
          </header>

          {m.trackedMinutes === 0 && (
            <div className="report-empty no-print-border">
              <p>{t('reports.weekly.noData')}</p>
              <p className="no-print">
                <Link to="/audit">{t('reports.weekly.goTrack')}</Link>
              </p>
            </div>
          )}

          <section className="report-section" aria-labelledby="wk-figures">
            <h3 id="wk-figures">{t('reports.weekly.figures')}</h3>
            <dl className="figures-grid">
              {weeklyFigures(m, fmt, tr).map((f) => (
                <div key={f.label} className="rp-figure">
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          </section>

          {m.trackedMinutes > 0 && (
            <section className="report-section" aria-labelledby="wk-modes">
              <h3 id="wk-modes">{t('reports.weekly.modes')}</h3>
              <TextTable className="report-table" labelledBy="wk-modes" head={[t('reports.col.mode'), t('reports.col.time'), t('reports.col.share')]} rows={modeRows(m, fmt, tr)} />
              <PerDayChart metrics={m} caption={t('reports.weekly.perDayCaption')} width={PRINT_WIDTH} />
            </section>
          )}

          <section className="report-section" aria-labelledby="wk-channels">
            <h3 id="wk-channels">{t('reports.weekly.channels')}</h3>
            {m.interruptions.count > 0 ? (
              <ChannelsChart metrics={m} caption={t('reports.weekly.channelsCaption', { n: m.interruptions.count })} width={PRINT_WIDTH} />
            ) : (
              <p className="muted">{t('reports.weekly.none')}</p>
            )}
          </section>

          {(
            [
              ['wk-oos', t('reports.weekly.outOfScope'), t('reports.weekly.outOfScopeHint'), m.outOfScope],
              ['wk-inv', t('reports.weekly.invisible'), t('reports.weekly.invisibleHint'), m.invisible],
            ] as const
          ).map(([id, title, hint, summary]) => (
            <section key={id} className="report-section" aria-labelledby={id}>
              <h3 id={id}>{title}</h3>
              <p className="hint">{hint}</p>
              {id === 'wk-oos' && !m.scopeMapped ? (
                <p className="muted">{t('reports.fig.notMapped')}</p>
              ) : summary.groups.length > 0 ? (
                <TextTable className="report-table" labelledBy={id} head={[t('reports.col.category'), t('reports.col.note'), t('reports.col.time'), t('reports.col.share')]} rows={scopeRows(summary, categories, fmt, tr)} />
              ) : (
                <p className="muted">{t('reports.weekly.none')}</p>
              )}
            </section>
          ))}

          <section className="report-section" aria-labelledby="wk-rhythm">
            <h3 id="wk-rhythm">{t('reports.weekly.rhythm')}</h3>
            <p>{t('reports.weekly.rhythmIntro')}</p>
            {rhythm.data.rhythm.slots.length > 0 ? (
              <TextTable className="report-table" labelledBy="wk-rhythm" head={[t('reports.col.hours'), t('reports.col.days'), t('reports.col.slot')]} rows={rhythmRows(rhythm.data.rhythm, fmt, tr)} />
            ) : (
              <p className="muted">{t('reports.weekly.none')}</p>
            )}
          </section>

          {charter.data && (
            <section className="report-section" aria-labelledby="wk-charter">
              <h3 id="wk-charter">{t('charter.report.heading')}</h3>
              <InForceLine compliance={charter.data} />
              <ComplianceFigures compliance={charter.data} labelledBy="wk-charter" />
            </section>
          )}
          {protocol.data && types.data && <ProtocolSection measures={protocol.data} types={types.data} />}

          <section className="report-section" aria-labelledby="wk-conclusions">
            <h3 id="wk-conclusions">{t('reports.weekly.conclusions')}</h3>
            <p className="report-conclusions">{conclusions.trim() || t('reports.weekly.noConclusions')}</p>
          </section>

          <section className="report-section" aria-labelledby="wk-refs">
            <h3 id="wk-refs">{t('reports.weekly.references')}</h3>
            <ul>
              {referenceLines(m, fmt, tr).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </section>
          <footer className="report-foot">{t('reports.generatedOn', { date: fmt.civil(today) })}</footer>
        </article>
      )}
    </div>
  );
}
