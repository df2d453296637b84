import path from 'node:path';
import { Menu, nativeImage, Tray, type BrowserWindow } from 'electron';
import { translator, type Language } from '../shared/i18n';
import type { Core } from './core/core';
import { trayView } from './shellLabels';

interface TimerView {
  running: { categoryId: number; start: number } | null;
}

/** A tray icon whose menu shows the running category, in the app's current language; refreshed every few seconds. */
export function createTray(core: Core, win: () => BrowserWindow | null, iconDir: string, language: () => Language, onQuit: () => void): Tray {
  const tray = new Tray(nativeImage.createFromPath(path.join(iconDir, 'tray.png')));
  const refresh = async () => {
    const [state, cats] = await Promise.all([core.dispatch('audit.timer.state', undefined), core.dispatch('audit.categories.list', undefined)]);
    let current: { category: string; start: number } | null = null;
    if (state.ok && cats.ok) {
      const running = (state.value as TimerView).running;
      const cat = running ? (cats.value as { id: number; name: string }[]).find((c) => c.id === running.categoryId) : null;
      if (running && cat) current = { category: cat.name, start: running.start };
    }
    const l = trayView(translator(language()), current, Date.now());
    tray.setToolTip(l.tooltip);
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: l.status, enabled: false },
        { type: 'separator' },
        { label: l.interruption, click: () => showAndSignal(win(), 'coulisses:interruption') },
        { label: l.open, click: () => showAndSignal(win(), null) },
        { type: 'separator' },
        { label: l.quit, click: onQuit },
      ]),
    );
  };
  void refresh();
  const timer = setInterval(() => void refresh(), 5_000);
  tray.on('destroyed' as never, () => clearInterval(timer));
  return tray;
}

/** Brings the window forward and, optionally, tells the page to open a dialog. */
export function showAndSignal(win: BrowserWindow | null, event: string | null): void {
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  if (event) void win.webContents.executeJavaScript(`window.dispatchEvent(new CustomEvent(${JSON.stringify(event)}))`);
}
