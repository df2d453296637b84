import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { overdueWords } from '../../../../shared/career/messages';
import type { ChannelOutput } from '../../../../shared/contract';
import { milestoneTitle } from '../../../../shared/reports/careerReport';
import type { ApiError } from '../../api/client';
import { useFormatters } from '../../lib/locale';
import { Block } from './Block';
import { presetText } from '../../../../shared/career/templates';

const ALERT_TEXT = {
  'retake-available': 'today.career.alert.retake',
  'renewal-open': 'today.career.alert.renewal',
  'expiry-near': 'today.career.alert.expiryNear',
  expired: 'today.career.alert.expired',
} as const;

const STATUS_TEXT = { ahead: 'reports.career.status.ahead', 'on-track': 'reports.career.status.onTrack', behind: 'reports.career.status.behind' } as const;

/** The next career milestone, the plan's pace, and any certification alert. */
export function CareerBlock({ query }: { query: UseQueryResult<ChannelOutput<'career.summary'>, ApiError> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const c = query.data;
  const civil = (d: string) => f.date(Date.parse(`${d}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <Block id="today-career" title={t('today.career.title')} link={{ to: '/career', label: t('today.career.link') }} query={query}>
      {c && !c.hasPlan && <p className="today-empty">{t('today.career.noPlan')}</p>}
      {c && c.hasPlan && (
        <>
          {c.nextMilestone ? (
            <p data-testid="next-milestone">
              <strong>{t('today.career.next')}</strong> {milestoneTitle(c.nextMilestone, t)}{' '}
              <span className="muted">{t('today.career.due', { date: civil(c.nextMilestone.dueDate) })}</span>
            </p>
          ) : (
            <p>{t('today.career.allDone')}</p>
          )}
          {c.progress && (
            <p className="muted">
              {t('today.career.progress', { count: c.progress.done, total: c.progress.total })} · {t(STATUS_TEXT[c.progress.status])}
              {c.progress.overdue.length > 0 && <span className="td-warn" data-testid="career-overdue"> · {overdueWords(c.progress.overdue, t, civil)}</span>}
            </p>
          )}
        </>
      )}
      {c && c.alerts.length > 0 && (
        <ul className="today-alerts" aria-label={t('today.career.alerts')}>
          {c.alerts.map((a) => (
            <li key={`${a.certId}-${a.kind}`} className="today-alert">
              {t(ALERT_TEXT[a.kind], { name: `${a.provider} ${presetText(a.certName, t)}`.trim(), date: civil(a.date) })}
            </li>
          ))}
        </ul>
      )}
    </Block>
  );
}
