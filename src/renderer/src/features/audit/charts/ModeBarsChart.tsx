// Loaded lazily: recharts stays out of the initial bundle. The audit's own charts; the per-day
// and per-channel charts are shared with the weekly report (src/renderer/src/charts).
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Mode } from '../../../../../shared/domain';
import { useChartColors, useChartNumbers } from '../../../charts/chartTheme';
import { niceTicks } from '../../../charts/axis';
import { wrappedTick } from '../../../charts/WrappedTick';
import { useChartAnimation } from '../../../components/ChartFigure';

/** One horizontal bar per row, coloured by its mode: hours per mode, hours per category. */
export default function ModeBarsChart({ data, name, labelWidth }: { data: { name: string; mode: Mode; hours: number }[]; name: string; labelWidth: number }) {
  const c = useChartColors();
  const n = useChartNumbers();
  const animate = useChartAnimation();
  const axis = { fill: c.muted, fontSize: 12 };
  const ticks = niceTicks(Math.max(0, ...data.map((d) => d.hours)));
  return (
    <ResponsiveContainer width="100%" height={Math.max(260, data.length * 30 + 40)}>
      <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ left: 16, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={c.border} />
        <XAxis type="number" ticks={ticks} domain={[0, ticks[ticks.length - 1]]} tickFormatter={n.hours} tick={axis} stroke={c.border} />
        <YAxis type="category" dataKey="name" width={labelWidth} tick={wrappedTick(c.muted, { sideWidth: labelWidth - 8 })} interval={0} stroke={c.border} />
        <Tooltip formatter={(v) => n.duration(Number(v))} contentStyle={{ background: c.surface, border: `1px solid ${c.border}`, color: c.text }} />
        <Bar dataKey="hours" name={name} isAnimationActive={animate}>
          {data.map((d, i) => (
            <Cell key={i} fill={c[d.mode]} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
