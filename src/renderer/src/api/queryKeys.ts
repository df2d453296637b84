// Query keys: [feature, channel, input]. The feature is the channel's folder
// (src/shared/contract/channelNames.ts), so a write can refresh one feature's reads
// (invalidation.ts) without knowing their inputs.
import { featureOf, type ChannelName, type Feature } from '../../../shared/contract/channelNames';

export { featureOf, type Feature };

/** The query key of a read: [feature, channel, input or null]; invalidating [feature] refetches all its reads. */
export function queryKeyOf(channel: ChannelName, input?: unknown): readonly [Feature, ChannelName, unknown] {
  return [featureOf(channel), channel, input ?? null];
}
