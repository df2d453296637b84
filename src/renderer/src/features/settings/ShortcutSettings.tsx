import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';

/** The global shortcut that logs an interruption from any application (desktop app only). */
export function ShortcutSettings() {
  const { t } = useTranslation();
  const settings = useApi('settings.get');
  const status = useApi('app.shortcut');
  const update = useApiMutation('settings.update');
  if (!settings.data || !status.data) return null;
  const s = status.data;
  return (
    <section className="card" aria-labelledby="shortcut-h">
      <h2 id="shortcut-h">{t('settings.shortcut')}</h2>
      <p className="hint">{t('settings.shortcutHint')}</p>
      <div className="form-grid">
        <label htmlFor="set-shortcut">{t('settings.shortcutKeys')}</label>
        <input
          id="set-shortcut"
          type="text"
          key={settings.data.shortcutInterruption}
          defaultValue={settings.data.shortcutInterruption}
          onBlur={(e) => {
            const v = e.target.value.trim();
            if (v && v !== settings.data.shortcutInterruption) update.mutate({ shortcutInterruption: v });
          }}
        />
      </div>
      {!s.supported && <p className="muted">{t('settings.shortcutDesktopOnly')}</p>}
      {s.supported && !s.taken && s.registered && <Notice kind="success">{t('settings.shortcutActive', { keys: s.registered })}</Notice>}
      {s.supported && s.taken && (
        <Notice kind="error">
          {t('settings.shortcutTaken', { keys: s.wanted })}{' '}
          {s.suggestion && (
            <button type="button" className="btn" onClick={() => update.mutate({ shortcutInterruption: s.suggestion! })}>
              {t('settings.shortcutUse', { keys: s.suggestion })}
            </button>
          )}
        </Notice>
      )}
      {update.isError && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
    </section>
  );
}
