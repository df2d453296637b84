import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { PlanTab } from './PlanTab';
import { CertificationsTab } from './CertificationsTab';
import { DecisionsTab } from './DecisionsTab';
import { SkillsTab } from './SkillsTab';
import './career.css';
import { TabNav } from '../../components/TabNav';

// The charts pull in recharts: loaded only when the Charts tab opens.
const ChartsTab = lazy(() => import('./ChartsTab'));

const TABS = [
  { to: '/career', label: 'career.tabs.plan', end: true },
  { to: '/career/certifications', label: 'career.tabs.certifications', end: false },
  { to: '/career/decisions', label: 'career.tabs.decisions', end: false },
  { to: '/career/skills', label: 'career.tabs.skills', end: false },
  { to: '/career/charts', label: 'career.tabs.charts', end: false },
] as const;

export default function CareerPage() {
  const { t } = useTranslation();
  return (
    <div className="career">
      <PageHeader title={t('career.title')} subtitle={t('career.subtitle')} />
      <TabNav tabs={TABS} prefix="career" label={t('career.tabs.label')} />
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        }
      >
        <Routes>
          <Route index element={<PlanTab />} />
          <Route path="certifications" element={<CertificationsTab />} />
          <Route path="decisions" element={<DecisionsTab />} />
          <Route path="skills" element={<SkillsTab />} />
          <Route path="charts" element={<ChartsTab />} />
          <Route path="*" element={<PlanTab />} />
        </Routes>
      </Suspense>
    </div>
  );
}
