import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** For a brand-new user: where to start. */
export function Welcome() {
  const { t } = useTranslation();
  return (
    <section className="card today-welcome" aria-labelledby="welcome-h">
      <h2 id="welcome-h">{t('today.welcome.title')}</h2>
      <p>{t('today.welcome.body')}</p>
      <ol>
        <li>{t('today.welcome.timer')}</li>
        <li>
          <Link to="/audit">{t('today.welcome.job')}</Link>
        </li>
        <li>
          <Link to="/calendar">{t('today.welcome.calendar')}</Link>
        </li>
        <li>
          <Link to="/career">{t('today.welcome.career')}</Link>
        </li>
      </ol>
    </section>
  );
}
