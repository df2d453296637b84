import { lazy, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditMetrics } from '../../../../shared/audit/metrics';
import { MODES, type Category } from '../../../../shared/domain';
import { MODE_LABEL } from '../../../../shared/reports/labels';
import { auditMarkdown, weeklyFigures } from '../../../../shared/reports/weeklyReport';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { localDayAt } from '../../../../shared/time';
import { ChannelsChart } from '../../charts/ChannelsChart';
import { PerDayChart } from '../../charts/PerDayChart';
import { ChartFigure } from '../../components/ChartFigure';
import { useReportText } from '../../lib/reportText';
import { useWeek } from './useWeek';
import { ScopeList } from './ScopeList';
import { WeekNav } from './WeekNav';

const ModeBarsChart = lazy(() => import('./charts/ModeBarsChart'));
const HEAT_ORDER = [1, 2, 3, 4, 5, 6, 0];

function Heatmap({ heatmap }: { heatmap: number[][] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const max = Math.max(1, ...heatmap.flat());
  const hours = Array.from({ length: 24 }, (_, h) => h).filter((h) => h >= 7 && h <= 21 || heatmap.some((row) => row[h] > 0));
  const order = f.weekStartsOn === 0 ? [0, ...HEAT_ORDER.slice(0, 6)] : HEAT_ORDER;
  const captionId = useId();
  return (
    <figure className="heatmap-figure card">
      <figcaption id={captionId}>{t('audit.charts.heatmapCaption')}</figcaption>
      {/* scrolls sideways at 1024 px: focusable so that the keyboard scrolls it too (axe: scrollable-region-focusable) */}
      <div className="table-scroll" role="region" tabIndex={0} aria-labelledby={captionId}>
        <table className="heatmap">
          <thead>
            <tr>
              <td />
              {hours.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((d) => (
              <tr key={d}>
                <th scope="row">{f.weekday(d, 'short')}</th>
                {hours.map((h) => {
                  const n = heatmap[d]?.[h] ?? 0;
                  return (
                    <td key={h} style={{ background: n ? `color-mix(in srgb, var(--reactive) ${Math.round(15 + (n / max) * 70)}%, var(--surface))` : 'var(--surface-2)' }}>
                      {n || ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** The week's figures as cards (the "cards" view of the weekly-report model). */
function Figures({ metrics }: { metrics: AuditMetrics }) {
  const { fmt, t } = useReportText();
  return (
    <dl className="kpis">
      {weeklyFigures(metrics, fmt, t, 'cards').map((fig) => (
        <div key={fig.key} className={fig.alert ? 'kpi alert' : 'kpi'} data-figure={fig.key}>
          <dt>{fig.label}</dt>
          <dd>
            {fig.value}
            {fig.note && <span className="ref">{fig.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Two saved audits side by side, figure by figure, with the difference of the second from the first. */
function Comparison({ first, second }: { first: { name: string; metrics: AuditMetrics }; second: { name: string; metrics: AuditMetrics } }) {
  const { t } = useTranslation();
  const { fmt, t: tr } = useReportText();
  const b = weeklyFigures(second.metrics, fmt, tr, 'cards');
  const rows = weeklyFigures(first.metrics, fmt, tr, 'cards').map((fa, i) => ({ a: fa, b: b[i], diff: b[i].raw - fa.raw }));
  return (
    <DataTable
      caption={t('audit.saved.comparison')}
      rows={rows}
      rowKey={(r) => r.a.key}
      columns={[
        { key: 'figure', header: t('audit.report.figure'), rowHeader: true, cell: (r) => r.a.label },
        { key: 'a', header: first.name, numeric: true, cell: (r) => r.a.value },
        { key: 'b', header: second.name, numeric: true, cell: (r) => r.b.value },
        { key: 'diff', header: t('audit.saved.difference'), numeric: true, cell: (r) => (r.diff === 0 ? '=' : `${r.diff > 0 ? '+' : '−'}${fmt.number(Math.abs(r.diff), 1)}`) },
      ]}
    />
  );
}

/** The audit's own charts: hours per mode, or per category (top 12), one bar each coloured by its mode. */
function ModeBars({ of, metrics, categories }: { of: 'modes' | 'categories'; metrics: AuditMetrics; categories: Category[] }) {
  const { t } = useTranslation();
  const { fmt, t: tr } = useReportText();
  const hours = (m: number) => Math.round((m / 60) * 10) / 10;
  const byId = new Map(categories.map((c) => [c.id, c]));
  const bars =
    of === 'modes'
      ? MODES.map((m) => ({ name: tr(MODE_LABEL[m]), mode: m, hours: hours(metrics.minutesByMode[m]), minutes: metrics.minutesByMode[m], share: metrics.shareByMode[m] }))
      : metrics.byCategory.slice(0, 12).map((c) => ({ name: byId.get(c.categoryId)?.name ?? '?', mode: byId.get(c.categoryId)?.mode ?? ('admin' as const), hours: hours(c.minutes), minutes: c.minutes, share: c.share }));
  return (
    <ChartFigure
      className="card"
      caption={of === 'modes' ? t('audit.charts.modesCaption') : t('audit.charts.categoriesCaption')}
      head={[of === 'modes' ? t('audit.report.mode') : t('audit.entry.category'), t('reports.col.time'), t('audit.report.share')]}
      rows={bars.map((b) => [b.name, fmt.duration(b.minutes), fmt.percent(b.share)])}
    >
      <ModeBarsChart data={bars} name={t('audit.report.hours')} labelWidth={of === 'modes' ? 110 : 150} />
    </ChartFigure>
  );
}

function SavedAudits({ from, to, tz }: { from: number; to: number; tz: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const saved = useApi('audit.saved.list');
  const create = useApiMutation('audit.saved.create');
  const remove = useApiMutation('audit.saved.delete');
  const [name, setName] = useState('');
  const [conclusions, setConclusions] = useState('');
  const [pick, setPick] = useState<number[]>([]);
  const chosen = (saved.data ?? []).filter((a) => pick.includes(a.id));
  const a = useApi('audit.report', chosen[0] ? { from: chosen[0].from, to: chosen[0].to, tz: chosen[0].tz } : { from, to, tz }, { enabled: chosen.length === 2 });
  const b = useApi('audit.report', chosen[1] ? { from: chosen[1].from, to: chosen[1].to, tz: chosen[1].tz } : { from, to, tz }, { enabled: chosen.length === 2 });
  return (
    <section className="card" aria-labelledby="saved-h" style={{ marginTop: '1.25rem' }}>
      <h2 id="saved-h">{t('audit.saved.title')}</h2>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ name, from, to, tz, conclusions }, { onSuccess: () => (setName(''), setConclusions('')) });
        }}
      >
        <label htmlFor="saved-name">{t('audit.saved.name')}</label>
        <input id="saved-name" type="text" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} placeholder={t('audit.saved.namePlaceholder')} />
        <label htmlFor="saved-conclusions">{t('audit.saved.conclusions')}</label>
        <textarea id="saved-conclusions" maxLength={20000} value={conclusions} onChange={(e) => setConclusions(e.target.value)} />
        <span />
        <div>
          <button type="submit" className="btn primary" disabled={create.isPending || !name.trim()}>
            {t('audit.saved.save')}
          </button>
        </div>
      </form>
      {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      <DataTable
        labelledBy="saved-h"
        rows={saved.data ?? []}
        rowKey={(s) => s.id}
        empty={null}
        columns={[
          {
            key: 'compare',
            header: t('audit.saved.compare'),
            cell: (s) => (
              <input
                type="checkbox"
                aria-label={t('audit.saved.compareThis', { name: s.name })}
                checked={pick.includes(s.id)}
                onChange={(e) => setPick(e.target.checked ? [...pick, s.id].slice(-2) : pick.filter((p) => p !== s.id))}
              />
            ),
          },
          { key: 'name', header: t('audit.saved.name'), cell: (s) => s.name },
          { key: 'period', header: t('audit.saved.period'), cell: (s) => f.dayRange(localDayAt(s.from, s.tz), localDayAt(s.to - 1, s.tz)) },
          { key: 'conclusions', header: t('audit.saved.conclusions'), className: 'pre-wrap', cell: (s) => s.conclusions },
        ]}
        actions={(s) => (
          <button type="button" className="btn danger" onClick={() => remove.mutate({ id: s.id })} aria-label={t('audit.saved.deleteThis', { name: s.name })}>
            {t('audit.common.delete')}
          </button>
        )}
      />
      {chosen.length === 2 && a.data && b.data && <Comparison first={{ name: chosen[0].name, metrics: a.data.metrics }} second={{ name: chosen[1].name, metrics: b.data.metrics }} />}
    </section>
  );
}

export default function ReportView() {
  const { t } = useTranslation();
  const { fmt, t: tr } = useReportText();
  const f = useFormatters();
  const week = useWeek();
  const report = useApi('audit.report', { from: week.from, to: week.to, tz: week.tz });
  const csv = useApiMutation('audit.export.csv');
  const data = report.data;
  const names = new Map((data?.categories ?? []).map((c) => [c.id, c.name]));
  const title = t('audit.report.markdownTitle', { period: f.dayRange(week.days[0], week.days[6]) });
  return (
    <section aria-label={t('audit.tabs.report')}>
      <WeekNav week={week}>
        <button type="button" className="btn" disabled={!data} onClick={() => data && downloadText(`coulisses-audit-${week.start}.md`, auditMarkdown(data.metrics, data.categories, title, fmt, tr), 'text/markdown;charset=utf-8')}>
          {t('audit.report.exportMarkdown')}
        </button>
      </WeekNav>
      {report.isError && <Notice kind="error">{errorMessage(t, report.error)}</Notice>}
      {data && (
        <>
          {data.metrics.trackedMinutes === 0 && data.metrics.interruptions.count === 0 && <Notice kind="info">{t('audit.report.emptyPeriod')}</Notice>}
          <Figures metrics={data.metrics} />
          <section className="card" aria-labelledby="ref-h" style={{ marginBottom: '1.25rem' }}>
            <h2 id="ref-h">{t('audit.report.references')}</h2>
            <ul className="reasoning">
              <li>{t('audit.report.refMonitoring')}</li>
              <li>{t('audit.report.refMeetings')}</li>
              <li>{t('audit.report.refLate')}</li>
            </ul>
          </section>
          <div className="grid-2">
            <ModeBars of="modes" metrics={data.metrics} categories={data.categories} />
            <PerDayChart className="card" metrics={data.metrics} caption={t('audit.charts.perDayCaption')} />
            <ModeBars of="categories" metrics={data.metrics} categories={data.categories} />
            <ChannelsChart className="card" metrics={data.metrics} caption={t('audit.charts.channelsCaption')} />
          </div>
          <div className="grid-2" style={{ marginTop: '1.25rem' }}>
            <Heatmap heatmap={data.metrics.interruptions.heatmap} />
            <ScopeList title={t('audit.report.outOfScopeList')} summary={data.metrics.outOfScope} names={names} limit={30} notMapped={!data.metrics.scopeMapped} />
            <ScopeList title={t('audit.report.invisibleList')} summary={data.metrics.invisible} names={names} limit={30} />
          </div>
          <SavedAudits from={week.from} to={week.to} tz={week.tz} />
          <div className="actions">
            <button
              type="button"
              className="btn"
              onClick={() => csv.mutate({ from: week.from, to: week.to, tz: week.tz, language: f.locale.startsWith('fr') ? 'fr' : 'en' }, { onSuccess: (r) => downloadText(r.fileName, r.content, 'text/csv;charset=utf-8') })}
            >
              {t('audit.data.exportCsv')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
