import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, localDayAt, localWallTimeToInstant, minutesSinceLocalMidnight } from '../../../../shared/time';
import type { TimeEntry, Visibility } from '../../../../shared/domain';
import { useApi, useApiMutation, useApiWriter } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { DateField } from '../../components/fields/DateField';
import { TimeField } from '../../components/fields/TimeField';
import { errorMessage } from '../../lib/errors';
import { VISIBILITY_KEYS } from './labels';
import { useUndo } from '../../components/Undo';

interface Props {
  entry: TimeEntry | null;
  defaultDay: string;
  tz: string;
  onClose(): void;
}

/** Create, edit, split or delete an entry. An end before the start means the next day (across midnight). */
export function EntryDialog({ entry, defaultDay, tz, onClose }: Props) {
  const { t } = useTranslation();
  const categories = useApi('audit.categories.list');
  const responsibilities = useApi('audit.responsibilities.list');
  const create = useApiMutation('audit.entries.create');
  const update = useApiMutation('audit.entries.update');
  const remove = useApiMutation('audit.entries.delete');
  const offerUndo = useUndo();
  const write = useApiWriter();
  const split = useApiMutation('audit.entries.split');

  const [day, setDay] = useState<string | null>(entry ? localDayAt(entry.start, tz) : defaultDay);
  const [start, setStart] = useState<number | null>(entry ? Math.floor(minutesSinceLocalMidnight(entry.start, tz)) : 540);
  const [end, setEnd] = useState<number | null>(entry?.end ? Math.floor(minutesSinceLocalMidnight(entry.end, tz)) : 600);
  const [categoryId, setCategoryId] = useState<number | null>(entry?.categoryId ?? null);
  const [note, setNote] = useState(entry?.note ?? '');
  const [platform, setPlatform] = useState(entry?.platform ?? '');
  const [responsibilityId, setResponsibilityId] = useState<number | null>(entry?.responsibilityId ?? null);
  const [visibility, setVisibility] = useState<Visibility | null>(entry?.visibility ?? null);
  const [splitAt, setSplitAt] = useState<number | null>(null);

  useEffect(() => {
    if (categoryId === null && categories.data) setCategoryId(categories.data.find((c) => !c.archived)?.id ?? null);
  }, [categories.data, categoryId]);

  const crossesMidnight = start !== null && end !== null && end <= start;
  const instants = () => {
    if (day === null || start === null || end === null) return null;
    const s = localWallTimeToInstant(day, start, tz);
    const e = localWallTimeToInstant(crossesMidnight ? addDays(day, 1) : day, end, tz);
    return { start: s, end: e };
  };
  const error = create.error ?? update.error ?? remove.error ?? split.error;
  const busy = create.isPending || update.isPending || remove.isPending || split.isPending;
  const usable = (categories.data ?? []).filter((c) => !c.archived || c.id === entry?.categoryId);

  const submit = () => {
    const when = instants();
    if (!when || categoryId === null) return;
    const fields = { ...when, tz, categoryId, note, platform: platform.trim() || null, responsibilityId, visibility };
    if (entry) update.mutate({ id: entry.id, ...fields }, { onSuccess: onClose });
    else create.mutate(fields, { onSuccess: onClose });
  };

  return (
    <Dialog className="dialog" labelledBy="entry-title" onClose={onClose}>
      <h2 id="entry-title">{entry ? t('audit.entry.editTitle') : t('audit.entry.addTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="form-grid">
          <DateField id="entry-day" label={t('audit.entry.day')} value={day} onChange={setDay} isRequired />
          <TimeField id="entry-start" label={t('audit.entry.start')} value={start} onChange={setStart} isRequired />
          <TimeField id="entry-end" label={t('audit.entry.end')} value={end} onChange={setEnd} isRequired suffix={crossesMidnight && <span className="hint">{t('audit.entry.nextDay')}</span>} />
          <label htmlFor="entry-category">{t('audit.entry.category')}</label>
          <select id="entry-category" value={categoryId ?? ''} onChange={(e) => setCategoryId(Number(e.target.value))}>
            {usable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <label htmlFor="entry-note">{t('audit.entry.note')}</label>
          <input id="entry-note" type="text" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          <label htmlFor="entry-platform">{t('audit.entry.platform')}</label>
          <input id="entry-platform" type="text" maxLength={100} value={platform} onChange={(e) => setPlatform(e.target.value)} />
          <label htmlFor="entry-resp">{t('audit.entry.responsibility')}</label>
          <select id="entry-resp" value={responsibilityId ?? ''} onChange={(e) => setResponsibilityId(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('audit.entry.fromCategory')}</option>
            {(responsibilities.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.text}
              </option>
            ))}
          </select>
          <label htmlFor="entry-vis">{t('audit.entry.visibility')}</label>
          <select id="entry-vis" value={visibility ?? ''} onChange={(e) => setVisibility((e.target.value || null) as Visibility | null)}>
            <option value="">{t('audit.entry.fromCategory')}</option>
            <option value="visible">{t(VISIBILITY_KEYS.visible)}</option>
            <option value="invisible">{t(VISIBILITY_KEYS.invisible)}</option>
          </select>
        </div>
        {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
        <div className="actions">
          <button type="submit" className="btn primary" disabled={busy || categoryId === null || day === null || start === null || end === null}>
            {t('audit.common.save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('audit.common.cancel')}
          </button>
          {entry && (
            <button type="button" className="btn danger" disabled={busy} onClick={() =>
                remove.mutate(
                  { id: entry.id },
                  {
                    onSuccess: (r) => {
                      offerUndo(t('audit.undo.entry'), () => write('audit.entries.restore', { entry: { ...r.entry, end: r.entry.end! }, caseIds: r.caseIds }));
                      onClose();
                    },
                  },
                )
              }
            >
              {t('audit.common.delete')}
            </button>
          )}
        </div>
      </form>
      {entry && entry.end !== null && (
        <div className="split-row" style={{ marginTop: '1rem' }}>
          <TimeField id="entry-split" label={t('audit.entry.splitAt')} value={splitAt} onChange={setSplitAt} />
          <button
            type="button"
            className="btn"
            disabled={busy || splitAt === null}
            onClick={() => {
              if (splitAt === null || entry.end === null) return;
              let at = localWallTimeToInstant(localDayAt(entry.start, tz), splitAt, tz);
              if (at <= entry.start) at = localWallTimeToInstant(addDays(localDayAt(entry.start, tz), 1), splitAt, tz);
              split.mutate({ id: entry.id, at }, { onSuccess: onClose });
            }}
          >
            {t('audit.entry.split')}
          </button>
        </div>
      )}
    </Dialog>
  );
}
