import { useTranslation } from 'react-i18next';
import type { Compliance } from '../../../../shared/contract/charter';
import { complianceFigures, yearToDateHeading } from '../../../../shared/charter/complianceText';
import { DataTable } from '../../components/DataTable';
import { useReportText } from '../../lib/reportText';
import './complianceFigures.css';

/** The charter's figures for a period beside the year to date (the charter screen and the weekly report for management). */
export function ComplianceFigures({ compliance, labelledBy }: { compliance: Compliance; labelledBy: string }) {
  const { t } = useTranslation();
  const { fmt, t: tr } = useReportText();
  return (
    <DataTable
      className="report-table comp-figures"
      labelledBy={labelledBy}
      rows={complianceFigures(compliance, fmt, tr)}
      rowKey={(r) => r.key}
      rowProps={(r) => ({ 'data-testid': `charter-fig-${r.key}` })}
      columns={[
        { key: 'label', header: t('charter.fig.figure'), rowHeader: true, cell: (r) => r.label },
        { key: 'period', header: t('charter.fig.period'), cell: (r) => r.period },
        { key: 'year', header: yearToDateHeading(compliance, fmt, tr), className: (r) => (r.alert ? 'alert' : undefined), cell: (r) => r.year },
      ]}
    />
  );
}

/** The line that says which version of the charter is in force, if any. */
export function InForceLine({ compliance }: { compliance: Compliance }) {
  const { t } = useTranslation();
  const { fmt } = useReportText();
  return <p className="report-period">{compliance.inForce ? t('charter.report.inForce', { version: compliance.inForce.version, date: fmt.civil(compliance.inForce.signedOn) }) : t('charter.report.noneSigned')}</p>;
}
