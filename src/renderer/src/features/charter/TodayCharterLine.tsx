import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/hooks';
import './charter.css'; // Today shows this line before the charter screen has loaded its styles

/** Today's one line on the disconnection charter: days kept of days counted this week, with a link to the details. */
export function TodayCharterLine({ tz, weekStartsOn }: { tz: string; weekStartsOn: 0 | 1 }) {
  const { t } = useTranslation();
  const q = useApi('charter.today', { tz, weekStartsOn });
  if (!q.data) return null;
  const { kept, counted, breaches } = q.data;
  return (
    <p className="today-charter" data-testid="today-charter">
      <span className={breaches > 0 ? 'kept-line breach' : 'kept-line'}>{counted === 0 ? t('charter.today.none') : t('charter.today.kept', { kept, count: counted })}</span>
      <Link to="/charter/compliance">
        {t('charter.today.link')} <span aria-hidden="true">→</span>
      </Link>
    </p>
  );
}
