// `npm run bench`: speed and memory ratios on three years of a heavy user's data.
// Options: --scale 1 (dataset size), --seed 1, --runs 7, --skip-browser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { CHANNEL_NAMES, channels } from '../src/shared/contract';
import { startBrowserServer, type BrowserServer } from '../src/main/browser-mode/server';
import { Core } from '../src/main/core/core';
import { BENCH_CALENDAR, buildDataset, readCandidates } from './dataset';
import { initialBundleGz } from './bundle';
import { absolute, interleaved, median, percentile, printTable, result, writeResults, type BenchResult } from './lib';
import { measureBrowser } from './browser';
import { bareInsert } from './importBench';
import { buildTogglCsv } from '../tests/helpers/togglCsv';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const scale = arg('scale', 1);
const seed = arg('seed', 1);
const runs = Math.max(7, arg('runs', 7));
const skipBrowser = process.argv.includes('--skip-browser');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-bench-'));
const { tz, DAY, from, days, weekFrom, weekTo } = BENCH_CALENDAR;
type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
type Dispatch = (channel: string, input: unknown) => Promise<Answer>;

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

function openCore(dir: string): Core {
  const core = new Core({ dataDir: dir, version: 'bench', mode: 'browser', tz, now: () => from + days * DAY });
  if (core.open().state !== 'ok') throw new Error('cannot open bench database');
  return core;
}

log(`Building the dataset (scale ${scale}, seed ${seed}) in ${tmp}…`);
const t0 = performance.now();
const bigDir = path.join(tmp, 'big');
const big = openCore(bigDir);
const counts = await buildDataset(big.dispatch as Dispatch, { seed, scale, from, days });
const weekDir = path.join(tmp, 'week');
const small = openCore(weekDir);
const weekCounts = await buildDataset(small.dispatch as Dispatch, { seed, scale, from, days, onlyFrom: weekFrom, onlyTo: weekTo });
log(`  ${JSON.stringify(counts)} in ${((performance.now() - t0) / 1000).toFixed(1)} s; one-week database: ${weekCounts.entries} entries`);

const results: BenchResult[] = [];
const dBig = big.dispatch as Dispatch;
const dSmall = small.dispatch as Dispatch;
const period = { from: weekFrom, to: weekTo, tz };
const ok = (r: Answer) => {
  if (!r.ok) throw new Error(`${r.error?.code}: ${r.error?.message}`);
  return r.value;
};

// 1. week_report_scaling
{
  const m = interleaved(async () => ok(await dBig('audit.report', period)), async () => ok(await dSmall('audit.report', period)), runs);
  results.push(result('week_report_scaling', m.value, m.reference, 1.5));
}

// 2. week_report_vs_sql
{
  const bare = big.db!.prepare(`
    SELECT c.mode, SUM(MIN(e.end_at, @to) - MAX(e.start_at, @from)) / 60000.0 AS minutes
    FROM time_entry e JOIN category c ON c.id = e.category_id
    WHERE e.start_at < @to AND e.end_at > @from
    GROUP BY c.mode`);
  const m = interleaved(async () => ok(await dBig('audit.report', period)), () => bare.all({ from: weekFrom, to: weekTo }), runs);
  results.push(result('week_report_vs_sql', m.value, m.reference, 5));
}

// 3. trend_vs_sql
{
  const whole = { from, to: from + days * DAY, tz };
  const bare = big.db!.prepare(`
    SELECT (e.start_at - @from) / 604800000 AS week, c.mode, SUM(e.end_at - e.start_at) / 60000.0 AS minutes, COUNT(*) AS n
    FROM time_entry e JOIN category c ON c.id = e.category_id
    WHERE e.start_at < @to AND e.end_at > @from
    GROUP BY week, c.mode`);
  const bareInt = big.db!.prepare('SELECT (at - @from) / 604800000 AS week, COUNT(*) n FROM interruption WHERE at >= @from AND at < @to GROUP BY week');
  const m = interleaved(
    async () => ok(await dBig('audit.trend', whole)),
    () => {
      bare.all({ from: whole.from, to: whole.to });
      bareInt.all({ from: whole.from, to: whole.to });
    },
    runs,
  );
  results.push(result('trend_vs_sql', m.value, m.reference, 2));
}

