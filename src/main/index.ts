import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, globalShortcut, Menu } from 'electron';
import { planShortcut, type ShortcutOutcome } from './shortcutPlan';
import { createTray, showAndSignal } from './tray';
import { Core } from './core/core';
import { createMainWindow, registerAppScheme, serveAppScheme } from './window';
import { APP_INDEX_URL } from './appProtocol';
import { installSecurity, type AppEntry } from './security';
import { registerIpc } from './ipc/register';
import { buildMenu } from './menu';
import { electronNativeBinding } from './nativeBinding';
import { getSettings } from './system/settings';
import { AppError } from '../shared/contract/result';
import { translator } from '../shared/i18n';
import { folderLockedText } from './shellLabels';

const mainDir = path.dirname(fileURLToPath(import.meta.url));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const dataDir = process.env.COULISSES_DATA_DIR ? path.resolve(process.env.COULISSES_DATA_DIR) : path.join(app.getPath('userData'), 'data');
  const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  // The page comes from the app's own privileged scheme, never from file:// (see appProtocol.ts).
  const entry: AppEntry = devServer ? { devServer } : { appUrl: APP_INDEX_URL };
  registerAppScheme();
  const osLanguage = app.getLocale().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const core = new Core({
    dataDir,
    version: app.getVersion(),
    mode: 'electron',
    language: osLanguage,
    nativeBinding: app.isPackaged ? undefined : electronNativeBinding(app.getAppPath()),
    jobWorker: { path: path.join(mainDir, 'jobWorker.js') },
    shortcutStatus: () => shortcut,
    printToPdf: async () => {
      if (!win) throw new Error('no window');
      return win.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true });
    },
    onSettingsChanged: () => applyShell(),
    pickDatabaseFile: () => {
      const picked = dialog.showOpenDialogSync({ properties: ['openFile'], filters: [{ name: 'Coulisses', extensions: ['sqlite', 'db'] }] });
      return picked?.[0] ?? null;
    },
  });
  let win: BrowserWindow | null = null;
  let shortcut: ShortcutOutcome | null = null;
  const language = (): 'en' | 'fr' => (core.db ? (getSettings(core.db).language ?? osLanguage) : osLanguage);
  const applyShell = (): void => {
    if (!core.db || !win) return;
    Menu.setApplicationMenu(buildMenu(win, language(), () => void core.dispatch('backups.create', undefined)));
    const wanted = getSettings(core.db).shortcutInterruption;
    if (shortcut?.registered === wanted) return;
    globalShortcut.unregisterAll();
    shortcut = planShortcut(
      wanted,
      (acc) => {
        try {
          return globalShortcut.register(acc, () => showAndSignal(win, 'coulisses:interruption'));
        } catch {
          return false;
        }
      },
      (acc) => globalShortcut.unregister(acc),
    );
  };

  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    installSecurity(entry);
    if (entry.appUrl) serveAppScheme();
    try {
      core.open();
    } catch (err) {
      // One process per data folder: a browser-mode server (or another copy of the app with the
      // same COULISSES_DATA_DIR) holds it. Say which, and stop.
      if (err instanceof AppError && err.code === 'folder_locked') {
        const text = folderLockedText(translator(osLanguage), osLanguage, err.params as { dir: string; pid: number; mode: 'electron' | 'browser'; since: number });
        dialog.showErrorBox(text.title, text.message);
        app.exit(1);
        return;
      }
      throw err;
    }
    registerIpc((channel, input) => core.dispatch(channel, input), entry);
    win = createMainWindow(entry, path.join(dataDir, 'window-state.json'));
    applyShell();
    if (core.db) {
      createTray(core, () => win, path.join(app.getAppPath(), 'resources'), language, () => app.quit());
    }
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) win = createMainWindow(entry, path.join(dataDir, 'window-state.json'));
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    globalShortcut.unregisterAll();
    core.close();
  });
}
