import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Charter } from '../../../../shared/domain';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useDraft } from '../../lib/draft';
import { CharterEditor } from './CharterEditor';

/**
 * Working days and hours per weekday, and the disconnect time. Seeded from the stored settings
 * (useDraft): another setting changed meanwhile (theme, language) refreshes the read without
 * replacing hours being edited.
 */
export function CharterSettings() {
  const { t } = useTranslation();
  const settings = useApi('settings.get');
  const update = useApiMutation('settings.update');
  const { draft, setDraft, markSaved } = useDraft<Charter>(settings.data?.charter);
  const [saved, setSaved] = useState(false);
  if (!draft) return null;

  return (
    <section className="card" aria-labelledby="charter-h">
      <h2 id="charter-h">{t('settings.charter')}</h2>
      <p className="hint">
        {t('settings.charterHint')} <Link to="/charter">{t('settings.charterDocLink')}</Link>
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ charter: draft }, { onSuccess: () => (markSaved(draft), setSaved(true)) });
        }}
      >
        <CharterEditor
          draft={draft}
          labelledBy="charter-h"
          onChange={(next) => {
            setSaved(false);
            setDraft(next);
          }}
        />
        <div className="actions">
          <button type="submit" className="btn primary" disabled={update.isPending}>
            {t('settings.saveCharter')}
          </button>
        </div>
      </form>
      {update.isError && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
      {saved && !update.isError && <Notice kind="success">{t('settings.charterSaved')}</Notice>}
    </section>
  );
}
