import Database from 'better-sqlite3';
import { rng } from './lib';

const pad = (n: number) => String(n).padStart(2, '0');

/** A Toggl Track detailed export with `rows` rows, one every 12 minutes (no overlaps). */
export function buildTogglCsv(rows: number, seed: number): string {
  const random = rng(seed);
  const projects = ['Content', 'Strategy', 'Moderation', 'Meetings', 'Reporting', 'Admin', 'Paid', 'Monitoring'];
  const lines = ['User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()'];
  let t = Date.UTC(2015, 0, 5, 8);
  for (let i = 0; i < rows; i++) {
    const length = 5 + Math.floor(random() * 6);
    const s = new Date(t);
    const e = new Date(t + length * 60_000);
    const date = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const time = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00`;
    lines.push(`Alex,alex@example.com,,${projects[i % projects.length]},,Task ${i},No,${date(s)},${time(s)},${date(e)},${time(e)},00:${pad(length)}:00,,`);
    t += 12 * 60_000;
    if (new Date(t).getUTCHours() >= 18) t += 14 * 3_600_000;
  }
  return lines.join('\n') + '\n';
}

/** The reference: the same rows, already parsed, inserted by a bare better-sqlite3 transaction. */
export function bareInsert(file: string, rows: number, seed: number): number {
  const random = rng(seed);
  const parsed: { start: number; end: number; note: string }[] = [];
  let t = Date.UTC(2015, 0, 5, 8);
  for (let i = 0; i < rows; i++) {
    const length = 5 + Math.floor(random() * 6);
    parsed.push({ start: t, end: t + length * 60_000, note: `Task ${i}` });
    t += 12 * 60_000;
    if (new Date(t).getUTCHours() >= 18) t += 14 * 3_600_000;
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, start_at INTEGER, end_at INTEGER, note TEXT, category_id INTEGER)');
  const insert = db.prepare('INSERT INTO t (start_at, end_at, note, category_id) VALUES (?, ?, ?, 1)');
  const t0 = performance.now();
  db.transaction(() => {
    for (const r of parsed) insert.run(r.start, r.end, r.note);
  })();
  const ms = performance.now() - t0;
  db.close();
  return ms;
}
