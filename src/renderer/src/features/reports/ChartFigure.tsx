import { Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  caption: string;
  head: string[];
  rows: string[][];
  children: ReactNode;
}

/**
 * A chart with its text alternative: a caption that says what it shows, and its numbers in a
 * table the user can open (always printed).
 */
export function ChartFigure({ caption, head, rows, children }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const tableId = useId();
  return (
    <figure className="rp-chart">
      <div className="rp-chart-box" aria-hidden="true">
        <Suspense fallback={<p className="loading">{t('reports.chartLoading')}</p>}>{children}</Suspense>
      </div>
      <figcaption>
        <span>{caption}</span>
        <button type="button" className="btn rp-chart-toggle no-print" aria-expanded={open} aria-controls={tableId} onClick={() => setOpen(!open)}>
          {open ? t('reports.hideData') : t('reports.showData')}
        </button>
      </figcaption>
      <div id={tableId} className={open ? 'rp-chart-data' : 'rp-chart-data collapsed'}>
        <DataTable caption={caption} head={head} rows={rows} />
      </div>
    </figure>
  );
}

export function DataTable({ caption, head, rows, className }: { caption?: string; head: string[]; rows: string[][]; className?: string }) {
  return (
    <table className={`table report-table ${className ?? ''}`}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
