// The heavy jobs a handler can hand to ctx.jobs: each a plain function of a database connection,
// its input and the runner's state. The same function runs in the worker thread (desktop app,
// browser mode) or inline on the calling thread (tests without a worker), so there is one path.
import type { Db } from '../db/types';
import { commitImport, previewImport, rerunPreview } from '../audit/import/timeImport';
import { HeldImports } from '../audit/import/heldImports';
import { importAll } from '../system/dataTransfer';
import { getSettings } from '../system/settings';
import { extractArticle, parseFeed } from '../veille/feedParse';

/** The JSON import's input: the file's text, and where and when its pre-import backup goes. */
export interface DataImportJob {
  json: string;
  backupsDir: string;
  /** Epoch ms, the backup's time stamp. */
  now: number;
}

/** What a runner keeps between jobs (in the worker, for the worker's life). */
export class JobState {
  /** Parsed import files waiting for their commit, by import id. */
  readonly imports = new HeldImports();
}

interface JobDef<I, O> {
  /**
   * As for channels: `read` writes nothing; `write` runs in one IMMEDIATE transaction the runner
   * opens (all or nothing); `action` writes and manages its own transaction.
   */
  kind: 'read' | 'write' | 'action';
  /** true: the job never reads the database (pure parsing): the worker opens no connection for it. */
  noDb?: boolean;
  run(db: Db, input: I, state: JobState): O;
}

const job = <I, O>(def: JobDef<I, O>) => def;

export const JOBS = {
  'audit.import.preview': job({ kind: 'read', run: (db, input: Parameters<typeof previewImport>[2], state) => previewImport(db, state.imports, input) }),
  'audit.import.rerun': job({ kind: 'read', run: (db, input: Parameters<typeof rerunPreview>[2], state) => rerunPreview(db, state.imports, input) }),
  'audit.import.commit': job({ kind: 'write', run: (db, input: Parameters<typeof commitImport>[2], state) => commitImport(db, state.imports, input) }),
  // Manages its own transaction: the file is checked, then backed up (VACUUM INTO cannot run
  // inside a transaction), then written all or nothing.
  'data.import': job({
    kind: 'action',
    run: (db, input: DataImportJob) => importAll(db, input.json, { dir: input.backupsDir, now: input.now, keep: getSettings(db).backupKeep }),
  }),
  // Veille: parsing fetched feeds and article pages (large XML and HTML) off the main thread; no database use.
  'veille.parseFeed': job({ kind: 'read', noDb: true, run: (_db, input: { body: string; kind: 'xml' | 'json'; baseUrl: string; truncated: boolean }) => parseFeed(input.body, input.kind, input.baseUrl, input.truncated) }),
  'veille.extractArticle': job({ kind: 'read', noDb: true, run: (_db, input: { html: string; url: string }) => extractArticle(input.html, input.url) }),
};

export type JobName = keyof typeof JOBS;
export type JobInput<J extends JobName> = Parameters<(typeof JOBS)[J]['run']>[1];
export type JobOutput<J extends JobName> = ReturnType<(typeof JOBS)[J]['run']>;

/** True when the job writes to the database (the runner checks the file is still the one opened). */
export function jobWrites(name: JobName): boolean {
  return JOBS[name].kind !== 'read';
}

/** True when the job reads or writes the database (the worker then opens a connection for it). */
export function jobUsesDb(name: JobName): boolean {
  return !(JOBS[name] as JobDef<unknown, unknown>).noDb;
}

/** Runs one job on `db` with the runner's state; a write job in one transaction. Throws AppError. */
export function runJob<J extends JobName>(db: Db, name: J, input: JobInput<J>, state: JobState): JobOutput<J> {
  const def = JOBS[name] as JobDef<JobInput<J>, JobOutput<J>>;
  return def.kind === 'write' ? db.transaction(() => def.run(db, input, state)).immediate() : def.run(db, input, state);
}
