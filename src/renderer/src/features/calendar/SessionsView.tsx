import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { TimeField } from '../../components/TimeField';
import { errorMessage } from '../../lib/errors';
import { minutesToTime, useFormatters } from '../../lib/locale';
import { formatDay, formatMonth, useToday } from './calendarUi';

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
  const [date, setDate] = useState(today);
  const [start, setStart] = useState(13 * 60);
  const [end, setEnd] = useState(17 * 60);
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
            create.mutate({ date, start, end, targetMonth: target, attachUnprepared: attach }, { onSuccess: (s) => navigate(`/calendar/sessions/${s.id}`) });
          }}
        >
          <div className="form-grid">
            <label htmlFor="ns-date">{t('calendar.session.date')}</label>
            <input id="ns-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
            <label htmlFor="ns-start">{t('calendar.session.start')}</label>
            <TimeField id="ns-start" value={start} onChange={setStart} />
            <label htmlFor="ns-end">{t('calendar.session.end')}</label>
            <TimeField id="ns-end" value={end} onChange={setEnd} />
            <label htmlFor="ns-month">{t('calendar.session.targetMonth')}</label>
            <input id="ns-month" type="month" required value={target} onChange={(e) => setTarget(e.target.value)} />
            <span />
            <label className="inline">
              <input type="checkbox" checked={attach} onChange={(e) => setAttach(e.target.checked)} /> {t('calendar.session.attachUnprepared')}
            </label>
          </div>
          <button type="submit" className="btn primary" disabled={create.isPending}>
            {t('calendar.session.create')}
          </button>
        </form>
        {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      </section>
      <section className="card" aria-labelledby="sessions-h">
        <h2 id="sessions-h">{t('calendar.session.listTitle')}</h2>
        {sessions.data?.length === 0 && <p className="muted">{t('calendar.session.none')}</p>}
        {sessions.data && sessions.data.length > 0 && (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('calendar.session.date')}</th>
                <th scope="col">{t('calendar.session.hours')}</th>
                <th scope="col">{t('calendar.session.targetMonth')}</th>
                <th scope="col">{t('calendar.session.items')}</th>
                <th scope="col">{t('calendar.session.state')}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/calendar/sessions/${s.id}`}>{formatDay(s.date, f.locale)}</Link>
                  </td>
                  <td>
                    {minutesToTime(s.start, f.locale)} – {minutesToTime(s.end, f.locale)}
                  </td>
                  <td>{formatMonth(s.targetMonth, f.locale)}</td>
                  <td>{f.number(s.itemCount, 0)}</td>
                  <td>{t(RUN_STATUS_KEYS[s.state.status])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
