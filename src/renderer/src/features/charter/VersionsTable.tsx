import { useTranslation } from 'react-i18next';
import type { DocSummary } from '../../../../shared/contract/charter';
import { DOC_STATUS_LABEL } from '../../../../shared/charter/catalogue';
import { DataTable } from '../../components/DataTable';
import { useReportText } from '../../lib/reportText';

/** Every version of the charter, newest first; the one shown is marked, the others can be opened. */
export function VersionsTable({ versions, shownId, onOpen }: { versions: DocSummary[]; shownId: number | null; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const { fmt } = useReportText();
  return (
    <section className="card charter-versions no-print" aria-labelledby="charter-versions-h">
      <h2 id="charter-versions-h">{t('charter.versions.title')}</h2>
      <DataTable
        labelledBy="charter-versions-h"
        rows={versions}
        rowKey={(v) => v.id}
        rowProps={(v) => ({ 'data-testid': `version-${v.version}` })}
        columns={[
          { key: 'version', header: t('charter.versions.version'), rowHeader: true, cell: (v) => t('charter.versions.number', { version: v.version }) },
          { key: 'status', header: t('charter.versions.status'), cell: (v) => <span className={`charter-status ${v.status}`}>{t(DOC_STATUS_LABEL[v.status])}</span> },
          { key: 'language', header: t('charter.versions.language'), cell: (v) => t(v.language === 'fr' ? 'charter.language.fr' : 'charter.language.en') },
          { key: 'proposed', header: t('charter.versions.proposedOn'), cell: (v) => (v.proposedOn ? fmt.civil(v.proposedOn) : '—') },
          { key: 'signed', header: t('charter.versions.signedOn'), cell: (v) => (v.signedOn ? fmt.civil(v.signedOn) : '—') },
        ]}
        actions={(v) =>
          v.id === shownId ? (
            <span className="muted">{t('charter.versions.shown')}</span>
          ) : (
            <button type="button" className="btn small" onClick={() => onOpen(v.id)} aria-label={t('charter.versions.openNamed', { version: v.version })}>
              {t('charter.versions.open')}
            </button>
          )
        }
      />
    </section>
  );
}
