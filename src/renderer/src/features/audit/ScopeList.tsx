import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditMetrics } from '../../../../shared/audit/metrics';
import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../lib/locale';

/**
 * Minutes without a job-description line (or invisible), grouped by category and note. With
 * `notMapped` (no category linked to a line yet), it says so instead of listing every minute.
 */
export function ScopeList({ title, summary, names, limit, notMapped }: { title: string; summary: AuditMetrics['outOfScope']; names: Map<number, string>; limit?: number; notMapped?: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {notMapped ? (
        <p className="notice notice-info" data-testid="not-mapped">
          {t('audit.report.notMapped')}
        </p>
      ) : (
        <>
          <p className="hint">{t('audit.report.scopeTotal', { minutes: f.duration(summary.minutes), share: f.percent(summary.share) })}</p>
          <DataTable
            labelledBy={headingId}
            rows={summary.groups.slice(0, limit)}
            rowKey={(g) => `${g.categoryId}-${g.note}`}
            empty={<p className="muted">{t('audit.report.none')}</p>}
            columns={[
              { key: 'category', header: t('audit.entry.category'), cell: (g) => names.get(g.categoryId) },
              { key: 'note', header: t('audit.entry.note'), cell: (g) => g.note || '—' },
              { key: 'minutes', header: t('audit.report.minutes'), numeric: true, cell: (g) => f.duration(g.minutes) },
              { key: 'share', header: t('audit.report.share'), numeric: true, cell: (g) => f.percent(g.share) },
            ]}
          />
        </>
      )}
    </section>
  );
}
