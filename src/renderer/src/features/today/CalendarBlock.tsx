import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import type { ApiError } from '../../api/client';
import { minutesToTime, useFormatters } from '../../lib/locale';
import { Block } from './Block';

/** The next batch afternoon and how full this month's calendar is. */
export function CalendarBlock({ query }: { query: UseQueryResult<ChannelOutput<'calendar.summary'>, ApiError> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const c = query.data;
  const share = c && c.target > 0 ? Math.min(1, c.planned / c.target) : 0;
  const monthName = c ? new Intl.DateTimeFormat(f.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${c.month}-15T12:00:00Z`)) : '';
  return (
    <Block id="today-calendar" title={t('today.calendar.title')} link={{ to: '/calendar', label: t('today.calendar.link') }} query={query}>
      {c && (
        <>
          {c.nextSession ? (
            <p data-testid="next-session">
              <strong>{t('today.calendar.next')}</strong>{' '}
              {t('today.calendar.session', {
                date: f.date(Date.parse(`${c.nextSession.date}T12:00:00Z`), { dateStyle: 'full', timeZone: 'UTC' }),
                start: minutesToTime(c.nextSession.start, f.locale),
                end: minutesToTime(c.nextSession.end, f.locale),
              })}{' '}
              <span className="muted">{t('today.calendar.items', { count: c.nextSession.itemCount })}</span>
            </p>
          ) : (
            <p className="today-empty">{t('today.calendar.noSession')}</p>
          )}
          <p data-testid="month-fill">
            <strong>{t('today.calendar.fill', { month: monthName })}</strong>{' '}
            {c.target > 0 ? t('today.calendar.fillValue', { count: c.planned, target: f.number(c.target, 0), share: f.percent(share) }) : t('today.calendar.noTarget', { count: c.planned })}
          </p>
          {c.target > 0 && (
            <div className="fill-track" aria-hidden="true">
              <span style={{ width: `${share * 100}%` }} />
            </div>
          )}
        </>
      )}
    </Block>
  );
}
