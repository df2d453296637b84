// `npm start` / `npm run dev`: builds what Electron needs on first launch, then opens the app.
// 1. Downloads the Electron binary if `npm install` skipped it (it does, so that install works offline).
// 2. Builds better-sqlite3 for Electron's ABI into .electron-native/ (the Node build stays for `npm test`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dev = process.argv.includes('--dev');
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = require('electron/package.json').version;
const pathFile = path.join(electronDir, 'path.txt');
if (!fs.existsSync(pathFile) || !fs.existsSync(path.join(electronDir, 'dist'))) {
  console.log(`Downloading Electron ${electronVersion} (first launch only)…`);
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  run(process.execPath, [path.join(electronDir, 'install.js')], { env });
}

const nativeDir = path.join(root, '.electron-native');
const stamp = path.join(nativeDir, 'version.txt');
const sqliteVersion = require('better-sqlite3/package.json').version;
const wanted = `${electronVersion}/${sqliteVersion}`;
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== wanted) {
  console.log(`Building better-sqlite3 for Electron ${electronVersion} (first launch only)…`);
  const work = path.join(nativeDir, 'build');
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), work, { recursive: true, filter: (src) => !src.includes(`${path.sep}build${path.sep}`) });
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  run(process.execPath, [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'], { cwd: work, env: { ...process.env, npm_config_nodedir: '' } });
  fs.copyFileSync(path.join(work, 'build/Release/better_sqlite3.node'), path.join(nativeDir, 'better_sqlite3.node'));
  fs.writeFileSync(stamp, wanted);
}

const bin = path.join(root, 'node_modules/.bin/electron-vite');
run(bin, dev ? ['dev'] : ['preview']);
