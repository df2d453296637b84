import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from 'react-router-dom';
import { useApi } from '../api/hooks';
import { Layout } from './Layout';

const TodayPage = lazy(() => import('../features/today/TodayPage'));
const AuditPage = lazy(() => import('../features/audit/AuditPage'));
const CalendarPage = lazy(() => import('../features/calendar/CalendarPage'));
const CareerPage = lazy(() => import('../features/career/CareerPage'));
const ReportsPage = lazy(() => import('../features/reports/ReportsPage'));
const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
// Issue 14: the guided first run, instead of the app until it is finished or skipped; #/welcome reopens it.
const FirstRunPage = lazy(() => import('../features/setup/FirstRunPage'));
const CharterPage = lazy(() => import('../features/charter/CharterPage'));
const VeillePage = lazy(() => import('../features/veille/VeillePage'));
const ProtocolPage = lazy(() => import('../features/protocol/ProtocolPage'));

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

export function AppRoutes() {
  const settings = useApi('settings.get');
  const { pathname } = useLocation();
  if (settings.data?.setupDone === false || pathname === '/welcome') {
    return (
      <Suspense fallback={<Loading />}>
        <FirstRunPage />
      </Suspense>
    );
  }
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<TodayPage />} />
          <Route path="/audit/*" element={<AuditPage />} />
          <Route path="/calendar/*" element={<CalendarPage />} />
          <Route path="/career/*" element={<CareerPage />} />
          <Route path="/reports/*" element={<ReportsPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/charter/*" element={<CharterPage />} />
          <Route path="/veille/*" element={<VeillePage />} />
          <Route path="/protocol/*" element={<ProtocolPage />} />
          <Route path="*" element={<TodayPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
