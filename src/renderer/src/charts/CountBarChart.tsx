// Loaded lazily (recharts stays out of the first screen's bundle).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartAnimation } from '../components/ChartFigure';
import { useChartColors, useChartNumbers } from './chartTheme';
import { niceTicks } from './axis';
import { wrappedTick } from './WrappedTick';

/**
 * One bar per label, already aggregated counts (interruptions per channel). A fixed width for the
 * printed report; without it the chart fills its box (260 px high).
 */
export default function CountBarChart({ data, name, width }: { data: { label: string; value: number }[]; name?: string; width?: number }) {
  const c = useChartColors();
  const n = useChartNumbers();
  const animate = useChartAnimation();
  const ticks = niceTicks(Math.max(0, ...data.map((d) => d.value)), { integer: true });
  const chart = (
    <BarChart accessibilityLayer={false} width={width} height={width ? 220 : undefined} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
      <CartesianGrid stroke={c.border} vertical={false} />
      <XAxis dataKey="label" tick={wrappedTick(c.muted)} stroke={c.border} interval={0} height={48} />
      <YAxis ticks={ticks} domain={[0, ticks[ticks.length - 1]]} tickFormatter={(v: number) => n.number(v, 0)} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} />
      <Tooltip formatter={(v) => n.number(Number(v), 0)} contentStyle={{ background: c.surface, border: `1px solid ${c.border}`, color: c.text }} />
      <Bar dataKey="value" name={name} fill={c.reactive} isAnimationActive={animate} />
    </BarChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={280}>{chart}</ResponsiveContainer>;
}
