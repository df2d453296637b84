import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseChecklist } from '../../../../shared/calendar/batchPlanner';
import { currentPhaseKey, itemMeasures, phaseElapsedMs, remainingSeconds, totalElapsedMs } from '../../../../shared/calendar/batchRun';
import { BATCH_PHASES, PHASE_LABEL_KEYS, PHASE_NUMBER } from '../../../../shared/calendar/types';
import type { ChannelOutput } from '../../../../shared/contract';
import { call } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import type { Lookups } from './calendarUi';

type Detail = ChannelOutput<'calendar.session.get'>;

const HEARTBEAT_MS = 30_000;

function clock(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(r).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${mm}:${ss}` : `${sign}${mm}:${ss}`;
}

/**
 * After the run: each phase's time box against the minutes it really took, and what the items of
 * each format took, with the offer to update the formats' estimates (median of the last sessions).
 */
function RunReview({ detail, lookups, now }: { detail: Detail; lookups: Lookups; now: number }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const learned = useApi('calendar.formats.learned');
  const learn = useApiMutation('calendar.formats.learn');
  const { session, plan } = detail;
  const state = session.state;
  const suggestions = learned.data ?? [];
  return (
    <section className="card cal-run" aria-labelledby="run-h">
      <h2 id="run-h">{t('calendar.run.finishedTitle')}</h2>
      <p className="lead">{t('calendar.run.finishedBody', { time: f.duration(totalElapsedMs(state, now) / 60_000) })}</p>
      <h3 id="run-phases-h">{t('calendar.run.measuredTitle')}</h3>
      <DataTable
        labelledBy="run-phases-h"
        rows={plan.phases.map((p, i) => ({ ...p, actual: phaseElapsedMs(state, i, now) / 60_000 }))}
        rowKey={(p) => p.key}
        columns={[
          { key: 'phase', header: t('calendar.run.phase'), rowHeader: true, cell: (p) => `${p.phase} · ${t(PHASE_LABEL_KEYS[p.key])}` },
          { key: 'box', header: t('calendar.run.box'), cell: (p) => f.duration(p.minutes) },
          { key: 'actual', header: t('calendar.run.actual'), cell: (p) => f.duration(p.actual) },
        ]}
      />
      <h3 id="run-learn-h">{t('calendar.run.learnTitle')}</h3>
      {suggestions.length === 0 ? (
        <p className="muted">{t('calendar.run.learnNone')}</p>
      ) : (
        <>
          <p className="hint">{t('calendar.run.learnHint')}</p>
          <DataTable
            labelledBy="run-learn-h"
            rows={suggestions}
            rowKey={(s) => `${s.formatId}-${s.block}`}
            columns={[
              { key: 'format', header: t('calendar.field.format'), rowHeader: true, cell: (s) => `${lookups.name(lookups.format(s.formatId))} · ${t(PHASE_LABEL_KEYS[s.block])}` },
              { key: 'current', header: t('calendar.run.current'), cell: (s) => t('calendar.run.estimate', { setup: f.duration(s.current.setup), perItem: f.duration(s.current.perItem) }) },
              { key: 'measured', header: t('calendar.run.measured'), cell: (s) => t('calendar.run.estimate', { setup: f.duration(s.measured.setup), perItem: f.duration(s.measured.perItem) }) },
              { key: 'from', header: t('calendar.run.from'), className: 'muted', cell: (s) => t('calendar.run.fromValue', { sessions: t('calendar.run.fromSessions', { count: s.sessions }), items: t('calendar.run.fromItems', { count: s.items }) }) },
            ]}
          />
          <div className="actions">
            <button type="button" className="btn primary" disabled={learn.isPending} onClick={() => learn.mutate({ formatIds: [...new Set(suggestions.map((s) => s.formatId))] })}>
              {t('calendar.run.learnButton')}
            </button>
          </div>
        </>
      )}
      {learn.isSuccess && (
        <p className="muted" role="status">
          {t('calendar.run.learned', { count: learn.data.changed })}
        </p>
      )}
      {(learn.error ?? learned.error) && <Notice kind="error">{errorMessage(t, learn.error ?? learned.error)}</Notice>}
    </section>
  );
}

/** Run mode: the current phase, its countdown and checklist (with the minutes each ticked item took); pause, resume, next phase. */
export function RunMode({ detail, lookups }: { detail: Detail; lookups: Lookups }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const run = useApiMutation('calendar.run');
  const toggle = useApiMutation('calendar.run.toggle');
  const { session, items, plan } = detail;
  const state = session.state;
  // follow the server's clock (tests may fix it)
  const offset = useRef(detail.now - Date.now());
  useEffect(() => {
    offset.current = detail.now - Date.now();
  }, [detail.now]);
  const [now, setNow] = useState(() => Date.now() + offset.current);
  const recovering = useRef(false);
  // ticks show at once; the server's answer replaces them
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  useEffect(() => setTicked({}), [detail]);

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now() + offset.current), 1000);
    return () => clearInterval(tick);
  }, []);
  useEffect(() => {
    if (state.status !== 'running') return;
    // no refetch needed: the heartbeat only tells main the app is alive
    const beat = setInterval(() => void call('calendar.run.heartbeat', { sessionId: session.id }).catch(() => undefined), HEARTBEAT_MS);
    return () => clearInterval(beat);
  }, [state.status, session.id]);
  useEffect(() => {
    if (detail.stale && !recovering.current) {
      recovering.current = true;
      run.mutate({ sessionId: session.id, action: 'recover' });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [detail.stale, session.id]);

  const boxes = plan.phases.map((p) => p.minutes);
  const key = currentPhaseKey(state);
  const act = (action: 'pause' | 'resume' | 'next' | 'finish') => run.mutate({ sessionId: session.id, action });
  const error = run.error ?? toggle.error;

  if (state.status === 'finished' || key === null) return <RunReview detail={detail} lookups={lookups} now={now} />;

  const left = remainingSeconds(state, boxes, now);
  const checklist = phaseChecklist(key, items, state.checked);
  const phaseIndex = state.phaseIndex;
  const measured = new Map(itemMeasures(state).filter((m) => m.phaseIndex === phaseIndex).map((m) => [m.itemId, m.minutes]));
  return (
    <section className="card cal-run" aria-labelledby="run-h">
      <ol className="cal-run-steps" aria-label={t('calendar.run.steps')}>
        {BATCH_PHASES.map((p, i) => (
          <li key={p} className={i < phaseIndex ? 'done' : i === phaseIndex ? 'current' : ''} aria-current={i === phaseIndex ? 'step' : undefined}>
            <span aria-hidden="true">{PHASE_NUMBER[p]} · </span>
            {t(PHASE_LABEL_KEYS[p])}
          </li>
        ))}
      </ol>
      <div className="cal-run-head">
        <div>
          <p className="muted">{t('calendar.run.phaseOf', { n: PHASE_NUMBER[key] })}</p>
          <h2 id="run-h">{t(PHASE_LABEL_KEYS[key])}</h2>
          <p className="muted">{state.status === 'paused' ? t('calendar.run.paused') : state.status === 'running' ? t('calendar.run.running') : t('calendar.run.ready')}</p>
        </div>
        <div className={left < 0 ? 'cal-countdown over' : 'cal-countdown'} role="timer" aria-label={t('calendar.run.countdown')}>
          {clock(left)}
        </div>
      </div>
      <p className="sr-only" aria-live="polite">
        {left < 0 ? t('calendar.run.overtime') : ''}
      </p>
      <div className="actions">
        {state.status === 'running' && (
          <button type="button" className="btn" onClick={() => act('pause')}>
            ❚❚ {t('calendar.run.pause')}
          </button>
        )}
        {state.status === 'paused' && (
          <button type="button" className="btn primary" onClick={() => act('resume')}>
            ▶ {t('calendar.run.resume')}
          </button>
        )}
        {state.status === 'idle' && (
          <button type="button" className="btn primary" onClick={() => run.mutate({ sessionId: session.id, action: 'start' })}>
            ▶ {t('calendar.run.start')}
          </button>
        )}
        <button type="button" className="btn primary" onClick={() => act('next')} disabled={run.isPending}>
          {phaseIndex + 1 < BATCH_PHASES.length ? t('calendar.run.next') : t('calendar.run.finish')} ›
        </button>
        {phaseIndex + 1 < BATCH_PHASES.length && (
          <button type="button" className="btn" onClick={() => act('finish')}>
            {t('calendar.run.stop')}
          </button>
        )}
      </div>
      <h3>{t('calendar.run.checklist')}</h3>
      {checklist.length === 0 ? (
        <p className="muted">{t('calendar.run.nothingToTick')}</p>
      ) : (
        <ul className="cal-checklist">
          {checklist.map((entry) => (
            <li key={entry.id}>
              <label>
                <input
                  type="checkbox"
                  checked={ticked[entry.id] ?? entry.done}
                  onChange={(e) => {
                    setTicked((m) => ({ ...m, [entry.id]: e.target.checked }));
                    toggle.mutate({ sessionId: session.id, entryId: entry.id });
                  }}
                />
                <span>{t(entry.labelKey, entry.params)}</span>
                {entry.itemId !== null && measured.has(entry.itemId) && <span className="muted cal-measured">{t('calendar.run.took', { minutes: f.duration(measured.get(entry.itemId)!) })}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t('calendar.run.auditHint')}</p>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
    </section>
  );
}
