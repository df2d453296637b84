import { useTranslation } from 'react-i18next';
import { measuresHead, measuresRows, volumeLines } from '../../../../shared/protocol/measures';
import type { ProtocolMeasures, RequestType } from '../../../../shared/protocol/types';
import { TextTable } from '../../components/DataTable';
import { useReportText } from '../../lib/reportText';

/** The reply protocol's measures in the weekly report: SLAs per type, handed versus kept, after hours, vendor versus in-house. */
export function ProtocolSection({ measures: m, types }: { measures: ProtocolMeasures; types: readonly RequestType[] }) {
  const { t } = useTranslation();
  const { fmt, t: tr } = useReportText();
  return (
    <section className="report-section" aria-labelledby="wk-protocol">
      <h3 id="wk-protocol">{t('protocol.measures.title')}</h3>
      {m.cases === 0 && m.vendor === 0 ? (
        <p className="muted">{t('protocol.measures.none')}</p>
      ) : (
        <>
          <TextTable className="report-table" labelledBy="wk-protocol" head={measuresHead(tr)} rows={measuresRows(m, types, fmt, tr)} />
          <ul>
            {volumeLines(m, fmt, tr).map((l) => (
              <li key={l}>{l}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
