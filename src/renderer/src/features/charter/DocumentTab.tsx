import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { docMarkdown } from '../../../../shared/charter/document';
import type { DocLanguage } from '../../../../shared/charter/catalogue';
import { useApi, useApiMutation } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { ReportActions } from '../reports/ReportActions';
import { DocView } from './DocView';
import { DraftEditor } from './DraftEditor';
import { VersionActions } from './VersionActions';
import { VersionsTable } from './VersionsTable';

/** The charter document: its versions, the draft's clause editor, what comes next, and the document itself with its exports. */
export function DocumentTab() {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const versions = useApi('charter.docs.list');
  const view = useApi('charter.doc.get', chosen === null ? undefined : { id: chosen });
  const create = useApiMutation('charter.doc.create');
  const onDirty = useCallback((d: boolean) => setDirty(d), []);
  const [language, setLanguage] = useState<DocLanguage>(i18n.language === 'fr' ? 'fr' : 'en');

  const error = versions.error ?? view.error;
  if (error) return <Notice kind="error">{errorMessage(t, error)}</Notice>;
  if (!versions.data || view.data === undefined) return <p className="loading" role="status">{t('common.loading')}</p>;

  if (view.data === null) {
    return (
      <EmptyState title={t('charter.empty.title')} body={t('charter.empty.body')}>
        <div className="inline">
          <label htmlFor="charter-new-lang">{t('charter.editor.language')}</label>
          <select id="charter-new-lang" value={language} onChange={(e) => setLanguage(e.target.value as DocLanguage)}>
            <option value="en">{t('charter.language.en')}</option>
            <option value="fr">{t('charter.language.fr')}</option>
          </select>
          <button type="button" className="btn primary" disabled={create.isPending} onClick={() => create.mutate({ language }, { onSuccess: (d) => setChosen(d.id) })}>
            {t('charter.empty.start')}
          </button>
        </div>
        {create.error && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      </EmptyState>
    );
  }

  const { doc, rendered } = view.data;
  const hasDraft = versions.data.some((v) => v.status === 'draft');
  return (
    <div className="charter-layout">
      <VersionsTable versions={versions.data} shownId={doc.id} onOpen={setChosen} />
      {doc.status === 'draft' && <DraftEditor key={doc.id} doc={doc} onDirty={onDirty} />}
      <VersionActions doc={doc} dirty={doc.status === 'draft' && dirty} hasDraft={hasDraft} onCreated={setChosen} onDeleted={() => setChosen(null)} />
      <section className="report-screen" aria-label={t('charter.doc.previewLabel')}>
        <div className="card no-print">
          <p className="hint">{doc.status === 'draft' ? t('charter.doc.previewDraft') : t('charter.doc.previewFrozen')}</p>
          <ReportActions fileName={rendered.fileName} markdown={() => docMarkdown(rendered)} disabled={doc.status === 'draft' && dirty} />
        </div>
        <DocView doc={rendered} signed={doc.status === 'signed'} />
      </section>
    </div>
  );
}
