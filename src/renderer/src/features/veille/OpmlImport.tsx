import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import type { OpmlRow } from '../../../../shared/veille/types';

const PROBLEM: Record<NonNullable<OpmlRow['problem']>, string> = {
  bad_url: 'veille.opml.problem.bad_url',
  duplicate_in_file: 'veille.opml.problem.duplicate_in_file',
  already_a_source: 'veille.opml.problem.already_a_source',
};

/** OPML import (Feedly, Inoreader…): choose the file, see every feed with its line and what will not be imported, then import all at once. */
export function OpmlImport() {
  const { t } = useTranslation();
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<{ rows: OpmlRow[]; importable: number } | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const [fetchEnabled, setFetchEnabled] = useState(false);
  const commit = useApiMutation('veille.opml.import');
  const reset = () => {
    setText(null);
    setPreview(null);
    setFileName('');
  };
  return (
    <section className="card" aria-labelledby="opml-h">
      <h2 id="opml-h">{t('veille.opml.title')}</h2>
      <p className="hint">{t('veille.opml.hint')}</p>
      <label htmlFor="opml-file">{t('veille.opml.file')}</label>{' '}
      <input
        id="opml-file"
        type="file"
        accept=".opml,.xml,text/xml,text/x-opml,application/xml"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          commit.reset();
          setPreviewError(null);
          setPreview(null);
          if (!file) return;
          const content = await file.text();
          setFileName(file.name);
          setText(content);
          try {
            setPreview(await call('veille.opml.preview', { text: content }));
          } catch (err) {
            setPreviewError(err);
          }
        }}
      />
      {previewError ? <Notice kind="error">{errorMessage(t, previewError)}</Notice> : null}
      {preview && (
        <>
          <DataTable<OpmlRow>
            caption={t('veille.opml.previewCaption', { file: fileName })}
            captionVisible
            scroll
            rows={preview.rows}
            rowKey={(r) => `${r.line}-${r.url}`}
            empty={<p className="muted">{t('veille.opml.noFeeds')}</p>}
            columns={[
              { key: 'line', header: t('veille.opml.col.line'), numeric: true, cell: (r) => r.line },
              { key: 'title', header: t('veille.opml.col.title'), rowHeader: true, cell: (r) => r.title || '—' },
              { key: 'url', header: t('veille.opml.col.url'), cell: (r) => <span className="source-url">{r.url}</span> },
              { key: 'theme', header: t('veille.opml.col.theme'), cell: (r) => r.theme || '—' },
              { key: 'status', header: t('veille.opml.col.status'), cell: (r) => (r.problem ? <span className="muted">{t(PROBLEM[r.problem])}</span> : t('veille.opml.willImport')) },
            ]}
          />
          <label className="checkbox">
            <input type="checkbox" checked={fetchEnabled} onChange={(e) => setFetchEnabled(e.target.checked)} />
            {t('veille.opml.fetchAll')}
          </label>
          <div className="actions">
            <button
              type="button"
              className="btn primary"
              disabled={preview.importable === 0 || commit.isPending || text === null}
              onClick={() => text !== null && commit.mutate({ text, fetchEnabled }, { onSuccess: reset })}
            >
              {t('veille.opml.import', { n: preview.importable })}
            </button>
            <button type="button" className="btn" onClick={reset}>
              {t('veille.common.cancel')}
            </button>
          </div>
        </>
      )}
      {commit.data && (
        <Notice kind="success">{t('veille.opml.done', { created: commit.data.created, skipped: commit.data.skipped })}</Notice>
      )}
      {commit.error && <Notice kind="error">{errorMessage(t, commit.error)}</Notice>}
    </section>
  );
}
