import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { i18n, loadLanguage, type Language } from '../../i18n';
import { formattingLocale } from '../../lib/locale';
import { REPORT_SECTIONS, STATUS_KEYS, formatInstantDay, reportHeading } from '../../../../shared/veille/reportDocument';
import type { VeilleReport } from '../../../../shared/veille/types';

/** A `t` fixed to `language`, once its strings are loaded (the interface may be in the other one). */
export function useFixedT(language: Language): TFunction | null {
  const { i18n: live } = useTranslation();
  const [ready, setReady] = useState(() => live.hasResourceBundle(language, 'translation'));
  useEffect(() => {
    let alive = true;
    void loadLanguage(language).then(() => alive && setReady(true));
    return () => {
      alive = false;
    };
  }, [language]);
  return ready ? i18n.getFixedT(language) : null;
}

/**
 * The weekly intelligence report as management reads it, on screen and in print (A4, the reports'
 * print layout), in `language`: title, week, delivery, summary, insights, weak signals and
 * recommendations with the items each cites and, once delivered, management's answers.
 */
export function ReportDocument({ report, language }: { report: VeilleReport; language: Language }) {
  const t = useFixedT(language);
  if (!t) return null;
  const locale = formattingLocale(language);
  const h = reportHeading(report, (k, p) => t(k, p) as string, locale);
  return (
    <article className="report-doc veille-doc" lang={language} aria-labelledby="vdoc-title">
      <header className="report-head">
        <p className="report-kicker">{h.kicker}</p>
        <h2 id="vdoc-title">{h.title}</h2>
        <p className="report-period">{h.period}</p>
        <p className="report-period">{h.status}</p>
        {h.adoption && <p className="vdoc-adoption">{h.adoption}</p>}
      </header>
      {report.summary.trim() && (
        <section className="report-section">
          <h3>{t('veille.doc.summary')}</h3>
          {report.summary
            .split(/\n{2,}/)
            .filter((p) => p.trim())
            .map((p, i) => (
              <p key={i} className="pre-wrap">
                {p}
              </p>
            ))}
        </section>
      )}
      {REPORT_SECTIONS.map((s) => {
        const entries = report.entries.filter((e) => e.kind === s.kind);
        return (
          <section key={s.kind} className="report-section">
            <h3>{t(s.heading)}</h3>
            {entries.length === 0 ? (
              <p className="muted">{t('veille.doc.none')}</p>
            ) : (
              <ol className="vdoc-entries">
                {entries.map((e) => (
                  <li key={e.id}>
                    <p className="pre-wrap vdoc-text">{e.text}</p>
                    {e.kind === 'recommendation' && e.status && (
                      <p className={`vdoc-status rec-${e.status}`}>
                        {t('veille.doc.management')} <strong>{t(STATUS_KEYS[e.status])}</strong>
                        {e.statusAt !== null ? ` (${formatInstantDay(e.statusAt, locale, report.tz)})` : ''}
                        {e.statusNote ? ` — ${e.statusNote}` : ''}
                      </p>
                    )}
                    <p className="vdoc-sources">
                      {t('veille.doc.sources')}{' '}
                      {e.items.map((it, i) => (
                        <span key={it.id}>
                          {i > 0 ? '; ' : ''}
                          <cite>{it.title}</cite>
                          {it.sourceTitle ? ` (${it.sourceTitle})` : ''} <span className="vdoc-url">{it.url}</span>
                        </span>
                      ))}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
      <footer className="report-foot">{t('veille.doc.footer')}</footer>
    </article>
  );
}
