import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, Menu } from 'electron';
import { Core } from './core/core';
import { createMainWindow } from './window';
import { installSecurity, type AppEntry } from './security';
import { registerIpc } from './ipc/register';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { getSettings } from './services/settings';

const mainDir = path.dirname(fileURLToPath(import.meta.url));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const dataDir = process.env.COULISSES_DATA_DIR ? path.resolve(process.env.COULISSES_DATA_DIR) : path.join(app.getPath('userData'), 'data');
  const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const entry: AppEntry = devServer ? { devServer } : { fileIndex: `file://${path.join(mainDir, '../renderer/index.html')}` };
  const osLanguage = app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const core = new Core({
    dataDir,
    version: app.getVersion(),
    mode: 'electron',
    language: osLanguage,
    nativeBinding: app.isPackaged ? undefined : electronNativeBinding(app.getAppPath()),
  });
  let win: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    installSecurity(entry);
    core.open();
    registerIpc(core.dispatch, entry);
    win = createMainWindow(entry, path.join(dataDir, 'window-state.json'));
    const language = core.db ? (getSettings(core.db).language ?? osLanguage) : osLanguage;
    Menu.setApplicationMenu(buildMenu(win, language, () => void core.dispatch('backups.create', undefined)));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) win = createMainWindow(entry, path.join(dataDir, 'window-state.json'));
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => core.close());
}
