import type { FeatureHandlers } from '../ipc/types';
import { createBackup, listBackups } from '../db/backups';
import { schemaVersion } from '../db/migrate';
import { exportAll } from './dataTransfer';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from './settings';
import { AppError } from '../../shared/contract/result';

// The channels marked "recovery screen too" answer without a database; the others read ctx.db,
// which refuses with recovery_mode while the recovery screen is shown.
export const systemHandlers: FeatureHandlers<'system'> = {
  'system.ping': () => ({ pong: true }), // recovery screen too
  'app.status': (_i, ctx) => ctx.status(), // recovery screen too
  // recovery screen too
  'app.info': (_i, ctx) => ({ version: ctx.version, dataDir: ctx.dataDir, dbPath: ctx.dbPath, schemaVersion: ctx.hasDb ? schemaVersion(ctx.db) : 0, mode: ctx.mode }),
  'settings.get': (_i, ctx) => (ctx.hasDb ? getSettings(ctx.db) : DEFAULT_SETTINGS), // recovery screen too
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
  'backups.list': (_i, ctx) => listBackups(ctx.backupsDir), // recovery screen too
  'backups.create': (_i, ctx) => createBackup(ctx.db, ctx.backupsDir, 'manual', ctx.now(), getSettings(ctx.db).backupKeep),
  // recovery screen too
  'backups.restore': (input, ctx) => {
    ctx.restoreBackup(input.name);
    return { done: true };
  },
  'app.printToPdf': async (_i, ctx) => {
    if (!ctx.printToPdf) throw new AppError('forbidden', 'PDF export is done by the desktop app; in the browser, use Print → Save as PDF.');
    try {
      return { base64: Buffer.from(await ctx.printToPdf()).toString('base64') };
    } catch (err) {
      throw new AppError('internal', `The PDF could not be made: ${(err as Error).message}`);
    }
  },
  // Recovery screen only: with a healthy database they are refused (forbidden).
  'recovery.startFresh': (_i, ctx) => {
    ctx.startFresh();
    return { done: true };
  },
  'recovery.openOther': (_i, ctx) => ({ opened: ctx.openOther() }),
  'data.export': (_i, ctx) => exportAll(ctx.db, ctx.now()),
  // A job (the worker thread in the app): parsing and writing a large file must not hold the
  // main thread. Checked first, then the pre-import backup, then one transaction.
  'data.import': (input, ctx) => ctx.jobs.run('data.import', { json: input.json, backupsDir: ctx.backupsDir, now: ctx.now() }),
};
