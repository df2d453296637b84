// Chart colours from the theme, and the print palette while printing. Used by every recharts
// chart (they draw SVG attributes, which cannot use CSS var()).
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useFormatters } from '../lib/locale';
import { chartNumbers } from './axis';

export type ChartColors = Record<'deep' | 'reactive' | 'meeting' | 'reporting' | 'admin' | 'text' | 'muted' | 'border' | 'accent' | 'surface', string>;

/** The print palette (reports.css @media print): paper is white whatever the screen theme. */
const PRINT_COLORS: ChartColors = {
  deep: '#2f5fc4',
  reactive: '#c44a31',
  meeting: '#a88210',
  reporting: '#23805f',
  admin: '#77716a',
  text: '#111111',
  muted: '#4a463f',
  border: '#cfcbc2',
  accent: '#5428b8',
  surface: '#ffffff',
};

/** True while printing (print dialog, printToPDF or print emulation), so charts redraw for paper. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => typeof matchMedia === 'function' && matchMedia('print').matches);
  useEffect(() => {
    const mq = matchMedia('print');
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(mq.matches);
    const change = () => set(mq.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    mq.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      mq.removeEventListener('change', change);
    };
  }, []);
  return printing;
}

/** Axis and tooltip formatters in the app's language (charts/axis.ts). */
export function useChartNumbers(): ReturnType<typeof chartNumbers> {
  return chartNumbers(useFormatters().locale);
}

/** Theme colours for charts, read from the CSS variables (SVG attributes cannot use var()). */
export function useChartColors(): ChartColors {
  const printing = usePrinting();
  return printing ? PRINT_COLORS : screenColors();
}

function screenColors(): ChartColors {
  const s = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
  return {
    deep: v('--deep', '#3b6fd8'),
    reactive: v('--reactive', '#d9553b'),
    meeting: v('--meeting', '#c79a12'),
    reporting: v('--reporting', '#2e9a76'),
    admin: v('--admin', '#8a8478'),
    text: v('--text', '#1f1d1a'),
    muted: v('--muted', '#5f5a52'),
    border: v('--border', '#dedad2'),
    accent: v('--accent', '#6b3fd1'),
    surface: v('--surface', '#ffffff'),
  };
}
