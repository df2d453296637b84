import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl, permissionDecision, shouldAllowNavigation } from './securityPolicy';

export interface AppEntry {
  fileIndex?: string;
  devServer?: string;
}

/** Applies the app-wide guards: permissions refused, and every web contents locked down. */
export function installSecurity(entry: AppEntry): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission));
  app.on('web-contents-created', (_event, contents) => lockDown(contents, entry));
}

function lockDown(contents: WebContents, entry: AppEntry): void {
  contents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(url, entry)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowNavigation(url, entry)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