// 4. import_vs_insert (with the event loop watched while the import runs). The reference inserts
// the same rows, parsed beforehand, into the same tables with a bare transaction; the figure for a
// scratch table without indexes is printed too, to show what the schema itself costs.
{
  const rows = Math.round(100_000 * scale);
  const csv = buildTogglCsv(rows, seed);
  const base64 = Buffer.from(csv).toString('base64');
  const imports: number[] = [];
  const inserts: number[] = [];
  const scratch: number[] = [];
  let stallMs = 0;
  // The worker as shipped (built by electron-vite) when present, else the TypeScript source via tsx.
  const built = path.join(root, 'out/main/jobWorker.js');
  const jobWorker = fs.existsSync(built) ? { path: built } : { path: path.join(root, 'src/main/core/jobWorker.ts'), typescript: true };
  for (let i = 0; i <= runs; i++) {
    const dir = path.join(tmp, `import-${i}`);
    const core = new Core({ dataDir: dir, version: 'bench', mode: 'browser', tz, jobWorker });
    core.open();
    const d = core.dispatch as Dispatch;
    const cats = ok(await d('audit.categories.list', undefined)) as { id: number }[];
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    const tImport = performance.now();
    // The whole import as the user does it: the preview (the file crosses to the worker, is parsed,
    // checked, deduplicated and held) then the commit of the held file with its mapping. The worker
    // thread does both while this thread keeps a 10 ms timer going; its longest delay is the stall.
    const pendingPreview = core.dispatch('audit.import.preview', { base64, fileName: 'toggl.csv', tz });
    const syncPart = performance.now() - tImport;
    const preview = ok(await pendingPreview) as { importId: string; sources: { project: { value: string }[] } };
    const map: Record<string, number> = Object.fromEntries(preview.sources.project.map((p, j) => [p.value, cats[j % cats.length].id]));
    const pending = core.dispatch('audit.import.commit', { importId: preview.importId, mapping: { by: 'project', map, fallbackCategoryId: null } });
    const r = await pending;
    const importMs = performance.now() - tImport;
    h.disable();
    if (!r.ok) throw new Error(`import failed: ${r.error.code} ${r.error.message}`);
    core.close();
    const reference = bareInsert(path.join(tmp, `bare-${i}`), csv, tz, (project) => map[project]);
    if (i === 0) continue; // warm-up
    imports.push(importMs);
    inserts.push(reference.schema);
    scratch.push(reference.scratch);
    stallMs = Math.max(stallMs, h.max / 1e6, syncPart);
  }
  const importMs = median(imports);
  const note = `longest event-loop stall ${Math.round(stallMs)} ms (target ≤ 100); the same rows into a scratch table without indexes: ${Math.round(median(scratch))} ms (${(importMs / median(scratch)).toFixed(1)}×)`;
  const r = result('import_vs_insert', importMs, median(inserts), 4, 'ms', note);
  r.pass = r.pass && stallMs <= 100;
  results.push(r);
}

// 4b. json_import_stall: a 30 MB JSON export imported through the browser-mode server. The file is
// checked, backed up and written in the worker; the main thread only reads and parses the request
// (yielding between the steps) and keeps answering pings meanwhile. Its longest stall is the value.
{
  const built = path.join(root, 'out/main/jobWorker.js');
  const jobWorker = fs.existsSync(built) ? { path: built } : { path: path.join(root, 'src/main/core/jobWorker.ts'), typescript: true };
  const jsonServer = await startBrowserServer({ dataDir: path.join(tmp, 'json-import'), rendererDir: path.join(root, 'out/renderer'), version: 'bench', tz, jobWorker });
  const post = async (channel: string, input: unknown) => {
    const res = await fetch(`${jsonServer.origin}/api/${channel}`, { method: 'POST', headers: { authorization: `Bearer ${jsonServer.token}`, 'content-type': 'application/json' }, body: JSON.stringify(input ?? null) });
    return (await res.json()) as Answer;
  };
  const exported = ok(await post('data.export', null)) as { tables: Record<string, unknown[]> };
  const filler = Array.from({ length: Math.round(250_000 * scale) }, (_, i) => ({ key: `filler-${i}`, value: JSON.stringify('x'.repeat(80)) }));
  const json = JSON.stringify({ ...exported, tables: { ...exported.tables, settings: [...exported.tables.settings, ...filler] } });
  const stalls: number[] = [];
  const durations: number[] = [];
  let pings = 0;
  let pingMax = 0;
  for (let i = 0; i < 3; i++) {
    const h = monitorEventLoopDelay({ resolution: 10 });
    h.enable();
    let done = false;
    const t0 = performance.now();
    const pending = post('data.import', { json }).then((r) => ((done = true), r));
    while (!done) {
      const t = performance.now();
      await post('system.ping', null);
      pingMax = Math.max(pingMax, performance.now() - t);
      pings++;
      await new Promise((r) => setTimeout(r, 20));
    }
    h.disable();
    ok(await pending);
    durations.push(performance.now() - t0);
    stalls.push(h.max / 1e6);
  }
  await jsonServer.close();
  results.push(absolute('json_import_stall', median(stalls), median(durations), 300, 'ms', `longest event-loop stall against the whole import (reference); ${(json.length / 1e6).toFixed(1)} MB file, 3 runs; ${pings} pings answered during the imports, slowest ${Math.round(pingMax)} ms`));
}


