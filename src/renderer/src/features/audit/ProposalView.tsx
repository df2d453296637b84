import { useTranslation } from 'react-i18next';
import type { BatchRhythm } from '../../../../shared/audit/batchRhythm';
import { localWallTimeToInstant } from '../../../../shared/time';
import { MODES } from '../../../../shared/domain';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { minutesToTime, useFormatters } from '../../lib/locale';
import { CHANNEL_KEYS, MODE_KEYS, SLOT_KEYS, modeVar } from './labels';
import { useWeek } from './useWeek';
import { WeekNav } from './WeekNav';

const SLOT_COLOR = { reactive: 'var(--reactive)', deep: 'var(--deep)', batch: 'var(--reporting)' } as const;
const HOUR_PX = 44;

function Reasoning({ r }: { r: BatchRhythm['reasoning'] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const list = (items: string[]) => new Intl.ListFormat(f.locale, { type: 'conjunction' }).format(items);
  const hourRange = (h: number) => `${minutesToTime(h * 60, f.locale)}–${minutesToTime((h + 1) * 60, f.locale)}`;
  const sentences: string[] = [];
  if (r.noWorkingDays) sentences.push(t('audit.proposal.noWorkingDays'));
  if (r.noInterruptions) sentences.push(t('audit.proposal.noInterruptions'));
  else if (r.peakHours.length > 0)
    sentences.push(
      t('audit.proposal.peaks', {
        count: r.interruptionCount,
        hours: list([...r.peakHours].sort((a, b) => a.hour - b.hour).map((p) => hourRange(p.hour))),
        channel: r.topChannel ? t(CHANNEL_KEYS[r.topChannel]) : '',
      }),
    );
  if (!r.noWorkingDays)
    sentences.push(
      r.defaultReactiveMinutes
        ? t('audit.proposal.defaultReactive', { lengths: list(r.reactiveSlotMinutes.map((m) => f.duration(m))) })
        : t('audit.proposal.reactive', { average: f.duration(r.avgReactiveMinutesPerDay), lengths: list(r.reactiveSlotMinutes.map((m) => f.duration(m))) }),
    );
  if (r.shortWeekdays.length) sentences.push(t('audit.proposal.shortDays', { days: list(r.shortWeekdays.map((d) => f.weekday(d))) }));
  if (r.calmestHalfDay) sentences.push(t(r.calmestHalfDay.half === 'am' ? 'audit.proposal.batchMorning' : 'audit.proposal.batchAfternoon', { day: f.weekday(r.calmestHalfDay.weekday) }));
  if (!r.noWorkingDays) sentences.push(t('audit.proposal.deep'));
  return (
    <ul className="reasoning">
      {sentences.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

export default function ProposalView() {
  const { t } = useTranslation();
  const f = useFormatters();
  const week = useWeek();
  const data = useApi('audit.rhythm', { from: week.from, to: week.to, tz: week.tz });
  const ics = useApiMutation('audit.rhythm.ics');
  const rhythm = data.data?.rhythm;
  const order = Array.from({ length: 7 }, (_, i) => (i + f.weekStartsOn) % 7);
  const slots = rhythm?.slots ?? [];
  const minH = Math.min(8, ...slots.map((s) => Math.floor(s.start / 60)));
  const maxH = Math.max(19, ...slots.map((s) => Math.ceil(s.end / 60)));
  const height = (maxH - minH) * HOUR_PX;
  const top = (m: number) => ((m - minH * 60) / 60) * HOUR_PX;
  const exportIcs = () =>
    ics.mutate(
      { from: week.from, to: week.to, tz: week.tz, labels: { reactive: t(SLOT_KEYS.reactive), deep: t(SLOT_KEYS.deep), batch: t(SLOT_KEYS.batch), calendar: t('audit.proposal.calendarName') } },
      { onSuccess: (r) => downloadText(r.fileName, r.content, 'text/calendar;charset=utf-8') },
    );
  return (
    <section aria-label={t('audit.tabs.proposal')}>
      <WeekNav week={week}>
        <button type="button" className="btn primary" disabled={!rhythm || slots.length === 0 || ics.isPending} onClick={exportIcs}>
          {t('audit.proposal.exportIcs')}
        </button>
      </WeekNav>
      {(data.error ?? ics.error) && <Notice kind="error">{errorMessage(t, data.error ?? ics.error)}</Notice>}
      {rhythm && (
        <>
          <section className="card" aria-labelledby="why-h" style={{ marginBottom: '1.25rem' }}>
            <h2 id="why-h">{t('audit.proposal.why')}</h2>
            <Reasoning r={rhythm.reasoning} />
          </section>
          <div className="proposal-grid">
            <section className="card" aria-labelledby="tpl-h">
              <h2 id="tpl-h">{t('audit.proposal.template')}</h2>
              <div className="week-grid template-grid" style={{ ['--hour' as string]: `${HOUR_PX}px` }}>
                <div className="week-head" aria-hidden="true" />
                {order.map((d) => (
                  <div key={d} className="week-head">
                    <strong>{f.weekday(d, 'short')}</strong>
                  </div>
                ))}
                <div className="hour-col" style={{ height }} aria-hidden="true">
                  {Array.from({ length: maxH - minH }, (_, i) => minH + i).map((h) => (
                    <span key={h} className="hour-label" style={{ top: top(h * 60) + (h === minH ? 8 : 0) }}>
                      {minutesToTime(h * 60, f.locale)}
                    </span>
                  ))}
                </div>
                {order.map((d) => (
                  <ul key={d} className="day-col" style={{ height, listStyle: 'none', margin: 0, padding: 0 }} aria-label={f.weekday(d)}>
                    {slots
                      .filter((s) => s.weekday === d)
                      .map((s) => (
                        <li
                          key={`${s.start}-${s.kind}`}
                          className="slot"
                          style={{ top: top(s.start), height: ((s.end - s.start) / 60) * HOUR_PX - 2, borderLeftColor: SLOT_COLOR[s.kind], background: `color-mix(in srgb, ${SLOT_COLOR[s.kind]} 22%, var(--surface))` }}
                        >
                          <span className="sr-only">{`${minutesToTime(s.start, f.locale)}–${minutesToTime(s.end, f.locale)} `}</span>
                          <span title={`${minutesToTime(s.start, f.locale)}–${minutesToTime(s.end, f.locale)}`}>{t(SLOT_KEYS[s.kind])}</span>
                        </li>
                      ))}
                  </ul>
                ))}
              </div>
              <div className="legend">
                {(['reactive', 'deep', 'batch'] as const).map((k) => (
                  <span key={k}>
                    <i className="swatch" style={{ background: SLOT_COLOR[k] }} aria-hidden="true" />
                    {t(SLOT_KEYS[k])}
                  </span>
                ))}
              </div>
            </section>
            <section className="card" aria-labelledby="audited-h">
              <h2 id="audited-h">{t('audit.proposal.audited')}</h2>
              <div className="minibars">
                {data.data!.audited.perDay.map((d) => {
                  const total = MODES.reduce((s, m) => s + d.minutesByMode[m], 0);
                  const label = MODES.filter((m) => d.minutesByMode[m] > 0).map((m) => `${t(MODE_KEYS[m])} ${f.duration(d.minutesByMode[m])}`).join(', ');
                  return (
                    <div key={d.day} className="minibar-row">
                      <span className="day">{f.date(localWallTimeToInstant(d.day, 720, week.tz), { weekday: 'short', day: 'numeric', timeZone: week.tz })}</span>
                      <span className="minibar" role="img" aria-label={label || t('audit.report.none')}>
                        {MODES.map((m) => (d.minutesByMode[m] > 0 ? <span key={m} style={{ width: `${(d.minutesByMode[m] / Math.max(total, 600)) * 100}%`, background: modeVar(m) }} /> : null))}
                      </span>
                      <span className="num">{total ? f.duration(total) : '—'}</span>
                    </div>
                  );
                })}
              </div>
            </section>
          </div>
        </>
      )}
    </section>
  );
}
