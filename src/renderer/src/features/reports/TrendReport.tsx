import { lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { addDays } from '../../../../shared/time';
import { auditsOfWeek, trendHead, trendMarkdown, trendRows, trendSummary, trendSummaryLine } from '../../../../shared/reports/trendReport';
import { useApi } from '../../api/hooks';
import { DateField } from '../../components/fields/DateField';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { ChartFigure } from '../../components/ChartFigure';
import { TextTable } from '../../components/DataTable';
import { ReportActions } from './ReportActions';
import { dayKey, dayStart, nextDayStart } from './periods';
import { useReportText } from '../../lib/reportText';

const SharesChart = lazy(() => import('./charts/TrendCharts').then((m) => ({ default: m.SharesChart })));
const FragmentationChart = lazy(() => import('./charts/TrendCharts').then((m) => ({ default: m.FragmentationChart })));

export function TrendReport() {
  const { t } = useTranslation();
  const { fmt, t: tr, tz } = useReportText();
  const [today] = useState(() => dayKey(Date.now(), tz));
  const [fromDay, setFromDay] = useState<string | null>(() => addDays(today, -7 * 12 + 1));
  const [toDay, setToDay] = useState<string | null>(today);
  const valid = fromDay !== null && toDay !== null && toDay >= fromDay;
  const from = valid ? dayStart(fromDay, tz) : 0;
  const to = valid ? nextDayStart(toDay, tz) : 1;
  const trend = useApi('audit.trend', { from, to, tz }, { enabled: valid });
  const saved = useApi('audit.saved.list');
  const audits = useMemo(() => (saved.data ?? []).map((a) => ({ id: a.id, name: a.name, from: a.from, to: a.to })), [saved.data]);
  const weeks = trend.data?.weeks ?? [];
  const summary = trendSummary(weeks);
  const rows = trendRows(weeks, audits, fmt);
  const shortDay = (day: string) => new Intl.DateTimeFormat(fmt.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.parse(`${day}T12:00:00Z`));
  const points = weeks.map((w) => ({
    label: shortDay(w.weekStart),
    deep: w.trackedMinutes > 0 ? Math.round(w.deepShare * 1000) / 10 : null,
    reactive: w.trackedMinutes > 0 ? Math.round(w.reactiveShare * 1000) / 10 : null,
    fragmentation: w.fragmentation === null ? null : Math.round(w.fragmentation * 10) / 10,
    lateEvenings: w.lateEvenings,
    audit: auditsOfWeek(w, audits).length > 0,
  }));
  const marked = audits.filter((a) => a.from < to && a.to > from);
  const error = trend.error ?? saved.error;

  return (
    <div className="report-screen">
      <div className="report-controls card no-print">
        <div className="inline">
          <DateField id="trend-from" className="inline-field" label={t('reports.trend.from')} value={fromDay} onChange={setFromDay} isRequired />
          <DateField id="trend-to" className="inline-field" label={t('reports.trend.to')} value={toDay} onChange={setToDay} isRequired />
        </div>
        {!valid && <Notice kind="error">{t('reports.trend.invalidRange')}</Notice>}
        <ReportActions fileName={`coulisses-trend-report-${fromDay}-${toDay}.md`} markdown={() => trendMarkdown({ from, to, weeks, audits }, fmt, tr)} disabled={!trend.data} />
      </div>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
      {valid && !trend.data && !error && <p className="loading" role="status">{t('reports.loading')}</p>}
      {valid && trend.data && (
        <article className="report-doc" aria-labelledby="trend-title">
          <header className="report-head">
            <p className="report-kicker">Coulisses</p>
            <h2 id="trend-title">{t('reports.trend.title')}</h2>
            <p className="report-period">
              <strong>{t('reports.weekly.period')}</strong> {fmt.period(from, to)}
            </p>
          </header>
          {summary.trackedWeeks === 0 ? (
            <div className="report-empty">
              <p>{t('reports.trend.noData')}</p>
              <p className="no-print">
                <Link to="/audit">{t('reports.weekly.goTrack')}</Link>
              </p>
            </div>
          ) : (
            <>
              <p className="lead">{trendSummaryLine(summary, fmt, tr)}</p>
              <section className="report-section" aria-labelledby="tr-shares">
                <h3 id="tr-shares">{t('reports.trend.shares')}</h3>
                <ChartFigure
                  caption={t('reports.trend.sharesCaption')}
                  head={[t('reports.col.week'), t('reports.col.deepShare'), t('reports.col.reactiveShare')]}
                  rows={weeks.map((w) => [fmt.civil(w.weekStart), fmt.percent(w.deepShare), fmt.percent(w.reactiveShare)])}
                >
                  <SharesChart data={points} names={{ deep: t('reports.col.deepShare'), reactive: t('reports.col.reactiveShare'), audit: t('reports.trend.auditMark') }} />
                </ChartFigure>
              </section>
              <section className="report-section" aria-labelledby="tr-frag">
                <h3 id="tr-frag">{t('reports.trend.fragmentation')}</h3>
                <ChartFigure
                  caption={t('reports.trend.fragmentationCaption')}
                  head={[t('reports.col.week'), t('reports.col.fragmentation'), t('reports.col.lateEvenings')]}
                  rows={weeks.map((w) => [fmt.civil(w.weekStart), w.fragmentation === null ? t('reports.fig.notEnoughData') : fmt.number(w.fragmentation, 1), fmt.number(w.lateEvenings, 0)])}
                >
                  <FragmentationChart data={points} names={{ fragmentation: t('reports.col.fragmentation'), lateEvenings: t('reports.col.lateEvenings'), audit: t('reports.trend.auditMark') }} />
                </ChartFigure>
              </section>
            </>
          )}
          <section className="report-section" aria-labelledby="tr-table">
            <h3 id="tr-table">{t('reports.trend.perWeek')}</h3>
            <TextTable className="report-table" head={trendHead(tr)} rows={rows} />
          </section>
          <section className="report-section" aria-labelledby="tr-audits">
            <h3 id="tr-audits">{t('reports.trend.savedAudits')}</h3>
            <p className="hint">{t('reports.trend.savedAuditsHint')}</p>
            {marked.length ? (
              <ul>
                {marked.map((a) => (
                  <li key={a.id}>
                    {a.name} ({fmt.period(a.from, a.to)})
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('reports.weekly.none')}</p>
            )}
          </section>
        </article>
      )}
    </div>
  );
}
