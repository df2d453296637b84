// The app's only network feature, end to end below the UI: a Core on a real SQLite file fetches
// from feed servers on the loopback address, and a request guard records every request this
// process makes. With fetching off: not one request. With it on: only to the hosts of the sources.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { fetchTuning } from '../../src/main/veille/fetchRun';
import { scheduledTick } from '../../src/main/veille/scheduler';
import type { FetchLogRow, FetchSummary, VeilleItem, VeilleItemRow, VeilleSource } from '../../src/shared/veille/types';
import { startFeedServer, type FeedServer } from '../helpers/feedServer';
import { installRequestGuard, type RequestGuard } from '../helpers/requestGuard';
import { handlerContext, openTempCore, unwrap } from '../helpers/tempCore';

let a: FeedServer;
let b: FeedServer;
let guard: RequestGuard;
let core: Core;
const saved = { ...fetchTuning };

beforeAll(async () => {
  a = await startFeedServer();
  b = await startFeedServer();
  // Small limits so that the huge and the slow feeds are quick to test.
  fetchTuning.maxFeedBytes = 256 * 1024;
  fetchTuning.timeoutMs = 1000;
});
afterAll(async () => {
  Object.assign(fetchTuning, saved);
  await a.close();
  await b.close();
});
beforeEach(() => {
  core = openTempCore({ now: () => Date.UTC(2026, 2, 5, 9, 0) });
  a.hits.length = 0;
  b.hits.length = 0;
  guard = installRequestGuard();
});
afterEach(() => {
  guard.dispose();
  core.close();
});

const call = async <T>(channel: string, input?: unknown): Promise<T> => unwrap(await core.dispatch(channel, input)) as T;
const addSource = (url: string, fetchEnabled = true) => call<VeilleSource>('veille.source.create', { url, fetchEnabled });
const fetchAll = (sourceIds?: number[]) => call<FetchSummary>('veille.fetch.run', sourceIds ? { sourceIds } : {});
const log = () => call<FetchLogRow[]>('veille.fetch.log', {});
const items = async (view = 'all') => (await call<{ items: VeilleItemRow[] }>('veille.items.list', { view })).items;

describe('veille fetching: off by default, no request', () => {
  it('sources added, by address and from OPML, start with fetching off; a fetch run, the schedule and "full text" then make not one request', async () => {
    const s = await call<VeilleSource>('veille.source.create', { url: `${a.origin}/rss.xml` });
    expect(s.fetchEnabled).toBe(false);
    const opml = `<?xml version="1.0"?><opml version="1.0"><body><outline text="x" xmlUrl="${b.origin}/atom.xml"/></body></opml>`;
    expect(await call('veille.opml.import', { text: opml })).toEqual({ created: 1, skipped: 0 });
    expect((await call<VeilleSource[]>('veille.sources.list')).every((x) => !x.fetchEnabled)).toBe(true);
    expect(await fetchAll()).toMatchObject({ requests: 0, sources: 0 });
    expect(await fetchAll([s.id])).toMatchObject({ requests: 0, sources: 0 });
    // A schedule set by the user, due now, still fetches nothing while every source is off.
    await call('veille.settings.update', { schedule: { mode: 'every', everyHours: 1, atMinute: 480 } });
    const later = handlerContext(core.db!, { now: () => Date.UTC(2026, 2, 5, 12, 0), tz: 'Europe/Paris' });
    await scheduledTick(later);
    // A link added by hand on a loopback host: its full text is not fetched either.
    const manual = await call<VeilleItem>('veille.item.add', { url: `${a.origin}/article/1`, sourceId: s.id });
    expect(manual.canFetchText).toBe(false);
    expect(await core.dispatch('veille.item.fetchText', { id: manual.id })).toMatchObject({ ok: false, error: { code: 'veille_fetch_off' } });
    expect(guard.requests).toEqual([]);
    expect(guard.connections).toEqual([]);
    expect(a.hits).toEqual([]);
    expect(b.hits).toEqual([]);
    expect(await log()).toEqual([]);
  });
});

