// A process for the file-identity test: writes through Core, has its -wal deleted (as another
// program might), tries one more write, prints both answers as one JSON line, then waits to be
// killed (a crash: no orderly close that would checkpoint what the deleted -wal held).
import fs from 'node:fs';
import { Core } from '../../src/main/core/core';

const [dataDir] = process.argv.slice(2);
const core = new Core({ dataDir, version: 'wal', mode: 'browser', tz: 'Europe/Paris' });
core.open();
core.db!.pragma('wal_autocheckpoint = 0');
const first = await core.dispatch('settings.update', { theme: 'dark' });
fs.rmSync(`${core.dbPath}-wal`);
const second = await core.dispatch('settings.update', { theme: 'light' });
process.stdout.write(JSON.stringify({ first, second }) + '\n');
setInterval(() => undefined, 1000);
