import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDayBounds, localDayAt, minutesSinceLocalMidnight, splitByLocalDay } from '../../../../shared/time';
import { MODES, type Interruption, type TimeEntry } from '../../../../shared/domain';
import { useApi, useApiMutation, useApiWriter } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { minutesToTime, useFormatters } from '../../lib/locale';
import { EntryDialog } from './EntryDialog';
import { InterruptionEditDialog } from './InterruptionEditDialog';
import { CHANNEL_KEYS, MODE_KEYS, modeVar } from './labels';
import { useWeek } from './useWeek';
import { WeekNav } from './WeekNav';
import { useUndo } from '../../components/Undo';

const HOUR_PX = 44;

/** Seven day columns with entries as blocks coloured by mode and interruptions as marks. */
export function WeekView() {
  const { t } = useTranslation();
  const f = useFormatters();
  const week = useWeek();
  const data = useApi('audit.entries.list', { from: week.from, to: week.to, tz: week.tz });
  const categories = useApi('audit.categories.list');
  const timer = useApi('audit.timer.state');
  const settings = useApi('settings.get');
  const gridRef = useRef<HTMLDivElement>(null);
  const removeInterruption = useApiMutation('audit.interruptions.delete');
  const offerUndo = useUndo();
  const write = useApiWriter();
  const [editing, setEditing] = useState<TimeEntry | 'new' | null>(null);
  const [editingInterruption, setEditingInterruption] = useState<Interruption | null>(null);

  const byId = new Map((categories.data ?? []).map((c) => [c.id, c]));
  const now = timer.data?.now ?? Date.now();
  const entries = data.data?.entries ?? [];
  const interruptions = data.data?.interruptions ?? [];
  const tz = week.tz;

  // Visible hours: 7:00–20:00, widened to whatever the week holds.
  let minH = 7;
  let maxH = 20;
  const parts = entries.flatMap((e) => splitByLocalDay(Math.max(e.start, week.from), Math.min(e.end ?? now, week.to), tz).map((p) => ({ ...p, entry: e })));
  for (const p of parts) {
    const s = minutesSinceLocalMidnight(p.start, tz);
    const localEnd = p.end >= localDayBounds(p.day, tz).end ? 1440 : minutesSinceLocalMidnight(p.end, tz);
    minH = Math.min(minH, Math.floor(s / 60));
    maxH = Math.max(maxH, Math.ceil(localEnd / 60));
  }
  for (const i of interruptions) {
    const s = minutesSinceLocalMidnight(i.at, tz);
    minH = Math.min(minH, Math.floor(s / 60));
    maxH = Math.max(maxH, Math.ceil((s + 1) / 60));
  }
  const hours = Array.from({ length: maxH - minH }, (_, i) => minH + i);
  const top = (minute: number) => ((minute - minH * 60) / 60) * HOUR_PX;
  const today = week.currentDay;
  const dayDate = (day: string) => localDayBounds(day, tz).start + 12 * 3_600_000;

  // The grid scrolls inside itself and opens on the working hours (the charter's earliest start,
  // an hour before), even when an entry after midnight widens it to 00:00.
  const workStarts = (settings.data?.charter.days ?? []).flatMap((d) => (d ? [d.start] : []));
  const firstHour = Math.max(minH, Math.floor((workStarts.length ? Math.min(...workStarts) : 8 * 60) / 60) - 1);
  const loaded = data.isSuccess && settings.isSuccess;
  useLayoutEffect(() => {
    if (loaded && gridRef.current) gridRef.current.scrollTop = top(firstHour * 60);
    // once per week shown and per range of hours, not on every refetch
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded, week.from, minH, firstHour]);

  return (
    <section aria-label={t('audit.tabs.week')}>
      <WeekNav week={week}>
        <button type="button" className="btn primary" onClick={() => setEditing('new')}>
          + {t('audit.entry.add')}
        </button>
      </WeekNav>
      {data.isError && <Notice kind="error">{errorMessage(t, data.error)}</Notice>}
      <div className="week-grid" ref={gridRef} tabIndex={0} role="region" aria-label={t('audit.week.grid')} style={{ ['--hour' as string]: `${HOUR_PX}px` }}>
        <div className="week-head" aria-hidden="true" />
        {week.days.map((day) => {
          const minutes = parts.filter((p) => p.day === day).reduce((s, p) => s + (p.end - p.start) / 60_000, 0);
          return (
            <div key={day} className={day === today ? 'week-head today' : 'week-head'}>
              <strong>{f.date(dayDate(day), { weekday: 'short', day: 'numeric', month: 'short', timeZone: tz })}</strong>
              <span className="day-total">{minutes > 0 ? f.duration(minutes) : '—'}</span>
            </div>
          );
        })}
        <div className="hour-col" style={{ height: hours.length * HOUR_PX }} aria-hidden="true">
          {hours.map((h) => (
            <span key={h} className="hour-label" style={{ top: top(h * 60) + (h === minH ? 8 : 0) }}>
              {minutesToTime(h * 60, f.locale)}
            </span>
          ))}
        </div>
        {week.days.map((day) => (
          <div key={day} className="day-col" style={{ height: hours.length * HOUR_PX }} role="list" aria-label={f.date(dayDate(day), { weekday: 'long', day: 'numeric', month: 'long', timeZone: tz })}>
            {parts
              .filter((p) => p.day === day)
              .map((p) => {
                const c = byId.get(p.entry.categoryId);
                const s = minutesSinceLocalMidnight(p.start, tz);
                const endsAtMidnight = p.end >= localDayBounds(day, tz).end;
                const e = endsAtMidnight ? 1440 : minutesSinceLocalMidnight(p.end, tz);
                const mode = c?.mode ?? 'admin';
                const running = p.entry.end === null;
                const range = running ? `${f.time(p.start)} – ${t('audit.week.now')}` : f.timeRange(p.start, p.end);
                const label = t('audit.week.entryLabel', {
                  category: c?.name ?? '?',
                  start: f.time(p.start),
                  end: running ? t('audit.week.now') : f.time(p.end),
                  mode: t(MODE_KEYS[mode]),
                  note: p.entry.note,
                });
                return (
                  <div role="listitem" key={`${p.entry.id}-${p.start}`}>
                    {/* The visible text starts the accessible name (WCAG 2.5.3); mode and note follow for screen readers. */}
                    <button
                      type="button"
                      className={running ? 'entry-block running' : 'entry-block'}
                      style={{ top: top(s), height: Math.max(14, ((e - s) / 60) * HOUR_PX - 2), borderLeftColor: modeVar(mode), background: `color-mix(in srgb, ${modeVar(mode)} 22%, var(--surface))` }}
                      title={label}
                      onClick={() => !running && setEditing(p.entry)}
                      aria-disabled={running || undefined}
                    >
                      <span className="entry-title">{c?.name ?? '?'}</span>
                      {/* The range when the column is wide enough, else the start (entry-block is a size container); all of it on hover and focus. */}
                      <span className="entry-time" aria-hidden="true">
                        <span className="t-range">{range}</span>
                        <span className="t-start">{f.time(p.start)}</span>
                      </span>
                      {/* a batch session's stretch says so (its note names the session and the phase), so the afternoon reads as one in the week */}
                      {p.entry.source === 'batch-session' && p.entry.note !== '' && <span className="entry-note">{p.entry.note}</span>}
                      <span className="sr-only">
                        {' '}
                        {range} ({t(MODE_KEYS[mode])}) {p.entry.source === 'batch-session' ? '' : p.entry.note}
                      </span>
                    </button>
                  </div>
                );
              })}
            {interruptions
              .filter((i) => localDayAt(i.at, tz) === day)
              .map((i) => (
                <div role="listitem" key={i.id}>
                  <span
                    className="int-mark"
                    role="img"
                    style={{ top: top(minutesSinceLocalMidnight(i.at, tz)) }}
                    aria-label={t('audit.week.interruptionLabel', { time: f.time(i.at), channel: t(CHANNEL_KEYS[i.channel]) })}
                    title={t('audit.week.interruptionLabel', { time: f.time(i.at), channel: t(CHANNEL_KEYS[i.channel]) })}
                  />
                </div>
              ))}
          </div>
        ))}
      </div>
      <div className="legend" aria-label={t('audit.week.legend')}>
        {MODES.map((m) => (
          <span key={m}>
            <i className="swatch" style={{ background: modeVar(m) }} aria-hidden="true" />
            {t(MODE_KEYS[m])}
          </span>
        ))}
        <span>
          <i className="swatch" style={{ background: 'var(--reactive)', borderRadius: '50%' }} aria-hidden="true" />
          {t('audit.week.interruptionMark')}
        </span>
      </div>
      {entries.length === 0 && interruptions.length === 0 && data.isSuccess && <p className="muted">{t('audit.week.empty')}</p>}

      {interruptions.length > 0 && (
        <section className="card" aria-labelledby="int-h" style={{ marginTop: '1rem' }}>
          <h2 id="int-h">{t('audit.week.interruptions', { n: interruptions.length })}</h2>
          <DataTable
            labelledBy="int-h"
            rows={interruptions}
            rowKey={(i) => i.id}
            columns={[
              { key: 'when', header: t('audit.week.when'), cell: (i) => f.dateTime(i.at) },
              { key: 'channel', header: t('audit.interruption.channel'), cell: (i) => t(CHANNEL_KEYS[i.channel]) },
              { key: 'who', header: t('audit.week.who'), cell: (i) => i.who },
              { key: 'note', header: t('audit.week.note'), cell: (i) => i.note },
            ]}
            actions={(i) => (
              <>
                <button type="button" className="btn" onClick={() => setEditingInterruption(i)} aria-label={t('audit.week.editInterruption', { time: f.dateTime(i.at) })}>
                  {t('audit.common.edit')}
                </button>{' '}
                <button type="button" className="btn danger" onClick={() => removeInterruption.mutate({ id: i.id }, { onSuccess: (r) => offerUndo(t('audit.undo.interruption'), () => write('audit.interruptions.restore', { interruption: r.interruption, caseIds: r.caseIds })) })} aria-label={t('audit.week.deleteInterruption', { time: f.dateTime(i.at) })}>
                  {t('audit.common.delete')}
                </button>
              </>
            )}
          />
        </section>
      )}
      {editingInterruption && <InterruptionEditDialog interruption={editingInterruption} tz={tz} onClose={() => setEditingInterruption(null)} />}
      {editing && <EntryDialog entry={editing === 'new' ? null : editing} defaultDay={week.isCurrent ? today : week.days[0]} tz={tz} onClose={() => setEditing(null)} />}
    </section>
  );
}
