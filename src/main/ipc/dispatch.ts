import { channels, isChannelName, type ChannelDef, type ChannelName } from '../../shared/contract';
import { AppError, type AppErrorShape, type Result } from '../../shared/contract/result';
import type { HandlerContext, HandlerMap } from './types';

export interface DispatcherOptions {
  handlers: HandlerMap<ChannelName>;
  /** The live context (on the recovery screen, reading its `db` throws recovery_mode). */
  context(): HandlerContext;
  validateOutput?: boolean;
  /**
   * Called before every write channel runs (and may throw an AppError to refuse it): Core checks
   * there that the database file is still the one it opened.
   */
  beforeWrite?: () => void;
  /**
   * Pauses (ms) between attempts of a read or write that found the database locked by another
   * connection; the attempts are awaited, so other requests are answered meanwhile. After the
   * last one the answer is `busy`. Default BUSY_RETRY_DELAYS (about 5 s in all).
   */
  busyRetryDelays?: readonly number[];
}

/** About 5 s of awaited retries in all, short at first (most locks last a few milliseconds). */
export const BUSY_RETRY_DELAYS: readonly number[] = [5, 10, 20, 40, 80, 160, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250, 250];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** True for SQLite's "database is locked" failures, which another attempt later may not meet. */
export function isBusyError(err: unknown): boolean {
  return /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code?: unknown } | null)?.code ?? ''));
}

/** Answers one call: never throws, never rejects; always a Result. */
export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

/** Maps low-level SQLite failures to codes the UI can explain. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string };
  const message = e?.message ?? String(err);
  const code = e?.code ?? '';
  if (code.startsWith('SQLITE_READONLY')) return new AppError('read_only', 'The database is read-only; nothing was saved.');
  if (code.startsWith('SQLITE_FULL')) return new AppError('disk_full', 'The disk is full; nothing was saved.');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('busy', 'The database is locked by another program; nothing was saved.');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new AppError('db_corrupt', 'The database is damaged.', { detail: message });
  // the time_entry triggers of migration 0060: the database's own refusal of overlapping entries
  if (code.startsWith('SQLITE_CONSTRAINT') && message.includes('time_entry_overlap')) return new AppError('overlap', 'This entry overlaps another one; nothing was saved.');
  if (code.startsWith('SQLITE_IOERR')) return new AppError('io_error', 'The disk could not be read or written (removed drive, network folder, hardware); nothing was saved.', { detail: `${code}: ${message}` });
  if (code.startsWith('SQLITE_CONSTRAINT')) return new AppError('conflict', 'This change conflicts with existing data; nothing was saved.', { detail: message });
  return new AppError('internal', `Unexpected error: ${message}`, { detail: message });
}

function issuesOf(error: { issues: { path: PropertyKey[]; code: string; message: string }[] }): AppErrorShape['issues'] {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));
}

/**
 * The one entry point below IPC: validates the channel and its input, runs the handler (writes in
 * one transaction), and always answers with a Result. Never imports electron.
 */
export function createDispatcher(opts: DispatcherOptions): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown_channel', message: `Unknown channel: ${String(channel).slice(0, 80)}` } };
    }
    const def: ChannelDef = channels[channel];
    const parsed = def.input.safeParse(rawInput);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${channel}: ${parsed.error.issues[0]?.message ?? ''}`, issues: issuesOf(parsed.error) } };
    }
    const delays = opts.busyRetryDelays ?? BUSY_RETRY_DELAYS;
    try {
      const ctx = opts.context();
      const handler = opts.handlers[channel] as (input: unknown, c: HandlerContext) => unknown;
      let value: unknown;
      // A write or read that meets another connection's lock is tried again after an awaited
      // pause (the handler ran in a transaction that was rolled back, or only read): the main
      // thread keeps answering other requests meanwhile. Actions are never repeated.
      for (let attempt = 0; ; attempt++) {
        try {
          if (def.kind === 'write') {
            opts.beforeWrite?.();
            value = ctx.db
              .transaction(() => {
                const v = handler(parsed.data, ctx);
                // A transaction cannot span an await: an asynchronous write handler is a programming error.
                if (v instanceof Promise) throw new AppError('internal', `The write handler of ${channel} must be synchronous.`);
                return v;
              })
              .immediate();
          } else {
            value = await handler(parsed.data, ctx);
          }
          break;
        } catch (err) {
          if (def.kind === 'action' || !isBusyError(err) || attempt >= delays.length) throw err;
          await sleep(delays[attempt]);
        }
      }
      if (opts.validateOutput) {
        const out = def.output.safeParse(value);
        if (!out.success) throw new AppError('internal', `Output of ${channel} does not match the contract: ${out.error.issues[0]?.message}`, { detail: JSON.stringify(issuesOf(out.error)) });
        value = out.data;
      }
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toAppError(err).toShape() };
    }
  };
}
