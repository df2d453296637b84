import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { CareerReport } from './CareerReport';
import { TrendReport } from './TrendReport';
import { WeeklyReport } from './WeeklyReport';
import './reports.css';

export default function ReportsPage() {
  const { t } = useTranslation();
  const tabs = [
    { to: '/reports/weekly', label: t('reports.tabs.weekly') },
    { to: '/reports/trend', label: t('reports.tabs.trend') },
    { to: '/reports/career', label: t('reports.tabs.career') },
  ];
  return (
    <>
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      <nav className="report-tabs no-print" aria-label={t('reports.tabs.label')}>
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to} className={({ isActive }) => (isActive ? 'report-tab active' : 'report-tab')}>
            {tab.label}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<Navigate to="/reports/weekly" replace />} />
        <Route path="weekly" element={<WeeklyReport />} />
        <Route path="trend" element={<TrendReport />} />
        <Route path="career" element={<CareerReport />} />
        <Route path="*" element={<Navigate to="/reports/weekly" replace />} />
      </Routes>
    </>
  );
}
