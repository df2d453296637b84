import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_STATUSES, STATUS_LABEL_KEYS, type ContentItem, type ContentStatus } from '../../../../shared/calendar/types';
import { charCount } from '../../../../shared/calendar/charCount';
import { localParts, type LocalDay } from '../../../../shared/time';
import { useApiMutation, useApiWriter } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { DateField } from '../../components/fields/DateField';
import { TimeField } from '../../components/fields/TimeField';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { toInstant, useLookups } from './calendarUi';
import { userTimeZone } from '../../lib/locale';
import { useUndo } from '../../components/Undo';

export type EditorTarget = { item: ContentItem } | { newOn: LocalDay | null };

interface Draft {
  title: string;
  channelId: number | null;
  formatId: number | null;
  pillarId: number | null;
  plannedDate: string;
  publishDate: string;
  publishMinutes: number | null;
  status: ContentStatus;
  copy: string;
  link: string;
  notes: string;
}

function draftOf(target: EditorTarget): Draft {
  if ('newOn' in target) {
    return { title: '', channelId: null, formatId: null, pillarId: null, plannedDate: target.newOn ?? '', publishDate: '', publishMinutes: null, status: 'idea', copy: '', link: '', notes: '' };
  }
  const i = target.item;
  const p = i.publishAt === null ? null : localParts(i.publishAt, i.tz);
  return {
    title: i.title,
    channelId: i.channelId,
    formatId: i.formatId,
    pillarId: i.pillarId,
    plannedDate: i.plannedDate ?? '',
    publishDate: p?.date ?? '',
    publishMinutes: p?.minutes ?? null,
    status: i.status,
    copy: i.copy,
    link: i.link,
    notes: i.notes,
  };
}

const idOrNull = (v: string) => (v === '' ? null : Number(v));

