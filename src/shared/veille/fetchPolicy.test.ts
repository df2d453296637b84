import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedHosts, capChunk, checkRedirect, checkRequest, closeTruncatedFeed, contentKind, declaredCharset, hostOf } from './fetchPolicy';

const allowed = allowedHosts([
  { url: 'https://trends.example/feed.xml', fetchEnabled: true },
  { url: 'http://127.0.0.1:5301/rss.xml', fetchEnabled: true },
  { url: 'https://off.example/feed', fetchEnabled: false },
  { url: null, fetchEnabled: true },
]);

describe('fetch policy', () => {
  it('allows only the hosts of sources whose fetching is on', () => {
    expect([...allowed].sort()).toEqual(['127.0.0.1:5301', 'trends.example']);
    expect(allowedHosts([{ url: 'https://a.example/x', fetchEnabled: false }]).size).toBe(0);
    expect(checkRequest('https://trends.example/other', allowed)).toEqual({ ok: true, url: 'https://trends.example/other', host: 'trends.example' });
    expect(checkRequest('https://off.example/feed', allowed)).toEqual({ ok: false, reason: 'host_not_source', host: 'off.example' });
    // Another port is another host.
    expect(checkRequest('http://127.0.0.1:5302/rss.xml', allowed)).toMatchObject({ ok: false, reason: 'host_not_source' });
    expect(checkRequest('https://sub.trends.example/', allowed)).toMatchObject({ ok: false, reason: 'host_not_source' });
    expect(checkRequest('ftp://trends.example/x', allowed)).toMatchObject({ ok: false, reason: 'scheme' });
    expect(checkRequest('https://user:pw@trends.example/x', allowed)).toMatchObject({ ok: false, reason: 'credentials' });
    expect(checkRequest('not a url', allowed)).toMatchObject({ ok: false, reason: 'bad_url' });
    expect(hostOf('HTTPS://Trends.Example:443/x')).toBe('trends.example');
    expect(hostOf('file:///etc/passwd')).toBeNull();
  });

  it('follows a redirect only to an allowed host, resolves relative locations, stops at the limit', () => {
    expect(checkRedirect('https://trends.example/a', '/b', allowed, 0)).toMatchObject({ ok: true, url: 'https://trends.example/b' });
    expect(checkRedirect('https://trends.example/a', 'https://evil.example/b', allowed, 0)).toEqual({ ok: false, reason: 'host_not_source', host: 'evil.example' });
    expect(checkRedirect('https://trends.example/a', 'http://127.0.0.1:5301/rss.xml', allowed, 0)).toMatchObject({ ok: true });
    expect(checkRedirect('https://trends.example/a', null, allowed, 0)).toMatchObject({ ok: false, reason: 'no_location' });
    expect(checkRedirect('https://trends.example/a', '/b', allowed, 5)).toMatchObject({ ok: false, reason: 'too_many_redirects' });
    expect(checkRedirect('https://trends.example/a', 'file:///etc/passwd', allowed, 0)).toMatchObject({ ok: false, reason: 'scheme' });
  });

  it('property: a request or redirect is allowed exactly when its host is in the allowed set', () => {
    fc.assert(
      fc.property(fc.webUrl(), fc.webUrl(), fc.boolean(), (source, target, on) => {
        const hosts = allowedHosts([{ url: source, fetchEnabled: on }]);
        const d = checkRequest(target, hosts);
        const host = new URL(target).host.toLowerCase();
        const expected = on && host === new URL(source).host.toLowerCase() && !new URL(target).username && !new URL(target).password;
        expect(d.ok).toBe(expected);
        expect(checkRedirect(source, target, hosts, 0).ok).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads content types and charsets', () => {
    expect(contentKind('application/rss+xml; charset=utf-8')).toBe('xml');
    expect(contentKind('application/atom+xml')).toBe('xml');
    expect(contentKind('text/xml')).toBe('xml');
    expect(contentKind(null)).toBe('xml');
    expect(contentKind('application/feed+json')).toBe('json');
    expect(contentKind('text/html; charset=utf-8')).toBe('html');
    expect(contentKind('image/png')).toBe('other');
    expect(declaredCharset('text/xml; charset="ISO-8859-1"', '')).toBe('iso-8859-1');
    expect(declaredCharset(null, '<?xml version="1.0" encoding="windows-1252"?><rss>')).toBe('windows-1252');
    expect(declaredCharset('text/html', '<html><head><meta charset="utf-8">')).toBe('utf-8');
    expect(declaredCharset(null, '<rss>')).toBeNull();
  });

  it('caps a body: keeps up to the cap and says it was cut', () => {
    expect(capChunk(0, 100, 1000)).toEqual({ keep: 100, cut: false });
    expect(capChunk(950, 100, 1000)).toEqual({ keep: 50, cut: true });
    expect(capChunk(1000, 1, 1000)).toEqual({ keep: 0, cut: true });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 40 }), fc.integer({ min: 0, max: 20000 }), (chunks, max) => {
        let received = 0;
        let cut = false;
        for (const c of chunks) {
          const r = capChunk(received, c, max);
          received += r.keep;
          if (r.cut) {
            cut = true;
            break;
          }
        }
        expect(received).toBeLessThanOrEqual(max);
        expect(cut).toBe(chunks.reduce((a, b) => a + b, 0) > max);
      }),
    );
  });

  it('closes a cut feed after its last complete item', () => {
    expect(closeTruncatedFeed('<rss version="2.0"><channel><title>T</title><item><title>a</title></item><item><title>b</ti')).toBe('<rss version="2.0"><channel><title>T</title><item><title>a</title></item>\n</channel></rss>');
    expect(closeTruncatedFeed('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry><entry><id>2')).toBe('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>1</id></entry>\n</feed>');
    expect(closeTruncatedFeed('<rdf:RDF><channel/><item><title>a</title></item><it')).toBe('<rdf:RDF><channel/><item><title>a</title></item>\n</rdf:RDF>');
    expect(closeTruncatedFeed('<rss><channel><title>T</title><item><title>a')).toBeNull();
  });
});
