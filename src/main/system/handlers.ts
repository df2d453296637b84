import type { systemChannels } from '../../shared/contract/system';
import { createBackup, listBackups } from '../db/backups';
import { schemaVersion } from '../db/migrate';
import { exportAll, importAll } from './dataTransfer';
import { getSettings, updateSettings } from './settings';
import { AppError } from '../../shared/contract/result';
import type { HandlerMap } from '../ipc/types';

export const systemHandlers: HandlerMap<keyof typeof systemChannels> = {
  'system.ping': () => ({ pong: true }),
  'app.status': () => ({ state: 'ok' }),
  'app.info': (_i, ctx) => ({ version: ctx.version, dataDir: ctx.dataDir, dbPath: ctx.dbPath, schemaVersion: schemaVersion(ctx.db), mode: ctx.mode }),
  'settings.get': (_i, ctx) => getSettings(ctx.db),
  'settings.update': (input, ctx) => {
    const settings = updateSettings(ctx.db, input);
    ctx.settingsChanged();
    return settings;
  },
  'app.shortcut': (_i, ctx) => {
    const status = ctx.shortcutStatus();
    const wanted = getSettings(ctx.db).shortcutInterruption;
    return status ? { supported: true, ...status } : { supported: false, wanted, registered: null, taken: false, suggestion: null };
  },
  'backups.list': (_i, ctx) => listBackups(ctx.backupsDir),
  'backups.create': (_i, ctx) => createBackup(ctx.db, ctx.backupsDir, 'manual', ctx.now(), getSettings(ctx.db).backupKeep),
  'backups.restore': (input, ctx) => {
    ctx.restoreBackup(input.name);
    return { done: true };
  },
  // Answered by Core.call when the shell provides printToPdf (Electron); elsewhere refused.
  'app.printToPdf': () => {
    throw new AppError('forbidden', 'PDF export is done by the desktop app; in the browser, use Print → Save as PDF.');
  },
  // Only meaningful on the recovery screen; with a healthy database they are refused.
  'recovery.startFresh': () => {
    throw new AppError('forbidden', 'The database is healthy; nothing to recover.');
  },
  'recovery.openOther': () => {
    throw new AppError('forbidden', 'The database is healthy; nothing to recover.');
  },
  'data.export': (_i, ctx) => exportAll(ctx.db, ctx.now()),
  'data.import': (input, ctx) => {
    createBackup(ctx.db, ctx.backupsDir, 'pre-import', ctx.now(), getSettings(ctx.db).backupKeep);
    return ctx.db.transaction(() => importAll(ctx.db, input.json)).immediate();
  },
};
