import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { TimeField } from '../../components/fields/TimeField';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { SCHEDULE_HOURS, type ScheduleMode } from '../../../../shared/veille/constants';

const MODE_LABEL: Record<ScheduleMode, string> = {
  off: 'veille.schedule.off',
  every: 'veille.schedule.every',
  daily: 'veille.schedule.daily',
};

/** The fetch schedule the user sets: off (the default), every N hours, or once a day at a time. */
export function ScheduleCard() {
  const settings = useApi('veille.settings.get');
  if (!settings.data) return null;
  return <ScheduleForm key={JSON.stringify(settings.data.schedule)} initial={settings.data.schedule} nextRunAt={settings.data.nextRunAt} />;
}

function ScheduleForm({ initial, nextRunAt }: { initial: { mode: ScheduleMode; everyHours: number; atMinute: number }; nextRunAt: number | null }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const update = useApiMutation('veille.settings.update');
  const [mode, setMode] = useState<ScheduleMode>(initial.mode);
  const [everyHours, setEveryHours] = useState(initial.everyHours);
  const [atMinute, setAtMinute] = useState<number | null>(initial.atMinute);
  const changed = mode !== initial.mode || everyHours !== initial.everyHours || atMinute !== initial.atMinute;
  return (
    <section className="card" aria-labelledby="sched-h">
      <h2 id="sched-h">{t('veille.schedule.title')}</h2>
      <p className="hint">{t('veille.schedule.hint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ schedule: { mode, everyHours, atMinute: atMinute ?? initial.atMinute } });
        }}
      >
        <fieldset className="signal-choice">
          <legend>{t('veille.schedule.mode')}</legend>
          {(['off', 'every', 'daily'] as const).map((m) => (
            <label key={m} className="radio">
              <input type="radio" name="sched-mode" checked={mode === m} onChange={() => setMode(m)} />
              {t(MODE_LABEL[m])}
            </label>
          ))}
        </fieldset>
        {mode === 'every' && (
          <p className="inline">
            <label htmlFor="sched-hours">{t('veille.schedule.hours')}</label>
            <select id="sched-hours" value={everyHours} onChange={(e) => setEveryHours(Number(e.target.value))}>
              {SCHEDULE_HOURS.map((h) => (
                <option key={h} value={h}>
                  {t('veille.schedule.hoursOption', { hours: h })}
                </option>
              ))}
            </select>
          </p>
        )}
        {mode === 'daily' && (
          <div className="inline">
            <TimeField label={t('veille.schedule.at')} value={atMinute} onChange={setAtMinute} />
          </div>
        )}
        <div className="actions">
          <button type="submit" className="btn primary" disabled={!changed || update.isPending}>
            {t('veille.schedule.save')}
          </button>
          <span className="hint" role="status">
            {nextRunAt !== null ? t('veille.schedule.next', { when: f.dateTime(Math.max(nextRunAt, Date.now())) }) : t('veille.schedule.none')}
          </span>
        </div>
        {update.error && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
      </form>
    </section>
  );
}
