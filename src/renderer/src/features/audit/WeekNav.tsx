import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../lib/locale';
import type { Week } from './useWeek';

/** Previous / next / this week, and the week's dates as a heading. */
export function WeekNav({ week, children }: { week: Week; children?: React.ReactNode }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const range = f.dayRange(week.days[0], week.days[6]);
  return (
    <div className="week-nav">
      <h2>{t('audit.week.heading', { range })}</h2>
      <button type="button" className="btn" onClick={() => week.go(-1)}>
        ← {t('audit.week.previous')}
      </button>
      <button type="button" className="btn" disabled={week.isCurrent} onClick={() => week.today()}>
        {t('audit.week.today')}
      </button>
      <button type="button" className="btn" onClick={() => week.go(1)}>
        {t('audit.week.next')} →
      </button>
      <span className="spacer" />
      {children}
    </div>
  );
}
