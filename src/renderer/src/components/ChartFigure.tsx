import { createContext, Suspense, useContext, useId, useState, type ReactNode } from 'react';
import { usePrinting } from '../charts/chartTheme';
import { TextTable } from './DataTable';
import { useKitText } from './kitText';

/** Above this many points a chart draws at once: animating a long series costs frames and says nothing. */
export const LARGE_SERIES = 24;

const Animate = createContext(false);

/**
 * Whether the chart inside a ChartFigure may animate: a short series, on screen, for a user who
 * has not asked for reduced motion. Chart components pass it to recharts' isAnimationActive.
 */
export function useChartAnimation(): boolean {
  return useContext(Animate);
}

export interface ChartFigureProps {
  /** A heading above the chart (names the figure); without it the caption alone describes it. */
  title?: string;
  /** The heading's level, in the page's outline. */
  level?: 2 | 3;
  /** What the chart shows, in a sentence: the figure's caption, and the table's. */
  caption: string;
  /** The chart's numbers as text: column headings, then one row per point (the first cell names it). */
  head: readonly string[];
  rows: readonly (readonly string[])[];
  /** How many points the chart draws, when not one per row; decides the animation. */
  points?: number;
  /** Extra class on the <figure> ('card' for a card). */
  className?: string;
  /**
   * The chart itself, usually a lazy component: it loads inside the figure's Suspense and reads
   * useChartAnimation(). A function receives the animation flag instead (a chart built inline).
   */
  children: ReactNode | ((animate: boolean) => ReactNode);
}

/**
 * A chart with its text alternative. The drawing is hidden from assistive technology; the caption
 * says what it shows, and a "Show the numbers" button opens the same numbers as a table (a real
 * <table> with headings, scrollable with the keyboard). The chart loads lazily, so recharts stays
 * out of the first screen's bundle, and animates only for short series (LARGE_SERIES), never in
 * print nor under prefers-reduced-motion.
 */
export function ChartFigure({ title, level = 2, caption, head, rows, points, className, children }: ChartFigureProps) {
  const text = useKitText();
  const [open, setOpen] = useState(false);
  const id = useId();
  const printing = usePrinting();
  const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animate = !printing && !reduced && (points ?? rows.length) <= LARGE_SERIES;
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <figure className={['chart-figure', className].filter(Boolean).join(' ')} aria-labelledby={title ? `${id}-h` : undefined}>
      {title && (
        <Heading id={`${id}-h`} className="chart-figure-title">
          {title}
        </Heading>
      )}
      <div className="chart-figure-box" aria-hidden="true">
        <Suspense fallback={<p className="loading">{text.chartLoading}</p>}>
          <Animate.Provider value={animate}>{typeof children === 'function' ? children(animate) : children}</Animate.Provider>
        </Suspense>
      </div>
      <figcaption>
        <span>{caption}</span>
        <button type="button" className="btn small chart-figure-toggle no-print" aria-expanded={open} aria-controls={`${id}-data`} onClick={() => setOpen(!open)}>
          {open ? text.hideNumbers : text.showNumbers}
        </button>
      </figcaption>
      <div id={`${id}-data`} className={open ? 'chart-figure-data' : 'chart-figure-data collapsed'}>
        <TextTable className="chart-figure-table" caption={title ?? caption} scroll head={head} rows={rows} />
      </div>
    </figure>
  );
}
