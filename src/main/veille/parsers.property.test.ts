// Property tests on the veille parsers: OPML and feeds built from generated values read back the
// same values (titles with markup characters, entities, accents, emoji), and HTML never leaks
// script text into the cached plain text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/result';
import { htmlToText, parseFeed } from './feedParse';
import { parseOpml } from './opml';

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Printable text as a feed title would hold (XML 1.0 characters; no leading/trailing or doubled spaces). */
const text = fc
  .string({ unit: fc.constantFrom(...'abcXYZ 0123<>&"\'éàç’«»—😀#*_[]'.split('')), minLength: 1, maxLength: 24 })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);
const feed = fc.record({ title: text, path: fc.stringMatching(/^[a-z0-9]{1,10}$/), folder: fc.option(text, { nil: undefined }) });

describe('parseOpml (property)', () => {
  it('reads back every feed of a generated OPML file: title, address, folder as theme, line', () => {
    fc.assert(
      fc.property(fc.array(feed, { maxLength: 12 }), (feeds) => {
        const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', '<head><title>Export</title></head>', '<body>'];
        const expected: { line: number; title: string; url: string; theme: string }[] = [];
        for (const f of feeds) {
          const url = `https://feeds.example/${f.path}?a=1&b=2`;
          if (f.folder !== undefined) lines.push(`<outline text="${xmlEscape(f.folder)}" title="${xmlEscape(f.folder)}">`);
          lines.push(`<outline type="rss" text="${xmlEscape(f.title)}" title="${xmlEscape(f.title)}" xmlUrl="${xmlEscape(url)}"/>`);
          expected.push({ line: lines.length, title: f.title, url, theme: f.folder ?? '' });
          if (f.folder !== undefined) lines.push('</outline>');
        }
        lines.push('</body>', '</opml>');
        expect(parseOpml(lines.join('\n'))).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses any cut-off file with a line number, never with another error', () => {
    const doc = '<?xml version="1.0"?>\n<opml version="1.0">\n<body>\n<outline text="A">\n<outline text="B" xmlUrl="https://b.example/feed"/>\n</outline>\n</body>\n</opml>';
    fc.assert(
      fc.property(fc.integer({ min: 1, max: doc.length - 1 }), (cut) => {
        try {
          parseOpml(doc.slice(0, cut));
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).code).toBe('veille_opml_invalid');
          return;
        }
        throw new Error(`a cut at ${cut} was read as OPML`);
      }),
    );
  });
});

describe('parseFeed (property)', () => {
  it('reads back the titles, links and dates of a generated RSS 2.0 or Atom feed', () => {
    const entry = fc.record({ title: text, path: fc.stringMatching(/^[a-z0-9]{1,10}$/), at: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => Math.floor(ms / 1000) * 1000) });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 10 }), fc.boolean(), (entries, atom) => {
        const body = atom
          ? `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>${entries
              .map((e) => `<entry><title>${xmlEscape(e.title)}</title><link href="https://news.example/${e.path}"/><id>urn:${e.path}</id><updated>${new Date(e.at).toISOString()}</updated></entry>`)
              .join('')}</feed>`
          : `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>${entries
              .map((e) => `<item><title>${xmlEscape(e.title)}</title><link>https://news.example/${e.path}</link><guid>${e.path}</guid><pubDate>${new Date(e.at).toUTCString()}</pubDate></item>`)
              .join('')}</channel></rss>`;
        const parsed = parseFeed(body, 'xml', 'https://news.example/feed');
        expect(parsed.entries.map((e) => [e.title, e.link, e.publishedAt])).toEqual(entries.map((e) => [e.title, `https://news.example/${e.path}`, e.at]));
      }),
      { numRuns: 150 },
    );
  });

  it('htmlToText keeps the words and never the scripts or styles', () => {
    const word = fc.stringMatching(/^[a-zA-Z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom('p', 'div', 'li', 'h2', 'span', 'b'), (words, tag) => {
        const html = `${words.map((w) => `<${tag}>${w}</${tag}>`).join('')}<script>var SECRET = 1</script><style>.SECRET{}</style>`;
        const out = htmlToText(html);
        for (const w of words) expect(out).toContain(w);
        expect(out).not.toContain('SECRET');
        expect(out).not.toMatch(/[<>]/);
      }),
      { numRuns: 200 },
    );
  });
});
