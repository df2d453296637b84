import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

export interface ChaosReport {
  cycles: number;
  acknowledged: number;
  lost: number;
  integrityFailures: number;
  errors: string[];
}

const writer = path.join(path.dirname(fileURLToPath(import.meta.url)), 'writer.ts');

/** Kills a writing child with SIGKILL at random moments; after each kill, checks everything acknowledged is there. */
export async function runChaos(opts: { cycles: number; seed?: number; dataDir?: string; maxRunMs?: number }): Promise<ChaosReport> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-chaos-'));
  let seed = opts.seed ?? 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const report: ChaosReport = { cycles: 0, acknowledged: 0, lost: 0, integrityFailures: 0, errors: [] };
  const acked: { kind: string; marker: string | number }[] = [];

  for (let cycle = 0; cycle < opts.cycles; cycle++) {
    const child = fork(writer, [dataDir, String(cycle)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let buffer = '';
    let started = false;
    const startedP = new Promise<void>((resolve) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          const msg = JSON.parse(line) as { kind?: string; marker?: string | number; error?: unknown; fatal?: unknown };
          if (msg.kind) acked.push({ kind: msg.kind, marker: msg.marker! });
          else report.errors.push(line);
          if (!started) {
            started = true;
            resolve();
          }
        }
      });
      child.once('exit', () => resolve());
    });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    await startedP;
    // Let it write for a random while (up to maxRunMs), then kill it mid-flight.
    await new Promise((r) => setTimeout(r, random() * (opts.maxRunMs ?? 150)));
    child.kill('SIGKILL');
    await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)));
    if (!started && stderr) report.errors.push(stderr.slice(0, 500));
    report.cycles++;

    const db = new Database(path.join(dataDir, 'coulisses.sqlite'));
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') report.integrityFailures++;
      const has = {
        entry: db.prepare('SELECT 1 FROM time_entry WHERE note = ?'),
        interruption: db.prepare('SELECT 1 FROM interruption WHERE note = ?'),
        attempt: db.prepare('SELECT 1 FROM cert_attempt WHERE at = ?'),
        item: db.prepare('SELECT 1 FROM content_item WHERE title = ?'),
      } as const;
      report.lost = acked.filter((a) => !has[a.kind as keyof typeof has].get(a.marker)).length;
    } catch (err) {
      report.errors.push(String(err));
      report.integrityFailures++;
    } finally {
      db.close();
    }
  }
  report.acknowledged = acked.length;
  return report;
}
