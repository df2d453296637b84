import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { test, expect, _electron as electron } from '@playwright/test';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const rel = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const bin = path.join(dir, 'dist', rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const nativeForElectron = fs.existsSync(path.resolve('.electron-native/better_sqlite3.node'));

test('the real Electron app opens a window with the secure settings', async () => {
  const bin = electronBinary();
  test.skip(!bin, 'No Electron binary here (install skipped the download): run `npm start` once on a machine that can download Electron to enable this test.');
  test.skip(!nativeForElectron, 'better-sqlite3 has not been built for Electron yet: run `npm start` once to build it.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-electron-'));
  const app = await electron.launch({ executablePath: bin!, args: ['.', '--no-sandbox'], env: { ...process.env, COULISSES_DATA_DIR: dataDir } });
  const page = await app.firstWindow();
  await expect(page.getByRole('navigation')).toBeVisible();
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0].webContents as unknown as { getLastWebPreferences(): Record<string, unknown> };
    const p = wc.getLastWebPreferences();
    return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity, experimentalFeatures: p.experimentalFeatures };
  });
  expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, experimentalFeatures: false });
  // The page comes from the app's privileged scheme, never from file://.
  expect(page.url()).toMatch(/^coulisses:\/\/app\/index\.html/);
  expect(await page.evaluate(() => location.origin)).toBe('coulisses://app');
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
