import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/i18n/resources';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';

const LANGUAGE_NAME: Record<Language, string> = { en: 'setup.languageName.en', fr: 'setup.languageName.fr' };

/**
 * After a language switch: offers to rename the presets the user has not edited (seeded
 * categories, example job lines) into the new language. Keeping the names dismisses the offer.
 */
export function PresetsOffer({ language, onDone }: { language: Language; onDone(): void }) {
  const { t } = useTranslation();
  const pending = useApi('audit.presets.pending', { language });
  const localize = useApiMutation('audit.presets.localize');
  const [renamed, setRenamed] = useState<number | null>(null);
  if (renamed !== null) return <Notice kind="success">{t('setup.presets.renamed', { count: renamed })}</Notice>;
  const count = pending.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <div className="notice notice-info" role="status" data-testid="presets-offer">
      <p>{t('setup.presets.offer', { count, language: t(LANGUAGE_NAME[language]) })}</p>
      <div className="inline">
        <button type="button" className="btn primary small" disabled={localize.isPending} onClick={() => localize.mutate({ language }, { onSuccess: (r) => setRenamed(r.length) })}>
          {t('setup.presets.rename')}
        </button>
        <button type="button" className="btn small" onClick={onDone}>
          {t('setup.presets.keep')}
        </button>
      </div>
      {localize.isError && <p className="hint error">{errorMessage(t, localize.error)}</p>}
    </div>
  );
}
