import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';

export default function TodayPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('today.title')} subtitle={t('today.subtitle')} />
      <EmptyState title={t('today.emptyTitle')} body={t('today.emptyBody')} />
    </>
  );
}
