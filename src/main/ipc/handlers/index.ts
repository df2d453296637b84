import type { ChannelName } from '../../../shared/contract';
import type { HandlerMap } from '../types';
import { systemHandlers } from './system';
import { auditHandlers } from './audit';
import { calendarHandlers } from './calendar';
import { careerHandlers } from './career';
import { reportsHandlers } from './reports';

/** Every channel's handler; the `satisfies` makes a missing handler a type error. */
export const handlers = {
  ...systemHandlers,
  ...auditHandlers,
  ...calendarHandlers,
  ...careerHandlers,
  ...reportsHandlers,
} satisfies HandlerMap<ChannelName>;
