// Texts of the Electron shell (application menu, tray), built from the string catalogue.
// Pure: menu.ts and tray.ts, which import electron, only consume these objects.
import type { Translate } from '../shared/i18n';

/** Labels of the application menu's own items (standard roles are labelled by the OS). */
export interface MenuLabels {
  file: string;
  today: string;
  audit: string;
  calendar: string;
  career: string;
  reports: string;
  settings: string;
  backupNow: string;
  logInterruption: string;
  newIdea: string;
}

/** The menu labels in `t`'s language; the navigation items reuse the sidebar's `nav.*` strings. */
export function menuLabels(t: Translate): MenuLabels {
  return {
    file: t('shell.menu.file'),
    today: t('nav.today'),
    audit: t('nav.audit'),
    calendar: t('nav.calendar'),
    career: t('nav.career'),
    reports: t('nav.reports'),
    settings: t('nav.settings'),
    backupNow: t('shell.menu.backupNow'),
    logInterruption: t('shell.menu.logInterruption'),
    newIdea: t('shell.menu.newIdea'),
  };
}

/** What the tray shows: a status line (disabled item), its tooltip, and the action labels. */
export interface TrayView {
  status: string;
  tooltip: string;
  interruption: string;
  open: string;
  quit: string;
}

/**
 * The tray's texts for a running timer (`running`: its category name and start, epoch ms) or
 * none (`null`). The elapsed time is in whole minutes, rounded down, from `now` (epoch ms).
 * The running line ('● Moderation — 12 min') and the tooltip ('Coulisses — …') are laid out
 * the same in every language ('min' is the unit symbol), so only the words come from `t`.
 */
export function trayView(t: Translate, running: { category: string; start: number } | null, now: number): TrayView {
  const status = running ? `● ${running.category} — ${Math.floor((now - running.start) / 60_000)} min` : t('shell.tray.idle');
  return {
    status,
    tooltip: `Coulisses — ${status}`,
    interruption: t('shell.tray.interruption'),
    open: t('shell.tray.open'),
    quit: t('shell.tray.quit'),
  };
}

/** What a second process says when the data folder is held by another (see core/folderLock.ts). */
export interface FolderLockedText {
  title: string;
  message: string;
}

/**
 * The words for a refused start: the folder `dir`, the holder's `mode` and `pid`, and since when
 * (`since`, epoch ms, shown as a date and time in `language`; -1 or a missing holder file gives
 * the shorter message without them).
 */
export function folderLockedText(t: Translate, language: 'en' | 'fr', params: { dir: string; pid: number; mode: 'electron' | 'browser'; since: number }): FolderLockedText {
  const title = t('shell.folderLocked.title');
  if (params.pid < 0 || params.since < 0) return { title, message: t('shell.folderLocked.messageUnknown', { dir: params.dir }) };
  const mode = params.mode === 'electron' ? t('shell.folderLocked.mode.electron') : t('shell.folderLocked.mode.browser');
  const since = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-US', { dateStyle: 'medium', timeStyle: 'short', hourCycle: language === 'fr' ? 'h23' : 'h12' }).format(params.since);
  return { title, message: t('shell.folderLocked.message', { dir: params.dir, mode, pid: params.pid, since }) };
}
