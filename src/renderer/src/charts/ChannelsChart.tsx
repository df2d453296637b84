import { lazy } from 'react';
import type { AuditMetrics } from '../../../shared/audit/metrics';
import { channelBars, channelRows } from '../../../shared/reports/weeklyReport';
import { ChartFigure } from '../components/ChartFigure';
import { useReportText } from '../lib/reportText';

const CountBarChart = lazy(() => import('./CountBarChart'));

/**
 * Interruptions per channel, with its numbers: the audit's report tab and the weekly report
 * (rows from channelRows in shared/reports/weeklyReport.ts). `width` as in PerDayChart.
 */
export function ChannelsChart({ metrics, caption, width, className }: { metrics: AuditMetrics; caption: string; width?: number; className?: string }) {
  const { fmt, t } = useReportText();
  return (
    <ChartFigure caption={caption} head={[t('reports.col.channel'), t('reports.col.count')]} rows={channelRows(metrics, fmt, t)} className={className}>
      <CountBarChart data={channelBars(metrics, t)} name={t('reports.col.count')} width={width} />
    </ChartFigure>
  );
}
