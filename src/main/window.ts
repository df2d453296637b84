import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, protocol, screen } from 'electron';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, appResponse } from './appProtocol';
import { secureWebPreferences, type AppEntry } from './securityPolicy';
import { loadWindowState, saveWindowState } from './windowState';

const mainDir = path.dirname(fileURLToPath(import.meta.url));

/** Declares the app's scheme privileged (standard, secure); must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves the renderer build on coulisses://app/ (decisions in appProtocol.ts); after ready. */
export function serveAppScheme(): void {
  const rendererDir = path.join(mainDir, '../renderer');
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rendererDir));
}

export function createMainWindow(entry: AppEntry, stateFile: string): BrowserWindow {
  const state = loadWindowState(stateFile, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...state,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Coulisses',
    backgroundColor: '#f7f6f3',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(path.join(mainDir, '../preload/index.cjs')),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const persist = (): void => saveWindowState(stateFile, { ...win.getNormalBounds(), maximized: win.isMaximized() });
  win.on('close', persist);

  // A crashed renderer is reloaded; data lives in main, so nothing is lost.
  win.webContents.on('render-process-gone', (_e, details) => {
    if (details.reason !== 'clean-exit') setTimeout(() => !win.isDestroyed() && win.reload(), 500);
  });

  if (entry.devServer) void win.loadURL(entry.devServer);
  else if (entry.appUrl) void win.loadURL(entry.appUrl);
  return win;
}
