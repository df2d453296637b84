import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import type { VeilleItem } from '../../../../shared/veille/types';
import { AnnotationForm } from './AnnotationForm';
import { CopyLink } from './CopyLink';
import { OUTCOME_LABEL, RELIABILITY_LABEL } from './labels';

/** The selected item: its cached text (offline), its note, triage buttons, "Fetch the full text", and the annotation pane. */
export function ItemPane({ id, onTriage, pending }: { id: number; onTriage(patch: { triage?: 'new' | 'kept' | 'skipped'; starred?: boolean }): void; pending: boolean }) {
  const { t } = useTranslation();
  const item = useApi('veille.item.get', { id });
  const markRead = useApiMutation('veille.item.markRead');
  const mutateRead = markRead.mutate;
  const wasRead = item.data?.read;
  // Shown for a second counts as read (moving through the list with j/k does not).
  useEffect(() => {
    if (wasRead !== false) return;
    const timer = setTimeout(() => mutateRead({ id }), 1000);
    return () => clearTimeout(timer);
  }, [id, wasRead, mutateRead]);
  if (item.error) return <Notice kind="error">{errorMessage(t, item.error)}</Notice>;
  if (!item.data) return <p className="muted">{t('common.loading')}</p>;
  return <ItemView item={item.data} onTriage={onTriage} pending={pending} />;
}

function ItemView({ item, onTriage, pending }: { item: VeilleItem; onTriage(patch: { triage?: 'new' | 'kept' | 'skipped'; starred?: boolean }): void; pending: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const fetchText = useApiMutation('veille.item.fetchText');
  const saveNote = useApiMutation('veille.item.note');
  const remove = useApiMutation('veille.item.delete');
  const [note, setNote] = useState(item.note);
  const paragraphs = item.text.split(/\n{2,}/).filter(Boolean);
  const outcome = fetchText.data?.outcome;
  return (
    <div className="item-pane">
      <article className="card item-reader" aria-labelledby="item-title">
        <h2 id="item-title">{item.title}</h2>
        <p className="hint">
          {item.sourceTitle ?? t('veille.inbox.byHand')}
          {item.reliability ? ` · ${t('veille.item.reliability', { level: t(RELIABILITY_LABEL[item.reliability]) })}` : ''}
          {' · '}
          {item.publishedAt !== null ? t('veille.item.published', { date: f.dateTime(item.publishedAt) }) : t('veille.item.added', { date: f.dateTime(item.addedAt) })}
        </p>
        {item.url && <CopyLink url={item.url} />}
        <div className="triage-actions" role="group" aria-label={t('veille.item.triageLabel')}>
          <button type="button" className={item.triage === 'kept' ? 'btn primary' : 'btn'} aria-pressed={item.triage === 'kept'} disabled={pending} onClick={() => onTriage({ triage: 'kept' })} aria-keyshortcuts="y">
            {t('veille.item.keep')} <kbd>y</kbd>
          </button>
          <button type="button" className={item.triage === 'skipped' ? 'btn active' : 'btn'} aria-pressed={item.triage === 'skipped'} disabled={pending} onClick={() => onTriage({ triage: 'skipped' })} aria-keyshortcuts="x">
            {t('veille.item.skip')} <kbd>x</kbd>
          </button>
          <button type="button" className={item.starred ? 'btn active' : 'btn'} aria-pressed={item.starred} disabled={pending} onClick={() => onTriage({ starred: !item.starred })} aria-keyshortcuts="s">
            {item.starred ? t('veille.item.unstar') : t('veille.item.star')} <kbd>s</kbd>
          </button>
          {item.triage !== 'new' && (
            <button type="button" className="btn" disabled={pending} onClick={() => onTriage({ triage: 'new' })} aria-keyshortcuts="u">
              {t('veille.item.backToInbox')} <kbd>u</kbd>
            </button>
          )}
        </div>
        <div className="item-text">
          {paragraphs.length === 0 ? (
            <p className="muted">{item.sourceId === null ? t('veille.item.noTextManual') : t('veille.item.noText')}</p>
          ) : (
            paragraphs.map((p, i) => (
              <p key={i} className="pre-wrap">
                {p}
              </p>
            ))
          )}
        </div>
        <div className="inline item-text-actions">
          {item.canFetchText && (
            <button type="button" className="btn small" disabled={fetchText.isPending} onClick={() => fetchText.mutate({ id: item.id })}>
              {item.fullText ? t('veille.item.refetchText') : t('veille.item.fetchText')}
            </button>
          )}
          <span className="hint" role="status">
            {fetchText.isPending ? t('veille.fetch.running') : outcome ? t(OUTCOME_LABEL[outcome]) : item.fullText ? t('veille.item.fullTextCached') : item.canFetchText || paragraphs.length === 0 ? '' : t('veille.item.textFromFeed')}
          </span>
        </div>
        {fetchText.error && <Notice kind="error">{errorMessage(t, fetchText.error)}</Notice>}
        {item.citedIn.length > 0 && <p className="hint">{t('veille.item.citedIn', { weeks: item.citedIn.map((c) => c.week).join(', ') })}</p>}
        <form
          className="item-note"
          onSubmit={(e) => {
            e.preventDefault();
            saveNote.mutate({ id: item.id, note });
          }}
        >
          <label htmlFor="item-note">{t('veille.item.note')}</label>
          <textarea id="item-note" value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
          <div className="inline">
            <button type="submit" className="btn small" disabled={note === item.note || saveNote.isPending}>
              {t('veille.item.saveNote')}
            </button>
            {item.origin === 'manual' && item.cited === 0 && (
              <button
                type="button"
                className="btn small danger"
                onClick={() => {
                  if (window.confirm(t('veille.item.deleteConfirm', { title: item.title }))) remove.mutate({ id: item.id });
                }}
              >
                {t('veille.item.delete')}
              </button>
            )}
          </div>
        </form>
        {(saveNote.error ?? remove.error) && <Notice kind="error">{errorMessage(t, saveNote.error ?? remove.error)}</Notice>}
      </article>
      <AnnotationForm key={`${item.id}-${item.annotation?.promotedAt ?? ''}`} item={item} />
    </div>
  );
}
