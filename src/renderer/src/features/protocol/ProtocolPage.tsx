import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import BoardView from './BoardView';
import './protocol.css';

const ComposerView = lazy(() => import('./ComposerView'));
const LearningView = lazy(() => import('./LearningView'));
const MeasuresView = lazy(() => import('./MeasuresView'));
const SetupView = lazy(() => import('./SetupView'));

const TABS = [
  { to: '/protocol', key: 'protocol.tabs.cases' },
  { to: '/protocol/replies', key: 'protocol.tabs.replies' },
  { to: '/protocol/learning', key: 'protocol.tabs.learning' },
  { to: '/protocol/measures', key: 'protocol.tabs.measures' },
  { to: '/protocol/setup', key: 'protocol.tabs.setup' },
] as const;

/** The reply protocol: the board of cases, the reply composer, the learning loop, the measures and the protocol itself. */
export default function ProtocolPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('protocol.title')} subtitle={t('protocol.subtitle')} />
      <nav className="tabs no-print" aria-label={t('protocol.tabs.label')}>
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end className={({ isActive }) => (isActive ? 'tab active' : 'tab')}>
            {t(tab.key)}
          </NavLink>
        ))}
      </nav>
      <Suspense fallback={<p className="loading">{t('protocol.loading')}</p>}>
        <Routes>
          <Route index element={<BoardView />} />
          <Route path="replies" element={<ComposerView />} />
          <Route path="learning" element={<LearningView />} />
          <Route path="measures" element={<MeasuresView />} />
          <Route path="setup" element={<SetupView />} />
          <Route path="*" element={<BoardView />} />
        </Routes>
      </Suspense>
    </>
  );
}
