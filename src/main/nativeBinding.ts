import fs from 'node:fs';
import path from 'node:path';

/**
 * Electron needs better-sqlite3 built for its own ABI. `npm start` builds that copy into
 * .electron-native/ (scripts/electron-native.mjs) so the default build stays the Node one that
 * `npm test` uses. Packaged apps use the copy electron-builder rebuilt in place.
 */
export function electronNativeBinding(appRoot: string): string | undefined {
  const candidate = path.join(appRoot, '.electron-native', 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}