describe('veille fetching: on, per source', () => {
  it('reads RSS 2.0 and Atom, removes duplicates by canonical URL, caches plain text, and logs each request', async () => {
    const rss = await addSource(`${a.origin}/rss.xml`);
    const atom = await addSource(`${a.origin}/atom.xml`);
    const summary = await fetchAll();
    expect(summary).toEqual({ requests: 2, sources: 2, newItems: 4, failures: 0, alreadyRunning: false });
    const all = await items();
    // 3 RSS items + 2 Atom entries, one of which is the RSS video story (http, www., trailing slash, fbclid).
    expect(all.map((i) => i.title).sort()).toEqual(['A competitor tests paid community groups', 'Crème brûlée & « social listening »', 'Employee advocacy programmes spread', 'Short video keeps growing on LinkedIn']);
    const video = all.find((i) => i.title.startsWith('Short video'))!;
    expect(video.sourceId).toBe(rss.id);
    expect(video.publishedAt).toBe(Date.parse('2026-03-02T09:00:00+01:00'));
    const full = await call<VeilleItem>('veille.item.get', { id: video.id });
    expect(full.text).toBe('Vertical video views on LinkedIn doubled in a year.\n\nBrands that post weekly see more reach.');
    expect(full.text).not.toContain('alert');
    // The sources took the feeds' own titles.
    const sources = await call<VeilleSource[]>('veille.sources.list');
    expect(sources.map((x) => x.title).sort()).toEqual(['Brand Watch Notes', 'Social Trends Weekly']);
    expect(sources.find((x) => x.id === atom.id)).toMatchObject({ lastOutcome: 'ok', items: 1 });
    // A second run brings nothing new.
    expect(await fetchAll()).toMatchObject({ requests: 2, newItems: 0 });
    expect(await items()).toHaveLength(4);
    const rows = await log();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ trigger: 'manual', outcome: 'ok', httpStatus: 200 });
    expect(guard.requests.every((r) => r.startsWith(`${a.origin}/`))).toBe(true);
    expect(new Set(guard.connections.map((c) => c.replace(/^::ffff:/, '')))).toEqual(new Set([a.host]));
    expect(b.hits).toEqual([]);
  });

  it('fetches only the sources whose fetching is on', async () => {
    await addSource(`${a.origin}/rss.xml`, true);
    await addSource(`${b.origin}/atom.xml`, false);
    expect(await fetchAll()).toMatchObject({ requests: 1, sources: 1 });
    expect(a.hits).toEqual(['GET /rss.xml']);
    expect(b.hits).toEqual([]);
  });

  it('refuses a redirect to another host unless that host is a source with fetching on', async () => {
    a.redirectTo = `${b.origin}/rss.xml`;
    const s = await addSource(`${a.origin}/elsewhere.xml`);
    expect(await fetchAll()).toMatchObject({ requests: 1, newItems: 0, failures: 1 });
    expect(b.hits).toEqual([]);
    expect((await log())[0]).toMatchObject({ outcome: 'refused', httpStatus: 302, detail: `redirect host_not_source ${b.host}` });
    // b turned into a source, but with fetching off: still refused.
    const other = await addSource(`${b.origin}/atom.xml`, false);
    await fetchAll([s.id]);
    expect(b.hits).toEqual([]);
    // Fetching on for b: the redirect is followed.
    await call('veille.source.update', { id: other.id, fetchEnabled: true });
    expect(await fetchAll([s.id])).toMatchObject({ requests: 2, newItems: 3, failures: 0 });
    expect(b.hits).toEqual(['GET /rss.xml']);
    // A redirect on the same host is followed; a redirect loop stops at the limit.
    const moved = await addSource(`${a.origin}/moved.xml`);
    await fetchAll([moved.id]);
    expect((await log())[0]).toMatchObject({ outcome: 'ok', url: `${a.origin}/rss.xml` });
    const loop = await addSource(`${a.origin}/loop.xml`);
    await fetchAll([loop.id]);
    expect((await log())[0]).toMatchObject({ outcome: 'refused', detail: `redirect too_many_redirects ${a.host}` });
  });

  it('cuts a huge feed at the size cap, keeps its complete items and says so', async () => {
    await addSource(`${a.origin}/huge.xml`);
    const summary = await fetchAll();
    expect(summary.newItems).toBeGreaterThan(100);
    expect(summary.newItems).toBeLessThanOrEqual(500);
    const row = (await log())[0];
    expect(row).toMatchObject({ outcome: 'truncated', bytes: 256 * 1024 });
    expect(row.detail).toContain(`cap ${256 * 1024}`);
  });

  it('logs a broken feed, a web page, a missing one and a slow one, and stores nothing from them', async () => {
    await addSource(`${a.origin}/broken.xml`);
    await addSource(`${a.origin}/page.html`);
    await addSource(`${a.origin}/missing.xml`);
    await addSource(`${a.origin}/slow.xml`);
    expect(await fetchAll()).toMatchObject({ requests: 4, newItems: 0, failures: 4 });
    const outcomes = Object.fromEntries((await log()).map((r) => [new URL(r.url).pathname, r.outcome]));
    expect(outcomes).toEqual({ '/broken.xml': 'parse_error', '/page.html': 'wrong_type', '/missing.xml': 'http_error', '/slow.xml': 'timeout' });
    expect(await items()).toEqual([]);
  });

  it('sends the ETag back and reads a 304 as "not modified"; decodes a Latin-1 feed', async () => {
    await addSource(`${a.origin}/etag.xml`);
    await fetchAll();
    await fetchAll();
    expect((await log())[0]).toMatchObject({ outcome: 'not_modified', httpStatus: 304 });
    await addSource(`${a.origin}/latin1.xml`);
    await fetchAll();
    expect((await items()).some((i) => i.title === 'Été français')).toBe(true);
  });

  it('fetches the full text of an item on a source host (Readability), refuses one on another host', async () => {
    await addSource(`${a.origin}/local.xml`);
    await fetchAll();
    const local = (await items()).find((i) => i.title === 'Local article one')!;
    expect((await call<VeilleItem>('veille.item.get', { id: local.id })).canFetchText).toBe(true);
    expect(await call('veille.item.fetchText', { id: local.id })).toEqual({ outcome: 'ok', detail: '' });
    const text = (await call<VeilleItem>('veille.item.get', { id: local.id })).text;
    expect(text).toContain('Paragraph 6: community managers who batch their monitoring');
    expect(text).not.toContain('Footer links');
    expect(text).not.toContain('window.bad');
    const other = (await items()).find((i) => i.title === 'Local article elsewhere')!;
    expect((await call<VeilleItem>('veille.item.get', { id: other.id })).canFetchText).toBe(false);
    expect(await call('veille.item.fetchText', { id: other.id })).toEqual({ outcome: 'refused', detail: 'host_not_source localhost:9' });
    expect(guard.connections.every((c) => c.replace(/^::ffff:/, '') === a.host)).toBe(true);
  });

  it('the schedule fetches when due, once, and only the sources that are on', async () => {
    await addSource(`${a.origin}/rss.xml`);
    const at = (h: number) => handlerContext(core.db!, { now: () => Date.UTC(2026, 2, 5, h, 0), tz: 'Europe/Paris' });
    // Off by default: nothing.
    expect(scheduledTick(at(10))).toBeNull();
    await call('veille.settings.update', { schedule: { mode: 'every', everyHours: 2, atMinute: 480 } });
    expect(scheduledTick(at(10))).toBeNull();
    await scheduledTick(at(11));
    expect(a.hits).toEqual(['GET /rss.xml']);
    expect(scheduledTick(at(12))).toBeNull();
    expect((await log())[0].trigger).toBe('schedule');
  });

  it('parses in the job worker thread as the app does (no database connection for pure parsing)', async () => {
    core.close();
    core = openTempCore({ now: () => Date.UTC(2026, 2, 5, 9, 0), jobWorker: { path: path.resolve('src/main/core/jobWorker.ts'), typescript: true } });
    await addSource(`${a.origin}/rss.xml`);
    await addSource(`${a.origin}/broken.xml`);
    expect(await fetchAll()).toMatchObject({ requests: 2, newItems: 3, failures: 1 });
    expect(Object.fromEntries((await log()).map((r) => [new URL(r.url).pathname, r.outcome]))).toEqual({ '/rss.xml': 'ok', '/broken.xml': 'parse_error' });
  }, 30_000);
});
