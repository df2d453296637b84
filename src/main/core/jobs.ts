import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorShape, type Result } from '../../shared/contract/result';
import type { Db } from '../db/types';
import type { Jobs } from '../ipc/types';
import { JobState, runJob, type JobInput, type JobName, type JobOutput } from './jobTable';
import type { JobRequest } from './jobWorker';

export interface WorkerLocation {
  /** The worker's entry file (out/main/jobWorker.js, or src/main/core/jobWorker.ts under tsx). */
  path: string;
  /** A TypeScript source (dev, tests, browser mode under tsx): load it through tsx. */
  typescript?: boolean;
}

const fromShape = (e: AppErrorShape) => new AppError(e.code as AppError['code'], e.message, e.params, e.issues);

/** Runs jobs on the calling thread with the app's own connection (tests and bench references). */
export class InlineJobs implements Jobs {
  private readonly state = new JobState();
  constructor(private readonly db: () => Db) {}

  async run<J extends JobName>(name: J, input: JobInput<J>): Promise<JobOutput<J>> {
    return runJob(this.db(), name, input, this.state);
  }

  async close(): Promise<void> {}
}

/**
 * One long-lived worker thread that runs the jobs off the main thread, each on its own
 * connection to the same database file (WAL lets the main thread keep reading and answering).
 * The worker keeps its JobState (held import files) for its life; if it dies, they are gone and
 * a commit asks for the file again (import_expired).
 */
export class WorkerJobs implements Jobs {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (r: Result<unknown>) => void>();

  constructor(
    private readonly location: WorkerLocation,
    private readonly target: () => { dbPath: string; nativeBinding?: string },
  ) {}

  async run<J extends JobName>(name: J, input: JobInput<J>): Promise<JobOutput<J>> {
    const worker = this.ensure();
    const id = this.nextId++;
    // Keep the process alive while a job runs; an idle worker must not hold it open.
    worker.ref();
    const result = await new Promise<Result<unknown>>((resolve) => {
      this.pending.set(id, resolve);
      const req: JobRequest = { id, name, input, ...this.target() };
      worker.postMessage(req);
    });
    if (!result.ok) throw fromShape(result.error);
    return result.value as JobOutput<J>;
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const w = this.location.typescript
      ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(pathToFileURL(this.location.path).href)}); })`, { eval: true })
      : new Worker(this.location.path);
    w.on('message', (msg: { id: number; result: Result<unknown> }) => {
      this.pending.get(msg.id)?.(msg.result);
      this.pending.delete(msg.id);
      if (this.pending.size === 0) w.unref();
    });
    const failAll = (message: string) => {
      for (const resolve of this.pending.values()) resolve({ ok: false, error: { code: 'internal', message } });
      this.pending.clear();
      this.worker = null;
    };
    w.on('error', (err) => failAll(`The import worker failed: ${err.message}`));
    w.on('exit', (code) => code !== 0 && failAll(`The import worker stopped (${code}).`));
    w.unref();
    this.worker = w;
    return w;
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
