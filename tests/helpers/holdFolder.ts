// A second process for the folder-lock tests: opens a Core on the folder given, prints one JSON
// line ({ state } or { error: { code, params } }), and, when it got the folder, stays until killed.
import { Core } from '../../src/main/core/core';
import { AppError } from '../../src/shared/contract/result';

const [dataDir] = process.argv.slice(2);
const core = new Core({ dataDir, version: 'hold', mode: 'browser', tz: 'Europe/Paris' });
try {
  const status = core.open();
  process.stdout.write(JSON.stringify({ state: status.state, pid: process.pid }) + '\n');
  setInterval(() => undefined, 1000);
} catch (err) {
  const e = err instanceof AppError ? err : new AppError('internal', String(err));
  process.stdout.write(JSON.stringify({ error: { code: e.code, params: e.params ?? null } }) + '\n');
  process.exit(2);
}
