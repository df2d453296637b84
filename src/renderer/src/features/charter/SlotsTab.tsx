import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERRUPTION_TO_SLOT, SLOT_CHANNELS, SLOT_CHANNEL_LABEL, type SlotChannel } from '../../../../shared/charter/catalogue';

/** Short channel names for the slots table's checkboxes (the full names are in the mapping table below). */
const SLOT_CHANNEL_SHORT: Record<SlotChannel, string> = {
  phone: 'charter.channelShort.phone',
  email: 'charter.channelShort.email',
  chat: 'charter.channelShort.chat',
  social: 'charter.channelShort.social',
};
import { mappingRows } from '../../../../shared/charter/complianceText';
import { crossesMidnight } from '../../../../shared/charter/slots';
import type { ReachSlot } from '../../../../shared/contract/charter';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable, TextTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { TimeField } from '../../components/fields/TimeField';
import { errorMessage } from '../../lib/errors';
import { useDraft } from '../../lib/draft';
import { useFormatters } from '../../lib/locale';
import { NoticeTemplates } from './NoticeTemplates';

interface Row {
  key: number;
  weekday: number;
  start: number | null;
  end: number | null;
  channels: SlotChannel[];
}

let nextKey = 1;
const toRow = (s: Omit<ReachSlot, 'id'>): Row => ({ key: nextKey++, weekday: s.weekday, start: s.start, end: s.end, channels: [...s.channels] });

/** What is wrong with a row, as an i18n key; null when it can be saved. */
function rowProblem(r: Row): string | null {
  if (r.start === null || r.end === null) return 'charter.slots.needTimes';
  if (r.start === r.end) return 'charter.slots.sameTimes';
  if (r.channels.length === 0) return 'charter.slots.needChannel';
  return null;
}

