import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measuresHead, measuresRows, slaReportMarkdown, volumeLines } from '../../../../shared/protocol/measures';
import type { ChannelOutput } from '../../../../shared/contract';
import { useApi, useApiMutation } from '../../api/hooks';
import { TextTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useReportText } from '../../lib/reportText';
import { useLocalDay } from '../../lib/localDay';
import { useFormatters } from '../../lib/locale';
import { ReportActions } from '../reports/ReportActions';
import { dayKey, dayStart, weekBounds } from '../reports/periods';
import '../reports/reports.css';
import { fileToBase64 } from '../../lib/files';
import { ImportErrorList } from './ImportErrorList';

/** The SLA report for management (this week or last week; Markdown and PDF) and the vendor's daily counts. */
export default function MeasuresView() {
  const { t } = useTranslation();
  const { fmt, t: tr, tz } = useReportText();
  const { weekStartsOn } = useFormatters();
  const [offset, setOffset] = useState(0);
  const today = useLocalDay(tz);
  const period = weekBounds(dayStart(today, tz), tz, weekStartsOn, offset);
  const measures = useApi('protocol.measures', { ...period, tz });
  const types = useApi('protocol.types.list');
  const vendor = useApi('protocol.vendor.list', { ...period, tz });
  const m = measures.data;

  return (
    <div className="stack protocol-narrow">
      <section className="report-screen" aria-labelledby="sla-h">
        <div className="report-controls card no-print">
          <h2 id="sla-h">{t('protocol.measures.screenTitle')}</h2>
          <p className="hint">{t('protocol.measures.hint')}</p>
          <div className="form-grid">
            <label htmlFor="sla-week">{t('protocol.digest.week')}</label>
            <select id="sla-week" value={offset} onChange={(e) => setOffset(Number(e.target.value))}>
              <option value={0}>{t('protocol.period.thisWeek')}</option>
              <option value={-1}>{t('protocol.period.lastWeek')}</option>
            </select>
          </div>
          <ReportActions fileName={`coulisses-sla-report-${dayKey(period.from, tz)}.md`} markdown={() => slaReportMarkdown(m!, types.data ?? [], fmt, tr)} disabled={!m || !types.data} />
        </div>
        {(measures.error || types.error) && <Notice kind="error">{errorMessage(t, measures.error ?? types.error)}</Notice>}
        {m && types.data && (
          <article className="report-doc" aria-labelledby="sla-doc-h">
            <header className="report-head">
              <p className="report-kicker">Coulisses</p>
              <h2 id="sla-doc-h">{t('protocol.measures.reportTitle')}</h2>
              <p className="report-period">
                <strong>{t('protocol.measures.period')}</strong> {fmt.period(m.from, m.to)}
              </p>
            </header>
            <section className="report-section" aria-labelledby="sla-table-h">
              <h3 id="sla-table-h">{t('protocol.measures.title')}</h3>
              {m.cases === 0 && m.vendor === 0 ? (
                <p className="muted">{t('protocol.measures.none')}</p>
              ) : (
                <>
                  <TextTable className="report-table" labelledBy="sla-table-h" head={measuresHead(tr)} rows={measuresRows(m, types.data, fmt, tr)} />
                  <ul>
                    {volumeLines(m, fmt, tr).map((l) => (
                      <li key={l}>{l}</li>
                    ))}
                  </ul>
                </>
              )}
              <p className="hint">{t('protocol.measures.definition')}</p>
            </section>
          </article>
        )}
      </section>
      <VendorCounts days={vendor.data} />
    </div>
  );
}

/** The vendor's daily counts of the period, and their import from a CSV (date, count). */
function VendorCounts({ days }: { days: ChannelOutput<'protocol.vendor.list'> | undefined }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const preview = useApiMutation('protocol.vendor.preview');
  const commit = useApiMutation('protocol.vendor.commit');
  const [file, setFile] = useState<{ base64: string; fileName: string } | null>(null);
  const p = preview.data;
  return (
    <section className="card no-print" aria-labelledby="vendor-h">
      <h2 id="vendor-h">{t('protocol.vendor.title')}</h2>
      <p className="hint">{t('protocol.vendor.hint')}</p>
      {days && days.days.length > 0 ? (
        <p>{t('protocol.vendor.periodTotal', { total: f.number(days.total, 0), days: days.days.length })}</p>
      ) : (
        <p className="muted">{t('protocol.vendor.none')}</p>
      )}
      <label htmlFor="vendor-file">{t('protocol.vendor.choose')}</label>{' '}
      <input
        id="vendor-file"
        type="file"
        accept=".csv,text/csv"
        onChange={async (e) => {
          const chosen = e.target.files?.[0];
          commit.reset();
          if (!chosen) return;
          const f2 = { base64: await fileToBase64(chosen), fileName: chosen.name };
          setFile(f2);
          preview.mutate(f2);
        }}
      />
      {preview.error && <Notice kind="error">{errorMessage(t, preview.error)}</Notice>}
      {p && file && !commit.isSuccess && (
        <div className="import-preview">
          {p.errors.length > 0 ? (
            <ImportErrorList errors={p.errors} />
          ) : (
            <>
              <p role="status">{t('protocol.vendor.preview', { days: p.days.length, total: f.number(p.days.reduce((s, d) => s + d.count, 0), 0), replaced: p.replaced })}</p>
              <button type="button" className="btn primary" disabled={commit.isPending} onClick={() => commit.mutate(file)}>
                {t('protocol.vendor.import')}
              </button>
            </>
          )}
        </div>
      )}
      {commit.isSuccess && <Notice kind="success">{t('protocol.vendor.done', { days: commit.data.days })}</Notice>}
      {commit.error && <Notice kind="error">{errorMessage(t, commit.error)}</Notice>}
    </section>
  );
}
