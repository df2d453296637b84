import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { RELIABILITIES, type Reliability } from '../../../../shared/veille/constants';
import type { VeilleSource } from '../../../../shared/veille/types';
import { FetchLog } from './FetchLog';
import { OpmlImport } from './OpmlImport';
import { ScheduleCard } from './ScheduleCard';
import { OUTCOME_LABEL, RELIABILITY_LABEL, countKey } from './labels';
import { isWebUrl } from './webUrl';

/** Sources: feeds added by address or from OPML, fetching turned on per source, the schedule and the fetch log. */
export default function SourcesTab() {
  const { t, i18n } = useTranslation();
  const f = useFormatters();
  const sources = useApi('veille.sources.list');
  const update = useApiMutation('veille.source.update');
  const remove = useApiMutation('veille.source.delete');
  const [editing, setEditing] = useState<number | null>(null);
  // The switch shows the user's choice at once; the server's answer (or its refusal) follows.
  const [switched, setSwitched] = useState<Record<number, boolean>>({});
  const toggle = (id: number, on: boolean) => {
    setSwitched((m) => ({ ...m, [id]: on }));
    update.mutate({ id, fetchEnabled: on }, { onError: () => setSwitched(({ [id]: _refused, ...rest }) => rest) });
  };
  const rows = sources.data ?? [];
  const error = update.error ?? remove.error;
  return (
    <div className="stack wide veille-sources">
      <section className="card" aria-labelledby="net-h">
        <h2 id="net-h">{t('veille.sources.networkTitle')}</h2>
        <p>{t('veille.sources.networkBody')}</p>
      </section>
      <AddSource />
      <section className="card" aria-labelledby="src-h">
        <h2 id="src-h">{t('veille.sources.title')}</h2>
        {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
        <DataTable<VeilleSource>
          labelledBy="src-h"
          scroll
          rows={rows}
          rowKey={(s) => s.id}
          empty={<p className="muted">{t('veille.sources.none')}</p>}
          detail={(s) => (editing === s.id ? <EditSource source={s} onDone={() => setEditing(null)} /> : null)}
          columns={[
            {
              key: 'title',
              header: t('veille.sources.col.title'),
              rowHeader: true,
              cell: (s) => (
                <>
                  <span className="source-title">{s.title}</span>
                  {s.url && <span className="source-url">{s.url}</span>}
                  <span className="source-url">
                    {s.theme ? `${s.theme} · ` : ''}
                    {t('veille.item.reliability', { level: t(RELIABILITY_LABEL[s.reliability]) })}
                  </span>
                </>
              ),
            },
            {
              key: 'fetch',
              header: t('veille.sources.col.fetch'),
              cell: (s) =>
                s.kind === 'feed' ? (
                  <label className="switch">
                    <input type="checkbox" checked={switched[s.id] ?? s.fetchEnabled} onChange={(e) => toggle(s.id, e.target.checked)} />
                    <span>{(switched[s.id] ?? s.fetchEnabled) ? t('veille.sources.on') : t('veille.sources.off')}</span>
                    <span className="sr-only">{t('veille.sources.fetchNamed', { name: s.title })}</span>
                  </label>
                ) : (
                  '—'
                ),
            },
            {
              key: 'last',
              header: t('veille.sources.col.last'),
              cell: (s) => (
                <>
                  <span className="nowrap">{s.lastFetchedAt !== null ? f.dateTime(s.lastFetchedAt) : t('veille.sources.never')}</span>
                  {s.lastOutcome && <span className={`source-url outcome outcome-${s.lastOutcome}`}>{t(OUTCOME_LABEL[s.lastOutcome])}</span>}
                  <span className="source-url">{t(countKey(i18n.language, s.items, 'veille.sources.itemsCellOne', 'veille.sources.itemsCellMany'), { total: f.number(s.items, 0), fresh: f.number(s.newItems, 0) })}</span>
                </>
              ),
            },
          ]}
          actions={(s) => (
            <>
              <button type="button" className="btn small" aria-label={t('veille.sources.editNamed', { name: s.title })} aria-expanded={editing === s.id} onClick={() => setEditing(editing === s.id ? null : s.id)}>
                {t('veille.common.edit')}
              </button>{' '}
              <button
                type="button"
                className="btn small danger"
                aria-label={t('veille.sources.deleteNamed', { name: s.title })}
                onClick={() => {
                  if (window.confirm(t('veille.sources.deleteConfirm', { name: s.title, n: s.items }))) remove.mutate({ id: s.id });
                }}
              >
                {t('veille.common.delete')}
              </button>
            </>
          )}
        />
      </section>
      <OpmlImport />
      <ScheduleCard />
      <FetchLog />
    </div>
  );
}

function SourceFields({ prefix, url, setUrl, title, setTitle, theme, setTheme, reliability, setReliability, badUrl }: {
  prefix: string;
  url: string;
  setUrl(v: string): void;
  title: string;
  setTitle(v: string): void;
  theme: string;
  setTheme(v: string): void;
  reliability: Reliability;
  setReliability(v: Reliability): void;
  badUrl: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <label htmlFor={`${prefix}-url`}>{t('veille.sources.url')}</label>
      <input id={`${prefix}-url`} type="text" inputMode="url" required value={url} placeholder="https://" aria-invalid={badUrl} aria-describedby={badUrl ? `${prefix}-url-error` : `${prefix}-url-hint`} onChange={(e) => setUrl(e.target.value)} />
      <span />
      {badUrl ? (
        <span id={`${prefix}-url-error`} className="hint error">
          {t('veille.common.badUrl')}
        </span>
      ) : (
        <span id={`${prefix}-url-hint`} className="hint">
          {t('veille.sources.urlHint')}
        </span>
      )}
      <label htmlFor={`${prefix}-title`}>{t('veille.sources.sourceTitle')}</label>
      <input id={`${prefix}-title`} type="text" value={title} maxLength={300} placeholder={t('veille.sources.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
      <label htmlFor={`${prefix}-theme`}>{t('veille.sources.theme')}</label>
      <input id={`${prefix}-theme`} type="text" value={theme} maxLength={80} onChange={(e) => setTheme(e.target.value)} />
      <label htmlFor={`${prefix}-rel`}>{t('veille.sources.reliability')}</label>
      <select id={`${prefix}-rel`} value={reliability} onChange={(e) => setReliability(e.target.value as Reliability)}>
        {RELIABILITIES.map((r) => (
          <option key={r} value={r}>
            {t(RELIABILITY_LABEL[r])}
          </option>
        ))}
      </select>
    </div>
  );
}

function AddSource() {
  const { t } = useTranslation();
  const create = useApiMutation('veille.source.create');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const [reliability, setReliability] = useState<Reliability>('medium');
  const [fetchEnabled, setFetchEnabled] = useState(false);
  const [badUrl, setBadUrl] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="add-src-h">
      <h2 id="add-src-h">{t('veille.sources.addTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setAdded(null);
          setBadUrl(!isWebUrl(url));
          if (!isWebUrl(url)) return;
          create.mutate(
            { url, ...(title.trim() ? { title } : {}), theme, reliability, fetchEnabled },
            {
              onSuccess: (s) => {
                setAdded(s.title);
                setUrl('');
                setTitle('');
                setTheme('');
                setFetchEnabled(false);
              },
            },
          );
        }}
      >
        <SourceFields prefix="add-src" {...{ url, setUrl, title, setTitle, theme, setTheme, reliability, setReliability, badUrl }} />
        <label className="checkbox">
          <input type="checkbox" checked={fetchEnabled} onChange={(e) => setFetchEnabled(e.target.checked)} />
          {t('veille.sources.fetchNew')}
        </label>
        <div className="actions">
          <button type="submit" className="btn primary" disabled={create.isPending}>
            {t('veille.sources.add')}
          </button>
          <span className="hint" role="status">
            {added ? t('veille.sources.added', { name: added }) : ''}
          </span>
        </div>
        {create.error && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      </form>
    </section>
  );
}

function EditSource({ source, onDone }: { source: VeilleSource; onDone(): void }) {
  const { t } = useTranslation();
  const update = useApiMutation('veille.source.update');
  const [url, setUrl] = useState(source.url ?? '');
  const [title, setTitle] = useState(source.title);
  const [theme, setTheme] = useState(source.theme);
  const [reliability, setReliability] = useState<Reliability>(source.reliability);
  const [badUrl, setBadUrl] = useState(false);
  return (
    <form
      className="source-edit"
      aria-label={t('veille.sources.editNamed', { name: source.title })}
      onSubmit={(e) => {
        e.preventDefault();
        setBadUrl(!isWebUrl(url));
        if (!isWebUrl(url)) return;
        update.mutate({ id: source.id, url, ...(title.trim() ? { title } : {}), theme, reliability }, { onSuccess: onDone });
      }}
    >
      <SourceFields prefix={`edit-src-${source.id}`} {...{ url, setUrl, title, setTitle, theme, setTheme, reliability, setReliability, badUrl }} />
      <div className="actions">
        <button type="submit" className="btn primary" disabled={update.isPending}>
          {t('veille.common.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('veille.common.cancel')}
        </button>
      </div>
      {update.error && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
    </form>
  );
}
