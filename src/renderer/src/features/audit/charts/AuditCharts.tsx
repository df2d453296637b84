// Loaded lazily: recharts stays out of the initial bundle. Aggregated series only, no animation.
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { localWallTimeToInstant } from '../../../../../shared/time';
import type { AuditMetrics } from '../../../../../shared/audit/metrics';
import { INTERRUPTION_CHANNELS, MODES, type Category } from '../../../../../shared/domain';
import { useFormatters } from '../../../lib/locale';
import { CHANNEL_KEYS, MODE_KEYS, modeVar } from '../labels';

function ChartFigure({ caption, table, children }: { caption: string; table: { head: string[]; rows: (string | number)[][] }; children: ReactNode }) {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);
  const id = useId();
  return (
    <figure className="chart-figure card">
      <figcaption>{caption}</figcaption>
      <div className="chart-box" aria-hidden="true" inert>
        {children}
      </div>
      <button type="button" className="link-btn" aria-expanded={show} aria-controls={id} onClick={() => setShow(!show)}>
        {show ? t('audit.charts.hideNumbers') : t('audit.charts.showNumbers')}
      </button>
      <div id={id} hidden={!show}>
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((v, j) => (j === 0 ? <th key={j} scope="row">{v}</th> : <td key={j} className="num">{v}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

const axis = { stroke: 'var(--muted)', fontSize: 12 };
const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };

export default function AuditCharts({ metrics, categories, tz }: { metrics: AuditMetrics; categories: Category[]; tz: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const hours = (m: number) => Math.round((m / 60) * 10) / 10;
  const byId = new Map(categories.map((c) => [c.id, c]));

  const perDay = metrics.perDay.map((d) => ({
    name: f.date(localWallTimeToInstant(d.day, 720, tz), { weekday: 'short', day: 'numeric', timeZone: tz }),
    ...Object.fromEntries(MODES.map((m) => [m, hours(d.minutesByMode[m])])),
  }));
  const modes = MODES.map((m) => ({ name: t(MODE_KEYS[m]), mode: m, hours: hours(metrics.minutesByMode[m]), share: metrics.shareByMode[m] }));
  const cats = metrics.byCategory.slice(0, 12).map((c) => ({ name: byId.get(c.categoryId)?.name ?? '?', mode: byId.get(c.categoryId)?.mode ?? 'admin', hours: hours(c.minutes), share: c.share }));
  const channels = INTERRUPTION_CHANNELS.map((c) => ({ name: t(CHANNEL_KEYS[c]), count: metrics.interruptions.byChannel[c] }));

  return (
    <div className="grid-2">
      <ChartFigure
        caption={t('audit.charts.modesCaption')}
        table={{ head: [t('audit.report.mode'), t('audit.report.hours'), t('audit.report.share')], rows: modes.map((m) => [m.name, f.number(m.hours), f.percent(m.share)]) }}
      >
        <ResponsiveContainer>
          <BarChart accessibilityLayer={false} data={modes} layout="vertical" margin={{ left: 16, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis type="number" tick={axis} stroke="var(--border)" />
            <YAxis type="category" dataKey="name" width={110} tick={axis} stroke="var(--border)" />
            <Tooltip contentStyle={tooltipStyle} />
            <Bar dataKey="hours" name={t('audit.report.hours')} isAnimationActive={false}>
              {modes.map((m) => (
                <Cell key={m.mode} fill={modeVar(m.mode)} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure
        caption={t('audit.charts.perDayCaption')}
        table={{ head: [t('audit.report.day'), ...MODES.map((m) => t(MODE_KEYS[m]))], rows: perDay.map((d) => [d.name, ...MODES.map((m) => f.number((d as unknown as Record<string, number>)[m]))]) }}
      >
        <ResponsiveContainer>
          <BarChart accessibilityLayer={false} data={perDay}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="name" tick={axis} stroke="var(--border)" />
            <YAxis tick={axis} stroke="var(--border)" />
            <Tooltip contentStyle={tooltipStyle} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {MODES.map((m) => (
              <Bar key={m} dataKey={m} name={t(MODE_KEYS[m])} stackId="day" fill={modeVar(m)} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure
        caption={t('audit.charts.categoriesCaption')}
        table={{ head: [t('audit.entry.category'), t('audit.report.hours'), t('audit.report.share')], rows: cats.map((c) => [c.name, f.number(c.hours), f.percent(c.share)]) }}
      >
        <ResponsiveContainer>
          <BarChart accessibilityLayer={false} data={cats} layout="vertical" margin={{ left: 16, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis type="number" tick={axis} stroke="var(--border)" />
            <YAxis type="category" dataKey="name" width={150} tick={axis} stroke="var(--border)" />
            <Tooltip contentStyle={tooltipStyle} />
            <Bar dataKey="hours" name={t('audit.report.hours')} isAnimationActive={false}>
              {cats.map((c, i) => (
                <Cell key={i} fill={modeVar(c.mode)} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure caption={t('audit.charts.channelsCaption')} table={{ head: [t('audit.interruption.channel'), t('audit.report.count')], rows: channels.map((c) => [c.name, c.count]) }}>
        <ResponsiveContainer>
          <BarChart accessibilityLayer={false} data={channels}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="name" tick={axis} stroke="var(--border)" />
            <YAxis allowDecimals={false} tick={axis} stroke="var(--border)" />
            <Tooltip contentStyle={tooltipStyle} />
            <Bar dataKey="count" name={t('audit.report.count')} fill="var(--reactive)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
