// How the security decisions of securityPolicy.ts are wired to Electron's objects: the session's
// permission handlers, and, on every web contents created, navigation, redirects, webviews and
// window.open. Written against the few methods it uses (structural types, no electron import),
// so a test can hand it fakes and fire the events; security.ts passes the real objects.
import { isAllowedExternalUrl, permissionDecision, shouldAllowNavigation, type AppEntry } from './securityPolicy';

/** An event that can be cancelled (Electron's navigation events). */
export interface CancellableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the wiring uses. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', listener: (event: CancellableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: CancellableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The part of Electron's Session the wiring uses. */
export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** The part of Electron's app the wiring uses. */
export interface AppLike {
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
}

export interface SecurityTargets {
  app: AppLike;
  session: SessionLike;
  /** Opens a URL in the user's browser (shell.openExternal); only allowlisted URLs reach it. */
  openExternal(url: string): unknown;
}

/**
 * Every permission request and check is refused; every web contents (the window, and any other
 * that might be created) is locked down with `lockDown`.
 */
export function wireSecurity(targets: SecurityTargets, entry: AppEntry): void {
  targets.session.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  targets.session.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  targets.app.on('web-contents-created', (_event, contents) => lockDown(contents, entry, targets.openExternal));
}

/**
 * Navigation (main frame and sub-frames) and redirects away from the app are cancelled, webviews
 * are never attached, and window.open is always denied: an allowlisted https: or mailto: link
 * goes to the user's browser instead.
 */
export function lockDown(contents: WebContentsLike, entry: AppEntry, openExternal: (url: string) => unknown): void {
  const guard = (event: CancellableEvent, url: string) => {
    if (!shouldAllowNavigation(url, entry)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}
