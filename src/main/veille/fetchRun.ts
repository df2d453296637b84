// A fetch run: the feeds of the sources whose fetching is on (all, or those asked for), read under
// the fetch policy (fetcher.ts), parsed off the main thread (the job worker), their new items
// stored (duplicates by canonical URL left out), every request written to the fetch log. Also the
// on-demand "Fetch the full text" of one item. Nothing here runs unless the user turned fetching
// on for a source: with every source off, a run makes no request.
import { AppError } from '../../shared/contract/result';
import { canonicalUrl } from '../../shared/veille/canonicalUrl';
import { allowedHosts, FETCH_LIMITS, hostOf } from '../../shared/veille/fetchPolicy';
import type { FetchOutcome, FetchTrigger } from '../../shared/veille/constants';
import type { FetchSummary } from '../../shared/veille/types';
import type { HandlerContext } from '../ipc/types';
import type { ParsedEntry } from './feedParse';
import { guardedGet, type GetResult } from './fetcher';
import { insertItemIfNew, readItemRow, setFullText } from './itemsStore';
import { insertFetchLog, recordSourceFetch, sourceAddresses } from './sourcesStore';

/** Test seam: limits of one request (the tests shorten the timeout and the caps). */
export const fetchTuning: { timeoutMs: number; maxFeedBytes: number; maxPageBytes: number } = {
  timeoutMs: FETCH_LIMITS.timeoutMs,
  maxFeedBytes: FETCH_LIMITS.maxFeedBytes,
  maxPageBytes: FETCH_LIMITS.maxPageBytes,
};

const userAgent = (version: string) => `Coulisses/${version} (veille; +offline desktop app)`;

let running: Promise<FetchSummary> | null = null;

/** True while a fetch run is going on (a second one is not started). */
export function fetchRunning(): boolean {
  return running !== null;
}

/** Runs `work` in one IMMEDIATE transaction on the context's database. */
function write<T>(ctx: HandlerContext, work: () => T): T {
  return ctx.db.transaction(work).immediate();
}

function storeEntries(ctx: HandlerContext, sourceId: number, entries: ParsedEntry[], now: number): number {
  let added = 0;
  for (const e of entries) {
    const canonical = (e.link && canonicalUrl(e.link)) || (e.guid ? `guid:${sourceId}:${e.guid}` : null);
    if (!canonical) continue;
    const id = insertItemIfNew(ctx.db, {
      sourceId,
      url: e.link ?? '',
      canonicalUrl: canonical,
      guid: e.guid,
      title: e.title,
      author: e.author,
      publishedAt: e.publishedAt,
      addedAt: now,
      tz: ctx.tz,
      origin: 'feed',
      summary: e.text,
      note: '',
    });
    if (id !== null) added++;
  }
  return added;
}

async function fetchOne(ctx: HandlerContext, s: { id: number; url: string; etag: string | null; lastModified: string | null }, allowed: () => Set<string>, trigger: FetchTrigger): Promise<{ requests: number; newItems: number; ok: boolean }> {
  const started = ctx.now();
  const res: GetResult = await guardedGet(s.url, { allowed, expect: 'feed', maxBytes: fetchTuning.maxFeedBytes, timeoutMs: fetchTuning.timeoutMs, etag: s.etag, lastModified: s.lastModified, userAgent: userAgent(ctx.version) });
  let outcome: FetchOutcome = res.outcome;
  let detail = res.detail;
  let feedTitle: string | null = null;
  let entries: ParsedEntry[] = [];
  if (res.outcome === 'ok' || res.outcome === 'truncated') {
    try {
      const parsed = await ctx.jobs.run('veille.parseFeed', { body: res.body, kind: res.kind === 'json' ? 'json' : 'xml', baseUrl: res.url, truncated: res.outcome === 'truncated' });
      feedTitle = parsed.title;
      entries = parsed.entries;
      if (parsed.dropped > 0) detail = `${detail} dropped ${parsed.dropped}`.trim();
    } catch (err) {
      outcome = 'parse_error';
      detail = `${res.outcome === 'truncated' ? `${res.detail}; ` : ''}${(err as Error).message ?? 'not a feed'}`.slice(0, 300);
    }
  }
  const now = ctx.now();
  const newItems = write(ctx, () => {
    const added = entries.length ? storeEntries(ctx, s.id, entries, now) : 0;
    const keepValidators = outcome === 'ok' || outcome === 'not_modified';
    recordSourceFetch(ctx.db, s.id, { at: now, outcome, etag: keepValidators ? res.etag : null, lastModified: keepValidators ? res.lastModified : null, feedTitle });
    insertFetchLog(ctx.db, { at: now, sourceId: s.id, url: res.url, trigger, outcome, httpStatus: res.status, bytes: res.bytes, newItems: added, durationMs: Math.max(0, now - started), detail });
    return added;
  });
  return { requests: res.requests, newItems, ok: outcome === 'ok' || outcome === 'not_modified' || outcome === 'truncated' };
}

