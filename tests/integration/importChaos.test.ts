// Issue 18: SIGKILL in the middle of an OPML import (veille) or a reply-protocol CSV import leaves
// all or nothing of that file, and every acknowledged import whole. The writer (tests/chaos/
// importWriter.ts) kills itself in the middle of an import, at a row that moves from cycle to cycle.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

const ROWS = 200;
const writer = path.resolve('tests/chaos/importWriter.ts');

describe('chaos: SIGKILL during imports', () => {
  it('an OPML or protocol CSV import killed mid-way is all or nothing; acknowledged ones are whole', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-import-chaos-'));
    const acked = new Set<string>();
    const errors: string[] = [];
    let partial: string[] = [];
    let seen = 0;
    let kills = 0;
    for (let cycle = 0; cycle < 5; cycle++) {
      // The kill lands in the middle of the (cycle % 3 + 1)-th import of that kind, at a row that moves.
      const table = cycle % 2 === 0 ? 'veille_source' : 'protocol_case';
      const killAt = (cycle % 3) * ROWS + 1 + ((cycle * 37) % (ROWS - 1));
      const child = fork(writer, [dataDir, String(cycle), table, String(killAt)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
      let buffer = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        for (let nl = buffer.indexOf('\n'); nl >= 0; nl = buffer.indexOf('\n')) {
          const msg = JSON.parse(buffer.slice(0, nl)) as { marker?: string; kind?: string };
          buffer = buffer.slice(nl + 1);
          if (msg.kind && msg.marker) acked.add(msg.marker);
          else errors.push(JSON.stringify(msg));
        }
      });
      let stderr = '';
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      const signal = await new Promise<string | null>((r) => child.once('exit', (_code, sig) => r(sig)));
      if (signal !== 'SIGKILL') errors.push(`cycle ${cycle} ended without the kill: ${stderr.slice(0, 500)}`);
      kills++;

      const db = new Database(path.join(dataDir, 'coulisses.sqlite'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const sources = db.prepare('SELECT title AS marker, count(*) n FROM veille_source GROUP BY title').all() as { marker: string; n: number }[];
        const cases = db.prepare("SELECT substr(text, 1, instr(text, ' row ') - 1) AS marker, count(*) n FROM protocol_case GROUP BY 1").all() as { marker: string; n: number }[];
        const found = new Map([...sources, ...cases].map((r) => [r.marker, r.n]));
        partial = [...found].filter(([, n]) => n !== ROWS).map(([m, n]) => `${m}: ${n}`);
        expect(partial).toEqual([]);
        expect([...acked].filter((m) => found.get(m) !== ROWS)).toEqual([]);
        seen = found.size;
      } finally {
        db.close();
      }
    }
    expect(errors).toEqual([]);
    expect(kills).toBe(5);
    expect(acked.size).toBeGreaterThan(5);
    expect(seen).toBeGreaterThanOrEqual(acked.size);
  }, 120_000);
});
