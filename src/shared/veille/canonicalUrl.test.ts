import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, isTrackingParam } from './canonicalUrl';

describe('canonicalUrl', () => {
  it('drops what does not change the page: scheme, www., fragment, tracking parameters, trailing slash, default port, parameter order', () => {
    const same = [
      'https://example.com/post?a=1&b=2',
      'http://example.com/post?a=1&b=2',
      'https://www.example.com/post/?b=2&a=1',
      'https://EXAMPLE.com:443/post?a=1&utm_source=x&b=2&utm_campaign=y#top',
      'https://example.com/post?fbclid=1&a=1&gclid=2&b=2&mc_cid=3&_hsenc=4&igshid=5&mtm_source=6',
    ];
    for (const u of same) expect(canonicalUrl(u), u).toBe('https://example.com/post?a=1&b=2');
  });

  it('keeps what does: path, other parameters and their values, a non-default port, sub-domains', () => {
    expect(canonicalUrl('https://example.com/post?a=2')).not.toBe(canonicalUrl('https://example.com/post?a=1'));
    expect(canonicalUrl('https://example.com/Post')).not.toBe(canonicalUrl('https://example.com/post'));
    expect(canonicalUrl('https://blog.example.com/post')).toBe('https://blog.example.com/post');
    expect(canonicalUrl('http://127.0.0.1:5301/a/')).toBe('https://127.0.0.1:5301/a');
    expect(canonicalUrl('https://example.com/')).toBe('https://example.com/');
    expect(canonicalUrl('https://example.com/?ref=home')).toBe('https://example.com/?ref=home');
  });

  it('refuses anything but an absolute http(s) address', () => {
    for (const bad of ['', 'example.com/post', '/post', 'ftp://example.com/x', 'javascript:alert(1)', 'mailto:a@b.c', 'data:text/html,x', 'http://']) expect(canonicalUrl(bad), bad).toBeNull();
    expect(isTrackingParam('utm_medium')).toBe(true);
    expect(isTrackingParam('page')).toBe(false);
  });

  it('property: idempotent, and blind to added tracking parameters, a fragment and the order of parameters', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/).filter((k) => !isTrackingParam(k));
    const params = fc.array(fc.tuple(key, fc.string({ maxLength: 8 })), { maxLength: 5 });
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), params, fc.string({ maxLength: 10 }), (url, extra, fragment) => {
        const c = canonicalUrl(url);
        if (c === null) return;
        expect(canonicalUrl(c)).toBe(c);
        const u = new URL(url);
        u.hash = '';
        for (const [k, v] of extra) u.searchParams.append(k, v);
        const base = canonicalUrl(u.href)!;
        const tracked = new URL(u.href);
        tracked.searchParams.append('utm_source', 'newsletter');
        tracked.searchParams.append('fbclid', 'abc');
        tracked.hash = fragment;
        expect(canonicalUrl(tracked.href)).toBe(base);
        const reversed = new URL(u.href);
        reversed.search = new URLSearchParams([...u.searchParams.entries()].reverse()).toString();
        // Equal names keep their relative order (a stable sort), so only distinct names may be swapped.
        if (new Set([...u.searchParams.keys()]).size === [...u.searchParams.keys()].length) expect(canonicalUrl(reversed.href)).toBe(base);
      }),
      { numRuns: 400 },
    );
  });
});
