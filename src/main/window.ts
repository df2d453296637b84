import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, screen } from 'electron';
import { secureWebPreferences } from './securityPolicy';
import { loadWindowState, saveWindowState } from './windowState';
import type { AppEntry } from './security';

const mainDir = path.dirname(fileURLToPath(import.meta.url));

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
  else void win.loadFile(path.join(mainDir, '../renderer/index.html'));
  return win;
}
