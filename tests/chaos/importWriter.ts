// Child process for the import chaos test: one OPML import and one reply-protocol CSV import after
// the other, each of ROWS rows, through the real Core and dispatcher; prints one line per
// acknowledged import. It kills itself with SIGKILL when the `killAt`-th row of `table` is
// written (a TEMP trigger of this connection counts them; nothing of it is stored), so that the
// kill lands in the middle of an import whatever the machine's speed.
import { Core } from '../../src/main/core/core';

const ROWS = 200;
const [dataDir, cycleArg, table, killAtArg] = process.argv.slice(2);
const cycle = Number(cycleArg);
const killAt = Number(killAtArg);
const core = new Core({ dataDir, version: 'chaos', mode: 'browser', tz: 'Europe/Paris' });
if (core.open().state !== 'ok') process.exit(3);
let written = 0;
core.db!.function('chaos_tick', () => {
  if (++written === killAt) process.kill(process.pid, 'SIGKILL');
  return null;
});
core.db!.exec(`CREATE TEMP TRIGGER chaos_tick AFTER INSERT ON main.${table === 'veille_source' ? 'veille_source' : 'protocol_case'} BEGIN SELECT chaos_tick(); END`);

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
const dispatch = core.dispatch as (channel: string, input: unknown) => Promise<Answer>;
const fail = (r: Answer, marker: string) => {
  process.stdout.write(JSON.stringify({ error: r.error, marker }) + '\n');
  process.exit(4);
};

for (let i = 0; ; i++) {
  const marker = `chaos-${cycle}-${i}`;
  if (i % 2 === 0) {
    const outlines = Array.from({ length: ROWS }, (_, k) => `<outline type="rss" text="${marker}" title="${marker}" xmlUrl="https://c${cycle}-i${i}-k${k}.example/feed.xml"/>`);
    const text = `<?xml version="1.0"?>\n<opml version="2.0"><head><title>chaos</title></head><body>\n${outlines.join('\n')}\n</body></opml>`;
    const r = await dispatch('veille.opml.import', { text });
    if (!r.ok) fail(r, marker);
    process.stdout.write(`${JSON.stringify({ kind: 'opml', marker })}\n`);
  } else {
    const lines = Array.from({ length: ROWS }, (_, k) => `2026-11-${String(1 + (k % 20)).padStart(2, '0')} 10:${String(k % 60).padStart(2, '0')};Instagram;${marker} row ${k};@author${k}`);
    const base64 = Buffer.from(['Date;Network;Message;Author', ...lines].join('\n')).toString('base64');
    const preview = await dispatch('protocol.import.preview', { base64, fileName: `${marker}.csv` });
    if (!preview.ok) fail(preview, marker);
    const r = await dispatch('protocol.import.commit', { base64, fileName: `${marker}.csv`, mapping: (preview.value as { mapping: unknown }).mapping });
    if (!r.ok) fail(r, marker);
    process.stdout.write(`${JSON.stringify({ kind: 'csv', marker })}\n`);
  }
}
