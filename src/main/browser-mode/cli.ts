import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/contract/result';
import { translator } from '../../shared/i18n';
import { folderLockedText } from '../shellLabels';
import { startBrowserServer } from './server';

// `npm run web`: the same app in a browser, on 127.0.0.1 only.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = process.env.COULISSES_DATA_DIR ? path.resolve(process.env.COULISSES_DATA_DIR) : path.join(root, '.data');
const port = Number(process.env.PORT ?? 5199);
const lang = (process.env.LANG ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';

const server = await startBrowserServer({
  dataDir,
  rendererDir: path.join(root, 'out/renderer'),
  port,
  version: process.env.npm_package_version ?? '0.0.0',
  language: lang,
  jobWorker: { path: path.join(root, 'src/main/core/jobWorker.ts'), typescript: true },
}).catch((err: unknown) => {
  // One process per data folder: say which process holds it, and stop.
  if (err instanceof AppError && err.code === 'folder_locked') {
    const p = err.params as { dir: string; pid: number; mode: 'electron' | 'browser'; since: number };
    const text = folderLockedText(translator(lang), lang, p);
    console.error(`${text.title}\n${text.message}`);
    process.exit(1);
  }
  throw err;
});
console.log(`Coulisses (browser mode)\n  data:  ${dataDir}\n  open:  ${server.url}\n(Ctrl+C to stop)`);
const stop = (): void => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
