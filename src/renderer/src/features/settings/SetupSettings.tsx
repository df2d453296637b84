import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Reopens the guided first run (issue 14). */
export function SetupSettings() {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="setup-h">
      <h2 id="setup-h">{t('setup.presets.reopen')}</h2>
      <p className="hint">{t('setup.presets.reopenHint')}</p>
      <Link className="btn" to="/welcome">
        {t('setup.presets.reopenButton')}
      </Link>
    </section>
  );
}
