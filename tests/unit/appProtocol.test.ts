import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appResponse, resolveAppRequest } from '../../src/main/appProtocol';

// The coulisses:// scheme's decisions, on a real folder laid out like the renderer build, with a
// secret file beside it that no request may reach.
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-scheme-'));
const renderer = path.join(base, 'renderer');
beforeAll(() => {
  fs.mkdirSync(path.join(renderer, 'assets', 'sub'), { recursive: true });
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.js'), 'export const x = 1;');
  fs.writeFileSync(path.join(renderer, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(renderer, 'assets', 'font.woff2'), 'wOF2');
  fs.writeFileSync(path.join(renderer, 'assets', 'logo.svg'), '<svg/>');
  fs.writeFileSync(path.join(renderer, 'assets', 'data.bin'), 'binary');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'secret');
  fs.writeFileSync(path.join(base, 'renderer-evil.html'), 'sibling folder with the same prefix');
});

const get = (url: string, method = 'GET') => resolveAppRequest(url, method, renderer);

describe('the coulisses:// scheme', () => {
  it('is registered standard and secure, with fetch and CORS for module scripts, and never bypasses the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true, corsEnabled: true });
    expect(APP_INDEX_URL).toBe('coulisses://app/index.html');
  });

  it('serves the build with the right MIME types', () => {
    expect(get('coulisses://app/')).toMatchObject({ ok: true, file: path.join(renderer, 'index.html'), mime: 'text/html; charset=utf-8' });
    expect(get('coulisses://app/index.html?x=1#/audit')).toMatchObject({ ok: true, mime: 'text/html; charset=utf-8' });
    expect(get('coulisses://app/assets/index-abc.js')).toMatchObject({ ok: true, mime: 'text/javascript; charset=utf-8' });
    expect(get('coulisses://app/assets/index-abc.css')).toMatchObject({ ok: true, mime: 'text/css; charset=utf-8' });
    expect(get('coulisses://app/assets/font.woff2')).toMatchObject({ ok: true, mime: 'font/woff2' });
    expect(get('coulisses://app/assets/logo.svg')).toMatchObject({ ok: true, mime: 'image/svg+xml' });
    expect(get('coulisses://app/assets/%69ndex-abc.js')).toMatchObject({ ok: true });
    expect(get('coulisses://APP/index.html')).toMatchObject({ ok: true });
  });

  it('never leaves the renderer folder (traversal, encoded or not)', () => {
    for (const url of [
      'coulisses://app/../secret.txt',
      'coulisses://app/assets/../../secret.txt',
      'coulisses://app/%2e%2e/secret.txt',
      'coulisses://app/%2E%2E%2Fsecret.txt',
      'coulisses://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'coulisses://app/..%2f..%2fsecret.txt',
      `coulisses://app/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
      'coulisses://app/%2e%2e/renderer-evil.html',
      'coulisses://app//etc/passwd',
    ]) {
      const d = get(url);
      expect(d.ok, url).toBe(false);
      if (!d.ok) expect([400, 404], url).toContain(d.status);
    }
  });

  it('refuses unknown paths, folders, unknown file types, other hosts and schemes, bad escapes and methods', () => {
    expect(get('coulisses://app/missing.js')).toEqual({ ok: false, status: 404 });
    expect(get('coulisses://app/assets')).toEqual({ ok: false, status: 404 });
    expect(get('coulisses://app/assets/sub/')).toEqual({ ok: false, status: 404 });
    expect(get('coulisses://app/assets/data.bin')).toEqual({ ok: false, status: 404 });
    expect(get('coulisses://other/index.html')).toEqual({ ok: false, status: 400 });
    expect(get('coulisses://app:99/index.html')).toEqual({ ok: false, status: 400 });
    expect(get('coulisses://u:p@app/index.html')).toEqual({ ok: false, status: 400 });
    expect(get('file:///etc/passwd')).toEqual({ ok: false, status: 400 });
    expect(get('https://app/index.html')).toEqual({ ok: false, status: 400 });
    expect(get('coulisses://app/%zz')).toEqual({ ok: false, status: 400 });
    expect(get('coulisses://app/%')).toEqual({ ok: false, status: 400 });
    expect(get('coulisses://app/index.html%00.js')).toEqual({ ok: false, status: 400 });
    expect(get('coulisses://app/assets%5C..%5C..%5Csecret.txt')).toEqual({ ok: false, status: 400 });
    expect(get('not a url')).toEqual({ ok: false, status: 400 });
    expect(get('coulisses://app/index.html', 'POST')).toEqual({ ok: false, status: 405 });
  });

  it('answers with the file, its type, nosniff and the CSP; HEAD without a body; refusals empty', async () => {
    const ok = appResponse({ url: 'coulisses://app/assets/index-abc.js', method: 'GET' }, renderer);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(ok.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(await ok.text()).toBe('export const x = 1;');
    const head = appResponse({ url: 'coulisses://app/index.html', method: 'HEAD' }, renderer);
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const refused = appResponse({ url: 'coulisses://app/../secret.txt', method: 'GET' }, renderer);
    expect(refused.status).toBe(404);
    expect(await refused.text()).toBe('');
  });
});
