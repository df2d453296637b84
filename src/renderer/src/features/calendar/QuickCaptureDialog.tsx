import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/calendar/types';
import { useApi, useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { userTimeZone } from '../../lib/locale';

/**
 * The quick-capture dialog (QuickCapture.tsx opens it with N): a title and an optional channel.
 * Loaded with the first N, so it stays out of the first screen's bundle; a fresh one each time.
 */
export default function QuickCaptureDialog({ onClose, onSaved }: { onClose(): void; onSaved(title: string): void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [channelId, setChannelId] = useState('');
  const lookups = useApi('calendar.lookups');
  const create = useApiMutation('calendar.item.create');
  return (
    <Dialog className="cal-dialog cal-quick" labelledBy="quick-h" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { title, channelId: channelId === '' ? null : Number(channelId), tz: userTimeZone() },
            {
              onSuccess: (item) => onSaved(item.title),
            },
          );
        }}
      >
        <h2 id="quick-h">{t('calendar.quick.title')}</h2>
        <p className="hint">{t('calendar.quick.hint')}</p>
        <div className="form-grid">
          <label htmlFor="quick-title">{t('calendar.field.title')}</label>
          <input id="quick-title" type="text" required maxLength={300} autoFocus value={title} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor="quick-channel">{t('calendar.quick.channel')}</label>
          <select id="quick-channel" value={channelId} onChange={(e) => setChannelId(e.target.value)}>
            <option value="">{t('calendar.none')}</option>
            {lookups.data?.channels
              .filter((c) => !c.archived)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {displayName(c.name, t)}
                </option>
              ))}
          </select>
        </div>
        {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
        <div className="actions">
          <button type="submit" className="btn primary" disabled={create.isPending}>
            {t('calendar.quick.save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('calendar.editor.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
