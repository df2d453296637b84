import fs from 'node:fs';
import path from 'node:path';

export interface BenchResult {
  name: string;
  value: number;
  reference: number;
  ratio: number;
  target: number;
  /** What the target bounds: the ratio (most figures) or the value itself (sizes, with their own unit). */
  targetOn: 'ratio' | 'value';
  pass: boolean;
  unit?: string;
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Runs measure and reference interleaved, after a warm-up, `runs` times each; returns medians. */
export function interleaved(measure: () => unknown, reference: () => unknown, runs = 7, warmup = 2): { value: number; reference: number } {
  for (let i = 0; i < warmup; i++) {
    measure();
    reference();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(timeMs(measure));
    b.push(timeMs(reference));
  }
  return { value: median(a), reference: median(b) };
}

/** A figure whose target bounds value / reference. */
export function result(name: string, value: number, reference: number, target: number, unit = 'ms', note?: string): BenchResult {
  const ratio = reference > 0 ? value / reference : Infinity;
  return { name, value: round(value), reference: round(reference), ratio: round(ratio), target, targetOn: 'ratio', pass: ratio <= target, unit, ...(note ? { note } : {}) };
}

/** A figure whose target bounds the value itself (a size); the reference and ratio are shown for context. */
export function absolute(name: string, value: number, reference: number, target: number, unit: string, note?: string): BenchResult {
  const ratio = reference > 0 ? value / reference : Infinity;
  return { name, value: round(value), reference: round(reference), ratio: round(ratio), target, targetOn: 'value', pass: value <= target, unit, ...(note ? { note } : {}) };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function printTable(results: BenchResult[]): string {
  const rows = [['name', 'value', 'reference', 'ratio', 'target', 'pass'], ...results.map((r) => [r.name, `${r.value} ${r.unit ?? ''}`.trim(), `${r.reference} ${r.unit ?? ''}`.trim(), String(r.ratio), r.targetOn === 'ratio' ? `ratio ≤ ${r.target}` : `value ≤ ${r.target} ${r.unit ?? ''}`.trim(), r.pass ? 'yes' : 'NO'])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

export function writeResults(file: string, results: BenchResult[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, results.map((r) => JSON.stringify(r)).join('\n') + '\n');
}
