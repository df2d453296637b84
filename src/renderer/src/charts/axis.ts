// Axis ticks and chart numbers in the app's language (issue 14): round tick steps (1, 2, 2.5 or 5
// times a power of ten) instead of recharts' "0.9 / 1.8 / 2.7", and every figure of an axis or a
// tooltip through Intl in the app's locale (French: decimal comma, a no-break space before % and h).
import { durationText, percentText } from '../../../shared/reports/format';

/** A round step (1, 2, 2.5 or 5 × 10^k) that splits [0, max] into about `target` parts; at least 1 with `integer`. */
export function niceStep(max: number, target = 5, integer = false): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const raw = max / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(raw));
  // whole steps only with `integer` (no 2.5); a hair of float error does not push to the next step
  const candidates = [1, 2, 2.5, 5, 10].map((m) => m * power).filter((s) => !integer || s < 1 || Number.isInteger(s));
  const step = candidates.find((s) => s >= raw * (1 - 1e-9)) ?? 10 * power;
  return integer ? Math.max(1, step) : step;
}

/**
 * Ticks from 0 to the first multiple of the step at or above `max`: [0, 0.5, 1, 1.5] for 1.4 h,
 * [0, 1, 2, 3] for 3 interruptions, [0, 1] for nothing at all. Steps are exact multiples (no 0.30000000000000004).
 */
export function niceTicks(max: number, opts: { target?: number; integer?: boolean } = {}): number[] {
  const step = niceStep(max, opts.target ?? 5, opts.integer ?? false);
  const top = Math.max(step, Math.ceil(max / step - 1e-9) * step);
  const n = Math.round(top / step);
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Array.from({ length: n + 1 }, (_, i) => Number((i * step).toFixed(digits)));
}

/** The largest value of `keys` in `rows`, summed per row when `stacked` (the top of a stacked bar). */
export function dataMax<T extends object>(rows: readonly T[], keys: readonly (keyof T)[], stacked = false): number {
  let max = 0;
  for (const row of rows) {
    const values = keys.map((k) => (typeof row[k] === 'number' ? (row[k] as number) : 0));
    max = Math.max(max, stacked ? values.reduce((a, b) => a + b, 0) : Math.max(0, ...values));
  }
  return max;
}

/** Formatters for axes and tooltips in `locale`. */
export function chartNumbers(locale: string) {
  const nf = (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
  return {
    /** a count or a value with up to `digits` decimals (default 1) */
    number: (v: number, digits = 1) => nf(digits).format(v),
    /** hours on an axis: "1,5 h" */
    hours: (v: number) => `${nf(2).format(v)}\u00a0h`,
    /** hours in a tooltip, as the rest of the app writes durations: "1 h 30" */
    duration: (hours: number) => durationText(hours * 60),
    /** a value already in percent (0–100): "50 %" in French, "50%" in English */
    percent: (v: number) => percentText(v / 100, locale),
  };
}

/** A time-based axis shows every k-th label so that at most `max` fit; the same labels every time (not recharts' dropping). */
export function labelInterval(count: number, max: number): number {
  return Math.max(0, Math.ceil(count / Math.max(1, max)) - 1);
}

/**
 * Breaks a label into lines no wider than `width` (as `measure` says, in px): whole words where
 * they fit, a word wider than a line split with a hyphen. Nothing is dropped: at most `maxLines`
 * lines, the last one holding the rest (the chart's table shows every label in full anyway).
 */
export function wrapLabel(text: string, width: number, measure: (s: string) => number, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (s: string) => {
    if (s) lines.push(s);
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    push(line);
    line = '';
    let rest = word;
    while (measure(rest) > width && rest.length > 2) {
      // the longest head that fits with its hyphen (at least two letters)
      let cut = rest.length - 1;
      while (cut > 2 && measure(`${rest.slice(0, cut)}-`) > width) cut--;
      push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    line = rest;
  }
  push(line);
  if (lines.length <= maxLines) return lines;
  return [...lines.slice(0, maxLines - 1), lines.slice(maxLines - 1).join(' ').replace(/- /g, '')];
}
