import type { z } from 'zod';
import type { Result } from './result';
import { systemChannels } from './system';
import { auditChannels } from './audit';
import { calendarChannels } from './calendar';
import { careerChannels } from './career';
import { reportsChannels } from './reports';

export * from './result';

export interface ChannelDef {
  /** read: no transaction; write: one transaction around the handler; action: the handler manages its own. */
  kind: 'read' | 'write' | 'action';
  input: z.ZodType;
  output: z.ZodType;
}

/** Every IPC channel: name → input and output schemas. Features add their own maps here. */
export const channels = {
  ...systemChannels,
  ...auditChannels,
  ...calendarChannels,
  ...careerChannels,
  ...reportsChannels,
} as const satisfies Record<string, ChannelDef>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** The typed API the preload (Electron) or the web shim (browser mode) exposes as window.api. */
export type Api = {
  [C in ChannelName]: (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};
