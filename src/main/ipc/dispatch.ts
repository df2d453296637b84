import { channels, isChannelName, type ChannelDef, type ChannelName } from '../../shared/contract';
import { AppError, type AppErrorShape, type Result } from '../../shared/contract/result';
import type { HandlerContext, HandlerMap } from './types';

export interface DispatcherOptions {
  handlers: HandlerMap<ChannelName>;
  /** The live context (on the recovery screen, reading its `db` throws recovery_mode). */
  context(): HandlerContext;
  validateOutput?: boolean;
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
    try {
      const ctx = opts.context();
      const handler = opts.handlers[channel] as (input: unknown, c: HandlerContext) => unknown;
      let value: unknown;
      if (def.kind === 'write') {
        value = ctx.db.transaction(() => {
          const v = handler(parsed.data, ctx);
          // A transaction cannot span an await: an asynchronous write handler is a programming error.
          if (v instanceof Promise) throw new AppError('internal', `The write handler of ${channel} must be synchronous.`);
          return v;
        }).immediate();
      } else {
        value = await handler(parsed.data, ctx);
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
