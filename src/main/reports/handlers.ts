import type { reportsChannels } from '../../shared/contract/reports';
import { todayOverview } from './today';
import type { HandlerMap } from '../ipc/types';

export const reportsHandlers: HandlerMap<keyof typeof reportsChannels> = {
  'reports.today': (i, ctx) => todayOverview(ctx.db, { tz: i?.tz ?? ctx.tz, weekStartsOn: i?.weekStartsOn ?? 1 }, ctx.now()),
};
