import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { useChartColors, useChartNumbers } from '../../../charts/chartTheme';
import { dataMax, labelInterval, niceTicks } from '../../../charts/axis';

/** At most this many week labels under a 640 px chart: every k-th week, always the same ones. */
const MAX_WEEK_LABELS = 9;
import { useChartAnimation } from '../../../components/ChartFigure';

export interface TrendPoint {
  label: string;
  /** null for a week without tracked time (a gap in the line, not a zero) */
  deep: number | null;
  reactive: number | null;
  fragmentation: number | null;
  lateEvenings: number;
  /** the week overlaps a saved audit */
  audit: boolean;
}

/** A dashed vertical line on each week that holds a saved audit. */
function auditMarks(data: TrendPoint[], color: string, label: string, yAxisId?: string) {
  return data
    .filter((d) => d.audit)
    .map((d) => <ReferenceLine key={d.label} x={d.label} yAxisId={yAxisId} stroke={color} strokeDasharray="4 3" strokeWidth={1.5} label={{ value: label, position: 'insideTopRight', fill: color, fontSize: 11 }} />);
}

/** Deep and reactive shares per week, in percent; saved-audit weeks shaded. */
export function SharesChart({ data, names }: { data: TrendPoint[]; names: { deep: string; reactive: string; audit: string } }) {
  const c = useChartColors();
  const n = useChartNumbers();
  const animate = useChartAnimation();
  return (
    <LineChart accessibilityLayer={false} width={640} height={240} data={data} margin={{ top: 8, right: 12, bottom: 0, left: -12 }}>
      <CartesianGrid stroke={c.border} vertical={false} />
      {auditMarks(data, c.accent, names.audit)}
      <XAxis dataKey="label" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} interval={labelInterval(data.length, MAX_WEEK_LABELS)} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={n.percent} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} width={58} />
      <Legend wrapperStyle={{ color: c.text, fontSize: 12 }} />
      <Line dataKey="deep" name={names.deep} stroke={c.deep} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={animate} />
      <Line dataKey="reactive" name={names.reactive} stroke={c.reactive} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={animate} />
    </LineChart>
  );
}

/** Fragmentation (line, left axis) and late evenings (bars, right axis) per week. */
export function FragmentationChart({ data, names }: { data: TrendPoint[]; names: { fragmentation: string; lateEvenings: string; audit: string } }) {
  const c = useChartColors();
  const n = useChartNumbers();
  const animate = useChartAnimation();
  const fTicks = niceTicks(dataMax(data, ['fragmentation']));
  const lTicks = niceTicks(dataMax(data, ['lateEvenings']), { integer: true });
  return (
    <ComposedChart accessibilityLayer={false} width={640} height={240} data={data} margin={{ top: 8, right: 0, bottom: 0, left: -12 }}>
      <CartesianGrid stroke={c.border} vertical={false} />
      {auditMarks(data, c.accent, names.audit, 'f')}
      <XAxis dataKey="label" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} interval={labelInterval(data.length, MAX_WEEK_LABELS)} />
      <YAxis yAxisId="f" ticks={fTicks} domain={[0, fTicks[fTicks.length - 1]]} tickFormatter={(v: number) => n.number(v, 2)} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} width={52} />
      <YAxis yAxisId="l" orientation="right" ticks={lTicks} domain={[0, lTicks[lTicks.length - 1]]} tickFormatter={(v: number) => n.number(v, 0)} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} />
      <Legend wrapperStyle={{ color: c.text, fontSize: 12 }} />
      <Bar yAxisId="l" dataKey="lateEvenings" name={names.lateEvenings} fill={c.meeting} isAnimationActive={animate} />
      <Line yAxisId="f" dataKey="fragmentation" name={names.fragmentation} stroke={c.accent} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={animate} />
    </ComposedChart>
  );
}

export default SharesChart;
