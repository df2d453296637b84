import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CharterDoc } from '../../../../shared/contract/charter';
import { localDayAt } from '../../../../shared/time';
import { useApiMutation } from '../../api/hooks';
import { DateField } from '../../components/fields/DateField';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { userTimeZone } from '../../lib/locale';

interface Props {
  doc: CharterDoc;
  /** unsaved edits in the draft editor: proposing or signing waits for them */
  dirty: boolean;
  hasDraft: boolean;
  onCreated(id: number): void;
  onDeleted(): void;
}

/** What can happen to a version next: a draft is proposed, signed or deleted; a proposed one signed; any one copied into a new draft. */
export function VersionActions({ doc, dirty, hasDraft, onCreated, onDeleted }: Props) {
  const { t } = useTranslation();
  const today = localDayAt(Date.now(), userTimeZone());
  const [proposedOn, setProposedOn] = useState<string | null>(today);
  const [signedOn, setSignedOn] = useState<string | null>(today);
  const [signedBy, setSignedBy] = useState('');
  const propose = useApiMutation('charter.doc.propose');
  const sign = useApiMutation('charter.doc.sign');
  const remove = useApiMutation('charter.doc.delete');
  const create = useApiMutation('charter.doc.create');
  const error = propose.error ?? sign.error ?? remove.error ?? create.error;

  return (
    <section className="card no-print" aria-labelledby="charter-next-h">
      <h2 id="charter-next-h">{t('charter.actions.title', { version: doc.version })}</h2>
      {dirty && <p className="hint">{t('charter.actions.saveFirst')}</p>}
      <div className="version-actions">
        {doc.status === 'draft' && (
          <form
            aria-labelledby="charter-propose-h"
            onSubmit={(e) => {
              e.preventDefault();
              if (proposedOn) propose.mutate({ id: doc.id, on: proposedOn });
            }}
          >
            <h3 id="charter-propose-h">{t('charter.actions.proposeTitle')}</h3>
            <p className="hint">{t('charter.actions.proposeHint')}</p>
            <DateField label={t('charter.actions.proposedOn')} value={proposedOn} onChange={setProposedOn} isRequired />
            <button type="submit" className="btn primary" disabled={dirty || !proposedOn || propose.isPending}>
              {t('charter.actions.propose')}
            </button>
          </form>
        )}
        {doc.status !== 'signed' && (
          <form
            aria-labelledby="charter-sign-h"
            onSubmit={(e) => {
              e.preventDefault();
              if (signedOn && signedBy.trim()) sign.mutate({ id: doc.id, on: signedOn, by: signedBy });
            }}
          >
            <h3 id="charter-sign-h">{t('charter.actions.signTitle')}</h3>
            <p className="hint">{t('charter.actions.signHint')}</p>
            <DateField label={t('charter.actions.signedOn')} value={signedOn} onChange={setSignedOn} isRequired />
            <label htmlFor="charter-signed-by">{t('charter.actions.signedBy')}</label>
            <input id="charter-signed-by" type="text" value={signedBy} maxLength={300} required placeholder={t('charter.actions.signedByExample')} onChange={(e) => setSignedBy(e.target.value)} />
            <button type="submit" className="btn primary" disabled={dirty || !signedOn || !signedBy.trim() || sign.isPending}>
              {t('charter.actions.sign')}
            </button>
          </form>
        )}
        <div>
          <h3>{t('charter.actions.newTitle')}</h3>
          {doc.status === 'draft' ? (
            <>
              <p className="hint">{t('charter.actions.deleteHint')}</p>
              <button type="button" className="btn danger" disabled={remove.isPending} onClick={() => { if (window.confirm(t('charter.actions.deleteConfirm', { version: doc.version }))) remove.mutate({ id: doc.id }, { onSuccess: onDeleted }); }}>
                {t('charter.actions.delete')}
              </button>
            </>
          ) : (
            <>
              <p className="hint">{hasDraft ? t('charter.actions.draftExists') : t('charter.actions.newHint')}</p>
              <button type="button" className="btn" disabled={hasDraft || create.isPending} onClick={() => create.mutate({ language: doc.language, fromId: doc.id }, { onSuccess: (d) => onCreated(d.id) })}>
                {t('charter.actions.newFrom', { version: doc.version })}
              </button>
            </>
          )}
        </div>
      </div>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
    </section>
  );
}
