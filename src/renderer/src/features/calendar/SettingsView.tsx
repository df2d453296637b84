import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Format, Pillar } from '../../../../shared/calendar/types';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { TimeField } from '../../components/TimeField';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import type { Lookups } from './calendarUi';

function useSaveNotice() {
  const [saved, setSaved] = useState<string | null>(null);
  return { saved, flash: (what: string) => setSaved(what) };
}

function ChannelRow({ channel, lookups }: { channel: Channel; lookups: Lookups }) {
  const { t } = useTranslation();
  const update = useApiMutation('calendar.channel.update');
  const name = lookups.name(channel);
  const [draft, setDraft] = useState({ name, color: channel.color, cadence: String(channel.cadencePerWeek), limit: channel.charLimit === null ? '' : String(channel.charLimit) });
  const save = () => {
    const patch: { id: number; name?: string; color: string; cadencePerWeek: number; charLimit: number | null } = {
      id: channel.id,
      color: draft.color,
      cadencePerWeek: Number(draft.cadence),
      charLimit: draft.limit.trim() === '' ? null : Number(draft.limit),
    };
    if (draft.name !== name) patch.name = draft.name;
    update.mutate(patch);
  };
  return (
    <tr>
      <td>
        <input type="text" aria-label={t('calendar.settings.nameOf', { name })} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </td>
      <td>
        <input type="color" aria-label={t('calendar.settings.colorOf', { name })} value={draft.color} onChange={(e) => setDraft({ ...draft, color: e.target.value })} />
      </td>
      <td>
        <input type="number" min={0} max={100} step={0.5} aria-label={t('calendar.settings.cadenceOf', { name })} value={draft.cadence} onChange={(e) => setDraft({ ...draft, cadence: e.target.value })} />
      </td>
      <td>
        <input type="number" min={1} aria-label={t('calendar.settings.limitOf', { name })} value={draft.limit} onChange={(e) => setDraft({ ...draft, limit: e.target.value })} />
      </td>
      <td className="cal-row-actions">
        <button type="button" className="btn small" onClick={save}>
          {t('calendar.settings.save')}
        </button>
        <button type="button" className="btn small" onClick={() => update.mutate({ id: channel.id, archived: !channel.archived })}>
          {channel.archived ? t('calendar.settings.unarchive') : t('calendar.settings.archive')}
        </button>
        {update.isError && <span className="cal-inline-error">{errorMessage(t, update.error)}</span>}
        {update.isSuccess && <span className="cal-inline-ok">{t('calendar.settings.saved')}</span>}
      </td>
    </tr>
  );
}

function PillarRow({ pillar, lookups }: { pillar: Pillar; lookups: Lookups }) {
  const { t } = useTranslation();
  const update = useApiMutation('calendar.pillar.update');
  const remove = useApiMutation('calendar.pillar.delete');
  const name = lookups.name(pillar);
  const [draft, setDraft] = useState({ name, color: pillar.color, share: String(Math.round(pillar.targetShare * 100)) });
  return (
    <tr>
      <td>
        <input type="text" aria-label={t('calendar.settings.nameOf', { name })} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </td>
      <td>
        <input type="color" aria-label={t('calendar.settings.colorOf', { name })} value={draft.color} onChange={(e) => setDraft({ ...draft, color: e.target.value })} />
      </td>
      <td>
        <input type="number" min={0} max={100} aria-label={t('calendar.settings.shareOf', { name })} value={draft.share} onChange={(e) => setDraft({ ...draft, share: e.target.value })} />
      </td>
      <td className="cal-row-actions">
        <button
          type="button"
          className="btn small"
          onClick={() => update.mutate({ id: pillar.id, ...(draft.name !== name ? { name: draft.name } : {}), color: draft.color, targetShare: Number(draft.share) / 100 })}
        >
          {t('calendar.settings.save')}
        </button>
        <button type="button" className="btn small danger" onClick={() => remove.mutate({ id: pillar.id })}>
          {t('calendar.settings.delete')}
        </button>
        {(update.isError || remove.isError) && <span className="cal-inline-error">{errorMessage(t, update.error ?? remove.error)}</span>}
        {update.isSuccess && <span className="cal-inline-ok">{t('calendar.settings.saved')}</span>}
      </td>
    </tr>
  );
}

function FormatRow({ format, lookups }: { format: Format; lookups: Lookups }) {
  const { t } = useTranslation();
  const update = useApiMutation('calendar.format.update');
  const remove = useApiMutation('calendar.format.delete');
  const name = lookups.name(format);
  const [draft, setDraft] = useState({ name, writing: String(format.writingMinutes), visuals: String(format.visualsMinutes) });
  return (
    <tr>
      <td>
        <input type="text" aria-label={t('calendar.settings.nameOf', { name })} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </td>
      <td>
        <input type="number" min={0} max={1440} aria-label={t('calendar.settings.writingOf', { name })} value={draft.writing} onChange={(e) => setDraft({ ...draft, writing: e.target.value })} />
      </td>
      <td>
        <input type="number" min={0} max={1440} aria-label={t('calendar.settings.visualsOf', { name })} value={draft.visuals} onChange={(e) => setDraft({ ...draft, visuals: e.target.value })} />
      </td>
      <td className="cal-row-actions">
        <button
          type="button"
          className="btn small"
          onClick={() => update.mutate({ id: format.id, ...(draft.name !== name ? { name: draft.name } : {}), writingMinutes: Number(draft.writing), visualsMinutes: Number(draft.visuals) })}
        >
          {t('calendar.settings.save')}
        </button>
        <button type="button" className="btn small danger" onClick={() => remove.mutate({ id: format.id })}>
          {t('calendar.settings.delete')}
        </button>
        {(update.isError || remove.isError) && <span className="cal-inline-error">{errorMessage(t, update.error ?? remove.error)}</span>}
        {update.isSuccess && <span className="cal-inline-ok">{t('calendar.settings.saved')}</span>}
      </td>
    </tr>
  );
}

