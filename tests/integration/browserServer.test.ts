import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIM_PATH, startBrowserServer, type BrowserServer } from '../../src/main/browser-mode/server';
import { tempDir } from '../helpers/tempCore';

let server: BrowserServer;
const rendererDir = tempDir('coulisses-renderer-');
const dataDir = tempDir();

beforeAll(async () => {
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body>app</body></html>');
  server = await startBrowserServer({ dataDir, rendererDir, version: 't' });
});
afterAll(() => server.close());

function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string; host?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const url = new URL(server.origin);
  return new Promise((resolve, reject) => {
    // A fresh connection per request (agent: false): a kept-alive socket the server closes at its
    // keep-alive timeout, reused in the same instant, would fail with ECONNRESET under load.
    const req = http.request({ agent: false, host: '127.0.0.1', port: url.port, path: opts.path, method: opts.method ?? 'GET', headers: { host: opts.host ?? url.host, ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const auth = () => ({ authorization: `Bearer ${server.token}`, 'content-type': 'application/json' });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.address).toBe('127.0.0.1');
    expect(new URL(server.origin).hostname).toBe('127.0.0.1');
  });

  it('answers the API with the token', async () => {
    const r = await request({ path: '/api/system.ping', method: 'POST', headers: auth(), body: 'null' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { pong: true } });
  });

  it('refuses a missing or wrong token', async () => {
    expect((await request({ path: '/api/system.ping', method: 'POST', body: 'null' })).status).toBe(401);
    expect((await request({ path: '/api/system.ping', method: 'POST', headers: { authorization: 'Bearer nope' }, body: 'null' })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await request({ path: '/api/system.ping', method: 'POST', headers: auth(), body: 'null', host: 'evil.example' })).status).toBe(421);
    expect((await request({ path: '/', host: 'evil.example:80' })).status).toBe(421);
    expect((await request({ path: '/api/system.ping', method: 'POST', headers: { ...auth(), origin: 'https://evil.example' }, body: 'null' })).status).toBe(403);
    expect((await request({ path: '/api/system.ping', method: 'POST', headers: { ...auth(), origin: server.origin }, body: 'null' })).status).toBe(200);
  });

  it('serves the page with the shim and a strict CSP, and no path traversal', async () => {
    const r = await request({ path: '/' });
    expect(r.body).toContain('coulisses-web-shim.js');
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await request({ path: '/../../etc/passwd' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
  });

  it('test hooks are off unless asked for', async () => {
    expect((await request({ path: '/__test/clock', method: 'POST', headers: auth(), body: '{"now":0}' })).status).toBe(404);
  });

  it('answers 400 to malformed percent escapes, on every path, with or without the token, and keeps serving', async () => {
    const paths = ['/%zz', '/%', '/assets/%', '/assets/%e0%a4%a', '/%ff', '/api/%ff', '/api/%', '/api/system.%zzping', '/__test/%zz', '/%c0%af', '/%ed%a0%80', `${SHIM_PATH}%`];
    for (const p of paths) {
      for (const headers of [{}, auth()]) {
        for (const method of ['GET', 'POST']) {
          const r = await request({ path: p, method, headers, body: method === 'POST' ? 'null' : undefined });
          expect([400, 401], `${method} ${p}`).toContain(r.status);
          if (p.startsWith('/api/') && 'authorization' in headers) expect(r.status, `${method} ${p} with the token`).toBe(400);
        }
      }
    }
    const ping = await request({ path: '/api/system.ping', method: 'POST', headers: auth(), body: 'null' });
    expect(JSON.parse(ping.body)).toEqual({ ok: true, value: { pong: true } });
  });

  it('answers 400 to a request with two Host headers, or none', async () => {
    const port = new URL(server.origin).port;
    const raw = (head: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(Number(port), '127.0.0.1', () => socket.end(head));
        let text = '';
        socket.on('data', (c) => (text += c.toString()));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
    const two = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`);
    expect(two.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 400 /);
    const twoSame = await raw(`POST /api/system.ping HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nhost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${server.token}\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnull`);
    expect(twoSame.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 400 /);
    const none = await raw('GET / HTTP/1.0\r\nConnection: close\r\n\r\n');
    expect(none.split('\r\n')[0]).toMatch(/^HTTP\/1\.[01] 400 /);
    const one = await raw(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    expect(one.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('a request that throws anywhere is answered 400, never a crash', async () => {
    // A path that the URL parser refuses (an invalid port in an authority-looking path).
    const r = await request({ path: '//127.0.0.1:99999999/x' });
    expect([400, 404]).toContain(r.status);
    expect((await request({ path: '/api/system.ping', method: 'POST', headers: auth(), body: 'null' })).status).toBe(200);
  });

  it('a second server on the same data folder is refused, in this process and from `npm run web`, naming the holder', async () => {
    await expect(startBrowserServer({ dataDir, rendererDir, version: 't' })).rejects.toMatchObject({ code: 'folder_locked', params: { pid: process.pid, mode: 'browser' } });
    // Run without blocking this process, so the first server keeps answering meanwhile.
    const cli = await new Promise<{ status: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/browser-mode/cli.ts'], { env: { ...process.env, COULISSES_DATA_DIR: dataDir, PORT: '0', LANG: 'fr_FR.UTF-8' }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 50_000 });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
      child.on('error', reject).on('close', (status) => resolve({ status, stderr }));
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('Coulisses est déjà ouvert');
    expect(cli.stderr).toContain(`mode navigateur, processus ${process.pid}, depuis le`);
    // The first server still answers.
    expect((await request({ path: '/api/system.ping', method: 'POST', headers: auth(), body: 'null' })).status).toBe(200);
  }, 60_000);
});
