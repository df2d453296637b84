import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { call, hostKind } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { formattingLocale } from '../../lib/locale';
import type { Language } from '../../i18n';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../../../shared/veille/constants';
import type { ReportEntry, VeilleReport } from '../../../../shared/veille/types';
import { EntriesEditor } from './EntriesEditor';
import { ReportDocument } from './ReportDocument';
import { STATUS_LABEL } from './labels';
import '../reports/reports.css';

/** One weekly report: write it (draft), deliver it, record management's answers, export it as PDF or Markdown in either language. */
export default function ReportScreen() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const report = useApi('veille.report.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  if (report.error) return <Notice kind="error">{errorMessage(t, report.error)}</Notice>;
  if (!report.data) return <p className="loading">{t('common.loading')}</p>;
  return <ReportView report={report.data} />;
}

function ReportView({ report }: { report: VeilleReport }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [language, setLanguage] = useState<Language>(i18n.language === 'fr' ? 'fr' : 'en');
  const draft = report.status === 'draft';
  return (
    <div className="report-screen veille-report">
      <p className="no-print">
        <Link to="/veille/reports">{t('veille.report.back')}</Link>
      </p>
      <HeadForm key={`${report.id}-${report.status}`} report={report} />
      {draft && <EntriesEditor report={report} />}
      {!draft && <Answers report={report} />}
      <section className="card report-controls no-print" aria-labelledby="vexport-h">
        <h2 id="vexport-h">{t('veille.report.exportTitle')}</h2>
        <div className="inline">
          <label htmlFor="vexport-lang">{t('veille.report.language')}</label>
          <select id="vexport-lang" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </div>
        <ExportButtons report={report} language={language} />
        <Lifecycle report={report} onDeleted={() => navigate('/veille/reports')} />
      </section>
      <ReportDocument report={report} language={language} />
    </div>
  );
}

function HeadForm({ report }: { report: VeilleReport }) {
  const { t } = useTranslation();
  const update = useApiMutation('veille.report.update');
  const [title, setTitle] = useState(report.title);
  const [summary, setSummary] = useState(report.summary);
  const draft = report.status === 'draft';
  const changed = title !== report.title || summary !== report.summary;
  return (
    <section className="card report-controls no-print" aria-labelledby="vhead-h">
      <h2 id="vhead-h">{t('veille.report.heading', { week: Number(report.week.slice(6)), year: report.week.slice(0, 4) })}</h2>
      <p className="hint">{draft ? t('veille.report.draftHint') : t('veille.report.deliveredHint')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ id: report.id, title, summary });
        }}
      >
        <div className="form-grid">
          <label htmlFor="vhead-title">{t('veille.report.titleLabel')}</label>
          <input id="vhead-title" type="text" value={title} maxLength={300} disabled={!draft} placeholder={t('veille.report.titlePlaceholder')} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor="vhead-summary">{t('veille.report.summaryLabel')}</label>
          <textarea id="vhead-summary" value={summary} disabled={!draft} rows={4} placeholder={t('veille.report.summaryPlaceholder')} onChange={(e) => setSummary(e.target.value)} />
        </div>
        {draft && (
          <button type="submit" className="btn" disabled={!changed || update.isPending}>
            {t('veille.report.saveHead')}
          </button>
        )}
        {update.error && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
      </form>
    </section>
  );
}

function Lifecycle({ report, onDeleted }: { report: VeilleReport; onDeleted(): void }) {
  const { t } = useTranslation();
  const deliver = useApiMutation('veille.report.deliver');
  const reopen = useApiMutation('veille.report.reopen');
  const remove = useApiMutation('veille.report.delete');
  const draft = report.status === 'draft';
  const error = deliver.error ?? reopen.error ?? remove.error;
  return (
    <div className="actions">
      {draft ? (
        <>
          <button
            type="button"
            className="btn primary"
            disabled={report.entries.length === 0 || deliver.isPending}
            onClick={() => {
              if (window.confirm(t('veille.report.deliverConfirm'))) deliver.mutate({ id: report.id });
            }}
          >
            {t('veille.report.deliver')}
          </button>
          <button
            type="button"
            className="btn danger"
            onClick={() => {
              if (window.confirm(t('veille.report.deleteConfirm'))) remove.mutate({ id: report.id }, { onSuccess: onDeleted });
            }}
          >
            {t('veille.report.delete')}
          </button>
        </>
      ) : (
        <button type="button" className="btn" disabled={reopen.isPending} onClick={() => reopen.mutate({ id: report.id })}>
          {t('veille.report.reopen')}
        </button>
      )}
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
    </div>
  );
}

