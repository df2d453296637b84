import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/calendar/types';
import { useApi, useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { isTyping } from '../../lib/keyboard';
import { userTimeZone } from '../../lib/locale';

/** Quick capture of a content idea from anywhere: key N opens a small dialog; the idea lands in the backlog. */
export function QuickCapture() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [channelId, setChannelId] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const lookups = useApi('calendar.lookups', undefined, { enabled: open });
  const create = useApiMutation('calendar.item.create');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'n' || e.key === 'N') && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target) && !(e.target as HTMLElement | null)?.closest?.('dialog[open]')) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), 4000);
    return () => clearTimeout(timer);
  }, [saved]);

  const close = () => {
    setOpen(false);
    setTitle('');
    setChannelId('');
    create.reset();
  };

  return (
    <>
      {saved && (
        <div className="cal-toast" role="status">
          {t('calendar.quick.saved', { title: saved })}
        </div>
      )}
      {open && (
        <Dialog className="cal-dialog cal-quick" labelledBy="quick-h" onClose={close}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate(
                { title, channelId: channelId === '' ? null : Number(channelId), tz: userTimeZone() },
                {
                  onSuccess: (item) => {
                    setSaved(item.title);
                    close();
                  },
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
              <button type="button" className="btn" onClick={close}>
                {t('calendar.editor.cancel')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </>
  );
}
