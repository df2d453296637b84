import { useCallback } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { call, type ApiError } from './client';
import { queryKeyOf } from './queryKeys';

/** Reads a channel; the query key is [feature, channel, input] (see queryKeyOf). */
export function useApi<C extends ChannelName>(channel: C, input?: ChannelInput<C>, options?: Partial<UseQueryOptions<ChannelOutput<C>, ApiError>>) {
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: queryKeyOf(channel, input),
    queryFn: () => (call as (c: C, i?: unknown) => Promise<ChannelOutput<C>>)(channel, input),
    ...options,
  });
}

/**
 * After a write through `channel` succeeded: refreshes the reads of the features it changes
 * (INVALIDATES in invalidation.ts, loaded with the first write so it stays out of the first screen).
 */
export function refreshAfter(qc: QueryClient, channel: ChannelName): Promise<void> {
  return import('./invalidation').then((m) => m.invalidateAfter(qc, channel));
}

/** Writes through a channel, then refreshes the reads of the features it changes (refreshAfter). */
export function useApiMutation<C extends ChannelName>(channel: C) {
  const qc = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => (call as (c: C, i?: unknown) => Promise<ChannelOutput<C>>)(channel, input),
    onSuccess: () => void refreshAfter(qc, channel),
  });
}

/**
 * A write that may outlive the component that offers it (an Undo after its dialog closed): calls
 * the channel, then refreshes the reads it changes (refreshAfter). Rejects with the ApiError.
 */
export function useApiWriter() {
  const qc = useQueryClient();
  return useCallback(
    <C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> =>
      (call as (c: C, i?: unknown) => Promise<ChannelOutput<C>>)(channel, input).then(async (value) => {
        await refreshAfter(qc, channel);
        return value;
      }),
    [qc],
  );
}
