import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { isWebUrl } from './webUrl';

/** Add a link by hand: paste an address, a title and a note; it is kept at once. No request is made. */
export function AddLinkDialog({ onClose, onAdded }: { onClose(): void; onAdded(id: number): void }) {
  const { t } = useTranslation();
  const sources = useApi('veille.sources.list');
  const add = useApiMutation('veille.item.add');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [sourceId, setSourceId] = useState<number | ''>('');
  const [badUrl, setBadUrl] = useState(false);
  return (
    <Dialog onClose={onClose} labelledBy="add-link-h" className="veille-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          setBadUrl(!isWebUrl(url));
          if (!isWebUrl(url)) return;
          add.mutate(
            { url, ...(title.trim() ? { title } : {}), note, sourceId: sourceId === '' ? null : sourceId },
            {
              onSuccess: (item) => {
                onAdded(item.id);
                onClose();
              },
            },
          );
        }}
      >
        <h2 id="add-link-h">{t('veille.addLink.title')}</h2>
        <p className="hint">{t('veille.addLink.hint')}</p>
        <div className="form-grid">
          <label htmlFor="add-link-url">{t('veille.addLink.url')}</label>
          <input id="add-link-url" type="text" inputMode="url" required value={url} aria-invalid={badUrl} aria-describedby={badUrl ? 'add-link-url-error' : undefined} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
          <label htmlFor="add-link-title">{t('veille.addLink.linkTitle')}</label>
          <input id="add-link-title" type="text" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor="add-link-source">{t('veille.addLink.source')}</label>
          <select id="add-link-source" value={sourceId} onChange={(e) => setSourceId(e.target.value ? Number(e.target.value) : '')}>
            <option value="">{t('veille.inbox.byHand')}</option>
            {sources.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <label htmlFor="add-link-note">{t('veille.addLink.note')}</label>
          <textarea id="add-link-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {badUrl && (
          <p id="add-link-url-error" className="hint error">
            {t('veille.common.badUrl')}
          </p>
        )}
        {add.error && <Notice kind="error">{errorMessage(t, add.error)}</Notice>}
        <div className="actions">
          <button type="submit" className="btn primary" disabled={add.isPending || !url.trim()}>
            {t('veille.addLink.add')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('veille.common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
