import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/EmptyState';

export default function CareerPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('career.title')} subtitle={t('career.subtitle')} />
      <EmptyState title={t('career.emptyTitle')} body={t('career.emptyBody')} />
    </>
  );
}
