import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERER_LABEL, CLOCK_LABEL, OWNER_LABEL } from '../../../../shared/protocol/labels';
import { displayPreset } from '../../../../shared/protocol/presets';
import { slaDuration } from '../../../../shared/protocol/protocolDocument';
import type { RequestType } from '../../../../shared/protocol/types';
import type { Translate } from '../../../../shared/reports/format';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';

const TypeDialog = lazy(() => import('./TypeDialog'));

/** The escalation matrix: request types by level, with who answers, the owner, the SLAs and the bridge to private; edit, archive, delete, add. */
export function TypesTable() {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  const types = useApi('protocol.types.list');
  const update = useApiMutation('protocol.types.update');
  const remove = useApiMutation('protocol.types.delete');
  const [editing, setEditing] = useState<RequestType | 'new' | null>(null);
  const name = (x: RequestType) => displayPreset(x.name, tr);
  return (
    <section className="card" aria-labelledby="types-h">
      <h2 id="types-h">{t('protocol.setup.types')}</h2>
      <p className="hint">{t('protocol.setup.typesHint')}</p>
      {types.error && <Notice kind="error">{errorMessage(t, types.error)}</Notice>}
      <DataTable
        labelledBy="types-h"
        scroll
        rows={types.data ?? []}
        rowKey={(x) => x.id}
        rowProps={(x) => ({ className: x.archived ? 'archived' : undefined })}
        columns={[
          { key: 'level', header: t('protocol.doc.col.level'), numeric: true, cell: (x) => x.level },
          { key: 'name', header: t('protocol.doc.col.type'), rowHeader: true, cell: (x) => (x.archived ? `${name(x)} (${t('protocol.setup.archived')})` : name(x)) },
          { key: 'answers', header: t('protocol.doc.col.answers'), cell: (x) => t(ANSWERER_LABEL[x.answeredBy]) },
          { key: 'owner', header: t('protocol.doc.col.owner'), cell: (x) => (x.ownerName ? `${t(OWNER_LABEL[x.ownerRole])} (${x.ownerName})` : t(OWNER_LABEL[x.ownerRole])) },
          { key: 'first', header: t('protocol.doc.col.firstReply'), cell: (x) => slaDuration(x.firstReplyMinutes) },
          { key: 'resolution', header: t('protocol.doc.col.resolution'), cell: (x) => slaDuration(x.resolutionMinutes) },
          { key: 'clock', header: t('protocol.setup.clock'), cell: (x) => t(CLOCK_LABEL[x.clock]) },
          { key: 'private', header: t('protocol.doc.col.private'), cell: (x) => (x.goesPrivate ? t('protocol.doc.yes') : t('protocol.doc.no')) },
        ]}
        actions={(x) => (
          <>
            <button type="button" className="btn small" aria-label={t('protocol.setup.editOf', { name: name(x) })} onClick={() => setEditing(x)}>
              {t('protocol.common.edit')}
            </button>
            <button type="button" className="btn small" aria-label={t(x.archived ? 'protocol.setup.unarchiveOf' : 'protocol.setup.archiveOf', { name: name(x) })} disabled={update.isPending} onClick={() => update.mutate({ id: x.id, archived: !x.archived })}>
              {x.archived ? t('protocol.setup.unarchive') : t('protocol.setup.archive')}
            </button>
            <button type="button" className="btn small danger" aria-label={t('protocol.setup.deleteOf', { name: name(x) })} disabled={remove.isPending} onClick={() => remove.mutate({ id: x.id })}>
              {t('protocol.common.delete')}
            </button>
          </>
        )}
      />
      {(update.error || remove.error) && <Notice kind="error">{errorMessage(t, update.error ?? remove.error)}</Notice>}
      <div className="actions">
        <button type="button" className="btn" onClick={() => setEditing('new')}>
          {t('protocol.setup.addType')}
        </button>
      </div>
      <Suspense fallback={null}>{editing && <TypeDialog type={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}</Suspense>
    </section>
  );
}
