import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, _electron as electron } from '@playwright/test';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

// The packaged binary's fuses, read from the binary itself, and its page served from the app's
// scheme with GrantFileProtocolExtraPrivileges off (module scripts must load). Needs `npm run dist`
// (electron-builder downloads Electron); skips with the reason where no packaged binary exists.
function packagedBinary(): string | null {
  const candidates = [
    'release/linux-unpacked/coulisses',
    'release/linux-arm64-unpacked/coulisses',
    'release/mac/Coulisses.app/Contents/MacOS/Coulisses',
    'release/mac-arm64/Coulisses.app/Contents/MacOS/Coulisses',
    'release/win-unpacked/Coulisses.exe',
  ];
  return candidates.map((c) => path.resolve(c)).find((c) => fs.existsSync(c)) ?? null;
}

const NO_BINARY = 'No packaged binary in release/: electron-builder needs to download Electron, which this machine cannot. Run `npm run dist` where it can, then this test checks the fuses and the coulisses:// page.';

test('the packaged binary has the dangerous fuses off and the integrity fuses on', async () => {
  const bin = packagedBinary();
  test.skip(!bin, NO_BINARY);
  const wire = await getCurrentFuseWire(bin!);
  expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
  expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
  expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
});

test('the packaged app loads its page and module scripts from coulisses://app with the file fuse off', async () => {
  const bin = packagedBinary();
  test.skip(!bin, NO_BINARY);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-packaged-'));
  const app = await electron.launch({ executablePath: bin!, args: ['--no-sandbox'], env: { ...process.env, COULISSES_DATA_DIR: dataDir } });
  const page = await app.firstWindow();
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(page.url()).toMatch(/^coulisses:\/\/app\/index\.html/);
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
