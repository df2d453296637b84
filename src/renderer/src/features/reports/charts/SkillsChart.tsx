import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { useChartColors } from '../../../charts/chartTheme';
import { wrappedTick } from '../../../charts/WrappedTick';
import { useChartAnimation } from '../../../components/ChartFigure';

/** Latest self-assessed level against the target, one row per skill. */
export default function SkillsChart({ data, names }: { data: { label: string; level: number; target: number }[]; names: { level: string; target: string } }) {
  const c = useChartColors();
  const animate = useChartAnimation();
  return (
    <BarChart accessibilityLayer={false} layout="vertical" width={640} height={Math.max(140, 34 * data.length + 50)} data={data} margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
      <CartesianGrid stroke={c.border} horizontal={false} />
      <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} />
      <YAxis type="category" dataKey="label" width={230} interval={0} tick={wrappedTick(c.muted, { sideWidth: 222 })} stroke={c.border} />
      <Legend wrapperStyle={{ color: c.text, fontSize: 12 }} />
      <Bar dataKey="level" name={names.level} fill={c.deep} isAnimationActive={animate} />
      <Bar dataKey="target" name={names.target} fill={c.admin} isAnimationActive={animate} />
    </BarChart>
  );
}
