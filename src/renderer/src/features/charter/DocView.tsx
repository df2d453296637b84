import { useTranslation } from 'react-i18next';
import type { RenderedDoc } from '../../../../shared/contract/charter';
import { DataTable, textColumns } from '../../components/DataTable';

/**
 * The charter document as management reads it (screen and A4 print layout), every text in the
 * document's own language, as main rendered it; the Markdown export is built from the same data.
 */
export function DocView({ doc, signed }: { doc: RenderedDoc; signed: boolean }) {
  const { t } = useTranslation();
  return (
    <article className="report-doc charter-doc" aria-labelledby="charter-doc-title" lang={doc.language}>
      <header className="report-head">
        <p className="report-kicker">Coulisses</p>
        <h2 id="charter-doc-title">{doc.title}</h2>
        {doc.meta.map((m) => (
          <p key={m} className="report-period">
            {m}
          </p>
        ))}
      </header>
      <section className="report-section" aria-labelledby="charter-doc-context">
        <h3 id="charter-doc-context">{doc.context.heading}</h3>
        {doc.context.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
      {doc.sections.map((s) => (
        <section key={s.key} className="report-section" aria-labelledby={`charter-doc-${s.key}`} data-section={s.key}>
          <h3 id={`charter-doc-${s.key}`}>{s.heading}</h3>
          <p className="doc-intro">{s.intro}</p>
          {s.clauses.length > 0 ? (
            <ul className="doc-clauses">
              {s.clauses.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('charter.editor.noClause')}</p>
          )}
          {s.tables.map((table) => (
            <DataTable key={table.caption} className="report-table" caption={table.caption} captionVisible columns={textColumns(table.head)} rows={table.rows} rowKey={(_r, i) => i} />
          ))}
          {s.notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </section>
      ))}
      <section className="report-section doc-signature" aria-labelledby="charter-doc-signature">
        <h3 id="charter-doc-signature">{doc.signature.heading}</h3>
        {doc.signature.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
        {!signed && <div className="sign-line" aria-hidden="true" />}
      </section>
    </article>
  );
}
