import { describe, expect, it } from 'vitest';
import { hugeFeed } from '../../../tests/helpers/feedServer';
import { extractArticle, htmlToText, MAX_ENTRIES, parseFeed } from './feedParse';

describe('parseFeed', () => {
  it('reads a JSON Feed', () => {
    const json = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://j.example/1', title: 'One', content_html: '<p>Hello <b>you</b></p>', date_published: '2026-03-01T10:00:00Z' }] });
    expect(parseFeed(json, 'json', 'https://j.example/feed.json')).toEqual({
      title: 'J',
      entries: [{ guid: '1', link: 'https://j.example/1', title: 'One', publishedAt: Date.UTC(2026, 2, 1, 10), author: '', text: 'Hello you' }],
      dropped: 0,
    });
  });

  it('reads a cut feed up to its last complete item, and at most MAX_ENTRIES entries', () => {
    const xml = hugeFeed(MAX_ENTRIES + 20, 100);
    const whole = parseFeed(xml, 'xml', 'https://huge.example/');
    expect(whole.entries).toHaveLength(MAX_ENTRIES);
    expect(whole.dropped).toBe(20);
    const cut = parseFeed(xml.slice(0, 2000), 'xml', 'https://huge.example/', true);
    expect(cut.entries.length).toBeGreaterThan(3);
    expect(cut.entries.at(-1)!.title).toMatch(/^Item \d+$/);
    expect(() => parseFeed(xml.slice(0, 150), 'xml', 'https://huge.example/', true)).toThrow(/no complete item/);
  });

  it('refuses what is not a feed', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', 'xml', 'https://a.example/')).toThrow();
    expect(() => parseFeed('<rss><channel><item><title>x', 'xml', 'https://a.example/')).toThrow();
  });
});

describe('htmlToText and extractArticle', () => {
  it('turns blocks into paragraphs and line breaks into lines', () => {
    expect(htmlToText('<h2>Title</h2><p>One<br>two</p><ul><li>a</li><li>b</li></ul>')).toBe('Title\n\nOne\ntwo\n\na\n\nb');
    expect(htmlToText('plain &amp; simple')).toBe('plain & simple');
  });

  it('finds the article in a page and leaves the navigation and footer out', () => {
    const page = `<html><head><title>T</title></head><body><nav>Home About Contact</nav><article><h1>Big news</h1>${'<p>Brands that batch their monitoring write better weekly reports for their management.</p>'.repeat(5)}</article><footer>Legal</footer></body></html>`;
    const { text } = extractArticle(page, 'https://a.example/post');
    expect(text).toContain('Brands that batch their monitoring');
    expect(text).not.toContain('Home About');
    expect(text).not.toContain('Legal');
  });
});
