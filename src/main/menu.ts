import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { translator, type Language } from '../shared/i18n';
import { menuLabels } from './shellLabels';

/** Standard roles plus the app's own actions, which the renderer receives as hash navigations. */
export function buildMenu(win: BrowserWindow, language: Language, onBackup: () => void): Menu {
  const l = menuLabels(translator(language));
  const go = (route: string) => () => void win.webContents.executeJavaScript(`location.hash = ${JSON.stringify(route)}`);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: l.file,
      submenu: [
        { label: l.newIdea, accelerator: 'CommandOrControl+N', click: go('#/calendar?capture=1') },
        { label: l.logInterruption, accelerator: 'CommandOrControl+I', click: () => void win.webContents.executeJavaScript("window.dispatchEvent(new CustomEvent('coulisses:interruption'))") },
        { type: 'separator' },
        { label: l.backupNow, click: onBackup },
        { label: l.settings, accelerator: 'CommandOrControl+,', click: go('#/settings') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Coulisses',
      submenu: [
        { label: l.today, accelerator: 'CommandOrControl+1', click: go('#/') },
        { label: l.audit, accelerator: 'CommandOrControl+2', click: go('#/audit') },
        { label: l.calendar, accelerator: 'CommandOrControl+3', click: go('#/calendar') },
        { label: l.career, accelerator: 'CommandOrControl+4', click: go('#/career') },
        { label: l.reports, accelerator: 'CommandOrControl+5', click: go('#/reports') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