/** The item editor, in a modal dialog: every field of a content item. */
export function ItemEditor({ target, onClose }: { target: EditorTarget; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const lookups = useLookups();
  const [draft, setDraft] = useState<Draft>(() => draftOf(target));
  const create = useApiMutation('calendar.item.create');
  const update = useApiMutation('calendar.item.update');
  const remove = useApiMutation('calendar.item.delete');
  const offerUndo = useUndo();
  const write = useApiWriter();
  const existing = 'item' in target ? target.item : null;
  const [publishError, setPublishError] = useState(false);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const channel = lookups?.channel(draft.channelId);
  const count = charCount(draft.copy, channel); // as the platform counts (X: URLs 23, emoji and CJK 2)
  const over = channel?.charLimit != null && count > channel.charLimit;
  const error = create.error ?? update.error ?? remove.error;

  const save = () => {
    const hasDate = draft.publishDate !== '';
    const hasTime = draft.publishMinutes !== null;
    if (hasDate !== hasTime) {
      setPublishError(true);
      return;
    }
    setPublishError(false);
    const tz = existing?.tz ?? userTimeZone();
    const fields = {
      title: draft.title,
      channelId: draft.channelId,
      formatId: draft.formatId,
      pillarId: draft.pillarId,
      plannedDate: draft.plannedDate === '' ? null : draft.plannedDate,
      publishAt: hasDate && hasTime ? toInstant(draft.publishDate, draft.publishMinutes as number, tz) : null,
      status: draft.status,
      copy: draft.copy,
      link: draft.link,
      notes: draft.notes,
    };
    if (existing) update.mutate({ id: existing.id, ...fields }, { onSuccess: onClose });
    else create.mutate({ ...fields, tz }, { onSuccess: onClose });
  };

  return (
    <Dialog className="cal-dialog" labelledBy="item-editor-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h2 id="item-editor-title">{existing ? t('calendar.editor.editTitle') : t('calendar.editor.newTitle')}</h2>
        <div className="form-grid cal-editor-grid">
          <label htmlFor="ie-title">{t('calendar.field.title')}</label>
          <input id="ie-title" type="text" required maxLength={300} value={draft.title} onChange={(e) => set('title', e.target.value)} autoFocus />

          <label htmlFor="ie-channel">{t('calendar.field.channel')}</label>
          <select id="ie-channel" value={draft.channelId ?? ''} onChange={(e) => set('channelId', idOrNull(e.target.value))}>
            <option value="">{t('calendar.none')}</option>
            {lookups?.channels
              .filter((c) => !c.archived || c.id === draft.channelId)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {lookups.name(c)}
                </option>
              ))}
          </select>

          <label htmlFor="ie-format">{t('calendar.field.format')}</label>
          <select id="ie-format" value={draft.formatId ?? ''} onChange={(e) => set('formatId', idOrNull(e.target.value))}>
            <option value="">{t('calendar.none')}</option>
            {lookups?.formats.map((x) => (
              <option key={x.id} value={x.id}>
                {lookups.name(x)}
              </option>
            ))}
          </select>

          <label htmlFor="ie-pillar">{t('calendar.field.pillar')}</label>
          <select id="ie-pillar" value={draft.pillarId ?? ''} onChange={(e) => set('pillarId', idOrNull(e.target.value))}>
            <option value="">{t('calendar.none')}</option>
            {lookups?.pillars.map((x) => (
              <option key={x.id} value={x.id}>
                {lookups.name(x)}
              </option>
            ))}
          </select>

          <label htmlFor="ie-status">{t('calendar.field.status')}</label>
          <select id="ie-status" value={draft.status} onChange={(e) => set('status', e.target.value as ContentStatus)}>
            {CONTENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL_KEYS[s])}
              </option>
            ))}
          </select>

          <DateField
            id="ie-planned"
            label={t('calendar.field.plannedDate')}
            value={draft.plannedDate || null}
            onChange={(d) => set('plannedDate', d ?? '')}
            suffix={<span className="hint">{t('calendar.field.plannedHint')}</span>}
          />

          <span id="ie-publish-label" className="label-like">
            {t('calendar.field.publishAt')}
          </span>
          <div className="inline" role="group" aria-labelledby="ie-publish-label">
            <DateField hideLabel label={t('calendar.field.publishDate')} value={draft.publishDate || null} onChange={(d) => set('publishDate', d ?? '')} />
            <TimeField hideLabel label={t('calendar.field.publishTime')} value={draft.publishMinutes} onChange={(m) => set('publishMinutes', m)} />
            {(draft.publishDate !== '' || draft.publishMinutes !== null) && (
              <button type="button" className="btn small" onClick={() => setDraft((d) => ({ ...d, publishDate: '', publishMinutes: null }))}>
                {t('calendar.editor.clearPublish')}
              </button>
            )}
          </div>

          <label htmlFor="ie-copy">{t('calendar.field.copy')}</label>
          <div>
            <textarea id="ie-copy" value={draft.copy} onChange={(e) => set('copy', e.target.value)} aria-describedby="ie-count" />
            <p id="ie-count" className={over ? 'cal-count over' : 'cal-count'} aria-live="polite">
              {channel?.charLimit != null
                ? t(over ? 'calendar.editor.countOver' : 'calendar.editor.countLimit', { n: f.number(count, 0), limit: f.number(channel.charLimit, 0), channel: lookups?.name(channel) })
                : t('calendar.editor.count', { n: f.number(count, 0) })}
            </p>
          </div>

          <label htmlFor="ie-link">{t('calendar.field.link')}</label>
          <input id="ie-link" type="text" inputMode="url" maxLength={2000} value={draft.link} onChange={(e) => set('link', e.target.value)} />

          <label htmlFor="ie-notes">{t('calendar.field.notes')}</label>
          <textarea id="ie-notes" value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
        </div>
        {publishError && <Notice kind="error">{t('calendar.editor.publishIncomplete')}</Notice>}
        {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
        <div className="actions cal-dialog-actions">
          <button type="submit" className="btn primary" disabled={create.isPending || update.isPending}>
            {t('calendar.editor.save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('calendar.editor.cancel')}
          </button>
          {existing && (
            <button type="button" className="btn danger push-right" onClick={() =>
                remove.mutate(
                  { id: existing.id },
                  {
                    onSuccess: (r) => {
                      offerUndo(t('calendar.undo.item', { title: r.item.title }), () => write('calendar.item.restore', { item: r.item }));
                      onClose();
                    },
                  },
                )
              }
            >
              {t('calendar.editor.delete')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}
