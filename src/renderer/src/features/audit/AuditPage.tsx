import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes, useLocation } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { WeekView } from './WeekView';
import './audit.css';

const ReportView = lazy(() => import('./ReportView'));
const ProposalView = lazy(() => import('./ProposalView'));
const CategoriesView = lazy(() => import('./CategoriesView'));
const JobView = lazy(() => import('./JobView'));
const DataView = lazy(() => import('./DataView'));

const TABS = [
  { to: '/audit', key: 'audit.tabs.week' },
  { to: '/audit/report', key: 'audit.tabs.report' },
  { to: '/audit/proposal', key: 'audit.tabs.proposal' },
  { to: '/audit/categories', key: 'audit.tabs.categories' },
  { to: '/audit/job', key: 'audit.tabs.job' },
  { to: '/audit/data', key: 'audit.tabs.data' },
] as const;

export default function AuditPage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  const week = new URLSearchParams(search).get('w');
  const suffix = week ? `?w=${week}` : '';
  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <nav className="tabs" aria-label={t('audit.tabs.label')}>
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to + suffix} end className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
            {t(tab.key)}
          </NavLink>
        ))}
      </nav>
      <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
        <Routes>
          <Route index element={<WeekView />} />
          <Route path="report" element={<ReportView />} />
          <Route path="proposal" element={<ProposalView />} />
          <Route path="categories" element={<CategoriesView />} />
          <Route path="job" element={<JobView />} />
          <Route path="data" element={<DataView />} />
          <Route path="*" element={<WeekView />} />
        </Routes>
      </Suspense>
    </>
  );
}
