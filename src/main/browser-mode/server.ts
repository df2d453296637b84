import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CHANNEL_NAMES } from '../../shared/contract/channelNames';
import { Core, type CoreOptions } from '../core/core';
import { CONTENT_SECURITY_POLICY } from '../securityPolicy';

export interface BrowserServerOptions extends Omit<CoreOptions, 'mode'> {
  rendererDir: string;
  port?: number;
  token?: string;
  /** Extra routes for end-to-end tests (clock control). Never on in `npm run web`. */
  testHooks?: boolean;
  /** A fixed clock to start with (tests restarting the server keep their clock). */
  fixedNow?: number | null;
}

export interface BrowserServer {
  url: string;
  origin: string;
  /** The address the socket is bound to (always 127.0.0.1). */
  address: string;
  token: string;
  core: Core;
  setNow(ms: number | null): void;
  fixedNow(): number | null;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const MAX_BODY = 256 * 1024 * 1024;
/** Above this many characters, the steps of a request yield to other requests in between. */
const LARGE_BODY = 1024 * 1024;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));
export const SHIM_PATH = '/coulisses-web-shim.js';

/** The page-side shim: the same window.api as the Electron preload, over fetch with the run token. */
export function shimSource(): string {
  return `(() => {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) sessionStorage.setItem('coulisses-token', fromUrl);
  const token = sessionStorage.getItem('coulisses-token') || '';
  const names = ${JSON.stringify(CHANNEL_NAMES)};
  const api = {};
  for (const name of names) {
    api[name] = async (input) => {
      try {
        const res = await fetch('/api/' + name, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: JSON.stringify(input === undefined ? null : input) });
        return await res.json();
      } catch (err) {
        return { ok: false, error: { code: 'internal', message: String(err && err.message || err) } };
      }
    };
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false, configurable: false });
  Object.defineProperty(window, 'coulissesHost', { value: 'browser', writable: false, configurable: false });
})();
`;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8', extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

/** The path with its percent escapes decoded, or null when an escape is malformed (`/%zz`, `/%`). */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** The request body as text, or null when it was refused (too large: answered 413 here). */
function readBody(req: http.IncomingMessage, res: http.ServerResponse): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      if (size < 0) return;
      size += c.length;
      if (size > MAX_BODY) {
        size = -1;
        send(res, 413, JSON.stringify({ ok: false, error: { code: 'import_too_large', message: 'Request too large.' } }));
        req.destroy();
        resolve(null);
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => (size < 0 ? resolve(null) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
    req.on('close', () => resolve(null));
  });
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

/**
 * Browser mode: the same Core and dispatcher as Electron, served on 127.0.0.1 only. Requests to
 * /api/<channel> need the per-run token, and a Host and (when sent) Origin of this server.
 */
export async function startBrowserServer(opts: BrowserServerOptions): Promise<BrowserServer> {
  let fixedNow: number | null = opts.fixedNow ?? null;
  const clock = opts.now ?? Date.now;
  const core = new Core({ ...opts, mode: 'browser', now: () => fixedNow ?? clock() });
  // Throws AppError('folder_locked') when another process holds the data folder.
  core.open();
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(opts.rendererDir);
  let allowedHosts: string[] = [];

  const refuse = (res: http.ServerResponse, status: number, message: string, code = 'forbidden') => send(res, status, JSON.stringify({ ok: false, error: { code, message } }));

  /** One request; may throw or reject: the listener below turns that into a 400, never a crash. */
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    // Node keeps only the first of repeated Host headers: count them in the raw list.
    const hostCount = req.rawHeaders.filter((_, i) => i % 2 === 0 && req.rawHeaders[i].toLowerCase() === 'host').length;
    if (hostCount !== 1) return refuse(res, 400, 'Exactly one Host header is required.', 'invalid_input');
    const host = req.headers.host ?? '';
    if (!allowedHosts.includes(host)) return refuse(res, 421, 'Wrong Host header.');
    const url = new URL(req.url ?? '/', `http://${host}`);
    const pathname = decodePath(url.pathname);
    if (pathname === null) return refuse(res, 400, 'Malformed percent escape in the path.', 'invalid_input');

    if (pathname.startsWith('/api/') || pathname.startsWith('/__test/')) {
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) return refuse(res, 403, 'Wrong Origin.');
      const auth = req.headers.authorization ?? '';
      if (!safeEqual(auth, `Bearer ${token}`)) return refuse(res, 401, 'Missing or wrong token.');
      if (req.method !== 'POST') return refuse(res, 405, 'POST only.');
      const text = await readBody(req, res);
      if (text === null) return;
      // A large body (a file to import) costs the main thread tens of milliseconds per step:
      // let other requests in between the steps.
      const large = text.length > LARGE_BODY;
      if (large) await yieldToOthers();
      let input: unknown;
      try {
        input = text ? JSON.parse(text) : undefined;
      } catch {
        return refuse(res, 400, 'Body is not JSON.', 'invalid_input');
      }
      if (large) await yieldToOthers();
      if (pathname.startsWith('/__test/')) {
        if (!opts.testHooks) return send(res, 404, JSON.stringify({ ok: false }));
        if (pathname === '/__test/clock') {
          const ms = (input as { now?: number | null } | null)?.now;
          fixedNow = typeof ms === 'number' ? ms : null;
          return send(res, 200, JSON.stringify({ ok: true, value: { now: fixedNow } }));
        }
        return send(res, 404, JSON.stringify({ ok: false }));
      }
      const channel = pathname.slice('/api/'.length);
      const result = await core.dispatch(channel, input === null ? undefined : input);
      return send(res, 200, JSON.stringify(result));
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed', 'text/plain');
    if (pathname === SHIM_PATH) return send(res, 200, shimSource(), MIME['.js']);
    const rel = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = path.resolve(rendererDir, rel);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'Not found', 'text/plain');
    let body: Buffer | string = fs.readFileSync(file);
    if (rel === 'index.html') body = body.toString('utf8').replace('<head>', `<head>\n    <script src="${SHIM_PATH}"></script>`);
    send(res, 200, body, MIME[path.extname(file)] ?? 'application/octet-stream', {
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cross-origin-opener-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
  };

  // The top-level guard: nothing a request carries may throw out of the listener or reject
  // unhandled (either would stop the process, and any web page can send a request here).
  const server = http.createServer((req, res) => {
    let pending: Promise<void>;
    try {
      pending = handle(req, res);
    } catch (err) {
      pending = Promise.reject(err);
    }
    pending.catch(() => {
      if (!res.headersSent) refuse(res, 400, 'Bad request.', 'invalid_input');
      else res.destroy();
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  }).catch((err: unknown) => {
    // The port is taken: release the data folder for whoever starts next.
    core.close();
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const origin = `http://127.0.0.1:${port}`;
  let closing: Promise<void> | undefined;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    address: (server.address() as AddressInfo).address,
    token,
    core,
    setNow: (ms) => {
      fixedNow = ms;
    },
    fixedNow: () => fixedNow,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          core.close();
          resolve();
        });
      })),
  };
}
