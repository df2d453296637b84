import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Format, Pillar } from '../../../../shared/calendar/types';
import { useApi, useApiMutation } from '../../api/hooks';
import { LookupTable, type LookupField, type LookupText } from '../../components/LookupTable';
import { Notice } from '../../components/Notice';
import { TimeField } from '../../components/fields/TimeField';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import type { Lookups } from './calendarUi';

function useSaveNotice() {
  const [saved, setSaved] = useState<string | null>(null);
  return { saved, flash: (what: string) => setSaved(what) };
}

function RitualForm() {
  const { t } = useTranslation();
  const f = useFormatters();
  const q = useApi('calendar.lookups');
  const update = useApiMutation('calendar.ritual.update');
  const notice = useSaveNotice();
  const ritual = q.data?.ritual;
  const [draft, setDraft] = useState(ritual ?? null);
  const [startOk, setStartOk] = useState(true);
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
        <TimeField
          id="ritual-start"
          label={t('calendar.settings.ritualStart')}
          isRequired
          value={startOk ? d.start : null}
          onChange={(m) => {
            setStartOk(m !== null);
            if (m !== null) setDraft({ ...d, start: Math.min(m, 1439) });
          }}
        />
        <label htmlFor="ritual-minutes">{t('calendar.settings.ritualMinutes')}</label>
        <input id="ritual-minutes" type="number" min={5} max={240} step={5} value={d.minutes} onChange={(e) => setDraft({ ...d, minutes: Number(e.target.value) })} />
      </div>
      <button type="button" className="btn primary" disabled={!startOk} onClick={() => update.mutate(d, { onSuccess: () => notice.flash('ritual') })}>
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
  const channel = { create: useApiMutation('calendar.channel.create'), update: useApiMutation('calendar.channel.update') };
  const pillar = { create: useApiMutation('calendar.pillar.create'), update: useApiMutation('calendar.pillar.update'), remove: useApiMutation('calendar.pillar.delete') };
  const format = { create: useApiMutation('calendar.format.create'), update: useApiMutation('calendar.format.update'), remove: useApiMutation('calendar.format.delete') };
  const text: LookupText = {
    save: t('calendar.settings.save'),
    saved: t('calendar.settings.saved'),
    add: t('calendar.settings.add'),
    delete: t('calendar.settings.delete'),
    archive: t('calendar.settings.archive'),
    unarchive: t('calendar.settings.unarchive'),
  };
  const name = (row: Channel | Pillar | Format) => lookups.name(row);
  // A seeded name is sent only when the user changed it: it stays translated otherwise.
  const renamed = (row: Channel | Pillar | Format, draft: Readonly<Record<string, string>>) => (draft.name !== name(row) ? { name: draft.name } : {});
  const nameField: LookupField<Channel | Pillar | Format> = { key: 'name', header: t('calendar.settings.name'), initial: name, input: { type: 'text' }, label: (n) => t('calendar.settings.nameOf', { name: n }) };
  const colorField: LookupField<Channel | Pillar> = { key: 'color', header: t('calendar.settings.color'), initial: (r) => r.color, input: { type: 'color' }, label: (n) => t('calendar.settings.colorOf', { name: n }) };
  return (
    <div className="stack cal-settings">
      <LookupTable<Channel>
        id="channels-h"
        title={t('calendar.settings.channels')}
        hint={t('calendar.settings.channelsHint')}
        rows={lookups.channels}
        name={name}
        scroll
        fields={[
          nameField,
          colorField,
          { key: 'cadence', header: t('calendar.settings.cadence'), initial: (c) => String(c.cadencePerWeek), input: { type: 'number', min: 0, max: 100, step: 0.5 }, label: (n) => t('calendar.settings.cadenceOf', { name: n }) },
          { key: 'limit', header: t('calendar.settings.charLimit'), initial: (c) => (c.charLimit === null ? '' : String(c.charLimit)), input: { type: 'number', min: 1 }, label: (n) => t('calendar.settings.limitOf', { name: n }) },
        ]}
        onSave={(c, d) =>
          channel.update.mutateAsync({ id: c.id, ...renamed(c, d), color: d.color, cadencePerWeek: Number(d.cadence), charLimit: d.limit.trim() === '' ? null : Number(d.limit) })
        }
        retire={{ kind: 'archive', isArchived: (c) => c.archived, onToggle: (c) => channel.update.mutateAsync({ id: c.id, archived: !c.archived }) }}
        onAdd={(n) => channel.create.mutateAsync({ name: n, color: '#6b3fd1', cadencePerWeek: 2, charLimit: null })}
        addLabel={t('calendar.settings.newChannel')}
        text={text}
      />
      <LookupTable<Pillar>
        id="pillars-set-h"
        title={t('calendar.settings.pillars')}
        hint={t('calendar.settings.pillarsHint')}
        rows={lookups.pillars}
        name={name}
        fields={[
          nameField,
          colorField,
          { key: 'share', header: t('calendar.settings.targetShare'), initial: (p) => String(Math.round(p.targetShare * 100)), input: { type: 'number', min: 0, max: 100 }, label: (n) => t('calendar.settings.shareOf', { name: n }) },
        ]}
        onSave={(p, d) => pillar.update.mutateAsync({ id: p.id, ...renamed(p, d), color: d.color, targetShare: Number(d.share) / 100 })}
        retire={{ kind: 'delete', onDelete: (p) => pillar.remove.mutateAsync({ id: p.id }) }}
        onAdd={(n) => pillar.create.mutateAsync({ name: n, color: '#2e9a76', targetShare: 0.1 })}
        addLabel={t('calendar.settings.newPillar')}
        text={text}
      />
      <LookupTable<Format>
        id="formats-h"
        title={t('calendar.settings.formats')}
        hint={t('calendar.settings.formatsHint')}
        rows={lookups.formats}
        name={name}
        fields={[
          nameField,
          { key: 'writingSetup', header: t('calendar.settings.writingSetup'), initial: (x) => String(x.writingSetupMinutes), input: { type: 'number', min: 0, max: 1440 }, label: (n) => t('calendar.settings.writingSetupOf', { name: n }) },
          { key: 'writing', header: t('calendar.settings.writing'), initial: (x) => String(x.writingMinutes), input: { type: 'number', min: 0, max: 1440 }, label: (n) => t('calendar.settings.writingOf', { name: n }) },
          { key: 'visualsSetup', header: t('calendar.settings.visualsSetup'), initial: (x) => String(x.visualsSetupMinutes), input: { type: 'number', min: 0, max: 1440 }, label: (n) => t('calendar.settings.visualsSetupOf', { name: n }) },
          { key: 'visuals', header: t('calendar.settings.visuals'), initial: (x) => String(x.visualsMinutes), input: { type: 'number', min: 0, max: 1440 }, label: (n) => t('calendar.settings.visualsOf', { name: n }) },
          { key: 'slot', header: t('calendar.settings.productionSlot'), initial: (x) => String(x.productionSlot), input: { type: 'checkbox' }, label: (n) => t('calendar.settings.productionSlotOf', { name: n }) },
        ]}
        onSave={(x, d) =>
          format.update.mutateAsync({
            id: x.id,
            ...renamed(x, d),
            writingSetupMinutes: Number(d.writingSetup),
            writingMinutes: Number(d.writing),
            visualsSetupMinutes: Number(d.visualsSetup),
            visualsMinutes: Number(d.visuals),
            productionSlot: d.slot === 'true',
          })
        }
        retire={{ kind: 'delete', onDelete: (x) => format.remove.mutateAsync({ id: x.id }) }}
        onAdd={(n) => format.create.mutateAsync({ name: n, writingSetupMinutes: 5, writingMinutes: 5, visualsSetupMinutes: 5, visualsMinutes: 5 })}
        scroll
        addLabel={t('calendar.settings.newFormat')}
        text={text}
      />
      <RitualForm />
    </div>
  );
}
