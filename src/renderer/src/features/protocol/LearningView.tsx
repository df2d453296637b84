import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeText, digestMarkdown } from '../../../../shared/protocol/digest';
import type { ReplyLanguage } from '../../../../shared/protocol/constants';
import { showRedactions } from '../../../../shared/protocol/personalData';
import type { Translate } from '../../../../shared/reports/format';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable, TextTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useLocalDay } from '../../lib/localDay';
import { useFormatters, userTimeZone } from '../../lib/locale';
import { ReportActions } from '../reports/ReportActions';
import { dayStart, weekBounds } from '../reports/periods';
import '../reports/reports.css';
import { useDocumentText } from './protocolUi';
import { Suggestions } from './Suggestions';

/**
 * The learning loop: level-raise suggestions, the weekly "voice of the customer" digest for
 * product teams (ISO weeks, in English or French, Markdown and PDF), the tags and the verbatims.
 */
export default function LearningView() {
  const { t } = useTranslation();
  const f = useFormatters();
  const [offset, setOffset] = useState(0);
  const [language, setLanguage] = useState<ReplyLanguage>(() => (f.locale.startsWith('fr') ? 'fr' : 'en'));
  const doc = useDocumentText(language);
  const tz = userTimeZone();
  const today = useLocalDay(tz);
  const period = weekBounds(dayStart(today, tz), tz, 1, offset);
  const digest = useApi('protocol.digest', { ...period, tz });
  const tags = useApi('protocol.tags');
  const verbatims = useApi('protocol.verbatims.list');
  const remove = useApiMutation('protocol.verbatims.delete');
  const d = digest.data;
  const tr = doc.t;

  return (
    <div className="stack learning protocol-narrow">
      <div className="no-print">
        <Suggestions />
      </div>
      <section className="report-screen" aria-labelledby="digest-h">
        <div className="report-controls card no-print">
          <h2 id="digest-h">{t('protocol.digest.screenTitle')}</h2>
          <p className="hint">{t('protocol.digest.hint')}</p>
          <div className="form-grid">
            <label htmlFor="digest-week">{t('protocol.digest.week')}</label>
            <select id="digest-week" value={offset} onChange={(e) => setOffset(Number(e.target.value))}>
              <option value={0}>{t('protocol.period.thisWeek')}</option>
              <option value={-1}>{t('protocol.period.lastWeek')}</option>
            </select>
            <label htmlFor="digest-language">{t('protocol.composer.language')}</label>
            <select id="digest-language" value={language} onChange={(e) => setLanguage(e.target.value as ReplyLanguage)}>
              <option value="en">{t('protocol.language.en')}</option>
              <option value="fr">{t('protocol.language.fr')}</option>
            </select>
          </div>
          <ReportActions fileName={d ? `coulisses-voice-of-customer-${d.year}-W${String(d.week).padStart(2, '0')}.md` : 'digest.md'} markdown={() => digestMarkdown(d!, doc.fmt, tr)} disabled={!d || !doc.ready} />
        </div>
        {digest.error && <Notice kind="error">{errorMessage(t, digest.error)}</Notice>}
        {d && doc.ready && (
          <article className="report-doc" aria-labelledby="digest-doc-h" lang={language}>
            <header className="report-head">
              <p className="report-kicker">Coulisses</p>
              <h2 id="digest-doc-h">{tr('protocol.digest.title', { week: d.week, year: d.year })}</h2>
              <p className="report-period">
                <strong>{tr('protocol.digest.period')}</strong> {doc.fmt.period(d.from, d.to)}
              </p>
            </header>
            <p>{tr('protocol.digest.intro')}</p>
            <p>{tr('protocol.digest.casesLine', { count: d.cases, previous: d.previousCases })}</p>
            <section className="report-section" aria-labelledby="digest-top-h">
              <h3 id="digest-top-h">{tr('protocol.digest.topTags')}</h3>
              {d.tags.length === 0 ? (
                <p className="muted">{tr('protocol.digest.empty')}</p>
              ) : (
                <TextTable
                  className="report-table"
                  labelledBy="digest-top-h"
                  head={[tr('protocol.digest.col.tag'), tr('protocol.digest.col.cases'), tr('protocol.digest.col.lastWeek'), tr('protocol.digest.col.change')]}
                  rows={d.tags.map((x) => [`#${x.tag}`, doc.fmt.number(x.count, 0), doc.fmt.number(x.previous, 0), changeText(x.count, x.previous, doc.fmt, tr)])}
                />
              )}
            </section>
            {d.tags.length > 0 && (
              <section className="report-section" aria-labelledby="digest-verb-h">
                <h3 id="digest-verb-h">{tr('protocol.digest.verbatims')}</h3>
                {d.tags.map((x) => (
                  <div key={x.tag} className="digest-tag">
                    <h4>#{x.tag}</h4>
                    {x.verbatims.length === 0 ? (
                      <p className="muted">{tr('protocol.digest.noVerbatim')}</p>
                    ) : (
                      x.verbatims.map((v, i) => (
                        <blockquote key={i}>
                          {showRedactions(v.text, tr)}
                          {v.productArea && <footer>{v.productArea}</footer>}
                        </blockquote>
                      ))
                    )}
                  </div>
                ))}
              </section>
            )}
            <footer className="report-foot">{tr('protocol.digest.privacy')}</footer>
          </article>
        )}
      </section>

      <section className="card no-print" aria-labelledby="tags-h">
        <h2 id="tags-h">{t('protocol.learning.tags')}</h2>
        <DataTable
          labelledBy="tags-h"
          rows={tags.data ?? []}
          rowKey={(r) => r.tag}
          empty={<p className="muted">{t('protocol.learning.noTags')}</p>}
          columns={[
            { key: 'tag', header: t('protocol.digest.col.tag'), rowHeader: true, cell: (r) => `#${r.tag}` },
            { key: 'count', header: t('protocol.digest.col.cases'), numeric: true, cell: (r) => f.number(r.count, 0) },
            { key: 'last', header: t('protocol.learning.lastCase'), cell: (r) => f.date(r.lastAt) },
          ]}
        />
      </section>

      <section className="card no-print" aria-labelledby="verbatims-h">
        <h2 id="verbatims-h">{t('protocol.learning.verbatims')}</h2>
        <p className="hint">{t('protocol.learning.verbatimsHint')}</p>
        <DataTable
          labelledBy="verbatims-h"
          rows={verbatims.data ?? []}
          rowKey={(v) => v.id}
          empty={<p className="muted">{t('protocol.learning.noVerbatims')}</p>}
          columns={[
            { key: 'date', header: t('protocol.learning.savedOn'), cell: (v) => f.date(v.createdAt) },
            { key: 'tag', header: t('protocol.digest.col.tag'), cell: (v) => `#${v.tag}` },
            { key: 'text', header: t('protocol.field.verbatim'), rowHeader: true, cell: (v) => showRedactions(v.text, t as unknown as Translate) },
            { key: 'area', header: t('protocol.field.productArea'), cell: (v) => v.productArea || '—' },
          ]}
          actions={(v) => (
            <button type="button" className="btn small danger" disabled={remove.isPending} aria-label={t('protocol.learning.deleteVerbatim', { text: v.text.slice(0, 40) })} onClick={() => remove.mutate({ id: v.id })}>
              {t('protocol.common.delete')}
            </button>
          )}
        />
        {remove.error && <Notice kind="error">{errorMessage(t, remove.error)}</Notice>}
      </section>
    </div>
  );
}