/** Reachability slots per weekday and channel (a slot may cross midnight), how the audit's channels count, and the notices to copy. */
export function SlotsTab() {
  const { t } = useTranslation();
  const f = useFormatters();
  const slots = useApi('charter.slots.list');
  const settings = useApi('settings.get');
  const save = useApiMutation('charter.slots.save');
  // The rows are taken from the stored slots, again after a save, never over rows being edited (useDraft).
  const { draft: rows, setDraft: setRows, markSaved } = useDraft(slots.data, (stored) =>
    [...stored].sort((a, b) => (a.weekday - f.weekStartsOn + 7) % 7 - (b.weekday - f.weekStartsOn + 7) % 7 || a.start - b.start).map(toRow),
  );
  const [saved, setSaved] = useState(false);

  const error = slots.error ?? settings.error;
  if (error) return <Notice kind="error">{errorMessage(t, error)}</Notice>;
  if (!rows || !settings.data) return <p className="loading" role="status">{t('common.loading')}</p>;

  const edit = (key: number, patch: Partial<Row>) => {
    setSaved(false);
    setRows(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  };
  const order = Array.from({ length: 7 }, (_, i) => (i + f.weekStartsOn) % 7);
  const hours = settings.data.charter;
  const problems = rows.map(rowProblem);
  const savedChannels = new Set((slots.data ?? []).flatMap((s) => s.channels));
  const fallback = SLOT_CHANNELS.filter((c) => !savedChannels.has(c));

  return (
    <div className="stack">
      <form
        className="card"
        aria-labelledby="slots-h"
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.some(Boolean)) return;
          save.mutate({ slots: rows.map((r) => ({ weekday: r.weekday, start: r.start!, end: r.end!, channels: r.channels })) }, { onSuccess: () => (markSaved(rows), setSaved(true)) });
        }}
      >
        <h2 id="slots-h">{t('charter.slots.title')}</h2>
        <p className="hint">{t('charter.slots.hint')}</p>
        <DataTable
          className="slot-table"
          labelledBy="slots-h"
          scroll
          rows={rows}
          rowKey={(r) => r.key}
          rowProps={() => ({ 'data-testid': 'slot-row' })}
          empty={<p className="muted">{t('charter.slots.none')}</p>}
          columns={[
            {
              key: 'day',
              header: t('charter.slots.day'),
              cell: (r, i) => (
                <select aria-label={t('charter.slots.dayOf', { n: i + 1 })} value={r.weekday} onChange={(e) => edit(r.key, { weekday: Number(e.target.value) })}>
                  {order.map((d) => (
                    <option key={d} value={d}>
                      {f.weekday(d)}
                    </option>
                  ))}
                </select>
              ),
            },
            { key: 'from', header: t('charter.slots.from'), cell: (r, i) => <TimeField hideLabel label={t('charter.slots.fromOf', { n: i + 1 })} value={r.start} isRequired onChange={(m) => edit(r.key, { start: m })} /> },
            {
              key: 'to',
              header: t('charter.slots.to'),
              cell: (r, i) => (
                <TimeField
                  hideLabel
                  endOfDay
                  label={t('charter.slots.toOf', { n: i + 1 })}
                  value={r.end}
                  isRequired
                  onChange={(m) => edit(r.key, { end: m })}
                  suffix={r.start !== null && r.end !== null && r.end !== 1440 && crossesMidnight({ start: r.start, end: r.end }) ? <span className="next-day">{t('charter.slots.nextDay')}</span> : undefined}
                />
              ),
            },
            {
              key: 'channels',
              header: t('charter.slots.channels'),
              cell: (r, i) => (
                <div className="slot-channels">
                  {SLOT_CHANNELS.map((c) => (
                    <label key={c}>
                      <input
                        type="checkbox"
                        checked={r.channels.includes(c)}
                        onChange={(e) => edit(r.key, { channels: e.target.checked ? [...r.channels, c] : r.channels.filter((x) => x !== c) })}
                      />
                      {t(SLOT_CHANNEL_SHORT[c])}
                      <span className="sr-only"> {t('charter.slots.ofSlot', { n: i + 1 })}</span>
                    </label>
                  ))}
                  {problems[i] && <span className="hint error">{t(problems[i]!)}</span>}
                </div>
              ),
            },
          ]}
          actions={(r) => (
            <button type="button" className="btn small" aria-label={t('charter.slots.removeOf', { n: rows.indexOf(r) + 1 })} onClick={() => { setSaved(false); setRows(rows.filter((x) => x.key !== r.key)); }}>
              {t('charter.slots.remove')}
            </button>
          )}
        />
        <div className="actions">
          <button type="button" className="btn" onClick={() => { setSaved(false); setRows([...rows, toRow({ weekday: 1, start: 540, end: 720, channels: [...SLOT_CHANNELS] })]); }}>
            {t('charter.slots.add')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setSaved(false);
              setRows([...rows, ...hours.days.flatMap((d, weekday) => (d ? [toRow({ weekday, start: d.start, end: d.end, channels: [...SLOT_CHANNELS] })] : []))]);
            }}
          >
            {t('charter.slots.fill')}
          </button>
          <button type="submit" className="btn primary" disabled={save.isPending || problems.some(Boolean)}>
            {t('charter.slots.save')}
          </button>
        </div>
        {save.error && <Notice kind="error">{errorMessage(t, save.error)}</Notice>}
        {saved && !save.error && <Notice kind="success">{t('charter.slots.saved')}</Notice>}
        {fallback.length > 0 && (
          <p className="hint" data-testid="slots-fallback">
            {t('charter.slots.fallback', { channels: fallback.map((c) => t(SLOT_CHANNEL_LABEL[c])).join(', ') })}
          </p>
        )}
      </form>

      <section className="card" aria-labelledby="mapping-h">
        <h2 id="mapping-h">{t('charter.mapping.title')}</h2>
        <p className="hint">{t('charter.mapping.hint')}</p>
        <TextTable labelledBy="mapping-h" head={[t('charter.mapping.audit'), t('charter.mapping.slot')]} rows={mappingRows(INTERRUPTION_TO_SLOT, t)} />
      </section>

      <NoticeTemplates />
    </div>
  );
}
