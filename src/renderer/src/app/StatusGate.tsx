import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/hooks';
import { errorMessage } from '../lib/errors';
import { Preferences } from './Preferences';
import { AppRoutes } from './AppRoutes';

const RecoveryScreen = lazy(() => import('../features/recovery/RecoveryScreen'));

/** Shows the recovery screen when the database could not be opened, the app otherwise. */
export function StatusGate() {
  const { t } = useTranslation();
  const status = useApi('app.status');
  if (status.isPending) return <div className="boot" aria-busy="true" />;
  if (status.isError) return <div className="boot-error" role="alert">{errorMessage(t, status.error)}</div>;
  if (status.data.state === 'recovery') {
    return (
      <Suspense fallback={null}>
        <RecoveryScreen status={status.data} />
      </Suspense>
    );
  }
  return (
    <Preferences>
      <AppRoutes />
    </Preferences>
  );
}
