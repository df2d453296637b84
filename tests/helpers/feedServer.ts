// A feed server on the loopback address for the veille tests: the fixture feeds of
// tests/fixtures/veille (RSS 2.0, Atom, a broken one), a huge one, an article page, a feed whose
// links point back to this server, conditional requests (ETag → 304), a slow one, a redirect on
// the same host and one to another host (set by the test). Records every request it receives.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

export interface FeedServer {
  /** 'http://127.0.0.1:PORT' */
  origin: string;
  /** '127.0.0.1:PORT' */
  host: string;
  /** 'GET /rss.xml' for every request received, in order. */
  hits: string[];
  /** Where /elsewhere.xml redirects (an absolute address). */
  redirectTo: string;
  close(): Promise<void>;
}

const FIXTURES = path.resolve('tests/fixtures/veille');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));

/** An RSS 2.0 feed of `count` items of about `itemBytes` bytes each. */
export function hugeFeed(count: number, itemBytes = 400): string {
  const filler = 'x'.repeat(Math.max(0, itemBytes - 200));
  const items = Array.from({ length: count }, (_, i) => `<item><title>Item ${i + 1}</title><link>https://huge.example/item/${i + 1}</link><guid>huge-${i + 1}</guid><description>${filler}</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge feed</title><link>https://huge.example/</link>${items.join('\n')}</channel></rss>`;
}

function localFeed(origin: string): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback news</title><link>${origin}/</link>
<item><title>Local article one</title><link>${origin}/article/1?utm_campaign=test</link><guid>local-1</guid><description>Teaser only.</description></item>
<item><title>Local article elsewhere</title><link>http://localhost:9/article/2</link><guid>local-2</guid><description>On a host that is not a source.</description></item>
</channel></rss>`;
}

const ARTICLE = `<!doctype html><html><head><title>Local article one</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Local article one</h1>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: community managers who batch their monitoring read more sources in less time, and their weekly report cites what they read.</p>`).join('\n')}
</article><footer>Footer links and legal notice</footer><script>window.bad = 1</script></body></html>`;

export async function startFeedServer(): Promise<FeedServer> {
  const hits: string[] = [];
  const state = { redirectTo: '' };
  let origin = '';
  const server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const url = new URL(req.url ?? '/', origin);
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': type, ...headers });
      res.end(body);
    };
    switch (url.pathname) {
      case '/rss.xml':
        return send(200, 'application/rss+xml; charset=utf-8', fixture('rss2.xml'));
      case '/atom.xml':
        return send(200, 'application/atom+xml', fixture('atom.xml'));
      case '/broken.xml':
        return send(200, 'application/xml', fixture('broken.xml'));
      case '/huge.xml':
        return send(200, 'application/rss+xml', hugeFeed(3000));
      case '/local.xml':
        return send(200, 'text/xml', localFeed(origin));
      case '/article/1':
        return send(200, 'text/html; charset=utf-8', ARTICLE);
      case '/page.html':
        return send(200, 'text/html', '<!doctype html><title>A site</title><p>Not a feed.</p>');
      case '/latin1.xml':
        return send(200, 'application/rss+xml', Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\u00e9 des r\u00e9seaux</title><item><title>\u00c9t\u00e9 fran\u00e7ais</title><link>https://latin.example/ete</link></item></channel></rss>', 'latin1'));
      case '/etag.xml':
        if (req.headers['if-none-match'] === '"v1"') return send(304, 'application/rss+xml', '');
        return send(200, 'application/rss+xml', fixture('rss2.xml'), { etag: '"v1"' });
      case '/moved.xml':
        return send(301, 'text/plain', 'moved', { location: '/rss.xml' });
      case '/loop.xml':
        return send(302, 'text/plain', 'loop', { location: '/loop.xml' });
      case '/elsewhere.xml':
        return send(302, 'text/plain', 'elsewhere', { location: state.redirectTo });
      case '/slow.xml': {
        const timer = setTimeout(() => send(200, 'application/rss+xml', fixture('rss2.xml')), 3000);
        req.on('close', () => clearTimeout(timer));
        return;
      }
      case '/missing.xml':
        return send(404, 'text/plain', 'not found');
      default:
        return send(404, 'text/plain', 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    host: `127.0.0.1:${port}`,
    hits,
    get redirectTo() {
      return state.redirectTo;
    },
    set redirectTo(v: string) {
      state.redirectTo = v;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
