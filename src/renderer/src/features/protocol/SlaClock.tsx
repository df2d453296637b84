import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/protocol/types';
import { localDayAt } from '../../../../shared/time';
import { useFormatters, userTimeZone } from '../../lib/locale';

/** The instant of a deadline: its time today, or a short weekday and time on another day. */
export function useDueText(): (ms: number, now: number) => string {
  const f = useFormatters();
  return (ms, now) => {
    const tz = userTimeZone();
    const sameDay = localDayAt(ms, tz) === localDayAt(now, tz);
    return sameDay ? f.time(ms) : f.date(ms, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });
  };
}

/**
 * A case's live SLA clock: the next deadline (the first reply until it is done, then the
 * resolution), when it falls due and how much clock is left; overdue and paused said in words,
 * not only in colour.
 */
export function SlaClock({ c, now }: { c: Case; now: number }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const due = useDueText();
  if (c.state === 'resolved') {
    const met = c.resolution.state === 'met' && c.firstReply.state === 'met';
    return <span className={`sla ${met ? 'sla-met' : 'sla-missed'}`}>{met ? t('protocol.sla.met') : t('protocol.sla.missed')}</span>;
  }
  const firstPending = c.firstReply.remainingMinutes !== null;
  const s = firstPending ? c.firstReply : c.resolution;
  const which = firstPending ? t('protocol.sla.firstReply') : t('protocol.sla.resolution');
  const left = s.remainingMinutes ?? 0;
  if (s.state === 'overdue')
    return (
      <span className="sla sla-overdue" data-sla="overdue">
        <strong>{t('protocol.sla.overdue', { which, late: f.duration(-left) })}</strong>
      </span>
    );
  if (s.state === 'paused')
    return (
      <span className="sla sla-paused" data-sla="paused">
        {t('protocol.sla.paused', { which, left: f.duration(left) })}
      </span>
    );
  return (
    <span className={`sla ${left <= 60 ? 'sla-soon' : ''}`} data-sla="running">
      {s.due === null ? t('protocol.sla.never', { which }) : t('protocol.sla.due', { which, when: due(s.due, now), left: f.duration(left) })}
    </span>
  );
}
