// Child process for the chaos test: writes through the real Core and dispatcher, and prints one
// line per acknowledged write. The parent kills it with SIGKILL at random moments.
import { Core } from '../../src/main/core/core';

const [dataDir, cycleArg] = process.argv.slice(2);
const cycle = Number(cycleArg);
const core = new Core({ dataDir, version: 'chaos', mode: 'browser', tz: 'Europe/Paris' });
const status = core.open();
if (status.state !== 'ok') {
  process.stdout.write(JSON.stringify({ fatal: status }) + '\n');
  process.exit(3);
}

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string } };
type Dispatch = (channel: string, input: unknown) => Promise<Answer>;
const dispatch = core.dispatch as Dispatch;
const ack = (kind: string, marker: string | number) => process.stdout.write(`${JSON.stringify({ kind, marker })}\n`);

const categories = (await dispatch('audit.categories.list', undefined)).value as { id: number }[];
const categoryId = categories[0].id;
let certId = ((await dispatch('career.certification.list', undefined)).value as { id: number; templateKey: string }[] | undefined)?.find((c) => c.templateKey === 'blank')?.id;
if (!certId) certId = ((await dispatch('career.certification.create', { templateKey: 'blank' })).value as { id: number }).id;


// Each cycle owns a distinct day, so entries never overlap across cycles.
const base = Date.UTC(2020, 0, 1) + cycle * 86_400_000;
for (let i = 0; ; i++) {
  const kind = i % 4;
  const marker = `chaos-${cycle}-${i}`;
  let r: Answer;
  if (kind === 0) r = await dispatch('audit.entries.create', { start: base + i * 60_000, end: base + i * 60_000 + 30_000, categoryId, note: marker });
  else if (kind === 1) r = await dispatch('audit.interruptions.log', { channel: 'chat', note: marker, at: base + i * 60_000 });
  else if (kind === 2) r = await dispatch('calendar.item.create', { title: marker });
  else r = await dispatch('career.attempt.record', { certificationId: certId, score: 50, at: base + i * 60_000 + 1 });
  if (!r.ok) {
    process.stdout.write(JSON.stringify({ error: r.error, marker }) + '\n');
    process.exit(4);
  }
  ack(['entry', 'interruption', 'item', 'attempt'][kind], kind === 3 ? base + i * 60_000 + 1 : marker);
}
