// Security decisions as pure functions and constants, unit-tested; no electron import here.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Hosts the app may open in the user's browser (https only), plus mailto:. */
export const EXTERNAL_ALLOWLIST = [
  'skillshop.exceedlms.com',
  'support.google.com',
  'academy.hubspot.com',
  'www.facebook.com',
  'www.linkedin.com',
  'learning.linkedin.com',
  'buffer.com',
  'support.buffer.com',
  'help.hootsuite.com',
  'toggl.com',
  'clockify.me',
];

export function isAllowedExternalUrl(raw: string, allowlist: readonly string[] = EXTERNAL_ALLOWLIST): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname));
  if (url.protocol !== 'https:') return false;
  if (url.username || url.password || url.port) return false;
  return allowlist.includes(url.hostname.toLowerCase());
}

/** Where the window's page comes from: the app's own scheme (packaged and `npm start`), or the dev server. */
export interface AppEntry {
  /** The page on the app's scheme, coulisses://app/index.html (see appProtocol.ts). */
  appUrl?: string;
  /** The Vite dev server in development (`npm run dev`). */
  devServer?: string;
}

/**
 * The app's own page: index.html on the app's scheme (hash routes included), or any page of the
 * dev server in development. Anything else (another file, another scheme or host, file://) is a
 * navigation away from the app and is refused.
 */
export function isAppUrl(raw: string, appEntry: AppEntry): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (appEntry.devServer) {
    const dev = new URL(appEntry.devServer);
    if (url.origin === dev.origin) return true;
  }
  if (appEntry.appUrl) {
    // Node gives a non-special scheme the origin "null": compare scheme and host themselves.
    const index = new URL(appEntry.appUrl);
    if (url.username || url.password || url.port) return false;
    return url.protocol === index.protocol && url.host === index.host && (url.pathname === index.pathname || url.pathname === '/');
  }
  return false;
}

/** Navigation inside the window is allowed only to the app itself (hash routes included). */
export function shouldAllowNavigation(target: string, appEntry: AppEntry): boolean {
  return isAppUrl(target, appEntry);
}

/** IPC sender check: only the main frame of our window, showing our page. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean, appEntry: AppEntry): boolean {
  return isMainFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl, appEntry);
}

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  spellcheck: boolean;
  navigateOnDragDrop: false;
}

export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: true,
    navigateOnDragDrop: false,
  };
}

/** Every permission request (camera, notifications, geolocation, …) is refused. */
export function permissionDecision(_permission: string): false {
  return false;
}
