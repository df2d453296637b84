// Issue 18's attack on the app's only network feature, against a loopback server whose answers
// the test holds and releases: the user's "off" must hold for requests not yet sent when a run is
// already going on (a source turned off or deleted mid-run is not requested; a redirect to the host
// of a source turned off mid-run is refused), and feed items that link to other hosts are never
// requested by a run.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { fetchTuning } from '../../src/main/veille/fetchRun';
import type { FetchLogRow, FetchSummary, VeilleSource } from '../../src/shared/veille/types';
import { installRequestGuard, type RequestGuard } from '../helpers/requestGuard';
import { openTempCore, unwrap } from '../helpers/tempCore';

interface GatedServer {
  origin: string;
  hits: string[];
  /** Resolves once `n` requests arrived. */
  arrived(n: number): Promise<void>;
  /** Lets every held request (and every later one) be answered. */
  release(): void;
  close(): Promise<void>;
}

const rss = (origin: string, tag: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${tag}</title><item><title>${tag} item</title><link>${origin}/${tag}/1</link><guid>${tag}-1</guid></item><item><title>elsewhere</title><link>http://127.0.0.1:9/never</link><guid>${tag}-2</guid></item></channel></rss>`;

async function gatedServer(redirects: Record<string, () => string> = {}): Promise<GatedServer> {
  const hits: string[] = [];
  let open = false;
  const held: (() => void)[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  let origin = '';
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    for (const w of waiters.filter((w) => hits.length >= w.n)) w.resolve();
    const answer = () => {
      const path = req.url ?? '/';
      if (redirects[path]) {
        res.writeHead(302, { location: redirects[path]() });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss(origin, path.replace(/\W/g, '')));
    };
    if (open) answer();
    else held.push(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    arrived: (n) => new Promise((resolve) => (hits.length >= n ? resolve() : waiters.push({ n, resolve }))),
    release: () => {
      open = true;
      for (const h of held.splice(0)) h();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let core: Core;
let guard: RequestGuard;
const servers: GatedServer[] = [];
beforeEach(() => {
  core = openTempCore({ now: () => Date.UTC(2026, 2, 5, 9, 0) });
  guard = installRequestGuard();
});
afterEach(async () => {
  guard.dispose();
  core.close();
  for (const s of servers.splice(0)) {
    s.release();
    await s.close();
  }
});

const call = async <T>(channel: string, input?: unknown): Promise<T> => unwrap(await core.dispatch(channel, input)) as T;
const addSource = (url: string, fetchEnabled = true) => call<VeilleSource>('veille.source.create', { url, fetchEnabled });

describe('veille: the user\u2019s "off" holds during a run', () => {
  it('a source turned off, or deleted, while a run is going on is not requested', async () => {
    const s = await gatedServer();
    const t = await gatedServer();
    servers.push(s, t);
    // Four sources: three are fetched at once (FETCH_LIMITS.concurrency), the fourth waits its turn.
    const first = await Promise.all(['/one.xml', '/two.xml', '/three.xml'].map((p) => addSource(`${s.origin}${p}`)));
    const fourth = await addSource(`${s.origin}/four.xml`);
    const fifth = await addSource(`${t.origin}/five.xml`);
    const run = core.dispatch('veille.fetch.run', {});
    await s.arrived(3);
    expect(s.hits).toEqual(['/one.xml', '/two.xml', '/three.xml']);
    await call('veille.source.update', { id: fourth.id, fetchEnabled: false });
    await call('veille.source.delete', { id: fifth.id });
    s.release();
    t.release();
    const summary = unwrap(await run) as FetchSummary;
    expect(s.hits).toEqual(['/one.xml', '/two.xml', '/three.xml']);
    expect(t.hits).toEqual([]);
    expect(summary).toMatchObject({ requests: 3, failures: 0 });
    // items linking to another host were stored, never requested
    expect(guard.requests.filter((r) => !r.includes(s.origin.slice('http://'.length)) && !r.includes(t.origin.slice('http://'.length)))).toEqual([]);
    expect(first).toHaveLength(3);
  });

  it('a redirect to the host of a source turned off during the run is refused', async () => {
    const target = await gatedServer();
    target.release();
    const s = await gatedServer({ '/moved.xml': () => `${target.origin}/feed.xml` });
    servers.push(s, target);
    await addSource(`${s.origin}/moved.xml`);
    const other = await addSource(`${target.origin}/feed.xml`);
    const run = core.dispatch('veille.fetch.run', { sourceIds: [(await call<VeilleSource[]>('veille.sources.list')).find((x) => x.url?.includes('moved'))!.id] });
    await s.arrived(1);
    await call('veille.source.update', { id: other.id, fetchEnabled: false });
    s.release();
    unwrap(await run);
    expect(target.hits).toEqual([]);
    const log = await call<FetchLogRow[]>('veille.fetch.log', {});
    expect(log[0]).toMatchObject({ outcome: 'refused', detail: expect.stringContaining('host_not_source') });
  });
});

describe('veille: limits that hold against a hostile server', () => {
  it('a feed whose body trickles in forever ends at the timeout, stores nothing, and the run goes on', async () => {
    const saved = fetchTuning.timeoutMs;
    fetchTuning.timeoutMs = 600;
    const timers = new Set<NodeJS.Timeout>();
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>drip</title>');
      const t = setInterval(() => res.write('<!-- . -->'), 50);
      timers.add(t);
      req.on('close', () => clearInterval(t));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      await addSource(`${origin}/drip.xml`);
      const started = Date.now();
      const summary = unwrap(await core.dispatch('veille.fetch.run', {})) as FetchSummary;
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(summary).toMatchObject({ requests: 1, failures: 1, newItems: 0 });
      const log = await call<FetchLogRow[]>('veille.fetch.log', {});
      expect(log[0]).toMatchObject({ outcome: 'timeout' });
    } finally {
      fetchTuning.timeoutMs = saved;
      for (const t of timers) clearInterval(t);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('an OPML import with fetching turned on makes no request by itself; the run then reaches only the file\u2019s hosts', async () => {
    const s = await gatedServer();
    s.release();
    servers.push(s);
    const text = `<?xml version="1.0"?><opml version="2.0"><body><outline text="Mine" xmlUrl="${s.origin}/mine.xml"/></body></opml>`;
    expect(await call('veille.opml.import', { text, fetchEnabled: true })).toEqual({ created: 1, skipped: 0 });
    expect(guard.requests).toEqual([]);
    expect(guard.connections).toEqual([]);
    await call('veille.fetch.run', {});
    // the feed's items link to this host and to 127.0.0.1:9: a run requests the feed only
    expect(guard.requests).toEqual([`${s.origin}/mine.xml`]);
  });
});
