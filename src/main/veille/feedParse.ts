// Feeds and article pages read from text the app fetched itself (src/main/veille/fetcher.ts
// enforces the host rules; these functions never touch the network). Feeds: RSS 0.9x/2.0, RDF
// (RSS 1.0) and Atom through @extractus/feed-extractor's extractFromXml, JSON Feed through its
// extractFromJson. Article pages: @mozilla/readability (Firefox Reader View) over a linkedom
// document. HTML is reduced to plain text here: the renderer never receives HTML to render.
import { extractFromJson, extractFromXml, type FeedData } from '@extractus/feed-extractor';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { XMLValidator } from 'fast-xml-parser';
import { closeTruncatedFeed } from '../../shared/veille/fetchPolicy';

/** Entries read from one feed at most (a feed with more keeps its first ones, usually the newest). */
export const MAX_ENTRIES = 500;
/** Characters of text kept per item. */
export const MAX_TEXT = 100_000;

export interface ParsedEntry {
  /** The entry's guid or id as the feed gave it, or null. */
  guid: string | null;
  /** The entry's link, absolute, or null when it has none. */
  link: string | null;
  title: string;
  /** Publication instant, epoch ms, or null when the feed gave none or an unreadable one. */
  publishedAt: number | null;
  author: string;
  /** Plain text of the entry's content (or summary), paragraphs separated by blank lines. */
  text: string;
}

export interface ParsedFeed {
  title: string | null;
  entries: ParsedEntry[];
  /** Entries beyond MAX_ENTRIES, dropped. */
  dropped: number;
}

const BLOCKS = 'p,div,li,h1,h2,h3,h4,h5,h6,blockquote,pre,tr,section,article,header,footer,figure,figcaption,dd,dt,table,ul,ol';

/**
 * Plain text of an HTML fragment or page: scripts, styles and embeds dropped, one blank line
 * between blocks, <br> as a line break, spaces collapsed, at most MAX_TEXT characters.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script,style,noscript,iframe,object,embed,template,svg,form,button')) el.remove();
  for (const el of document.querySelectorAll('br')) el.replaceWith(document.createTextNode('\n'));
  for (const el of document.querySelectorAll(BLOCKS)) {
    el.before(document.createTextNode('\n\n'));
    el.after(document.createTextNode('\n\n'));
  }
  return tidy(document.body?.textContent ?? '');
}

function tidy(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\t \u00a0]+/g, ' ').trim());
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n').slice(0, MAX_TEXT);
}

const str = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o['#text'] === 'string' || typeof o['#text'] === 'number') return String(o['#text']);
    if (typeof o.name === 'string') return o.name;
  }
  return '';
};

function absolute(link: string, base: string): string | null {
  if (!link.trim()) return null;
  try {
    const u = new URL(link.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function toEntries(data: FeedData, baseUrl: string): { entries: ParsedEntry[]; dropped: number } {
  const all = data.entries ?? [];
  const entries = all.slice(0, MAX_ENTRIES).map((e): ParsedEntry => {
    const description = htmlToText(str(e.description));
    const content = htmlToText(str(e.content));
    const text = content.length > description.length ? content : description;
    const published = e.published ? Date.parse(String(e.published)) : NaN;
    const link = absolute(str(e.link), baseUrl);
    const title = str(e.title).replace(/\s+/g, ' ').trim().slice(0, 500) || text.replace(/\s+/g, ' ').slice(0, 80) || link || '—';
    return {
      guid: str(e.guid) || str(e.id) || null,
      link,
      title,
      publishedAt: Number.isFinite(published) && published >= 0 ? published : null,
      author: str(e.author).slice(0, 200),
      text,
    };
  });
  return { entries, dropped: Math.max(0, all.length - MAX_ENTRIES) };
}

const ENTRY_EXTRAS = (e: Record<string, unknown>) => ({
  content: e['content:encoded'] ?? e.content ?? e.content_html ?? e.content_text ?? null,
  guid: e.guid ?? null,
  author: e['dc:creator'] ?? e.author ?? null,
});

/**
 * Reads a feed's text. `kind` is what the Content-Type said ('json' for JSON Feed, else XML);
 * `baseUrl` resolves relative links; `truncated` means the body was cut at the size cap: it is
 * closed after its last complete item first (closeTruncatedFeed). Throws an Error with a short
 * reason when the text is not a feed.
 */
export function parseFeed(body: string, kind: 'xml' | 'json', baseUrl: string, truncated = false): ParsedFeed {
  // parseTagValue off: a title "2026" or a guid "007" stays text (fast-xml-parser would read numbers).
  const options = { descriptionMaxLen: 0, useISODateFormat: true, baseUrl, getExtraEntryFields: ENTRY_EXTRAS, xmlParserOptions: { parseTagValue: false } };
  let data: FeedData;
  if (kind === 'json' || /^\s*\{/.test(body)) {
    data = extractFromJson(body, options);
  } else {
    const xml = truncated ? closeTruncatedFeed(body) : body;
    if (xml === null) throw new Error('no complete item before the size cap');
    const clean = xml.replace(/^\uFEFF/, '');
    // The library knows an Atom feed by its entries: a valid feed with none has nothing to read.
    if (/<feed[\s>]/.test(clean) && !/<entry[\s>]/.test(clean) && XMLValidator.validate(clean) === true) return { title: null, entries: [], dropped: 0 };
    data = extractFromXml(clean, options);
  }
  const title = str(data.title).replace(/\s+/g, ' ').trim().slice(0, 300) || null;
  return { title, ...toEntries(data, baseUrl) };
}

/**
 * The readable text of an article page (Readability, as in Firefox Reader View), or the page's
 * whole text when Readability finds no article. `url` resolves the page's relative links.
 */
export function extractArticle(html: string, url: string): { title: string | null; text: string } {
  const { document } = parseHTML(html);
  let title: string | null = null;
  let text = '';
  try {
    // Readability reads the document's URL for relative links; linkedom's documentURI is empty.
    Object.defineProperty(document, 'documentURI', { value: url, configurable: true });
    const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
    if (article) {
      title = article.title ? article.title.trim() : null;
      text = htmlToText(article.content ?? '') || tidy(article.textContent ?? '');
    }
  } catch {
    // fall back to the whole text below
  }
  if (!text) text = htmlToText(html);
  return { title, text };
}
