import { useTranslation } from 'react-i18next';

/** Step 5, optional: a first import of past time (Toggl, Clockify, a spreadsheet), on the audit's import screen. */
export function ImportStep({ onImport }: { onImport(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('setup.import.body')}</p>
      <p className="hint">{t('setup.import.hint')}</p>
      <div className="actions">
        <button type="button" className="btn" onClick={onImport}>
          {t('setup.import.go')}
        </button>
      </div>
    </>
  );
}
