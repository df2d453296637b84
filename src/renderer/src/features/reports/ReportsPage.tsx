import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';

export default function ReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('reports.title')} subtitle={t('reports.subtitle')} />
      <EmptyState title={t('reports.emptyTitle')} body={t('reports.emptyBody')} />
    </>
  );
}
