import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { useFormatters } from '../../lib/locale';
import type { FetchLogRow } from '../../../../shared/veille/types';
import { OUTCOME_LABEL } from './labels';

const TRIGGER_LABEL: Record<FetchLogRow['trigger'], string> = {
  manual: 'veille.log.trigger.manual',
  schedule: 'veille.log.trigger.schedule',
  article: 'veille.log.trigger.article',
};

/** What the log's machine words mean, in the user's language. */
function detailText(t: (k: string, p?: Record<string, unknown>) => string, f: ReturnType<typeof useFormatters>, detail: string): string {
  const redirect = /^redirect host_not_source (\S+)$/.exec(detail);
  if (redirect) return t('veille.log.detail.redirectRefused', { host: redirect[1] });
  const host = /^host_not_source (\S+)$/.exec(detail);
  if (host) return t('veille.log.detail.hostRefused', { host: host[1] });
  if (/^redirect too_many_redirects/.test(detail)) return t('veille.log.detail.tooManyRedirects');
  const cap = /^cap (\d+)/.exec(detail);
  if (cap) return t('veille.log.detail.cut', { size: f.number(Number(cap[1]) / 1024 / 1024, 1) });
  const timeout = /^timeout (\d+)$/.exec(detail);
  if (timeout) return t('veille.log.detail.timeout', { seconds: f.number(Number(timeout[1]) / 1000, 0) });
  return detail;
}

/** The visible log of every request the app made (or refused to make), newest first. */
export function FetchLog() {
  const { t } = useTranslation();
  const f = useFormatters();
  const log = useApi('veille.fetch.log', { limit: 100 });
  return (
    <section className="card" aria-labelledby="log-h">
      <h2 id="log-h">{t('veille.log.title')}</h2>
      <p className="hint">{t('veille.log.hint')}</p>
      <DataTable<FetchLogRow>
        labelledBy="log-h"
        scroll
        rows={log.data ?? []}
        rowKey={(r) => r.id}
        empty={<p className="muted">{t('veille.log.empty')}</p>}
        columns={[
          { key: 'at', header: t('veille.log.col.at'), cell: (r) => <span className="nowrap">{f.dateTime(r.at)}</span> },
          { key: 'trigger', header: t('veille.log.col.trigger'), cell: (r) => t(TRIGGER_LABEL[r.trigger]) },
          {
            key: 'url',
            header: t('veille.log.col.url'),
            rowHeader: true,
            cell: (r) => (
              <>
                {r.sourceTitle && <span className="source-title">{r.sourceTitle}</span>}
                <span className="source-url">{r.url}</span>
              </>
            ),
          },
          {
            key: 'outcome',
            header: t('veille.log.col.outcome'),
            cell: (r) => (
              <>
                <span className={`outcome outcome-${r.outcome}`}>{t(OUTCOME_LABEL[r.outcome])}</span>
                <span className="source-url">
                  {[r.httpStatus !== null ? `HTTP ${r.httpStatus}` : '', r.bytes ? t('veille.log.kb', { n: f.number(r.bytes / 1024, r.bytes < 10_240 ? 1 : 0) }) : ''].filter(Boolean).join(' · ')}
                </span>
                {r.outcome === 'parse_error' ? (
                  <span className="source-url" title={r.detail}>
                    {t('veille.log.detail.unreadable')}
                  </span>
                ) : (
                  r.detail && <span className="source-url">{detailText(t, f, r.detail)}</span>
                )}
              </>
            ),
          },
          { key: 'new', header: t('veille.log.col.new'), numeric: true, cell: (r) => f.number(r.newItems, 0) },
        ]}
      />
    </section>
  );
}
