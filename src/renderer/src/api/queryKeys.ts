// Query keys: [feature, channel, input]. The feature is the channel's first segment, so a write
// can refresh one feature's reads (invalidation.ts) without knowing their inputs.
import type { ChannelName } from '../../../shared/contract';

/** The first segment of a channel name: 'audit', 'calendar', 'career', 'reports', 'settings', 'app'… */
export type Feature = FeatureOf<ChannelName>;
type FeatureOf<C extends string> = C extends `${infer F}.${string}` ? F : never;

/** The feature of a channel: its first segment ('calendar.items.range' → 'calendar'). */
export function featureOf(channel: ChannelName): Feature {
  return channel.slice(0, channel.indexOf('.')) as Feature;
}

/** The query key of a read: [feature, channel, input or null]; invalidating [feature] refetches all its reads. */
export function queryKeyOf(channel: ChannelName, input?: unknown): readonly [Feature, ChannelName, unknown] {
  return [featureOf(channel), channel, input ?? null];
}
