import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { errorMessage } from '../../lib/errors';

/**
 * "Fetch now": reads the feeds of the sources whose fetching is on. Disabled, with the reason,
 * while none is on: the app then makes no request at all.
 */
export function FetchNow() {
  const { t } = useTranslation();
  const sources = useApi('veille.sources.list');
  const run = useApiMutation('veille.fetch.run');
  const on = sources.data?.filter((s) => s.fetchEnabled).length ?? 0;
  const r = run.data;
  return (
    <div className="fetch-now">
      <button type="button" className="btn primary" disabled={on === 0 || run.isPending} aria-describedby="fetch-now-status" onClick={() => run.mutate({})}>
        {run.isPending ? t('veille.fetch.running') : t('veille.fetch.now')}
      </button>
      <span id="fetch-now-status" className="hint" role="status">
        {run.error
          ? errorMessage(t, run.error)
          : r
            ? r.alreadyRunning
              ? t('veille.fetch.alreadyRunning')
              : t('veille.fetch.done', { sources: r.sources, items: r.newItems, failures: r.failures })
            : on === 0
              ? t('veille.fetch.allOff')
              : t('veille.fetch.onCount', { n: on })}
      </span>
    </div>
  );
}
