import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { AppErrorShape } from '../../../shared/contract/result';

/** An error answered by main, carrying its code for translation. */
export class ApiError extends Error {
  constructor(public readonly shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
  }
  get code(): string {
    return this.shape.code;
  }
}

/** The one place the renderer reaches window.api. */
export async function call<C extends ChannelName>(channel: C, ...args: ChannelInput<C> extends undefined | null ? [input?: ChannelInput<C>] : [input: ChannelInput<C>]): Promise<ChannelOutput<C>> {
  const api = window.api as unknown as Record<string, (input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: AppErrorShape }>>;
  const fn = api?.[channel];
  if (!fn) throw new ApiError({ code: 'internal', message: 'The app bridge is missing.' });
  const result = await fn(args[0]);
  if (!result.ok) throw new ApiError(result.error!);
  return result.value as ChannelOutput<C>;
}

export function hostKind(): 'electron' | 'browser' {
  return window.coulissesHost === 'electron' ? 'electron' : 'browser';
}
