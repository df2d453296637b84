// The desktop app's page is served from a custom scheme, coulisses://app/, not from file://.
// With the GrantFileProtocolExtraPrivileges fuse off (electron-builder.yml), file:// pages lose
// the privileges module scripts built with `type="module" crossorigin` rely on, and a file://
// origin would share 'self' with every other local file. A privileged, standard, secure scheme
// gives the page its own origin. This module decides everything about a request (which file,
// which MIME type, which status) without electron; window.ts only hands it the requests.
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './securityPolicy';

export const APP_SCHEME = 'coulisses';
export const APP_HOST = 'app';
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * How the scheme is registered before the app is ready (Electron's CustomScheme privileges):
 * standard (relative URLs and an origin of its own), secure (like https: no mixed-content
 * refusals), fetch and CORS support (module scripts load with `crossorigin`). Never bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } as const;

/** MIME types of the files the renderer build contains; anything else is refused (404). */
export const APP_MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppRequestDecision = { ok: true; file: string; mime: string } | { ok: false; status: 400 | 404 | 405 };

/**
 * Maps a request on coulisses://app/ to a file of `rendererDir` (absolute), or a refusal:
 * 405 for a method other than GET or HEAD; 400 for another scheme or host, a malformed percent
 * escape, a NUL or a backslash; 404 for a path outside the folder (`..`, encoded or not), a
 * missing file, a folder, or a file type not in APP_MIME. `/` is index.html; query and hash are
 * ignored.
 */
export function resolveAppRequest(rawUrl: string, method: string, rendererDir: string): AppRequestDecision {
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, status: 405 };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username || url.password || url.port) return { ok: false, status: 400 };
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (rel.includes('\0') || rel.includes('\\')) return { ok: false, status: 400 };
  rel = rel.replace(/^\/+/, '');
  if (rel === '') rel = 'index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, rel);
  if (!file.startsWith(root + path.sep)) return { ok: false, status: 404 };
  const mime = APP_MIME[path.extname(file).toLowerCase()];
  if (!mime) return { ok: false, status: 404 };
  try {
    if (!fs.statSync(file).isFile()) return { ok: false, status: 404 };
  } catch {
    return { ok: false, status: 404 };
  }
  return { ok: true, file, mime };
}

/** Headers sent with every file of the scheme: its type, no sniffing, the app's CSP, no framing. */
export function appResponseHeaders(mime: string): Record<string, string> {
  return {
    'content-type': mime,
    'x-content-type-options': 'nosniff',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cross-origin-opener-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cache-control': 'no-cache',
  };
}

/**
 * The answer to one request of the scheme (what protocol.handle returns): the file with its
 * headers, or an empty response with the refusal's status. Reads the file synchronously (the
 * renderer's files are small and few; the page loads them once).
 */
export function appResponse(request: { url: string; method: string }, rendererDir: string): Response {
  const decision = resolveAppRequest(request.url, request.method, rendererDir);
  if (!decision.ok) return new Response(null, { status: decision.status, headers: { 'x-content-type-options': 'nosniff' } });
  const body = request.method === 'HEAD' ? null : fs.readFileSync(decision.file);
  return new Response(body, { status: 200, headers: appResponseHeaders(decision.mime) });
}
