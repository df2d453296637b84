// Worker thread for time imports: parsing 100,000 CSV rows and writing them takes seconds, which
// must not freeze the main process. The worker opens its own connection to the same database
// (WAL lets the main process keep reading) and commits all rows in one transaction, or none.
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { configure } from '../../db/connection';
import { toAppError } from '../../ipc/dispatch';
import { commitImport, previewImport, type ImportFileInput, type ImportMapping } from './timeImport';

export interface ImportJobRequest {
  id: number;
  channel: 'audit.import.preview' | 'audit.import.commit';
  dbPath: string;
  nativeBinding?: string;
  file: ImportFileInput;
  mapping?: ImportMapping;
  now: number;
}

parentPort?.on('message', (req: ImportJobRequest) => {
  let db: Database.Database | undefined;
  try {
    db = new Database(req.dbPath, { nativeBinding: req.nativeBinding, fileMustExist: true });
    configure(db);
    const conn = db;
    const value = req.channel === 'audit.import.preview' ? previewImport(conn, req.file, req.now) : conn.transaction(() => commitImport(conn, req.file, req.mapping!, req.now)).immediate();
    parentPort!.postMessage({ id: req.id, result: { ok: true, value } });
  } catch (err) {
    parentPort!.postMessage({ id: req.id, result: { ok: false, error: toAppError(err).toShape() } });
  } finally {
    db?.close();
  }
});
