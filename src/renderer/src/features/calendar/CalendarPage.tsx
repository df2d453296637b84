import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';

export default function CalendarPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('calendar.title')} subtitle={t('calendar.subtitle')} />
      <EmptyState title={t('calendar.emptyTitle')} body={t('calendar.emptyBody')} />
    </>
  );
}
