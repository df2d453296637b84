// The rules of the app's only network feature, as pure decisions (src/main/veille/fetcher.ts
// applies them; tests/integration/veilleFetch.test.ts proves them against a loopback server):
// a request goes only to the host of one of the user's sources whose fetching is on, over http(s),
// without credentials in the address; a redirect is followed only to such a host; a body stops at
// a size cap; a feed must say it is a feed.

/** Limits of one request. The figures are ours: generous for real feeds, small enough to stay responsive. */
export const FETCH_LIMITS = {
  /** Whole request (connection, headers and body) per hop, ms. */
  timeoutMs: 15_000,
  /** A feed larger than this is cut: 5 MiB (large podcast feeds are 1–3 MiB). */
  maxFeedBytes: 5 * 1024 * 1024,
  /** An article page larger than this is cut: 3 MiB. */
  maxPageBytes: 3 * 1024 * 1024,
  /** Redirects followed per request (each checked). */
  maxRedirects: 5,
  /** Sources fetched at the same time. */
  concurrency: 3,
} as const;

export type RefusalReason = 'bad_url' | 'scheme' | 'credentials' | 'host_not_source' | 'too_many_redirects' | 'no_location';

export type Decision = { ok: true; url: string; host: string } | { ok: false; reason: RefusalReason; host: string | null };

/**
 * The host of an address as requests are matched ('example.com', 'feeds.example.com:8080',
 * '127.0.0.1:5301'): lower case, with a non-default port, null for anything but http(s).
 */
export function hostOf(raw: string): string | null {
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.host.toLowerCase() || null;
  } catch {
    return null;
  }
}

/**
 * The hosts requests may go to: those of the sources whose fetching the user turned on. A source
 * with fetching off names no host, so turning every source off means no request at all.
 */
export function allowedHosts(sources: readonly { url: string | null; fetchEnabled: boolean }[]): Set<string> {
  const hosts = new Set<string>();
  for (const s of sources) {
    if (!s.fetchEnabled || !s.url) continue;
    const host = hostOf(s.url);
    if (host) hosts.add(host);
  }
  return hosts;
}

/** May a request go to `raw`? Only http(s), no user:password@, and only to an allowed host. */
export function checkRequest(raw: string, allowed: ReadonlySet<string>): Decision {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'bad_url', host: null };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'scheme', host: null };
  const host = url.host.toLowerCase();
  if (url.username || url.password) return { ok: false, reason: 'credentials', host };
  if (!allowed.has(host)) return { ok: false, reason: 'host_not_source', host };
  return { ok: true, url: url.href, host };
}

/**
 * May a redirect from `from` to `location` (the Location header, maybe relative) be followed,
 * given that `hops` redirects were followed already? Only to an allowed host (the same rule as
 * the first request: a redirect to a host that is not one of the user's sources is refused, and
 * the log says which host), at most FETCH_LIMITS.maxRedirects times.
 */
export function checkRedirect(from: string, location: string | null, allowed: ReadonlySet<string>, hops: number, maxRedirects: number = FETCH_LIMITS.maxRedirects): Decision {
  if (!location) return { ok: false, reason: 'no_location', host: null };
  if (hops >= maxRedirects) return { ok: false, reason: 'too_many_redirects', host: hostOf(from) };
  let target: string;
  try {
    target = new URL(location, from).href;
  } catch {
    return { ok: false, reason: 'bad_url', host: null };
  }
  return checkRequest(target, allowed);
}

/**
 * What a Content-Type says: a feed (RSS, Atom, RDF or generic XML), a JSON Feed, a web page, or
 * something else. A missing header is read as XML (some servers send none for static files).
 */
export function contentKind(contentType: string | null): 'xml' | 'json' | 'html' | 'other' {
  const mime = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (mime === '' || mime === 'application/octet-stream') return 'xml';
  if (/^(application|text)\/((rss|atom|rdf)\+)?xml$/.test(mime)) return 'xml';
  if (mime === 'application/feed+json' || mime === 'application/json') return 'json';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'text/plain') return 'xml';
  return 'other';
}

/** The charset named by a Content-Type, or by an XML declaration in the first bytes; null when none. */
export function declaredCharset(contentType: string | null, head: string): string | null {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  if (fromHeader) return fromHeader[1].toLowerCase();
  const fromProlog = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (fromProlog) return fromProlog[1].toLowerCase();
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return fromMeta ? fromMeta[1].toLowerCase() : null;
}

/**
 * The size cap applied while a body streams in: how many bytes of the next chunk to keep, and
 * whether the body is cut there. `received` bytes were kept before this chunk.
 */
export function capChunk(received: number, chunkLength: number, maxBytes: number): { keep: number; cut: boolean } {
  const room = Math.max(0, maxBytes - received);
  return chunkLength > room ? { keep: room, cut: true } : { keep: chunkLength, cut: false };
}

/**
 * A feed cut at the size cap, closed after its last complete item so that what arrived whole can
 * still be read: the text up to the last `</item>` or `</entry>`, then the closing tags of an RSS,
 * RDF or Atom document. Null when no item arrived whole.
 */
export function closeTruncatedFeed(xml: string): string | null {
  const item = xml.lastIndexOf('</item>');
  const entry = xml.lastIndexOf('</entry>');
  const end = Math.max(item < 0 ? -1 : item + '</item>'.length, entry < 0 ? -1 : entry + '</entry>'.length);
  if (end < 0) return null;
  const head = xml.slice(0, end);
  if (/<feed[\s>]/.test(head) && head.includes('</entry>')) return `${head}\n</feed>`;
  if (/<rdf:RDF[\s>]/.test(head)) return `${head}\n</rdf:RDF>`;
  if (/<rss[\s>]/.test(head)) return `${head}\n</channel></rss>`;
  return null;
}
