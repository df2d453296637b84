import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters, userTimeZone } from '../../lib/locale';
import { addDays, isoWeekKey, isoWeekMonday, localDayAt } from '../../../../shared/time';
import { formatDay } from '../../../../shared/veille/reportDocument';
import type { RecommendationRow, ReportListRow } from '../../../../shared/veille/types';
import { STATUS_LABEL } from './labels';

/** This week in the user's zone, as an ISO week key. */
function currentWeek(): string {
  return isoWeekKey(localDayAt(Date.now(), userTimeZone()));
}

/** The weekly reports: open this week's (or another recent week's), the list with what management adopted, and every recommendation's answer. */
export default function ReportsTab() {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const reports = useApi('veille.reports.list');
  const recs = useApi('veille.recommendations.list');
  const open = useApiMutation('veille.report.open');
  const thisWeek = currentWeek();
  const monday = isoWeekMonday(thisWeek)!;
  const weeks = Array.from({ length: 8 }, (_, i) => isoWeekKey(addDays(monday, -7 * i)));
  const [week, setWeek] = useState(thisWeek);
  const weekLabel = (w: string) => t('veille.reports.weekOption', { week: Number(w.slice(6)), from: formatDay(isoWeekMonday(w)!, f.locale) });
  return (
    <div className="stack wide">
      <section className="card" aria-labelledby="rep-open-h">
        <h2 id="rep-open-h">{t('veille.reports.openTitle')}</h2>
        <p className="hint">{t('veille.reports.openHint')}</p>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            open.mutate({ week }, { onSuccess: (r) => navigate(`/veille/reports/${r.id}`) });
          }}
        >
          <label htmlFor="rep-week">{t('veille.reports.week')}</label>
          <select id="rep-week" value={week} onChange={(e) => setWeek(e.target.value)}>
            {weeks.map((w) => (
              <option key={w} value={w}>
                {w === thisWeek ? t('veille.reports.thisWeek', { label: weekLabel(w) }) : weekLabel(w)}
              </option>
            ))}
          </select>
          <button type="submit" className="btn primary" disabled={open.isPending}>
            {t('veille.reports.open')}
          </button>
        </form>
        {open.error && <Notice kind="error">{errorMessage(t, open.error)}</Notice>}
      </section>

      {reports.data?.length === 0 ? (
        <EmptyState title={t('veille.reports.emptyTitle')} body={t('veille.reports.emptyBody')} />
      ) : (
        <section className="card" aria-labelledby="rep-list-h">
          <h2 id="rep-list-h">{t('veille.reports.listTitle')}</h2>
          <DataTable<ReportListRow>
            labelledBy="rep-list-h"
            scroll
            rows={reports.data ?? []}
            rowKey={(r) => r.id}
            columns={[
              { key: 'week', header: t('veille.reports.col.week'), rowHeader: true, cell: (r) => weekLabel(r.week) },
              { key: 'title', header: t('veille.reports.col.title'), cell: (r) => r.title || '—' },
              { key: 'status', header: t('veille.reports.col.status'), cell: (r) => (r.deliveredAt !== null ? t('veille.reports.deliveredOn', { date: f.date(r.deliveredAt) }) : t('veille.reports.draft')) },
              { key: 'content', header: t('veille.reports.col.content'), cell: (r) => t('veille.reports.contentCell', { insights: r.insights, weak: r.weakSignals, recs: r.recommendations }) },
              {
                key: 'adopted',
                header: t('veille.reports.col.adopted'),
                cell: (r) => (r.deliveredAt === null || r.recommendations === 0 ? '—' : t('veille.reports.adoptedCell', { accepted: r.accepted, total: r.recommendations, pending: r.pending })),
              },
            ]}
            actions={(r) => (
              <button type="button" className="btn small" aria-label={t('veille.reports.openNamed', { week: weekLabel(r.week) })} onClick={() => navigate(`/veille/reports/${r.id}`)}>
                {t('veille.reports.openShort')}
              </button>
            )}
          />
        </section>
      )}

      <section className="card" aria-labelledby="rec-h">
        <h2 id="rec-h">{t('veille.recs.title')}</h2>
        <p className="hint">{t('veille.recs.hint')}</p>
        <DataTable<RecommendationRow>
          labelledBy="rec-h"
          scroll
          rows={recs.data ?? []}
          rowKey={(r) => r.id}
          empty={<p className="muted">{t('veille.recs.empty')}</p>}
          columns={[
            { key: 'text', header: t('veille.recs.col.text'), rowHeader: true, cell: (r) => r.text },
            { key: 'week', header: t('veille.recs.col.week'), cell: (r) => weekLabel(r.week) },
            { key: 'status', header: t('veille.recs.col.status'), cell: (r) => <span className={`rec-status rec-${r.status}`}>{t(STATUS_LABEL[r.status])}</span> },
            { key: 'when', header: t('veille.recs.col.when'), cell: (r) => (r.statusAt !== null ? f.date(r.statusAt) : '—') },
            { key: 'note', header: t('veille.recs.col.note'), cell: (r) => r.statusNote || '—' },
          ]}
        />
      </section>
    </div>
  );
}
