import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../../i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { PresetsOffer } from './PresetsOffer';

export function GeneralSettings() {
  const { t, i18n } = useTranslation();
  const settings = useApi('settings.get');
  const update = useApiMutation('settings.update');
  const [switched, setSwitched] = useState<'en' | 'fr' | null>(null);
  if (!settings.data) return null;
  return (
    <section className="card" aria-labelledby="general-h">
      <h2 id="general-h">{t('settings.general')}</h2>
      <div className="form-grid">
        <label htmlFor="set-language">{t('settings.language')}</label>
        <select
          id="set-language"
          value={settings.data.language ?? i18n.language}
          onChange={(e) => {
            const language = e.target.value as 'en' | 'fr';
            update.mutate({ language }, { onSuccess: () => void switchLanguage(language).then(() => setSwitched(language)) });
          }}
        >
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
        <label htmlFor="set-theme">{t('settings.theme')}</label>
        <select id="set-theme" value={settings.data.theme} onChange={(e) => update.mutate({ theme: e.target.value as 'system' | 'light' | 'dark' })}>
          <option value="system">{t('settings.themeSystem')}</option>
          <option value="light">{t('settings.themeLight')}</option>
          <option value="dark">{t('settings.themeDark')}</option>
        </select>
        <label htmlFor="set-refocus">{t('settings.refocus')}</label>
        <div className="inline">
          <input
            id="set-refocus"
            type="number"
            min={0}
            max={240}
            defaultValue={settings.data.refocusMinutes}
            key={settings.data.refocusMinutes}
            onBlur={(e) => {
              const v = Number(e.target.value);
              if (v !== settings.data.refocusMinutes) update.mutate({ refocusMinutes: v });
            }}
          />
          <span className="hint">{t('settings.refocusHint')}</span>
        </div>
      </div>
      {switched && <PresetsOffer key={switched} language={switched} onDone={() => setSwitched(null)} />}
      {update.isError && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
    </section>
  );
}
