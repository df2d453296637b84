import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { DocumentTab } from './DocumentTab';
import { SlotsTab } from './SlotsTab';
import { ExceptionsTab } from './ExceptionsTab';
import { ComplianceTab } from './ComplianceTab';
import '../reports/reports.css';
import './charter.css';
import { TabNav } from '../../components/TabNav';

const TABS = [
  { to: '/charter', label: 'charter.tabs.document', end: true },
  { to: '/charter/slots', label: 'charter.tabs.slots', end: false },
  { to: '/charter/exceptions', label: 'charter.tabs.exceptions', end: false },
  { to: '/charter/compliance', label: 'charter.tabs.compliance', end: false },
] as const;

/** The disconnection charter: the document proposed to management, its slots and notices, its exceptions, and how the weeks keep it. */
export default function CharterPage() {
  const { t } = useTranslation();
  return (
    <div className="charter">
      <PageHeader title={t('charter.title')} subtitle={t('charter.subtitle')} />
      <p className="hint no-print charter-hours-link">
        {t('charter.hoursLinkBefore')} <Link to="/settings">{t('charter.hoursLink')}</Link>
      </p>
      <TabNav tabs={TABS} prefix="charter" label={t('charter.tabs.label')} noPrint />
      <Routes>
        <Route index element={<DocumentTab />} />
        <Route path="slots" element={<SlotsTab />} />
        <Route path="exceptions" element={<ExceptionsTab />} />
        <Route path="compliance" element={<ComplianceTab />} />
        <Route path="*" element={<DocumentTab />} />
      </Routes>
    </div>
  );
}
