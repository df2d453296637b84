// Veille sources: feeds the user adds by address or from an OPML file, with fetching off until
// the user turns it on for each source.
import { AppError } from '../../shared/contract/result';
import { hostOf } from '../../shared/veille/fetchPolicy';
import type { Reliability } from '../../shared/veille/constants';
import type { OpmlRow, VeilleSource } from '../../shared/veille/types';
import type { Db } from '../db/types';
import { parseOpml } from './opml';
import { citedItemsOfSource, deleteSourceRow, insertSource, readSource, readSources, sourceByUrl, updateSourceRow } from './sourcesStore';

export { readSources as listSources };

/** The stored form of a feed address: the WHATWG serialisation (lower-case host, default port dropped). */
function normaliseFeedUrl(raw: string): string {
  return new URL(raw.trim()).href;
}

/** One source with its counts. Throws not_found. */
export function getSource(db: Db, id: number): VeilleSource {
  const s = readSource(db, id);
  if (!s) throw new AppError('not_found', `Source ${id} does not exist.`);
  return s;
}

/**
 * Adds a feed source. Fetching stays off unless `fetchEnabled` is true (the user's explicit
 * choice). The title defaults to the host until the first fetch reads the feed's own title.
 * Throws veille_source_exists when the address is already a source.
 */
export function createFeedSource(db: Db, input: { url: string; title?: string; theme: string; reliability: Reliability; fetchEnabled: boolean }, now: number): VeilleSource {
  const url = normaliseFeedUrl(input.url);
  const host = hostOf(url);
  const existing = sourceByUrl(db, url);
  if (existing) throw new AppError('veille_source_exists', `This feed is already a source: ${existing.title}.`, { title: existing.title });
  const id = insertSource(db, { kind: 'feed', title: input.title?.trim() || host || url, url, host, theme: input.theme, reliability: input.reliability, fetchEnabled: input.fetchEnabled }, now);
  return getSource(db, id);
}

/** Changes a source's address, name, theme, reliability or fetch switch. Throws not_found, veille_source_exists. */
export function updateSource(db: Db, input: { id: number; url?: string; title?: string; theme?: string; reliability?: Reliability; fetchEnabled?: boolean }): VeilleSource {
  const cur = getSource(db, input.id);
  const url = input.url !== undefined && cur.kind === 'feed' ? normaliseFeedUrl(input.url) : cur.url;
  if (url !== cur.url && url) {
    const other = sourceByUrl(db, url);
    if (other && other.id !== cur.id) throw new AppError('veille_source_exists', `This feed is already a source: ${other.title}.`, { title: other.title });
  }
  updateSourceRow(db, cur.id, {
    title: input.title ?? cur.title,
    url,
    host: url ? hostOf(url) : null,
    theme: input.theme ?? cur.theme,
    reliability: input.reliability ?? cur.reliability,
    fetchEnabled: input.fetchEnabled ?? cur.fetchEnabled,
  });
  return getSource(db, cur.id);
}

/** Deletes a source and its items; refused (veille_source_in_use) while a report cites one of them. */
export function deleteSource(db: Db, id: number): { done: true } {
  getSource(db, id);
  const cited = citedItemsOfSource(db, id);
  if (cited > 0) throw new AppError('veille_source_in_use', `${cited} item(s) of this source are cited in reports.`, { count: cited });
  deleteSourceRow(db, id);
  return { done: true };
}

/**
 * The rows an OPML file would import, with the reason a row would not (an address that is not
 * http(s), a repeat inside the file, a feed that is already a source). Throws veille_opml_invalid.
 */
export function previewOpml(db: Db, text: string): { rows: OpmlRow[]; importable: number } {
  const seen = new Set<string>();
  const rows = parseOpml(text).map((f): OpmlRow => {
    let url = f.url;
    let problem: OpmlRow['problem'] = null;
    if (!hostOf(f.url)) problem = 'bad_url';
    else {
      url = normaliseFeedUrl(f.url);
      if (seen.has(url)) problem = 'duplicate_in_file';
      else if (sourceByUrl(db, url)) problem = 'already_a_source';
      seen.add(url);
    }
    return { line: f.line, title: f.title, url, theme: f.theme, problem };
  });
  return { rows, importable: rows.filter((r) => r.problem === null).length };
}

/** Imports the importable rows of an OPML file (one transaction: the caller's write). */
export function importOpml(db: Db, text: string, fetchEnabled: boolean, now: number): { created: number; skipped: number } {
  const { rows } = previewOpml(db, text);
  let created = 0;
  for (const r of rows) {
    if (r.problem) continue;
    insertSource(db, { kind: 'feed', title: r.title.slice(0, 300) || hostOf(r.url) || r.url, url: r.url, host: hostOf(r.url), theme: r.theme.slice(0, 80), reliability: 'medium', fetchEnabled }, now);
    created++;
  }
  return { created, skipped: rows.length - created };
}
