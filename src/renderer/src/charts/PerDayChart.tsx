import { lazy } from 'react';
import type { AuditMetrics } from '../../../shared/audit/metrics';
import { perDayChart } from '../../../shared/reports/weeklyReport';
import { ChartFigure } from '../components/ChartFigure';
import { useReportText } from '../lib/reportText';

const ModeDaysChart = lazy(() => import('./ModeDaysChart'));

/**
 * The week's hours per day, stacked by mode, with its numbers: the one per-day chart of the audit's
 * report tab and of the weekly report (series from perDayChart in shared/reports/weeklyReport.ts).
 * `width` fixes the drawing's width (the printed report); without it the chart fills its box.
 */
export function PerDayChart({ metrics, caption, width, className }: { metrics: AuditMetrics; caption: string; width?: number; className?: string }) {
  const { fmt, t } = useReportText();
  const chart = perDayChart(metrics, fmt, t);
  return (
    <ChartFigure caption={caption} head={chart.head} rows={chart.rows} className={className}>
      <ModeDaysChart data={chart.data} names={chart.names} width={width} />
    </ChartFigure>
  );
}