/**
 * Exports: PDF is the print layout of the document below (Electron's printToPDF in the desktop
 * app, the print window's "Save as PDF" in a browser); Markdown is written by the main process in
 * the language chosen.
 */
function ExportButtons({ report, language }: { report: VeilleReport; language: Language }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const desktop = hostKind() === 'electron';
  const exportMarkdown = async () => {
    setError(null);
    try {
      const r = await call('veille.report.markdown', { id: report.id, language, locale: formattingLocale(language) });
      downloadText(r.fileName, r.markdown, 'text/markdown;charset=utf-8');
    } catch (err) {
      setError(err);
    }
  };
  const exportPdf = async () => {
    setError(null);
    if (!desktop) {
      window.print();
      return;
    }
    try {
      const { base64 } = await call('app.printToPdf');
      const md = await call('veille.report.markdown', { id: report.id, language });
      downloadText(md.fileName.replace(/\.md$/, '.pdf'), Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), 'application/pdf');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="report-actions">
      <button type="button" className="btn primary" onClick={() => void exportPdf()} aria-describedby={desktop ? undefined : 'vpdf-hint'}>
        {t('veille.report.exportPdf')}
      </button>
      <button type="button" className="btn" onClick={() => void exportMarkdown()}>
        {t('veille.report.exportMarkdown')}
      </button>
      {!desktop && (
        <span id="vpdf-hint" className="hint">
          {t('veille.report.pdfHint')}
        </span>
      )}
      {error ? <Notice kind="error">{errorMessage(t, error)}</Notice> : null}
    </div>
  );
}

/** After delivery: management's answer to each recommendation (pending, accepted, declined) and a note. */
function Answers({ report }: { report: VeilleReport }) {
  const { t } = useTranslation();
  const recs = report.entries.filter((e) => e.kind === 'recommendation');
  return (
    <section className="card report-controls no-print" aria-labelledby="vans-h">
      <h2 id="vans-h">{t('veille.report.answersTitle')}</h2>
      <p className="hint">{t('veille.report.answersHint')}</p>
      {recs.length === 0 ? <p className="muted">{t('veille.report.noRecommendations')}</p> : recs.map((e, i) => <Answer key={e.id} entry={e} n={i + 1} />)}
    </section>
  );
}

function Answer({ entry, n }: { entry: ReportEntry; n: number }) {
  const { t } = useTranslation();
  const decide = useApiMutation('veille.recommendation.decide');
  const [note, setNote] = useState(entry.statusNote);
  // The choice shows at once; a refusal puts the stored answer back.
  const [chosen, setChosen] = useState(entry.status);
  const name = `vans-${entry.id}`;
  const set = (status: RecommendationStatus) => {
    setChosen(status);
    decide.mutate({ id: entry.id, status, note }, { onError: () => setChosen(entry.status) });
  };
  return (
    <div className="answer">
      <p className="answer-text">
        <strong>{n}.</strong> {entry.text}
      </p>
      <fieldset className="signal-choice">
        <legend>{t('veille.report.answerLegend', { n })}</legend>
        {RECOMMENDATION_STATUSES.map((s) => (
          <label key={s} className="radio">
            <input type="radio" name={name} checked={chosen === s} onChange={() => set(s)} />
            {t(STATUS_LABEL[s])}
          </label>
        ))}
      </fieldset>
      <div className="inline">
        <label htmlFor={`${name}-note`}>{t('veille.report.answerNote')}</label>
        <input id={`${name}-note`} type="text" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        <button type="button" className="btn small" disabled={note === entry.statusNote || decide.isPending || chosen === null} onClick={() => chosen && set(chosen)}>
          {t('veille.report.saveNote')}
        </button>
      </div>
      {decide.error && <Notice kind="error">{errorMessage(t, decide.error)}</Notice>}
    </div>
  );
}
