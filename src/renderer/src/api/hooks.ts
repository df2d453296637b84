import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { call, type ApiError } from './client';
import { invalidateAfter, queryKeyOf } from './invalidation';

/** Reads a channel; the query key is [feature, channel, input] (see queryKeyOf). */
export function useApi<C extends ChannelName>(channel: C, input?: ChannelInput<C>, options?: Partial<UseQueryOptions<ChannelOutput<C>, ApiError>>) {
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: queryKeyOf(channel, input),
    queryFn: () => (call as (c: C, i?: unknown) => Promise<ChannelOutput<C>>)(channel, input),
    ...options,
  });
}

/** Writes through a channel, then refreshes the reads of the features it changes (INVALIDATES in invalidation.ts). */
export function useApiMutation<C extends ChannelName>(channel: C) {
  const qc = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => (call as (c: C, i?: unknown) => Promise<ChannelOutput<C>>)(channel, input),
    onSuccess: () => void invalidateAfter(qc, channel),
  });
}
