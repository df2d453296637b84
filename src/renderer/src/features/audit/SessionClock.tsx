import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { currentPhaseKey, remainingSeconds } from '../../../../shared/calendar/batchRun';
import { PHASE_LABEL_KEYS, PHASE_NUMBER } from '../../../../shared/calendar/types';
import type { Category } from '../../../../shared/domain';
import { useApi, useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { errorMessage } from '../../lib/errors';
import { userTimeZone } from '../../lib/locale';

/** "12:05" or "−3:20" (overrun), from seconds. */
function countdown(seconds: number): string {
  const s = Math.abs(seconds);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  return seconds < 0 ? `−${text}` : text;
}

/** The running batch session, read from the calendar (its phase, frozen time boxes, stale flag), or undefined. */
export function useRunningSession(enabled: boolean) {
  const list = useApi('calendar.sessions.list', undefined, { enabled });
  const session = enabled ? list.data?.find((s) => s.state.status === 'running') : undefined;
  const detail = useApi('calendar.session.get', { id: session?.id ?? 0 }, { enabled: session !== undefined });
  return session && detail.data?.session.id === session.id ? detail.data : undefined;
}

type RunningSession = NonNullable<ReturnType<typeof useRunningSession>>;

/**
 * The timer bar while a batch session holds the clock: its phase and the countdown of the phase's
 * time box, a link to its run screen, and a button that pauses it (the clock stops; the session
 * goes on from its run screen). A session left by a crash is recovered instead of paused.
 */
export function SessionClock({ detail }: { detail: RunningSession }) {
  const { t } = useTranslation();
  const run = useApiMutation('calendar.run');
  const offset = useRef(detail.now - Date.now());
  useEffect(() => {
    offset.current = detail.now - Date.now();
  }, [detail.now]);
  const [now, setNow] = useState(() => Date.now() + offset.current);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now() + offset.current), 1000);
    return () => clearInterval(id);
  }, []);
  const state = detail.session.state;
  const key = currentPhaseKey(state);
  const left = remainingSeconds(state, detail.plan.phases.map((p) => p.minutes), now);
  const phase = key ? `${PHASE_NUMBER[key]} · ${t(PHASE_LABEL_KEYS[key])}` : '';
  return (
    <>
      <span className="timer-dot" style={{ background: 'var(--deep)' }} aria-hidden="true" />
      <Link className="timer-cat" to={`/calendar/sessions/${detail.session.id}`} title={t('audit.timer.sessionTitle', { phase })} data-testid="timer-session">
        {t('audit.timer.session', { phase })}
      </Link>
      <span className={left < 0 ? 'timer-elapsed over' : 'timer-elapsed'} role="timer" aria-label={t('audit.timer.sessionLeft')}>
        {countdown(left)}
      </span>
      <button type="button" className="btn small" disabled={run.isPending} onClick={() => run.mutate({ sessionId: detail.session.id, action: detail.stale ? 'recover' : 'pause' })}>
        {t('audit.timer.pauseSession')}
      </button>
      {run.error && <span className="timer-msg error">{errorMessage(t, run.error)}</span>}
    </>
  );
}

/**
 * Asked when a category is chosen (key 1–9 or a click) while a batch session runs: pause the
 * session there and start the timer on the category, or keep the session going.
 */
export function SessionHandOver({ detail, category, onClose }: { detail: RunningSession; category: Category; onClose(): void }) {
  const { t } = useTranslation();
  const run = useApiMutation('calendar.run');
  const start = useApiMutation('audit.timer.start');
  const key = currentPhaseKey(detail.session.state);
  const handOver = async () => {
    try {
      await run.mutateAsync({ sessionId: detail.session.id, action: detail.stale ? 'recover' : 'pause' });
      await start.mutateAsync({ categoryId: category.id, tz: userTimeZone() });
      onClose();
    } catch {
      // the error shows in the dialog
    }
  };
  const error = run.error ?? start.error;
  return (
    <Dialog className="dialog" labelledBy="handover-title" onClose={onClose}>
      <h2 id="handover-title">{t('audit.timer.handOverTitle')}</h2>
      <p>{t('audit.timer.handOverBody', { phase: key ? t(PHASE_LABEL_KEYS[key]) : '', category: category.name })}</p>
      {error && (
        <p className="notice notice-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      <div className="actions">
        <button type="button" className="btn primary" autoFocus disabled={run.isPending || start.isPending} onClick={() => void handOver()}>
          {t('audit.timer.handOverConfirm', { category: category.name })}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('audit.timer.handOverCancel')}
        </button>
      </div>
    </Dialog>
  );
}
