import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useApi } from '../../api/hooks';
import { ChartFigure } from '../../components/ChartFigure';
import { labelInterval, niceTicks } from '../../charts/axis';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { PHASE_LABEL, certTitle, milestoneTitle, skillName, useCivilDate } from './labels';
import type { PhaseIndex } from '../../../../shared/career/types';

const EVENT_LABEL: Record<string, string> = {
  phase: 'career.charts.event.phase',
  'milestone-due': 'career.charts.event.milestone-due',
  'milestone-done': 'career.charts.event.milestone-done',
  attempt: 'career.charts.event.attempt',
  pass: 'career.charts.event.pass',
  earned: 'career.charts.event.earned',
  'renewal-window': 'career.charts.event.renewal-window',
  expiry: 'career.charts.event.expiry',
};

const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export default function ChartsTab() {
  const { t } = useTranslation();
  const { civil, month, f } = useCivilDate();
  const charts = useApi('career.charts');
  if (charts.isError) return <Notice kind="error">{errorMessage(t, charts.error)}</Notice>;
  const data = charts.data;
  if (!data) return null;
  if (!data.plan) return <EmptyState title={t('career.charts.noPlanTitle')} body={t('career.charts.noPlanBody')} />;

  const milestoneById = new Map(data.milestones.map((m) => [m.id, m]));
  const certById = new Map(data.certifications.map((c) => [c.id, c]));
  const describe = (e: (typeof data.timeline)[number]): string => {
    const ev = e as Record<string, unknown> & { kind: string };
    if (ev.kind === 'phase') return t(PHASE_LABEL[ev.phase as PhaseIndex]);
    if (ev.kind === 'milestone-due' || ev.kind === 'milestone-done') {
      const m = milestoneById.get(ev.milestoneId as number);
      return m ? milestoneTitle(t, m) : '';
    }
    const c = certById.get(ev.certId as number);
    const name = c ? certTitle(t, c) : '';
    if (ev.kind === 'attempt' || ev.kind === 'pass') return `${name} · ${f.percent((ev.score as number) / 100, 1)}`;
    return name;
  };

  const events = data.timeline.filter((e) => e.kind !== 'phase');
  const mPoints = events.filter((e) => e.kind === 'milestone-due' || e.kind === 'milestone-done').map((e) => ({ x: ms(e.date), y: e.kind === 'milestone-done' ? 2 : 1, e }));
  const cPoints = events.filter((e) => !e.kind.startsWith('milestone')).map((e) => ({ x: ms(e.date), y: 0, e }));
  const start = ms(data.plan.startDate);
  const end = ms(data.plan.targetDate);
  const lanes: Record<number, string> = { 0: t('career.charts.lane.certifications'), 1: t('career.charts.lane.planned'), 2: t('career.charts.lane.done') };
  const years = [0, 1, 2, 3].map((i) => ms(data.phases[Math.min(i, 2)][i === 3 ? 'end' : 'start']));
  const phaseFill = ['var(--deep)', 'var(--reporting)', 'var(--meeting)'];

  const burn = data.burnUp.map((p) => ({ ...p, label: month(p.month) }));
  const burnTicks = niceTicks(Math.max(0, ...data.burnUp.map((p) => Math.max(p.plannedCumulative, p.doneCumulative ?? 0))), { integer: true });
  const radar = data.radar.map((r) => ({ name: skillName(t, r), level: r.level ?? 0, target: r.target, r }));
  const last = [...data.burnUp].reverse().find((p) => p.doneCumulative !== null);

  return (
    <div className="stack wide charts">
      <ChartFigure
        className="card"
        title={t('career.charts.timelineTitle')}
        caption={t('career.charts.timelineCaption', { start: civil(data.plan.startDate), end: civil(data.plan.targetDate), today: civil(data.today) })}
        head={[t('career.charts.col.date'), t('career.charts.col.event'), t('career.charts.col.detail')]}
        rows={data.timeline.map((e) => [civil(e.date), t(EVENT_LABEL[e.kind] ?? 'career.charts.event.phase'), describe(e)])}
      >
        {(animate) => (
          <ResponsiveContainer width="100%" height={240}>
            <ScatterChart accessibilityLayer={false} margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid stroke="var(--border)" vertical={false} />
              {data.phases.map((p) => (
                <ReferenceArea
                  key={p.index}
                  x1={ms(p.start)}
                  x2={ms(p.end)}
                  fill={phaseFill[p.index]}
                  fillOpacity={0.1}
                  stroke="none"
                  label={{ value: t(PHASE_LABEL[p.index]), position: 'insideTop', fill: 'var(--muted)', fontSize: 12 }}
                />
              ))}
              <XAxis type="number" dataKey="x" domain={[start, end]} ticks={years} tickFormatter={(v: number) => f.date(v, { month: 'short', year: 'numeric', timeZone: 'UTC' })} stroke="var(--muted)" fontSize={12} />
              <YAxis type="number" dataKey="y" domain={[-0.5, 2.5]} ticks={[0, 1, 2]} tickFormatter={(v: number) => lanes[v] ?? ''} width={110} stroke="var(--muted)" fontSize={12} />
              <ReferenceLine x={ms(data.today)} stroke="var(--danger)" strokeDasharray="4 3" label={{ value: t('career.charts.today'), position: 'top', fill: 'var(--danger)', fontSize: 12 }} />
              <Scatter name={t('career.charts.lane.planned')} data={mPoints} fill="var(--accent)" isAnimationActive={animate} />
              <Scatter name={t('career.charts.lane.certifications')} data={cPoints} fill="var(--reactive)" shape="diamond" isAnimationActive={animate} />
            </ScatterChart>
          </ResponsiveContainer>
        )}
      </ChartFigure>

      <ChartFigure
        className="card"
        title={t('career.charts.burnUpTitle')}
        caption={
          last
            ? t('career.charts.burnUpCaption', { count: last.doneCumulative ?? 0, planned: last.plannedCumulative, month: month(last.month) })
            : t('career.charts.burnUpCaptionEmpty')
        }
        head={[t('career.charts.col.month'), t('career.charts.planned'), t('career.charts.done')]}
        rows={data.burnUp.map((p) => [month(p.month), f.number(p.plannedCumulative, 0), p.doneCumulative === null ? '—' : f.number(p.doneCumulative, 0)])}
      >
        {(animate) => (
          <ResponsiveContainer width="100%" height={260}>
            <LineChart accessibilityLayer={false} data={burn} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
              <CartesianGrid stroke="var(--border)" />
              <XAxis dataKey="label" stroke="var(--muted)" fontSize={12} interval={labelInterval(burn.length, 8)} />
              <YAxis allowDecimals={false} ticks={burnTicks} domain={[0, burnTicks[burnTicks.length - 1]]} stroke="var(--muted)" fontSize={12} />
              <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' }} />
              <Legend />
              <Line type="stepAfter" dataKey="plannedCumulative" name={t('career.charts.planned')} stroke="var(--muted)" strokeDasharray="5 4" dot={false} isAnimationActive={animate} />
              <Line type="stepAfter" dataKey="doneCumulative" name={t('career.charts.done')} stroke="var(--accent)" strokeWidth={2.5} dot={false} connectNulls={false} isAnimationActive={animate} />
            </LineChart>
          </ResponsiveContainer>
        )}
      </ChartFigure>

      <ChartFigure
        className="card"
        title={t('career.charts.radarTitle')}
        caption={t('career.charts.radarCaption', { count: data.radar.filter((r) => r.level !== null).length, total: data.radar.length })}
        head={[t('career.skillsTab.skill'), t('career.skillsTab.now'), t('career.skillsTab.target'), t('career.charts.col.gap')]}
        rows={radar.map(({ name, r }) => [name, r.level === null ? t('career.skillsTab.notAssessed') : t('career.skillsTab.levelOn', { level: r.level, date: civil(r.assessedOn!) }), String(r.target), r.gap === null ? '—' : f.number(r.gap, 0)])}
      >
        {(animate) => (
          <ResponsiveContainer width="100%" height={380}>
            <RadarChart accessibilityLayer={false} data={radar} outerRadius="70%">
              <PolarGrid stroke="var(--border)" />
              <PolarAngleAxis dataKey="name" tick={{ fill: 'var(--muted)', fontSize: 11 }} />
              <PolarRadiusAxis domain={[0, 5]} tickCount={6} angle={90} tick={{ fill: 'var(--muted)', fontSize: 10 }} />
              <Radar name={t('career.skillsTab.target')} dataKey="target" stroke="var(--muted)" fill="var(--muted)" fillOpacity={0.12} isAnimationActive={animate} />
              <Radar name={t('career.skillsTab.now')} dataKey="level" stroke="var(--accent)" fill="var(--accent)" fillOpacity={0.35} isAnimationActive={animate} />
              <Legend />
            </RadarChart>
          </ResponsiveContainer>
        )}
      </ChartFigure>
    </div>
  );
}
