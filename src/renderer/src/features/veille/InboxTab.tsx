import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { isSingleKeyFree } from '../../lib/keyboard';
import { useFormatters } from '../../lib/locale';
import type { VeilleItemRow } from '../../../../shared/veille/types';
import { AddLinkDialog } from './AddLinkDialog';
import { ItemPane } from './ItemPane';
import { SIGNAL_LABEL } from './labels';

type View = 'inbox' | 'kept' | 'starred' | 'skipped' | 'all';
const VIEWS: readonly { view: View; label: string }[] = [
  { view: 'inbox', label: 'veille.views.inbox' },
  { view: 'kept', label: 'veille.views.kept' },
  { view: 'starred', label: 'veille.views.starred' },
  { view: 'skipped', label: 'veille.views.skipped' },
  { view: 'all', label: 'veille.views.all' },
];

/**
 * The inbox: items to triage by keyboard (j/k or ↓/↑ to move, y keep, x skip, s star, u back to
 * the inbox; n and i stay the app's quick idea and interruption), the selected item's text, and its annotation pane.
 */
export function InboxTab() {
  const { t } = useTranslation();
  const f = useFormatters();
  const [view, setView] = useState<View>('inbox');
  const [query, setQuery] = useState('');
  const [sourceId, setSourceId] = useState<number | ''>('');
  const [selected, setSelected] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const input = { view, ...(query.trim() ? { query: query.trim() } : {}), ...(sourceId !== '' ? { sourceId } : {}) };
  const list = useApi('veille.items.list', input, { placeholderData: (prev) => prev });
  const sources = useApi('veille.sources.list');
  const triage = useApiMutation('veille.item.triage');
  const items = useMemo(() => list.data?.items ?? [], [list.data]);
  const current = items.find((i) => i.id === selected) ?? items[0] ?? null;
  const index = current ? items.indexOf(current) : -1;

  // Keep a selection: the first item when the list (re)loads without the selected one.
  useEffect(() => {
    if (current && current.id !== selected) setSelected(current.id);
  }, [current, selected]);

  const move = (delta: number) => {
    if (items.length === 0) return;
    const next = items[Math.min(items.length - 1, Math.max(0, index + delta))];
    setSelected(next.id);
    document.getElementById(`veille-item-${next.id}`)?.scrollIntoView({ block: 'nearest' });
  };

  /** Triage the current item; in a view it leaves, the next one is selected. */
  const act = (patch: { triage?: 'new' | 'kept' | 'skipped'; starred?: boolean }) => {
    if (!current) return;
    const leaves = (view === 'inbox' && (patch.triage === 'kept' || patch.triage === 'skipped' || patch.starred === true)) || (view === 'kept' && patch.triage && patch.triage !== 'kept') || (view === 'skipped' && patch.triage && patch.triage !== 'skipped') || (view === 'starred' && patch.starred === false);
    const next = leaves ? (items[index + 1] ?? items[index - 1] ?? null) : current;
    triage.mutate({ id: current.id, ...patch }, { onSuccess: () => setSelected(next?.id ?? null) });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSingleKeyFree(e)) return;
      const keys: Record<string, () => void> = {
        j: () => move(1),
        ArrowDown: () => move(1),
        k: () => move(-1),
        ArrowUp: () => move(-1),
        y: () => act({ triage: 'kept' }),
        x: () => act({ triage: 'skipped' }),
        s: () => act({ starred: !current?.starred }),
        u: () => act({ triage: 'new' }),
      };
      const run = keys[e.key];
      // Arrows move only while the list has focus (elsewhere they scroll the page).
      if (!run || ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && !listRef.current?.contains(document.activeElement))) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const counts = list.data?.counts;
  const noSources = sources.data?.length === 0 && counts?.all === 0;
  return (
    <div className="inbox">
      <div className="inbox-bar">
        <div className="view-switch" role="group" aria-label={t('veille.views.label')}>
          {VIEWS.map((v) => (
            <button key={v.view} type="button" className={view === v.view ? 'btn small active' : 'btn small'} aria-pressed={view === v.view} onClick={() => setView(v.view)}>
              {t(v.label)} <span className="count">{counts ? f.number(counts[v.view], 0) : ''}</span>
            </button>
          ))}
        </div>
        <div className="inline">
          <label htmlFor="veille-q" className="sr-only">
            {t('veille.inbox.search')}
          </label>
          <input id="veille-q" type="search" placeholder={t('veille.inbox.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
          <label htmlFor="veille-src" className="sr-only">
            {t('veille.inbox.source')}
          </label>
          <select id="veille-src" value={sourceId} onChange={(e) => setSourceId(e.target.value ? Number(e.target.value) : '')}>
            <option value="">{t('veille.inbox.allSources')}</option>
            {sources.data?.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <button type="button" className="btn" onClick={() => setAdding(true)}>
            {t('veille.inbox.addLink')}
          </button>
        </div>
      </div>
      <p className="hint keys-legend" id="veille-keys">
        {t('veille.inbox.keys')}
      </p>
      {triage.error && <Notice kind="error">{errorMessage(t, triage.error)}</Notice>}
      {noSources ? (
        <EmptyState title={t('veille.inbox.emptyTitle')} body={t('veille.inbox.emptyBody')} />
      ) : (
        <div className="inbox-grid">
          <div className="inbox-list-wrap">
            {items.length === 0 ? (
              <p className="muted inbox-empty">{list.isLoading ? t('common.loading') : view === 'inbox' ? t('veille.inbox.allTriaged') : t('veille.inbox.noneHere')}</p>
            ) : (
              <ul ref={listRef} className="inbox-list" role="listbox" tabIndex={0} aria-label={t('veille.inbox.listLabel')} aria-describedby="veille-keys" aria-activedescendant={current ? `veille-item-${current.id}` : undefined}>
                {items.map((it) => (
                  <ItemOption key={it.id} item={it} selected={current?.id === it.id} showTriage={view === 'all'} onSelect={() => setSelected(it.id)} />
                ))}
              </ul>
            )}
          </div>
          <div className="inbox-detail">{current ? <ItemPane key={current.id} id={current.id} onTriage={act} pending={triage.isPending} /> : null}</div>
        </div>
      )}
      {adding && (
        <AddLinkDialog
          onClose={() => setAdding(false)}
          onAdded={(id) => {
            setView('kept');
            setSelected(id);
          }}
        />
      )}
    </div>
  );
}

function ItemOption({ item, selected, showTriage, onSelect }: { item: VeilleItemRow; selected: boolean; showTriage: boolean; onSelect(): void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const when = item.publishedAt ?? item.addedAt;
  return (
    <li id={`veille-item-${item.id}`} role="option" aria-selected={selected} className={`inbox-item${selected ? ' selected' : ''}${item.read ? ' read' : ''}`} onClick={onSelect}>
      <span className="inbox-item-title">
        {item.starred && <span aria-label={t('veille.inbox.starred')}>★ </span>}
        {item.title}
      </span>
      <span className="inbox-item-meta">
        {item.sourceTitle ?? t('veille.inbox.byHand')} · {f.date(when, { dateStyle: 'medium' })}
        {item.annotation?.signal ? ` · ${t(SIGNAL_LABEL[item.annotation.signal])}` : ''}
        {showTriage && item.triage !== 'new' ? ` · ${item.triage === 'kept' ? t('veille.triage.kept') : t('veille.triage.skipped')}` : ''}
      </span>
    </li>
  );
}
