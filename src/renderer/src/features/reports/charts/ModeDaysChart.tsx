import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { MODES } from '../../../../../shared/domain';
import { useChartColors } from '../useReportFormat';

export interface ModeDay {
  label: string;
  /** hours per mode */
  deep: number;
  reactive: number;
  meeting: number;
  reporting: number;
  admin: number;
}

/** Hours per day, stacked by mode. Aggregated: one bar per day. */
export default function ModeDaysChart({ data, names }: { data: ModeDay[]; names: Record<(typeof MODES)[number], string> }) {
  const c = useChartColors();
  return (
    <BarChart accessibilityLayer={false} width={640} height={240} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
      <CartesianGrid stroke={c.border} vertical={false} />
      <XAxis dataKey="label" tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} />
      <YAxis tick={{ fill: c.muted, fontSize: 12 }} stroke={c.border} unit=" h" />
      <Legend wrapperStyle={{ color: c.text, fontSize: 12 }} />
      {MODES.map((m) => (
        <Bar key={m} dataKey={m} name={names[m]} stackId="modes" fill={c[m]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
