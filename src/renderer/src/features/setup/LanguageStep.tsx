import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { switchLanguage, type Language } from '../../i18n';
import type { StepProps } from './FirstRunPage';

const NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

/**
 * Step 1: the language. Choosing one switches the interface at once; going on renames the seeded
 * presets the user has not edited (categories, example job lines) into it.
 */
export function LanguageStep({ onSave }: StepProps) {
  const { t, i18n } = useTranslation();
  const update = useApiMutation('settings.update');
  const language = (i18n.language === 'fr' ? 'fr' : 'en') as Language;

  useEffect(() => {
    onSave(() => call('audit.presets.localize', { language }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [language]);

  return (
    <fieldset className="first-run-choices">
      <legend>{t('setup.language.legend')}</legend>
      <p className="hint">{t('setup.language.hint')}</p>
      {(Object.keys(NAMES) as Language[]).map((lang) => (
        <label key={lang} className="first-run-choice" lang={lang}>
          <input
            type="radio"
            name="first-run-language"
            value={lang}
            checked={language === lang}
            onChange={() => update.mutate({ language: lang }, { onSuccess: () => void switchLanguage(lang) })}
          />
          {NAMES[lang]}
        </label>
      ))}
    </fieldset>
  );
}
