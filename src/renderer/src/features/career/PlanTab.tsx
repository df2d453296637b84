import { useTranslation } from 'react-i18next';
import { overdueWords } from '../../../../shared/career/messages';
import type { PlanProgress } from '../../../../shared/career/plan';
import { useApi } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { MilestoneList } from './MilestoneList';
import { PlanDetails } from './PlanDetails';
import { PlanWizard } from './PlanWizard';

/** "4 of 11 milestones done, 6 months ahead of schedule"; an overdue milestone is named instead of the pace. */
export function progressWords(t: ReturnType<typeof useTranslation>['t'], p: PlanProgress, civil: (day: string) => string): string {
  const done = t('career.progress.done', { count: p.done, total: p.total });
  const months = Math.abs(p.deltaMonths);
  const overdue = overdueWords(p.overdue, t, civil);
  const pace = overdue ?? (p.status === 'on-track' ? t('career.progress.onTrack') : p.status === 'ahead' ? t('career.progress.ahead', { count: months }) : t('career.progress.behind', { count: months }));
  return t('career.progress.sentence', { done, pace });
}

export function PlanTab() {
  const { t } = useTranslation();
  const plan = useApi('career.plan.get');
  if (plan.isError) return <Notice kind="error">{errorMessage(t, plan.error)}</Notice>;
  if (!plan.data) return null;
  if (!plan.data.plan) return <PlanWizard today={plan.data.today} />;
  return (
    <div className="stack wide">
      <PlanDetails view={plan.data} />
      <MilestoneList view={plan.data} />
    </div>
  );
}
