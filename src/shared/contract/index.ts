import type { z } from 'zod';
import type { Result } from './result';
import type { ChannelDef } from './common';
import type { ChannelName } from './channelNames';
import { systemChannels } from './system';
import { auditChannels } from './audit';
import { calendarChannels } from './calendar';
import { careerChannels } from './career';
import { reportsChannels } from './reports';
import { charterChannels } from './charter';
import { veilleChannels } from './veille';
import { protocolChannels } from './protocol';

export * from './result';
export type { ChannelDef } from './common';
export { CHANNEL_NAMES, CHANNELS_BY_FEATURE, featureOf, isChannelName, type ChannelName, type Feature } from './channelNames';

/** Every IPC channel: name → kind, input and output schemas. Features add their own maps here. */
export const channels = {
  ...systemChannels,
  ...auditChannels,
  ...calendarChannels,
  ...careerChannels,
  ...reportsChannels,
  ...charterChannels,
  ...veilleChannels,
  ...protocolChannels,
} as const satisfies { [C in ChannelName]: ChannelDef };

export type Channels = typeof channels;
/** What a caller passes (before zod applies defaults): the renderer's and the tests' argument type. */
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
/** What a handler receives: the input as the contract parsed it (defaults applied, strings trimmed). */
export type ChannelParsed<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;
export type ChannelKind<C extends ChannelName> = Channels[C]['kind'];

/** The typed API the preload (Electron) or the web shim (browser mode) exposes as window.api. */
export type Api = {
  [C in ChannelName]: (input?: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>>;
};
