import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { formatDay } from '../../../../shared/veille/reportDocument';
import type { VeilleMeasures } from '../../../../shared/veille/types';

type WeekRow = VeilleMeasures['weeks'][number];
type SourceRow = VeilleMeasures['sources'][number];

/** A horizontal bar for a share (0–1) with an optional reference mark; the figure is in the text beside it. */
function Bar({ share, reference }: { share: number; reference?: number }) {
  return (
    <span className="meter" aria-hidden="true">
      <span className="meter-fill" style={{ width: `${Math.min(100, Math.max(0, share * 100))}%` }} />
      {reference !== undefined && <span className="meter-ref" style={{ left: `${reference * 100}%` }} />}
    </span>
  );
}

/** Measures: monitoring time against the "about half the job" reference, the funnel read → kept → cited, the sources that feed the reports, weak signals, adoption. */
export default function MeasuresTab() {
  const { t } = useTranslation();
  const f = useFormatters();
  const [weeks, setWeeks] = useState(8);
  const m = useApi('veille.measures', { weeks });
  if (m.error) return <Notice kind="error">{errorMessage(t, m.error)}</Notice>;
  if (!m.data) return <p className="loading">{t('common.loading')}</p>;
  const d = m.data;
  const mon = d.monitoring;
  // Weeks before anything was tracked, read or kept are left out: nothing was measured in them
  // (as the audit and the charter count from the first tracked day). A new user sees no table.
  const firstWeek = d.weeks.findIndex((w) => w.trackedMinutes > 0 || w.read > 0 || w.kept > 0 || w.cited > 0);
  const weekRows = firstWeek < 0 ? [] : d.weeks.slice(firstWeek);
  const funnel = [
    { key: 'added', label: t('veille.measures.funnel.added'), n: d.funnel.added },
    { key: 'read', label: t('veille.measures.funnel.read'), n: d.funnel.read },
    { key: 'kept', label: t('veille.measures.funnel.kept'), n: d.funnel.kept },
    { key: 'cited', label: t('veille.measures.funnel.cited'), n: d.funnel.cited },
  ];
  return (
    <div className="stack wide measures">
      <div className="inline">
        <label htmlFor="m-weeks">{t('veille.measures.period')}</label>
        <select id="m-weeks" value={weeks} onChange={(e) => setWeeks(Number(e.target.value))}>
          {[4, 8, 13, 26].map((w) => (
            <option key={w} value={w}>
              {t('veille.measures.lastWeeks', { n: w })}
            </option>
          ))}
        </select>
        <span className="hint">{t('veille.measures.range', { from: formatDay(d.from, f.locale), to: formatDay(d.to, f.locale) })}</span>
      </div>

      <section className="card" aria-labelledby="m-time-h">
        <h2 id="m-time-h">{t('veille.measures.timeTitle')}</h2>
        {mon.share === null ? (
          <p className="muted">{t('veille.measures.noAudit')}</p>
        ) : (
          <>
            <p className="big-figure">
              {f.percent(mon.share)} <span className="hint">{t('veille.measures.timeLine', { hours: f.duration(mon.minutes), tracked: f.duration(mon.tracked) })}</span>
            </p>
            <Bar share={mon.share} reference={mon.reference} />
            <p className="hint">{t('veille.measures.reference', { share: f.percent(mon.reference) })}</p>
          </>
        )}
        <p className="hint">
          {mon.categories.length > 0 ? t('veille.measures.categories', { names: mon.categories.map((c) => c.name).join(', ') }) : t('veille.measures.noCategory')}
        </p>
        <MonitoringCategories />
        {weekRows.length > 0 && (
        <DataTable<WeekRow>
          caption={t('veille.measures.weeksCaption')}
          scroll
          rows={weekRows}
          rowKey={(w) => w.week}
          columns={[
            { key: 'week', header: t('veille.measures.col.week'), rowHeader: true, cell: (w) => t('veille.measures.weekCell', { week: Number(w.week.slice(6)), from: formatDay(w.firstDay, f.locale) }) },
            { key: 'mon', header: t('veille.measures.col.monitoring'), numeric: true, cell: (w) => f.duration(w.monitoringMinutes) },
            { key: 'tracked', header: t('veille.measures.col.tracked'), numeric: true, cell: (w) => f.duration(w.trackedMinutes) },
            { key: 'share', header: t('veille.measures.col.share'), numeric: true, cell: (w) => (w.share === null ? '—' : f.percent(w.share)) },
            { key: 'read', header: t('veille.measures.col.read'), numeric: true, cell: (w) => f.number(w.read, 0) },
            { key: 'kept', header: t('veille.measures.col.kept'), numeric: true, cell: (w) => f.number(w.kept, 0) },
            { key: 'cited', header: t('veille.measures.col.cited'), numeric: true, cell: (w) => f.number(w.cited, 0) },
          ]}
        />
        )}
      </section>

      <section className="card" aria-labelledby="m-funnel-h">
        <h2 id="m-funnel-h">{t('veille.measures.funnelTitle')}</h2>
        <p className="hint">{t('veille.measures.funnelHint')}</p>
        <dl className="funnel">
          {funnel.map((s) => (
            <div key={s.key} className="funnel-step">
              <dt>{s.label}</dt>
              <dd>
                <Bar share={d.funnel.added ? s.n / d.funnel.added : 0} />
                <span className="funnel-n">
                  {f.number(s.n, 0)}
                  {d.funnel.added && s.key !== 'added' ? ` (${f.percent(s.n / d.funnel.added)})` : ''}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="card" aria-labelledby="m-src-h">
        <h2 id="m-src-h">{t('veille.measures.sourcesTitle')}</h2>
        <DataTable<SourceRow>
          labelledBy="m-src-h"
          scroll
          rows={d.sources}
          rowKey={(s) => s.sourceId ?? 0}
          empty={<p className="muted">{t('veille.measures.noSources')}</p>}
          columns={[
            { key: 'title', header: t('veille.measures.col.source'), rowHeader: true, cell: (s) => s.title ?? t('veille.inbox.byHand') },
            { key: 'kept', header: t('veille.measures.col.kept'), numeric: true, cell: (s) => f.number(s.kept, 0) },
            { key: 'cited', header: t('veille.measures.col.cited'), numeric: true, cell: (s) => f.number(s.cited, 0) },
            { key: 'reports', header: t('veille.measures.col.reports'), numeric: true, cell: (s) => f.number(s.reports, 0) },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="m-weak-h">
        <h2 id="m-weak-h">{t('veille.measures.weakTitle')}</h2>
        <dl className="facts">
          <dt>{t('veille.measures.weakNoted')}</dt>
          <dd>{f.number(d.weakSignals.noted, 0)}</dd>
          <dt>{t('veille.measures.weakSeenAgain')}</dt>
          <dd>{f.number(d.weakSignals.seenAgain, 0)}</dd>
          <dt>{t('veille.measures.weakPromoted')}</dt>
          <dd>{f.number(d.weakSignals.promoted, 0)}</dd>
        </dl>
        {d.weakSignals.list.length > 0 && (
          <ul className="weak-list">
            {d.weakSignals.list.map((w) => (
              <li key={w.id}>
                {w.title} <span className="hint">— {t('veille.measures.weakLine', { date: f.date(w.addedAt), echoes: w.echoes })}</span>
                {w.promotedAt !== null && <span className="chip">{t('veille.measures.promotedChip')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="m-adopt-h">
        <h2 id="m-adopt-h">{t('veille.measures.adoptionTitle')}</h2>
        {d.adoption.delivered === 0 ? (
          <p className="muted">{t('veille.measures.noAdoption')}</p>
        ) : (
          <dl className="facts">
            <dt>{t('veille.measures.delivered')}</dt>
            <dd>{f.number(d.adoption.delivered, 0)}</dd>
            <dt>{t('veille.status.accepted')}</dt>
            <dd>
              {f.number(d.adoption.accepted, 0)} ({f.percent(d.adoption.accepted / d.adoption.delivered)})
            </dd>
            <dt>{t('veille.status.declined')}</dt>
            <dd>{f.number(d.adoption.declined, 0)}</dd>
            <dt>{t('veille.status.pending')}</dt>
            <dd>{f.number(d.adoption.pending, 0)}</dd>
          </dl>
        )}
      </section>
    </div>
  );
}

/** Which audit categories count as monitoring (none ticked: those whose name says monitoring or veille). */
function MonitoringCategories() {
  const { t } = useTranslation();
  const cats = useApi('audit.categories.list');
  const settings = useApi('veille.settings.get');
  const update = useApiMutation('veille.settings.update');
  // The boxes appear once the stored choice is read, and wait for its refresh after each change:
  // a click computes the new list from the stored one, so a click on a placeholder (nothing chosen)
  // or on a list not yet refreshed would drop the categories chosen before.
  if (!cats.data || !settings.data) return null;
  const chosen = settings.data.monitoringCategoryIds;
  return (
    <details className="cat-chooser">
      <summary>{t('veille.measures.chooseCategories')}</summary>
      <fieldset>
        <legend className="sr-only">{t('veille.measures.chooseCategories')}</legend>
        {cats.data
          .filter((c) => !c.archived)
          .map((c) => (
            <label key={c.id} className="checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(c.id)}
                disabled={update.isPending || settings.isFetching}
                onChange={(e) => update.mutate({ monitoringCategoryIds: e.target.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id) })}
              />
              {c.name}
            </label>
          ))}
      </fieldset>
      {update.error && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
    </details>
  );
}
