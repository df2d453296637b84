import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, InterruptionChannel } from '../../../../shared/domain';
import { useApi, useApiMutation } from '../../api/hooks';
import { errorMessage } from '../../lib/errors';
import { InterruptionDialog } from './InterruptionDialog';
import { SessionClock, SessionHandOver, useRunningSession } from './SessionClock';
import { CHANNEL_KEYS, modeVar } from './labels';
import { userTimeZone } from '../../lib/locale';
import { isSingleKeyFree } from '../../lib/keyboard';
import './audit.css';

function elapsedText(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The live timer on every screen: current category and elapsed time; every active category in
 * sight (the bar wraps), the first nine with their key 1–9; stop (key 0); log an interruption (I).
 */
export function TimerBar() {
  const { t } = useTranslation();
  const state = useApi('audit.timer.state', undefined, { refetchInterval: 60_000 });
  const categories = useApi('audit.categories.list');
  const start = useApiMutation('audit.timer.start');
  const stop = useApiMutation('audit.timer.stop');
  const [dialog, setDialog] = useState(false);
  const [logged, setLogged] = useState<InterruptionChannel | null>(null);
  const [, setTick] = useState(0);

  const running = state.data?.running ?? null;
  const offset = state.data ? state.data.now - state.dataUpdatedAt : 0;
  const active = (categories.data ?? []).filter((c) => !c.archived);
  const quick = active.slice(0, 9);
  const current = running ? categories.data?.find((c) => c.id === running.categoryId) : undefined;
  // one clock: while a batch session runs, choosing a category asks to pause it first
  const session = useRunningSession(running?.source === 'batch-session');
  const [handOver, setHandOver] = useState<Category | null>(null);
  const sessionHolds = running?.source === 'batch-session';
  const choose = useCallback((c: Category) => (sessionHolds ? setHandOver(c) : start.mutate({ categoryId: c.id, tz: userTimeZone() })), [sessionHolds, start]);

  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(id);
  }, [running]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSingleKeyFree(e)) return;
      if (e.key === 'i' || e.key === 'I') {
        e.preventDefault();
        setDialog(true);
        return;
      }
      if (e.key === '0') {
        e.preventDefault();
        // a running batch session is stopped from its own clock (SessionClock), not by the audit's stop key
        if (running && !sessionHolds) stop.mutate(undefined);
        return;
      }
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= quick.length) {
        e.preventDefault();
        choose(quick[n - 1]);
      }
    };
    // The desktop shell (menu, tray, global shortcut) asks for the interruption dialog this way.
    const onShell = () => setDialog(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener('coulisses:interruption', onShell);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('coulisses:interruption', onShell);
    };
  }, [quick, choose, stop, running, sessionHolds]);

  useEffect(() => {
    if (!logged) return;
    const id = setTimeout(() => setLogged(null), 4000);
    return () => clearTimeout(id);
  }, [logged]);

  const error = start.error ?? stop.error;
  return (
    <section className="timer-bar no-print" aria-label={t('audit.timer.label')}>
      <div className="timer-now" role="status" aria-live="polite">
        {session ? (
          <SessionClock detail={session} />
        ) : running && current ? (
          <>
            <span className="timer-dot" style={{ background: modeVar(current.mode) }} aria-hidden="true" />
            <span className="timer-cat">{current.name}</span>
            <span className="timer-elapsed" aria-label={t('audit.timer.elapsed')}>
              {elapsedText(Date.now() + offset - running.start)}
            </span>
          </>
        ) : (
          <span className="muted">{t('audit.timer.idle')}</span>
        )}
      </div>
      <div className="timer-cats" role="group" aria-label={t('audit.timer.switch')}>
        {active.map((c, i) => (
          <button
            key={c.id}
            type="button"
            className="timer-cat-btn"
            aria-pressed={running?.categoryId === c.id}
            aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
            style={{ borderColor: modeVar(c.mode) }}
            onClick={() => choose(c)}
          >
            {i < 9 && <kbd aria-hidden="true">{i + 1}</kbd>}
            {c.name}
          </button>
        ))}
      </div>
      <div className="timer-actions">
        <button type="button" className="btn" aria-keyshortcuts="0" disabled={!running || session !== undefined || stop.isPending} onClick={() => stop.mutate(undefined)}>
          {t('audit.timer.stop')} <kbd aria-hidden="true">0</kbd>
        </button>
        <button type="button" className="btn primary" aria-keyshortcuts="I" onClick={() => setDialog(true)}>
          {t('audit.timer.interruption')} <kbd aria-hidden="true">I</kbd>
        </button>
      </div>
      {(error || logged) && (
        <p className={error ? 'timer-msg error' : 'timer-msg'} role={error ? 'alert' : 'status'}>
          {error ? errorMessage(t, error) : t('audit.interruption.logged', { channel: t(CHANNEL_KEYS[logged!]) })}
        </p>
      )}
      {handOver && session && <SessionHandOver detail={session} category={handOver} onClose={() => setHandOver(null)} />}
      <InterruptionDialog
        open={dialog}
        onClose={(channel) => {
          setDialog(false);
          if (channel) setLogged(channel);
        }}
      />
    </section>
  );
}
