import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { PHASE_LABEL_KEYS, STATUS_LABEL_KEYS } from '../../../../shared/calendar/types';
import { addDays, firstDayOfMonth, lastDayOfMonth } from '../../../../shared/time';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { minutesToTime, useFormatters } from '../../lib/locale';
import { RunMode } from './RunMode';
import { formatDay, formatMonth, type Lookups } from './calendarUi';

/** One batch session: its plan in five phases (1, 2a, 2b, 3, 4 and the ritual, 5), what does not fit and how to split it, production slots, its items, and run mode. */
export function SessionDetail({ id, lookups }: { id: number; lookups: Lookups }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const navigate = useNavigate();
  const detail = useApi('calendar.session.get', { id });
  const sessions = useApi('calendar.sessions.list');
  const assign = useApiMutation('calendar.session.assign');
  const attachAll = useApiMutation('calendar.session.attachUnprepared');
  const remove = useApiMutation('calendar.session.delete');
  const create = useApiMutation('calendar.session.create');
  const run = useApiMutation('calendar.run');
  const updateItem = useApiMutation('calendar.item.update');
  const [moveTarget, setMoveTarget] = useState<string>('new');
  const [pick, setPick] = useState('');
  const session = detail.data?.session;
  const monthItems = useApi('calendar.items.range', session ? { from: firstDayOfMonth(session.targetMonth), to: lastDayOfMonth(session.targetMonth) } : { from: '2000-01-01', to: '2000-01-01' }, { enabled: !!session });

  if (detail.isError) return <Notice kind="error">{errorMessage(t, detail.error)}</Notice>;
  if (!detail.data || !session) return null;
  const { plan, items } = detail.data;
  const running = session.state.status !== 'idle';
  const others = (sessions.data ?? []).filter((s) => s.id !== id && s.state.status !== 'finished');
  const error = assign.error ?? attachAll.error ?? remove.error ?? create.error ?? run.error ?? updateItem.error;
  const candidates = (monthItems.data ?? []).filter((i) => i.sessionId !== id && i.status !== 'archived');

  const moveProposals = () => {
    const itemIds = plan.proposals.map((p) => p.itemId);
    if (moveTarget === 'none') assign.mutate({ itemIds, sessionId: null });
    else if (moveTarget === 'new') create.mutate({ date: addDays(session.date, 7), start: session.start, end: session.end, targetMonth: session.targetMonth, itemIds });
    else assign.mutate({ itemIds, sessionId: Number(moveTarget) });
  };

  const makeLighter = async () => {
    for (const l of plan.lighter) await updateItem.mutateAsync({ id: l.itemId, formatId: l.toFormatId }).catch(() => undefined);
  };

  return (
    <div className="stack cal-session">
      <div className="cal-toolbar">
        <Link to="/calendar/sessions" className="btn small">
          ‹ {t('calendar.session.back')}
        </Link>
        <h2 className="cal-period">
          {t('calendar.session.heading', { date: formatDay(session.date, f.locale), start: minutesToTime(session.start, f.locale), end: minutesToTime(session.end, f.locale) })}
        </h2>
      </div>
      <p className="muted">{t('calendar.session.prepares', { month: formatMonth(session.targetMonth, f.locale), count: items.length })}</p>

      {running ? (
        <RunMode detail={detail.data} lookups={lookups} />
      ) : (
        <>
          <section className="card" aria-labelledby="plan-h">
            <h2 id="plan-h">{t('calendar.session.planTitle')}</h2>
            <ol className="cal-phases">
              {plan.phases.map((p) => (
                <li key={p.key} data-testid={`phase-${p.key}`}>
                  <span className="cal-phase-num">{p.phase}</span>
                  <span className="cal-phase-name">{t(PHASE_LABEL_KEYS[p.key])}</span>
                  <span className="cal-phase-time">
                    {minutesToTime(p.startMinute, f.locale)} – {minutesToTime(p.endMinute, f.locale)}
                  </span>
                  <span className="cal-phase-dur">{f.duration(p.minutes)}</span>
                </li>
              ))}
              <li className="cal-phase-ritual">
                <span className="cal-phase-num">5</span>
                <span className="cal-phase-name">{t('calendar.phase.ritual')}</span>
                <span className="cal-phase-time">{t('calendar.session.ritualSlot', { day: f.weekday(plan.ritual.weekday), time: minutesToTime(plan.ritual.start, f.locale) })}</span>
                <span className="cal-phase-dur">{f.duration(plan.ritual.minutes)}</span>
              </li>
            </ol>
            {plan.fits ? (
              <Notice kind="success">{t('calendar.session.fits', { total: f.duration(plan.totalMinutes), available: f.duration(plan.availableMinutes) })}</Notice>
            ) : (
              <div className="notice notice-error cal-overflow" role="alert" data-testid="overflow">
                <p>
                  <strong>{t('calendar.session.overflow', { over: f.duration(plan.overflowMinutes), total: f.duration(plan.totalMinutes), available: f.duration(plan.availableMinutes) })}</strong>
                </p>
                <p>{plan.proposalsFit ? t('calendar.session.keptPlan', { after: f.duration(plan.totalAfterProposals) }) : t('calendar.session.tooShort')}</p>
                {plan.proposals.length > 0 && plan.proposalsFit && (
                  <>
                    <h3 className="cal-split-h">{t('calendar.session.splitSecond', { n: plan.proposals.length })}</h3>
                    <ul>
                      {plan.proposals.map((p) => {
                        const item = items.find((i) => i.id === p.itemId);
                        return <li key={p.itemId}>{t('calendar.session.proposalItem', { title: item?.title ?? '', effort: f.duration(p.effortMinutes) })}</li>;
                      })}
                    </ul>
                    <div className="inline">
                      <label htmlFor="move-target">{t('calendar.session.moveTo')}</label>
                      <select id="move-target" value={moveTarget} onChange={(e) => setMoveTarget(e.target.value)}>
                        <option value="new">{t('calendar.session.moveNew', { date: formatDay(addDays(session.date, 7), f.locale) })}</option>
                        {others.map((s) => (
                          <option key={s.id} value={s.id}>
                            {formatDay(s.date, f.locale)}
                          </option>
                        ))}
                        <option value="none">{t('calendar.session.moveNone')}</option>
                      </select>
                      <button type="button" className="btn primary" onClick={moveProposals} disabled={assign.isPending || create.isPending}>
                        {t('calendar.session.moveButton', { count: plan.proposals.length })}
                      </button>
                    </div>
                  </>
                )}
                {plan.lighter.length > 0 && (
                  <>
                    <h3 className="cal-split-h">
                      {plan.lighterFits ? t('calendar.session.splitLighterFits', { n: plan.lighter.length }) : t('calendar.session.splitLighter', { n: plan.lighter.length })}
                    </h3>
                    <ul>
                      {plan.lighter.map((l) => (
                        <li key={l.itemId}>
                          {t('calendar.session.lighterItem', {
                            title: items.find((i) => i.id === l.itemId)?.title ?? '',
                            from: lookups.name(lookups.format(l.fromFormatId)) || t('calendar.session.noFormat'),
                            to: lookups.name(lookups.format(l.toFormatId)),
                            saved: f.duration(l.savedMinutes),
                          })}
                        </li>
                      ))}
                    </ul>
                    <button type="button" className="btn" onClick={() => void makeLighter()} disabled={updateItem.isPending}>
                      {t('calendar.session.lighterButton', { n: plan.lighter.length })}
                    </button>
                  </>
                )}
              </div>
            )}
            {plan.productionSlots.length > 0 && (
              <div className="cal-slots" data-testid="production-slots">
                <h3>{t('calendar.session.slotsTitle')}</h3>
                <p className="hint">{t('calendar.session.slotsHint')}</p>
                <ul>
                  {plan.productionSlots.map((slot) => (
                    <li key={`${slot.formatId ?? 'none'}-${slot.itemIds[0]}`}>
                      {t('calendar.session.slotItem', {
                        format: lookups.name(lookups.format(slot.formatId)) || t('calendar.session.noFormat'),
                        titles: slot.itemIds.map((id) => items.find((i) => i.id === id)?.title ?? '').join(', '),
                        minutes: f.duration(slot.minutes),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="actions">
              <button type="button" className="btn primary" disabled={items.length === 0} onClick={() => run.mutate({ sessionId: id, action: 'start' })}>
                ▶ {t('calendar.run.start')}
              </button>
              <button type="button" className="btn danger" onClick={() => remove.mutate({ id }, { onSuccess: () => navigate('/calendar/sessions') })}>
                {t('calendar.session.delete')}
              </button>
            </div>
          </section>
          <section className="card" aria-labelledby="sitems-h">
            <h2 id="sitems-h">{t('calendar.session.itemsTitle')}</h2>
            <div className="inline">
              <button type="button" className="btn" onClick={() => attachAll.mutate({ sessionId: id })}>
                {t('calendar.session.attachAll', { month: formatMonth(session.targetMonth, f.locale) })}
              </button>
              <label htmlFor="attach-one">{t('calendar.session.attachOne')}</label>
              <select id="attach-one" value={pick} onChange={(e) => setPick(e.target.value)}>
                <option value="">{t('calendar.session.pickItem')}</option>
                {candidates.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title}
                  </option>
                ))}
              </select>
              <button type="button" className="btn" disabled={pick === ''} onClick={() => assign.mutate({ itemIds: [Number(pick)], sessionId: id }, { onSuccess: () => setPick('') })}>
                {t('calendar.session.attach')}
              </button>
            </div>
            <DataTable
              labelledBy="sitems-h"
              rows={items}
              rowKey={(i) => i.id}
              empty={<p className="muted">{t('calendar.session.noItems')}</p>}
              rowProps={(i) => ({ className: plan.proposals.some((p) => p.itemId === i.id) ? 'cal-proposed' : undefined })}
              columns={[
                { key: 'title', header: t('calendar.field.title'), cell: (i) => i.title },
                { key: 'channel', header: t('calendar.field.channel'), cell: (i) => lookups.name(lookups.channel(i.channelId)) },
                { key: 'format', header: t('calendar.field.format'), cell: (i) => lookups.name(lookups.format(i.formatId)) + (lookups.format(i.formatId)?.productionSlot ? ` · ${t('calendar.session.ownSlot')}` : '') },
                { key: 'planned', header: t('calendar.field.plannedDate'), cell: (i) => (i.plannedDate ? formatDay(i.plannedDate, f.locale, { day: 'numeric', month: 'short' }) : '') },
                { key: 'status', header: t('calendar.field.status'), cell: (i) => t(STATUS_LABEL_KEYS[i.status]) },
              ]}
              actions={(i) => (
                <button type="button" className="btn small" aria-label={t('calendar.session.detachItem', { title: i.title })} onClick={() => assign.mutate({ itemIds: [i.id], sessionId: null })}>
                  {t('calendar.session.detach')}
                </button>
              )}
            />
          </section>
        </>
      )}
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
    </div>
  );
}
