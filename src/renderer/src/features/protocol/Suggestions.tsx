import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../../shared/reports/format';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { typeLabel } from './protocolUi';

/** Level-raise suggestions (several cases of one type sharing a tag within 7 days): raise the type, or dismiss. */
export function Suggestions() {
  const { t } = useTranslation();
  const suggestions = useApi('protocol.suggestions');
  const types = useApi('protocol.types.list');
  const raise = useApiMutation('protocol.types.update');
  const dismiss = useApiMutation('protocol.suggestions.dismiss');
  const list = suggestions.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card suggestions" aria-labelledby="suggest-h">
      <h2 id="suggest-h">{t('protocol.suggest.title')}</h2>
      <ul>
        {list.map((s) => {
          const type = types.data?.find((x) => x.id === s.typeId);
          const name = typeLabel(type, t as unknown as Translate);
          return (
            <li key={`${s.typeId}-${s.tag}`}>
              <p>{t('protocol.suggest.text', { count: s.count, type: name, tag: s.tag, level: s.toLevel })}</p>
              <div className="actions">
                <button type="button" className="btn primary small" disabled={raise.isPending} onClick={() => raise.mutate({ id: s.typeId, level: s.toLevel })}>
                  {t('protocol.suggest.raise', { level: s.toLevel })}
                </button>
                <button type="button" className="btn small" disabled={dismiss.isPending} aria-label={t('protocol.suggest.dismissLabel', { type: name, tag: s.tag })} onClick={() => dismiss.mutate({ typeId: s.typeId, tag: s.tag })}>
                  {t('protocol.suggest.dismiss')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {(raise.error || dismiss.error) && <Notice kind="error">{errorMessage(t, raise.error ?? dismiss.error)}</Notice>}
    </section>
  );
}
