import { useTranslation } from 'react-i18next';
import { downloadText } from '../../lib/download';

/**
 * Export buttons. PDF goes through the print layout in both hosts (Electron's print dialog and
 * the browser's both offer "Save as PDF"); Markdown is built in the renderer and downloaded.
 */
export function ReportActions({ fileName, markdown, disabled }: { fileName: string; markdown: () => string; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="report-actions no-print">
      <button type="button" className="btn primary" disabled={disabled} onClick={() => window.print()} aria-describedby="pdf-hint">
        {t('reports.exportPdf')}
      </button>
      <button type="button" className="btn" disabled={disabled} onClick={() => downloadText(fileName, markdown(), 'text/markdown;charset=utf-8')}>
        {t('reports.exportMarkdown')}
      </button>
      <span id="pdf-hint" className="hint">
        {t('reports.pdfHint')}
      </span>
    </div>
  );
}
