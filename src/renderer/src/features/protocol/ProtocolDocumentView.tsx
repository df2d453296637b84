import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReplyLanguage } from '../../../../shared/protocol/constants';
import { protocolDocument, protocolMarkdown } from '../../../../shared/protocol/protocolDocument';
import { useApi } from '../../api/hooks';
import { TextTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { ReportActions } from '../reports/ReportActions';
import '../reports/reports.css';
import { useDocumentText } from './protocolUi';

/** The one-page protocol in English or French, as it prints (PDF) and exports (Markdown), with its version, date and signature lines. */
export function ProtocolDocumentView() {
  const { t } = useTranslation();
  const f = useFormatters();
  const [language, setLanguage] = useState<ReplyLanguage>(() => (f.locale.startsWith('fr') ? 'fr' : 'en'));
  const doc = useDocumentText(language);
  const types = useApi('protocol.types.list');
  const rules = useApi('protocol.rules.list');
  const config = useApi('protocol.config.get');
  const settings = useApi('settings.get');
  const error = types.error ?? rules.error ?? config.error ?? settings.error;
  const input = types.data && rules.data && config.data && settings.data ? { types: types.data, rules: rules.data, config: config.data, charter: settings.data.charter, language } : null;
  const d = input && doc.ready ? protocolDocument(input, doc.fmt, doc.t) : null;
  const fileName = config.data ? `coulisses-reply-protocol-v${config.data.version.replace(/[^\w.-]+/g, '-')}-${language}.md` : 'protocol.md';

  return (
    <section className="report-screen" aria-labelledby="doc-controls-h">
      <div className="report-controls card no-print">
        <h2 id="doc-controls-h">{t('protocol.setup.documentTitle')}</h2>
        <p className="hint">{t('protocol.setup.documentHint')}</p>
        <div className="form-grid">
          <label htmlFor="doc-language">{t('protocol.composer.language')}</label>
          <select id="doc-language" value={language} onChange={(e) => setLanguage(e.target.value as ReplyLanguage)}>
            <option value="en">{t('protocol.language.en')}</option>
            <option value="fr">{t('protocol.language.fr')}</option>
          </select>
        </div>
        <ReportActions fileName={fileName} markdown={() => protocolMarkdown(input!, doc.fmt, doc.t)} disabled={!d} />
      </div>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
      {d && (
        <article className="report-doc protocol-doc" aria-labelledby="doc-h" lang={language}>
          <header className="report-head">
            <p className="report-kicker">Coulisses</p>
            <h2 id="doc-h">{d.title}</h2>
            <p className="report-period">{d.version}</p>
          </header>
          <p>{d.intro}</p>
          <section className="report-section" aria-labelledby="doc-matrix-h">
            <h3 id="doc-matrix-h">{doc.t('protocol.doc.matrix')}</h3>
            <TextTable className="report-table" labelledBy="doc-matrix-h" scroll head={d.matrix.head} rows={d.matrix.rows} />
          </section>
          {d.bridges.length > 0 && (
            <section className="report-section" aria-labelledby="doc-bridges-h">
              <h3 id="doc-bridges-h">{doc.t('protocol.doc.bridges')}</h3>
              <ul>
                {d.bridges.map((b) => (
                  <li key={b.type}>
                    <strong>{b.type}</strong> — {b.text}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="report-section" aria-labelledby="doc-charter-h">
            <h3 id="doc-charter-h">{doc.t('protocol.doc.charter')}</h3>
            <TextTable className="report-table" labelledBy="doc-charter-h" scroll head={d.rules.head} rows={d.rules.rows} />
            <p>{d.split}</p>
          </section>
          <div className="doc-columns">
            <section className="report-section" aria-labelledby="doc-hours-h">
              <h3 id="doc-hours-h">{doc.t('protocol.doc.hours')}</h3>
              <ul>
                {d.hours.map((h) => (
                  <li key={h}>{h}</li>
                ))}
              </ul>
            </section>
            <section className="report-section" aria-labelledby="doc-sandwich-h">
              <h3 id="doc-sandwich-h">{doc.t('protocol.doc.sandwich')}</h3>
              <ol>
                {d.sandwich.map((s) => (
                  <li key={s.step}>
                    <strong>{s.step}</strong> — {s.hint}
                  </li>
                ))}
              </ol>
            </section>
            <section className="report-section" aria-labelledby="doc-privacy-h">
              <h3 id="doc-privacy-h">{doc.t('protocol.doc.privacy')}</h3>
              <ul>
                {d.privacy.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </section>
            <section className="report-section" aria-labelledby="doc-loop-h">
              <h3 id="doc-loop-h">{doc.t('protocol.doc.learning')}</h3>
              <p>{d.loop}</p>
            </section>
          </div>
          <section className="report-section signatures" aria-labelledby="doc-sign-h">
            <h3 id="doc-sign-h">{doc.t('protocol.doc.approval')}</h3>
            <TextTable className="report-table sign-table" labelledBy="doc-sign-h" head={d.signatures.head} rows={d.signatures.rows} />
          </section>
        </article>
      )}
    </section>
  );
}
