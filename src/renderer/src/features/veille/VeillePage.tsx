import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { FetchNow } from './FetchNow';
import { InboxTab } from './InboxTab';
import './veille.css';
import { TabNav } from '../../components/TabNav';

const SourcesTab = lazy(() => import('./SourcesTab'));
const ReportsTab = lazy(() => import('./ReportsTab'));
const ReportScreen = lazy(() => import('./ReportScreen'));
const MeasuresTab = lazy(() => import('./MeasuresTab'));

const TABS = [
  { to: '/veille', label: 'veille.tabs.inbox', end: true },
  { to: '/veille/sources', label: 'veille.tabs.sources', end: false },
  { to: '/veille/reports', label: 'veille.tabs.reports', end: false },
  { to: '/veille/measures', label: 'veille.tabs.measures', end: false },
] as const;

/** Veille (monitoring): the inbox to triage, the sources and their fetching, the weekly reports, the measures. */
export default function VeillePage() {
  const { t } = useTranslation();
  return (
    <div className="veille">
      <PageHeader title={t('veille.title')} subtitle={t('veille.subtitle')} actions={<FetchNow />} />
      <TabNav tabs={TABS} prefix="veille" label={t('veille.tabs.label')} noPrint />
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        }
      >
        <Routes>
          <Route index element={<InboxTab />} />
          <Route path="sources" element={<SourcesTab />} />
          <Route path="reports" element={<ReportsTab />} />
          <Route path="reports/:id" element={<ReportScreen />} />
          <Route path="measures" element={<MeasuresTab />} />
          <Route path="*" element={<InboxTab />} />
        </Routes>
      </Suspense>
    </div>
  );
}
