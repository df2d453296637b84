import type { ChannelName } from '../../shared/contract';
import type { HandlerMap } from './types';
import { systemHandlers } from '../system/handlers';
import { auditHandlers } from '../audit/handlers';
import { calendarHandlers } from '../calendar/handlers';
import { careerHandlers } from '../career/handlers';
import { reportsHandlers } from '../reports/handlers';
import { charterHandlers } from '../charter/handlers';
import { veilleHandlers } from '../veille/handlers';
import { protocolHandlers } from '../protocol/handlers';

/** Every channel's handler, one per channel; the `satisfies` makes a missing handler a type error. */
export const handlers = {
  ...systemHandlers,
  ...auditHandlers,
  ...calendarHandlers,
  ...careerHandlers,
  ...reportsHandlers,
  ...charterHandlers,
  ...veilleHandlers,
  ...protocolHandlers,
} satisfies HandlerMap<ChannelName>;
