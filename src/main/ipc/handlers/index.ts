import type { ChannelName } from '../../../shared/contract';
import type { HandlerMap } from '../types';
import { systemHandlers } from './system';

/** Every channel's handler; the `satisfies` makes a missing handler a type error. */
export const handlers = {
  ...systemHandlers,
} satisfies HandlerMap<ChannelName>;
