// Test and bench helper: synthetic Toggl exports of any size, from a seeded generator.

/** Mulberry32: a small deterministic generator for the dataset. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