function AddForm({ kind }: { kind: 'channel' | 'pillar' | 'format' }) {
  const { t } = useTranslation();
  const channel = useApiMutation('calendar.channel.create');
  const pillar = useApiMutation('calendar.pillar.create');
  const format = useApiMutation('calendar.format.create');
  const [name, setName] = useState('');
  const m = kind === 'channel' ? channel : kind === 'pillar' ? pillar : format;
  const submit = () => {
    const done = { onSuccess: () => setName('') };
    if (kind === 'channel') channel.mutate({ name, color: '#6b3fd1', cadencePerWeek: 2, charLimit: null }, done);
    else if (kind === 'pillar') pillar.mutate({ name, color: '#2e9a76', targetShare: 0.1 }, done);
    else format.mutate({ name, writingMinutes: 20, visualsMinutes: 20 }, done);
  };
  const label = { channel: t('calendar.settings.newChannel'), pillar: t('calendar.settings.newPillar'), format: t('calendar.settings.newFormat') }[kind];
  return (
    <form
      className="inline cal-add-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <input type="text" aria-label={label} placeholder={label} value={name} required maxLength={100} onChange={(e) => setName(e.target.value)} />
      <button type="submit" className="btn">
        {t('calendar.settings.add')}
      </button>
      {m.isError && <Notice kind="error">{errorMessage(t, m.error)}</Notice>}
    </form>
  );
}

function RitualForm() {
  const { t } = useTranslation();
  const f = useFormatters();
  const q = useApi('calendar.lookups');
  const update = useApiMutation('calendar.ritual.update');
  const notice = useSaveNotice();
  const ritual = q.data?.ritual;
  const [draft, setDraft] = useState(ritual ?? null);
  if (!ritual) return null;
  const d = draft ?? ritual;
  const order = Array.from({ length: 7 }, (_, i) => (i + f.weekStartsOn) % 7);
  return (
    <section className="card" aria-labelledby="ritual-h">
      <h2 id="ritual-h">{t('calendar.phase.ritual')}</h2>
      <p className="hint">{t('calendar.settings.ritualHint')}</p>
      <div className="form-grid">
        <label htmlFor="ritual-day">{t('calendar.settings.ritualDay')}</label>
        <select id="ritual-day" value={d.weekday} onChange={(e) => setDraft({ ...d, weekday: Number(e.target.value) })}>
          {order.map((day) => (
            <option key={day} value={day}>
              {f.weekday(day)}
            </option>
          ))}
        </select>
        <label htmlFor="ritual-start">{t('calendar.settings.ritualStart')}</label>
        <TimeField id="ritual-start" value={d.start} onChange={(m) => setDraft({ ...d, start: Math.min(m, 1439) })} />
        <label htmlFor="ritual-minutes">{t('calendar.settings.ritualMinutes')}</label>
        <input id="ritual-minutes" type="number" min={5} max={240} step={5} value={d.minutes} onChange={(e) => setDraft({ ...d, minutes: Number(e.target.value) })} />
      </div>
      <button type="button" className="btn primary" onClick={() => update.mutate(d, { onSuccess: () => notice.flash('ritual') })}>
        {t('calendar.settings.save')}
      </button>
      {update.isError && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
      {notice.saved && !update.isError && <Notice kind="success">{t('calendar.settings.saved')}</Notice>}
    </section>
  );
}

/** Channels, pillars, formats and the follow-up ritual: seeded, all editable. */
export function SettingsView({ lookups }: { lookups: Lookups }) {
  const { t } = useTranslation();
  return (
    <div className="stack cal-settings">
      <SettingsTable
        id="channels-h"
        title={t('calendar.settings.channels')}
        hint={t('calendar.settings.channelsHint')}
        columns={[t('calendar.settings.name'), t('calendar.settings.color'), t('calendar.settings.cadence'), t('calendar.settings.charLimit')]}
        add={<AddForm kind="channel" />}
        scroll
      >
        {lookups.channels.map((c) => (
          <ChannelRow key={`${c.id}-${c.archived}`} channel={c} lookups={lookups} />
        ))}
      </SettingsTable>
      <SettingsTable
        id="pillars-set-h"
        title={t('calendar.settings.pillars')}
        hint={t('calendar.settings.pillarsHint')}
        columns={[t('calendar.settings.name'), t('calendar.settings.color'), t('calendar.settings.targetShare')]}
        add={<AddForm kind="pillar" />}
      >
        {lookups.pillars.map((p) => (
          <PillarRow key={p.id} pillar={p} lookups={lookups} />
        ))}
      </SettingsTable>
      <SettingsTable
        id="formats-h"
        title={t('calendar.settings.formats')}
        hint={t('calendar.settings.formatsHint')}
        columns={[t('calendar.settings.name'), t('calendar.settings.writing'), t('calendar.settings.visuals')]}
        add={<AddForm kind="format" />}
      >
        {lookups.formats.map((x) => (
          <FormatRow key={x.id} format={x} lookups={lookups} />
        ))}
      </SettingsTable>
      <RitualForm />
    </div>
  );
}

/** One editable list (channels, pillars or formats): a card with its table and an add form. */
function SettingsTable({ id, title, hint, columns, add, scroll, children }: { id: string; title: string; hint: string; columns: string[]; add: ReactNode; scroll?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const table = (
    <table className="table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
          <th scope="col">
            <span className="sr-only">{t('calendar.settings.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="hint">{hint}</p>
      {scroll ? <div className="cal-scroll">{table}</div> : table}
      {add}
    </section>
  );
}
