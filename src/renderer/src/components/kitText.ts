import { useTranslation } from 'react-i18next';

/**
 * The kit's own words, in one place. They live in existing catalogue entries until the catalogue
 * has a shared home for components ('common'): only this file changes then.
 */
export function useKitText() {
  const { t } = useTranslation();
  return {
    showNumbers: t('reports.showData'),
    hideNumbers: t('reports.hideData'),
    chartLoading: t('reports.chartLoading'),
    actions: t('common.actions'),
  };
}
