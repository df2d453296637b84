// Worker thread for heavy jobs (see jobTable.ts): parsing 100,000 CSV rows and writing them takes
// seconds, which must not freeze the main process. Each job opens its own connection to the same
// database (WAL lets the main process keep reading); a write job commits all or nothing.
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { configure } from '../db/connection';
import { toAppError } from '../ipc/dispatch';
import { JobState, jobUsesDb, runJob, type JobName } from './jobTable';

export interface JobRequest {
  id: number;
  name: JobName;
  input: unknown;
  dbPath: string;
  nativeBinding?: string;
}

const state = new JobState();

parentPort?.on('message', (req: JobRequest) => {
  let db: Database.Database | undefined;
  try {
    // Pure parsing jobs (veille feeds and pages) need no connection: none is opened for them.
    if (jobUsesDb(req.name)) {
      db = new Database(req.dbPath, { nativeBinding: req.nativeBinding, fileMustExist: true });
      configure(db);
    }
    const value = runJob(db as Database.Database, req.name, req.input as never, state);
    parentPort!.postMessage({ id: req.id, result: { ok: true, value } });
  } catch (err) {
    parentPort!.postMessage({ id: req.id, result: { ok: false, error: toAppError(err).toShape() } });
  } finally {
    db?.close();
  }
});
