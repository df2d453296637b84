import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/contract/result';
import type { ImportJobRequest } from '../audit/import/worker';

export interface WorkerLocation {
  /** The worker's entry file. */
  path: string;
  /** A TypeScript source (dev, tests, browser mode under tsx): load it through tsx. */
  typescript?: boolean;
}

/** One long-lived worker thread that runs the heavy jobs (imports) off the main thread. */
export class JobRunner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (r: Result<unknown>) => void>();

  constructor(private readonly location: WorkerLocation) {}

  run(req: Omit<ImportJobRequest, 'id'>): Promise<Result<unknown>> {
    const worker = this.ensure();
    const id = this.nextId++;
    // Keep the process alive while a job runs; an idle worker must not hold it open.
    worker.ref();
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ ...req, id });
    });
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
