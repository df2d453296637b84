// The one place the app makes network requests: GET of a feed or an article page, from the main
// process, with Node's fetch. Every address (the first and each redirect) passes the pure checks
// of src/shared/veille/fetchPolicy.ts before a request leaves: only the hosts of the user's
// sources whose fetching is on. Redirects are followed by hand (redirect: 'manual') so that each
// hop is checked; bodies stream in under a size cap; each hop has a timeout.
import { capChunk, checkRedirect, checkRequest, contentKind, declaredCharset, FETCH_LIMITS, type RefusalReason } from '../../shared/veille/fetchPolicy';
import type { FetchOutcome } from '../../shared/veille/constants';

export interface GetOptions {
  /**
   * Hosts a request may go to (allowedHosts of the sources): a set, or a function read again
   * before each hop, so that a source the user turns off during a request is not reached by a
   * redirect that comes after.
   */
  allowed: ReadonlySet<string> | (() => ReadonlySet<string>);
  /** A feed (XML or JSON Feed) or a web page (HTML). */
  expect: 'feed' | 'page';
  maxBytes: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** HTTP validators of the previous response, for a conditional request (304). */
  etag?: string | null;
  lastModified?: string | null;
  userAgent: string;
}

export interface GetResult {
  outcome: Exclude<FetchOutcome, 'parse_error'>;
  /** The address finally read (after redirects), or the refused one. */
  url: string;
  /** Requests that left (0 when the first address was refused). */
  requests: number;
  status: number | null;
  kind: 'xml' | 'json' | 'html' | 'other';
  body: string;
  bytes: number;
  etag: string | null;
  lastModified: string | null;
  /** Short machine words for the log: 'host_not_source 1.2.3.4:80', 'redirect host_not_source other.example', 'cap 5242880'. */
  detail: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = declaredCharset(contentType, head) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array; cut: boolean }> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  let cut = false;
  const reader = res.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(), cut };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const { keep, cut: over } = capChunk(received, value.length, maxBytes);
    if (keep > 0) chunks.push(value.subarray(0, keep));
    received += keep;
    if (over) {
      cut = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, cut };
}

const refusal = (reason: RefusalReason, host: string | null) => `${reason}${host ? ` ${host}` : ''}`;

/**
 * GETs `url` under the rules above. Never throws: every failure is an outcome for the fetch log
 * (refused, http_error, wrong_type, timeout, network); a body over the cap is 'truncated' with
 * what arrived before the cap.
 */
export async function guardedGet(url: string, o: GetOptions): Promise<GetResult> {
  const base = { status: null, kind: 'other' as const, body: '', bytes: 0, etag: null, lastModified: null };
  // Sources that cannot be read (the database closing for a restore) allow no host at all.
  const allowed = (): ReadonlySet<string> => {
    try {
      return typeof o.allowed === 'function' ? o.allowed() : o.allowed;
    } catch {
      return new Set();
    }
  };
  const first = checkRequest(url, allowed());
  if (!first.ok) return { ...base, outcome: 'refused', url, requests: 0, detail: refusal(first.reason, first.host) };
  let current = first.url;
  let requests = 0;
  const accept = o.expect === 'feed' ? 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1' : 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1';
  for (let hops = 0; ; hops++) {
    const headers: Record<string, string> = { accept, 'user-agent': o.userAgent };
    if (hops === 0 && o.etag) headers['if-none-match'] = o.etag;
    if (hops === 0 && o.lastModified) headers['if-modified-since'] = o.lastModified;
    let res: Response;
    try {
      requests++;
      res = await fetch(current, { method: 'GET', redirect: 'manual', headers, signal: AbortSignal.timeout(o.timeoutMs ?? FETCH_LIMITS.timeoutMs) });
    } catch (err) {
      const e = err as { name?: string; cause?: { code?: string; message?: string }; message?: string };
      if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { ...base, outcome: 'timeout', url: current, requests, detail: `timeout ${o.timeoutMs ?? FETCH_LIMITS.timeoutMs}` };
      return { ...base, outcome: 'network', url: current, requests, detail: String(e?.cause?.code ?? e?.cause?.message ?? e?.message ?? 'error').slice(0, 200) };
    }
    if (REDIRECTS.has(res.status)) {
      await res.body?.cancel().catch(() => undefined);
      const next = checkRedirect(current, res.headers.get('location'), allowed(), hops, o.maxRedirects ?? FETCH_LIMITS.maxRedirects);
      if (!next.ok) return { ...base, outcome: 'refused', status: res.status, url: current, requests, detail: `redirect ${refusal(next.reason, next.host)}` };
      current = next.url;
      continue;
    }
    const contentType = res.headers.get('content-type');
    const kind = contentKind(contentType);
    const meta = { status: res.status, kind, etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      return { ...base, ...meta, outcome: 'not_modified', url: current, requests, detail: '' };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => undefined);
      return { ...base, ...meta, outcome: 'http_error', url: current, requests, detail: `HTTP ${res.status}` };
    }
    const wanted = o.expect === 'feed' ? kind === 'xml' || kind === 'json' : kind === 'html' || kind === 'xml';
    if (!wanted) {
      await res.body?.cancel().catch(() => undefined);
      return { ...base, ...meta, outcome: 'wrong_type', url: current, requests, detail: (contentType ?? '').slice(0, 100) };
    }
    try {
      const { bytes, cut } = await readCapped(res, o.maxBytes);
      return { ...meta, outcome: cut ? 'truncated' : 'ok', url: current, requests, body: decode(bytes, contentType), bytes: bytes.length, detail: cut ? `cap ${o.maxBytes}` : '' };
    } catch (err) {
      const e = err as { name?: string; message?: string };
      if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { ...base, ...meta, outcome: 'timeout', url: current, requests, detail: `timeout ${o.timeoutMs ?? FETCH_LIMITS.timeoutMs}` };
      return { ...base, ...meta, outcome: 'network', url: current, requests, detail: String(e?.message ?? 'error').slice(0, 200) };
    }
  }
}
