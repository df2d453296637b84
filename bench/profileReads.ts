// Times chosen read channels through Core's dispatch on the bench's three-year dataset, without
// the browser-mode server: median and p95 over --n calls each (after 5 warm-up calls).
// The dataset is seeded once into --dir (default /tmp/coulisses-profile-reads) and reused; pass
// --fresh to rebuild it. Usage: npx tsx bench/profileReads.ts [--n 200] [channel…]
// With `node --cpu-prof --import tsx bench/profileReads.ts <channel>` it shows where time goes.
// --http: through the browser-mode server as `npm run bench` measures (HTTP and JSON both ways).
import fs from 'node:fs';
import path from 'node:path';
import { channels, type ChannelName } from '../src/shared/contract';
import { Core } from '../src/main/core/core';
import { startBrowserServer, type BrowserServer } from '../src/main/browser-mode/server';
import { BENCH_CALENDAR, buildDataset, readCandidates } from './dataset';
import { median, percentile } from './lib';

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
type Dispatch = (channel: string, input: unknown) => Promise<Answer>;

const argv = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv.splice(i, 2)[1] : fallback;
};
const fresh = argv.includes('--fresh');
const viaHttp = argv.includes('--http');
const n = Number(opt('n', '200'));
const dir = opt('dir', '/tmp/coulisses-profile-reads');
const names = argv.filter((a) => !a.startsWith('--'));
const { tz, DAY, from, days } = BENCH_CALENDAR;
const candidates = readCandidates();
const targets = (names.length > 0 ? names : ['veille.measures', 'protocol.cases.board', 'audit.export.csv', 'reports.today', 'protocol.summary', 'career.decision.exportMarkdown', 'system.ping']) as ChannelName[];

const ready = path.join(dir, 'seeded');
if (fresh) fs.rmSync(dir, { recursive: true, force: true });
const core = new Core({ dataDir: dir, version: 'bench', mode: 'browser', tz, now: () => from + days * DAY });
if (core.open().state !== 'ok') throw new Error('cannot open the database');
let dispatch = core.dispatch as Dispatch;
if (!fs.existsSync(ready)) {
  const t0 = performance.now();
  const counts = await buildDataset(dispatch, { seed: 1, scale: 1, from, days });
  fs.writeFileSync(ready, JSON.stringify(counts));
  process.stderr.write(`seeded ${JSON.stringify(counts)} in ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}

// One process per data folder: Core lets go of it before the server opens it.
if (viaHttp) core.close();
const server: BrowserServer | null = viaHttp ? await startBrowserServer({ dataDir: dir, rendererDir: path.join(dir, 'no-renderer'), version: 'bench', tz, now: () => from + days * DAY }) : null;
if (server) {
  const s = server;
  dispatch = async (channel, input) => {
    const res = await fetch(`${s.origin}/api/${channel}`, { method: 'POST', headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' }, body: JSON.stringify(input ?? null) });
    return (await res.json()) as Answer;
  };
}

for (const channel of targets) {
  const input = candidates.find((c) => channels[channel].input.safeParse(c).success);
  for (let i = 0; i < 5; i++) {
    const r = await dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  }
  const xs: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await dispatch(channel, input);
    const used = process.cpuUsage(c);
    xs.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  // CPU time of this process per call too: on a machine shared with other work it moves less than wall time.
  console.log(
    `${channel.padEnd(34)} median ${median(xs).toFixed(2).padStart(7)} ms  p95 ${percentile(xs, 95).toFixed(2).padStart(7)} ms  (CPU median ${median(cpu).toFixed(2).padStart(6)} ms, p95 ${percentile(cpu, 95).toFixed(2).padStart(6)} ms)`,
  );
}
if (server) await server.close();
else core.close();
