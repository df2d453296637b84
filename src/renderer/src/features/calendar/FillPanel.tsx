import { useTranslation } from 'react-i18next';
import { gapMessage } from '../../../../shared/calendar/gapMessages';
import type { MonthFill } from '../../../../shared/calendar/monthFill';
import { useApi } from '../../api/hooks';
import { DataTable, type Column } from '../../components/DataTable';
import { useFormatters } from '../../lib/locale';
import { formatDay, type Lookups } from './calendarUi';

/** Cadence targets against planned items per channel and week, pillar shares, and the gaps in words. */
export function FillPanel({ month, lookups }: { month: string; lookups: Lookups }) {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const fill = useApi('calendar.monthFill', { month, weekStartsOn: f.weekStartsOn });
  if (!fill.data) return null;
  const data = fill.data;
  const locale = i18n.language === 'fr' ? 'fr' : 'en';
  const names = {
    channelName: (id: number) => lookups.name(lookups.channel(id)),
    pillarName: (id: number) => lookups.name(lookups.pillar(id)),
    locale: locale as 'en' | 'fr',
  };
  const short = (d: string) => formatDay(d, f.locale, { day: 'numeric', month: 'short' });
  const cadence: Column<MonthFill['channels'][number]>[] = [
    {
      key: 'channel',
      header: t('calendar.field.channel'),
      rowHeader: true,
      cell: (c) => (
        <>
          <span className="cal-swatch" style={{ background: lookups.channel(c.channelId)?.color }} aria-hidden="true" /> {lookups.name(lookups.channel(c.channelId))}
        </>
      ),
    },
    ...data.weeks.map((w, j): Column<MonthFill['channels'][number]> => ({
      key: w.weekStart,
      header: <abbr title={`${short(w.start)} – ${short(w.end)}`}>{t('calendar.fill.weekShort', { week: w.week })}</abbr>,
      className: (c) => (c.weeks[j].missing > 0 ? 'cal-short' : 'cal-ok'),
      cell: (c) => t('calendar.fill.cell', { planned: c.weeks[j].planned, target: c.weeks[j].target }),
    })),
    {
      key: 'month',
      header: t('calendar.fill.month'),
      className: (c) => (c.planned < c.target ? 'cal-short' : 'cal-ok'),
      cell: (c) => t('calendar.fill.cell', { planned: c.planned, target: c.target }),
    },
  ];
  return (
    <div className="cal-fill">
      <section className="card" aria-labelledby="gaps-h">
        <h2 id="gaps-h">{t('calendar.fill.gapsTitle')}</h2>
        <p className="lead">{t('calendar.fill.summary', { count: data.plannedTotal, target: data.channels.reduce((s, c) => s + c.target, 0) })}</p>
        {data.gaps.length === 0 ? (
          <p className="notice notice-success">{t('calendar.fill.noGaps')}</p>
        ) : (
          <ul className="cal-gaps">
            {data.gaps.map((gap, i) => {
              const m = gapMessage(gap, names);
              return <li key={i}>{t(m.key, m.params)}</li>;
            })}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="cadence-h">
        <h2 id="cadence-h">{t('calendar.fill.cadenceTitle')}</h2>
        <DataTable
          className="cal-fill-table"
          labelledBy="cadence-h"
          scroll
          rows={data.channels}
          rowKey={(c) => c.channelId}
          columns={cadence}
        />
      </section>
      <section className="card" aria-labelledby="pillars-h">
        <h2 id="pillars-h">{t('calendar.fill.pillarsTitle')}</h2>
        <ul className="cal-bars">
          {data.pillars.map((p) => {
            const pillar = lookups.pillar(p.pillarId);
            return (
              <li key={p.pillarId}>
                <span className="cal-bar-label">{lookups.name(pillar)}</span>
                <span className="cal-bar" aria-hidden="true">
                  <span className="cal-bar-fill" style={{ width: `${Math.min(100, p.share * 100)}%`, background: pillar?.color }} />
                  <span className="cal-bar-target" style={{ left: `${Math.min(100, p.targetShare * 100)}%` }} />
                </span>
                <span className="cal-bar-value">{t('calendar.fill.share', { share: f.percent(p.share), target: f.percent(p.targetShare), count: p.planned })}</span>
              </li>
            );
          })}
        </ul>
        {data.withoutPillar > 0 && <p className="hint">{t('calendar.fill.withoutPillar', { n: data.withoutPillar })}</p>}
      </section>
    </div>
  );
}
