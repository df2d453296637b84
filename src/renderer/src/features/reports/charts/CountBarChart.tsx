import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useChartColors } from '../useReportFormat';

/** One bar per label (already aggregated counts). */
export default function CountBarChart({ data }: { data: { label: string; value: number }[] }) {
  const c = useChartColors();
  return (
    <BarChart accessibilityLayer={false} width={640} height={200} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
      <CartesianGrid stroke={c.border} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} interval={0} />
      <YAxis allowDecimals={false} tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} />
      <Bar dataKey="value" fill={c.reactive} isAnimationActive={false} />
    </BarChart>
  );
}
