import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditMetrics } from '../../../../shared/audit/metrics';
import type { Category } from '../../../../shared/domain';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { reportFigures, reportMarkdown } from './reportFigures';
import { useWeek } from './useWeek';
import { ScopeList } from './ScopeList';
import { WeekNav } from './WeekNav';

const AuditCharts = lazy(() => import('./charts/AuditCharts'));
const HEAT_ORDER = [1, 2, 3, 4, 5, 6, 0];

function Heatmap({ heatmap }: { heatmap: number[][] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const max = Math.max(1, ...heatmap.flat());
  const hours = Array.from({ length: 24 }, (_, h) => h).filter((h) => h >= 7 && h <= 21 || heatmap.some((row) => row[h] > 0));
  const order = f.weekStartsOn === 0 ? [0, ...HEAT_ORDER.slice(0, 6)] : HEAT_ORDER;
  return (
    <figure className="chart-figure card">
      <figcaption>{t('audit.charts.heatmapCaption')}</figcaption>
      <div style={{ overflowX: 'auto' }}>
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

export function Figures({ metrics }: { metrics: AuditMetrics }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <dl className="kpis">
      {reportFigures(metrics, t, f).map((fig) => (
        <div key={fig.key} className={fig.alert ? 'kpi alert' : 'kpi'} data-figure={fig.key}>
          <dt>{fig.label}</dt>
          <dd>
            {fig.value}
            {fig.reference && <span className="ref">{fig.reference}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function SavedAudits({ from, to, tz, categories }: { from: number; to: number; tz: string; categories: Category[] }) {
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
  void categories;
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
          { key: 'period', header: t('audit.saved.period'), cell: (s) => new Intl.DateTimeFormat(f.locale, { dateStyle: 'medium', timeZone: s.tz }).formatRange(s.from, s.to - 1) },
          { key: 'conclusions', header: t('audit.saved.conclusions'), className: 'pre-wrap', cell: (s) => s.conclusions },
        ]}
        actions={(s) => (
          <button type="button" className="btn danger" onClick={() => remove.mutate({ id: s.id })} aria-label={t('audit.saved.deleteThis', { name: s.name })}>
            {t('audit.common.delete')}
          </button>
        )}
      />
      {chosen.length === 2 && a.data && b.data && (
        <table className="table" aria-label={t('audit.saved.comparison')}>
          <thead>
            <tr>
              <th scope="col">{t('audit.report.figure')}</th>
              <th scope="col" className="num">{chosen[0].name}</th>
              <th scope="col" className="num">{chosen[1].name}</th>
              <th scope="col" className="num">{t('audit.saved.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {reportFigures(a.data.metrics, t, f).map((fa, i) => {
              const fb = reportFigures(b.data!.metrics, t, f)[i];
              const diff = fb.raw - fa.raw;
              return (
                <tr key={fa.key}>
                  <th scope="row">{fa.label}</th>
                  <td className="num">{fa.value}</td>
                  <td className="num">{fb.value}</td>
                  <td className="num">{diff === 0 ? '=' : `${diff > 0 ? '+' : '−'}${f.number(Math.abs(diff), 1)}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

export default function ReportView() {
  const { t } = useTranslation();
  const f = useFormatters();
  const week = useWeek();
  const report = useApi('audit.report', { from: week.from, to: week.to, tz: week.tz });
  const csv = useApiMutation('audit.export.csv');
  const data = report.data;
  const names = new Map((data?.categories ?? []).map((c) => [c.id, c.name]));
  const title = t('audit.report.markdownTitle', { period: new Intl.DateTimeFormat(f.locale, { dateStyle: 'medium', timeZone: week.tz }).formatRange(week.from, week.to - 1) });
  return (
    <section aria-label={t('audit.tabs.report')}>
      <WeekNav week={week}>
        <button type="button" className="btn" disabled={!data} onClick={() => data && downloadText(`coulisses-audit-${week.start}.md`, reportMarkdown(data.metrics, data.categories, title, t, f), 'text/markdown;charset=utf-8')}>
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
          <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
            <AuditCharts metrics={data.metrics} categories={data.categories} tz={week.tz} />
          </Suspense>
          <div className="grid-2" style={{ marginTop: '1.25rem' }}>
            <Heatmap heatmap={data.metrics.interruptions.heatmap} />
            <ScopeList title={t('audit.report.outOfScopeList')} summary={data.metrics.outOfScope} names={names} limit={30} />
            <ScopeList title={t('audit.report.invisibleList')} summary={data.metrics.invisible} names={names} limit={30} />
          </div>
          <SavedAudits from={week.from} to={week.to} tz={week.tz} categories={data.categories} />
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
