import { useTranslation } from 'react-i18next';
import type { AuditMetrics } from '../../../../shared/audit/metrics';
import { useFormatters } from '../../lib/locale';

/** Minutes without a job-description line (or invisible), grouped by category and note. */
export function ScopeList({ title, summary, names, limit }: { title: string; summary: AuditMetrics['outOfScope']; names: Map<number, string>; limit?: number }) {
  const { t } = useTranslation();
  const f = useFormatters();
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      <p className="hint">{t('audit.report.scopeTotal', { minutes: f.duration(summary.minutes), share: f.percent(summary.share) })}</p>
      {summary.groups.length === 0 ? (
        <p className="muted">{t('audit.report.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('audit.entry.category')}</th>
              <th scope="col">{t('audit.entry.note')}</th>
              <th scope="col" className="num">{t('audit.report.minutes')}</th>
              <th scope="col" className="num">{t('audit.report.share')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.groups.slice(0, limit).map((g) => (
              <tr key={`${g.categoryId}-${g.note}`}>
                <td>{names.get(g.categoryId)}</td>
                <td>{g.note || '—'}</td>
                <td className="num">{f.duration(g.minutes)}</td>
                <td className="num">{f.percent(g.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
