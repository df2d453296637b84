import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, hostKind } from '../../api/client';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';

/**
 * Export buttons. In the desktop app, PDF is Electron's printToPDF of the A4 print layout, saved
 * as a file; in the browser, the same layout goes through the print window ("Save as PDF").
 * Markdown is built in the renderer and downloaded.
 */
export function ReportActions({ fileName, markdown, disabled }: { fileName: string; markdown: () => string; disabled?: boolean }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const desktop = hostKind() === 'electron';
  const exportPdf = async () => {
    setError(null);
    if (!desktop) {
      window.print();
      return;
    }
    try {
      const { base64 } = await call('app.printToPdf');
      downloadText(fileName.replace(/\.md$/, '.pdf'), Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)), 'application/pdf');
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="report-actions no-print">
      <button type="button" className="btn primary" disabled={disabled} onClick={() => void exportPdf()} aria-describedby={desktop ? undefined : 'pdf-hint'}>
        {t('reports.exportPdf')}
      </button>
      <button type="button" className="btn" disabled={disabled} onClick={() => downloadText(fileName, markdown(), 'text/markdown;charset=utf-8')}>
        {t('reports.exportMarkdown')}
      </button>
      {!desktop && (
        <span id="pdf-hint" className="hint">
          {t('reports.pdfHint')}
        </span>
      )}
      {error ? <Notice kind="error">{errorMessage(t, error)}</Notice> : null}
    </div>
  );
}
