// Loaded lazily (recharts stays out of the first screen's bundle).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useChartAnimation } from '../components/ChartFigure';
import { useChartColors } from './chartTheme';

/**
 * One bar per label, already aggregated counts (interruptions per channel). A fixed width for the
 * printed report; without it the chart fills its box (260 px high).
 */
export default function CountBarChart({ data, name, width }: { data: { label: string; value: number }[]; name?: string; width?: number }) {
  const c = useChartColors();
  const animate = useChartAnimation();
  const chart = (
    <BarChart accessibilityLayer={false} width={width} height={width ? 200 : undefined} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
      <CartesianGrid stroke={c.border} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} interval={0} />
      <YAxis allowDecimals={false} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} />
      <Tooltip contentStyle={{ background: c.surface, border: `1px solid ${c.border}`, color: c.text }} />
      <Bar dataKey="value" name={name} fill={c.reactive} isAnimationActive={animate} />
    </BarChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={260}>{chart}</ResponsiveContainer>;
}
