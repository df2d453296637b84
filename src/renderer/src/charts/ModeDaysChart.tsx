// Loaded lazily (recharts stays out of the first screen's bundle).
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { MODES, type Mode } from '../../../shared/domain';
import type { DayModes } from '../../../shared/reports/weeklyReport';
import { useChartAnimation } from '../components/ChartFigure';
import { useChartColors, useChartNumbers } from './chartTheme';
import { dataMax, niceTicks } from './axis';

/**
 * Hours per day, stacked by mode: one bar per day (perDayChart in shared/reports/weeklyReport.ts).
 * A fixed width for the printed report; without it the chart fills its box (260 px high).
 */
export default function ModeDaysChart({ data, names, width }: { data: DayModes[]; names: Record<Mode, string>; width?: number }) {
  const c = useChartColors();
  const n = useChartNumbers();
  const animate = useChartAnimation();
  const ticks = niceTicks(dataMax(data, MODES, true));
  const chart = (
    <BarChart accessibilityLayer={false} width={width} height={width ? 240 : undefined} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
      <CartesianGrid stroke={c.border} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} interval={0} />
      <YAxis ticks={ticks} domain={[0, ticks[ticks.length - 1]]} tickFormatter={n.hours} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} width={56} />
      <Tooltip formatter={(v) => n.duration(Number(v))} contentStyle={{ background: c.surface, border: `1px solid ${c.border}`, color: c.text }} />
      <Legend wrapperStyle={{ color: c.text, fontSize: 12 }} />
      {MODES.map((m) => (
        <Bar key={m} dataKey={m} name={names[m]} stackId="modes" fill={c[m]} isAnimationActive={animate} />
      ))}
    </BarChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={260}>{chart}</ResponsiveContainer>;
}
