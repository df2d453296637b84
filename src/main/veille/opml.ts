// OPML subscription lists, as Feedly, Inoreader, NetNewsWire or Thunderbird export them: an
// <opml><body> of <outline> elements; a feed is an outline with an xmlUrl attribute, a folder an
// outline holding others (its text becomes the theme of the feeds inside). Read with
// fast-xml-parser (validation with line numbers, attributes, entities).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../shared/contract/result';

export interface OpmlFeed {
  /** Line of the <outline> start tag, from 1. */
  line: number;
  title: string;
  /** The xmlUrl attribute, trimmed (not yet checked). */
  url: string;
  /** The innermost folder's name, or ''. */
  theme: string;
}

type Node = Record<string, unknown>;

const attr = (n: Node, name: string): string => {
  // OPML attribute names are camelCase (xmlUrl), some tools write them in lower case.
  const key = Object.keys(n).find((k) => k.toLowerCase() === `@_${name.toLowerCase()}`);
  const v = key ? n[key] : undefined;
  return typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '';
};

/** Line numbers of every `<outline` start tag, in document order. */
function outlineLines(raw: string): number[] {
  // Blank out comments and CDATA (same length, same line breaks): an outline inside is not one.
  const text = raw.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
  const lines: number[] = [];
  const re = /<outline[\s/>]/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }
  return lines;
}

/**
 * The feeds of an OPML document, in document order, each with its line and folder. Throws
 * AppError('veille_opml_invalid') with the parser's line and message when the text is not
 * well-formed XML or not OPML. Comments and CDATA are skipped; no external entity is read.
 */
export function parseOpml(text: string): OpmlFeed[] {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const detail = `line ${valid.err.line}: ${valid.err.msg}`;
    throw new AppError('veille_opml_invalid', `Not well-formed XML (${detail}).`, { detail });
  }
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'outline', processEntities: true, htmlEntities: true, ignoreDeclaration: true, commentPropName: false });
  const doc = parser.parse(text) as Node;
  const opml = doc.opml as Node | undefined;
  const body = opml && typeof opml === 'object' ? (opml.body as Node | undefined) : undefined;
  if (!opml || typeof opml !== 'object') throw new AppError('veille_opml_invalid', 'No <opml> element.', { detail: 'no <opml> element' });
  const lines = outlineLines(text);
  let index = 0;
  const feeds: OpmlFeed[] = [];
  const walk = (outlines: unknown, folder: string) => {
    if (!Array.isArray(outlines)) return;
    for (const o of outlines as Node[]) {
      const line = lines[index++] ?? 0;
      if (!o || typeof o !== 'object') continue;
      const name = attr(o, 'title') || attr(o, 'text');
      const url = attr(o, 'xmlUrl');
      if (url) feeds.push({ line, title: name, url, theme: folder });
      walk(o.outline, url ? folder : name || folder);
    }
  };
  if (body && typeof body === 'object') walk(body.outline, '');
  return feeds;
}