/**
 * Fetches the feeds of the sources whose fetching is on (only those in `sourceIds` when given),
 * at most FETCH_LIMITS.concurrency at a time. Returns what happened; a run already going on is
 * not doubled (alreadyRunning).
 */
export async function runFetch(ctx: HandlerContext, opts: { sourceIds?: number[]; trigger: FetchTrigger }): Promise<FetchSummary> {
  if (running) return { requests: 0, sources: 0, newItems: 0, failures: 0, alreadyRunning: true };
  const all = sourceAddresses(ctx.db);
  // Read again before each request and each redirect: a source the user turns off (or deletes)
  // while the run goes on is not requested, nor its host reached by a redirect, from then on.
  const allowed = () => allowedHosts(sourceAddresses(ctx.db));
  const wanted = all.filter((s): s is typeof s & { url: string } => s.fetchEnabled && s.url !== null && (!opts.sourceIds || opts.sourceIds.includes(s.id)));
  if (wanted.length === 0) return { requests: 0, sources: 0, newItems: 0, failures: 0, alreadyRunning: false };
  const work = (async () => {
    const summary: FetchSummary = { requests: 0, sources: wanted.length, newItems: 0, failures: 0, alreadyRunning: false };
    const queue = [...wanted];
    const worker = async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        try {
          const id = s.id;
          const now = sourceAddresses(ctx.db).find((x) => x.id === id);
          if (!now?.fetchEnabled || now.url === null) {
            summary.sources--;
            continue;
          }
          const r = await fetchOne(ctx, { ...s, url: now.url }, allowed, opts.trigger);
          summary.requests += r.requests;
          summary.newItems += r.newItems;
          if (!r.ok) summary.failures++;
        } catch {
          // The database went away (restore, recovery) in the middle of a run: stop counting this one.
          summary.failures++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(FETCH_LIMITS.concurrency, wanted.length) }, worker));
    return summary;
  })();
  running = work;
  try {
    return await work;
  } finally {
    running = null;
  }
}

/**
 * "Fetch the full text" of one item: its page, read by Readability, replaces the feed's excerpt
 * in the cache. Refused (veille_fetch_off) when the item's source has fetching off; a page on a
 * host that is not one of the sources' is not requested (logged as refused).
 */
export async function fetchItemText(ctx: HandlerContext, id: number): Promise<{ outcome: FetchOutcome; detail: string }> {
  const item = readItemRow(ctx.db, id);
  if (!item) throw new AppError('not_found', `Item ${id} does not exist.`);
  const all = sourceAddresses(ctx.db);
  const source = all.find((s) => s.id === item.sourceId);
  if (!source?.fetchEnabled) throw new AppError('veille_fetch_off', 'Fetching is off for the source of this item.');
  const started = ctx.now();
  const res = await guardedGet(item.url, { allowed: () => allowedHosts(sourceAddresses(ctx.db)), expect: 'page', maxBytes: fetchTuning.maxPageBytes, timeoutMs: fetchTuning.timeoutMs, userAgent: userAgent(ctx.version) });
  let outcome: FetchOutcome = res.outcome;
  let detail = res.detail || (res.outcome === 'refused' ? `host_not_source ${hostOf(item.url) ?? ''}` : '');
  let text = '';
  if (res.outcome === 'ok' || res.outcome === 'truncated') {
    try {
      text = (await ctx.jobs.run('veille.extractArticle', { html: res.body, url: res.url })).text;
      if (!text) {
        outcome = 'parse_error';
        detail = 'no text';
      }
    } catch (err) {
      outcome = 'parse_error';
      detail = String((err as Error).message).slice(0, 300);
    }
  }
  const now = ctx.now();
  write(ctx, () => {
    if (text) setFullText(ctx.db, id, text);
    insertFetchLog(ctx.db, { at: now, sourceId: source.id, url: res.url, trigger: 'article', outcome, httpStatus: res.status, bytes: res.bytes, newItems: 0, durationMs: Math.max(0, now - started), detail });
  });
  return { outcome, detail };
}
