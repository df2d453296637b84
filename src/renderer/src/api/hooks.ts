import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import { call, type ApiError } from './client';

/** Reads a channel; the query key is the channel and its input. */
export function useApi<C extends ChannelName>(channel: C, input?: ChannelInput<C>, options?: Partial<UseQueryOptions<ChannelOutput<C>, ApiError>>) {
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: [channel, input ?? null],
    queryFn: () => (call as (c: C, i?: unknown) => Promise<ChannelOutput<C>>)(channel, input),
    ...options,
  });
}

/** Writes through a channel and refreshes every read afterwards (the data is local and small). */
export function useApiMutation<C extends ChannelName>(channel: C) {
  const qc = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => (call as (c: C, i?: unknown) => Promise<ChannelOutput<C>>)(channel, input),
    onSuccess: () => void qc.invalidateQueries(),
  });
}
