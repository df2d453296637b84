import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { DateField } from '../../components/fields/DateField';
import { TimeField } from '../../components/fields/TimeField';
import { errorMessage } from '../../lib/errors';
import { minutesToTime, useFormatters } from '../../lib/locale';
import { addMonths, formatDay, formatMonth, useToday } from './calendarUi';

const RUN_STATUS_KEYS = {
  idle: 'calendar.session.statusIdle',
  running: 'calendar.session.statusRunning',
  paused: 'calendar.session.statusPaused',
  finished: 'calendar.session.statusFinished',
} as const;

/** Batch sessions: the list, and a form to plan a new afternoon. */
export function SessionsView({ month }: { month: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const sessions = useApi('calendar.sessions.list');
  const create = useApiMutation('calendar.session.create');
  const today = useToday();
  const [date, setDate] = useState<string | null>(today);
  const [start, setStart] = useState<number | null>(13 * 60);
  const [end, setEnd] = useState<number | null>(17 * 60);
  // The months one can prepare: last month to a year ahead, named in the app's language.
  const months = Array.from({ length: 14 }, (_, i) => addMonths(today.slice(0, 7), i - 1));
  const [target, setTarget] = useState(month);
  const [attach, setAttach] = useState(true);

  return (
    <div className="stack">
      <section className="card" aria-labelledby="new-session-h">
        <h2 id="new-session-h">{t('calendar.session.newTitle')}</h2>
        <p className="hint">{t('calendar.session.newHint')}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (date === null || start === null || end === null) return;
            create.mutate({ date, start, end, targetMonth: target, attachUnprepared: attach }, { onSuccess: (s) => navigate(`/calendar/sessions/${s.id}`) });
          }}
        >
          <div className="form-grid">
            <DateField id="ns-date" label={t('calendar.session.date')} isRequired value={date} onChange={setDate} />
            <TimeField id="ns-start" label={t('calendar.session.start')} isRequired value={start} onChange={setStart} />
            <TimeField id="ns-end" label={t('calendar.session.end')} isRequired value={end} onChange={setEnd} />
            <label htmlFor="ns-month">{t('calendar.session.targetMonth')}</label>
            <select id="ns-month" required value={target} onChange={(e) => setTarget(e.target.value)}>
              {(months.includes(target) ? months : [target, ...months]).map((m) => (
                <option key={m} value={m}>
                  {formatMonth(m, f.locale)}
                </option>
              ))}
            </select>
            <span />
            <label className="inline">
              <input type="checkbox" checked={attach} onChange={(e) => setAttach(e.target.checked)} /> {t('calendar.session.attachUnprepared')}
            </label>
          </div>
          <button type="submit" className="btn primary" disabled={create.isPending || date === null || start === null || end === null}>
            {t('calendar.session.create')}
          </button>
        </form>
        {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      </section>
      <section className="card" aria-labelledby="sessions-h">
        <h2 id="sessions-h">{t('calendar.session.listTitle')}</h2>
        {sessions.data && (
          <DataTable
            labelledBy="sessions-h"
            rows={sessions.data}
            rowKey={(s) => s.id}
            empty={<p className="muted">{t('calendar.session.none')}</p>}
            columns={[
              { key: 'date', header: t('calendar.session.date'), cell: (s) => <Link to={`/calendar/sessions/${s.id}`}>{formatDay(s.date, f.locale)}</Link> },
              { key: 'hours', header: t('calendar.session.hours'), cell: (s) => `${minutesToTime(s.start, f.locale)} – ${minutesToTime(s.end, f.locale)}` },
              { key: 'month', header: t('calendar.session.targetMonth'), cell: (s) => formatMonth(s.targetMonth, f.locale) },
              { key: 'items', header: t('calendar.session.items'), cell: (s) => f.number(s.itemCount, 0) },
              { key: 'state', header: t('calendar.session.state'), cell: (s) => t(RUN_STATUS_KEYS[s.state.status]) },
            ]}
          />
        )}
      </section>
    </div>
  );
}