let server: BrowserServer | null = null;
{
  // One process per data folder: the bench's own Core lets go of it before the server opens it.
  big.close();
  server = await startBrowserServer({ dataDir: bigDir, rendererDir: path.join(root, 'out/renderer'), version: 'bench', tz, now: () => from + days * DAY });
  const post = async (channel: string, input: unknown) => {
    const res = await fetch(`${server!.origin}/api/${channel}`, { method: 'POST', headers: { authorization: `Bearer ${server!.token}`, 'content-type': 'application/json' }, body: JSON.stringify(input ?? null) });
    return (await res.json()) as { ok: boolean };
  };
  const candidates = readCandidates();
  // Not interactive reads: the full JSON export (a file the user saves) and the import previews
  // (a file parsed in the worker thread, measured by import_vs_insert; an OPML file).
  const notInteractive = new Set(['system.ping', 'data.export', 'audit.import.preview', 'veille.opml.preview']);
  const reads = CHANNEL_NAMES.filter((c) => channels[c].kind === 'read' && !notInteractive.has(c));
  log(`  not measured here: ${[...notInteractive].filter((c) => c !== 'system.ping').join(', ')} (files, not screen reads)`);
  const p95 = async (channel: string, input: unknown, n = 60) => {
    const xs: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await post(channel, input);
      xs.push(performance.now() - t);
    }
    return percentile(xs, 95);
  };
  const noop = await p95('system.ping', undefined, 200);
  let worst = 0;
  let worstName = '';
  for (const channel of reads) {
    const input = candidates.find((c) => channels[channel].input.safeParse(c).success);
    // A read channel without a valid input here, or one that fails, is a bench bug: stop rather than skip it.
    if (input === undefined && !channels[channel].input.safeParse(undefined).success) throw new Error(`ipc_read_p95: no input for ${channel}; add one to the candidates`);
    const first = await post(channel, input);
    if (!first.ok) throw new Error(`ipc_read_p95: ${channel} failed: ${JSON.stringify(first).slice(0, 200)}`);
    const v = await p95(channel, input);
    log(`  ${channel.padEnd(34)} p95 ${v.toFixed(2)} ms  (${(v / noop).toFixed(1)}×)`);
    if (v > worst) {
      worst = v;
      worstName = channel;
    }
  }
  results.push(result('ipc_read_p95', worst, noop, 10, 'ms', `worst channel: ${worstName}`));
}

// 6, 7. dashboard_paint and renderer_heap in Chromium; 8. initial bundle.
if (!skipBrowser) {
  const emptyDir = path.join(tmp, 'empty');
  const empty = await startBrowserServer({ dataDir: emptyDir, rendererDir: path.join(root, 'out/renderer'), version: 'bench', tz });
  // Both databases open on Today, not on the guided first run (a new database shows it first).
  for (const s of [server!, empty]) await s.core.dispatch('settings.update', { setupDone: true });
  const m = await measureBrowser(server!, empty, runs);
  results.push(result('dashboard_paint', m.paintBig, m.paintEmpty, 1.5));
  results.push(absolute('renderer_heap', (m.heapBig - m.heapEmpty) / 1e6, m.heapEmpty / 1e6, 40, 'MB', `JS heap after every screen: three-year database minus empty one (empty: ${(m.heapEmpty / 1e6).toFixed(1)} MB, three-year: ${(m.heapBig / 1e6).toFixed(1)} MB)`));
  await empty.close();
}
await server?.close();
small.close();
{
  const b = initialBundleGz(path.join(root, 'out/renderer'));
  results.push(absolute('bundle_initial_gz', b.bytes / 1024, b.totalBytes / 1024, 250, 'KB', `loaded before the first paint: ${b.files.join(' ')}; reference = all JavaScript of the renderer, gzipped`));
}

console.log(printTable(results));
for (const r of results) if (r.note) console.log(`  ${r.name}: ${r.note}`);
writeResults(path.join(root, 'bench/results.json'), results);
fs.rmSync(tmp, { recursive: true, force: true });
process.exit(results.every((r) => r.pass) ? 0 : 1);
