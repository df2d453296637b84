import { todayOverview } from './today';
import type { FeatureHandlers } from '../ipc/types';

export const reportsHandlers: FeatureHandlers<'reports'> = {
  'reports.today': (i, ctx) => todayOverview(ctx.db, { tz: i?.tz ?? ctx.tz, weekStartsOn: i?.weekStartsOn ?? 1 }, ctx.now()),
};
