import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels, type ChannelName } from '../../../shared/contract';
import { EVERYTHING, INVALIDATES, invalidateAfter } from './invalidation';
import { featureOf, queryKeyOf } from './queryKeys';

const kind = (c: ChannelName) => channels[c].kind as string;
const features = new Set(CHANNEL_NAMES.map(featureOf));

describe('invalidation table', () => {
  it('has an entry for every write and action channel of the contract', () => {
    const missing = CHANNEL_NAMES.filter((c) => kind(c) !== 'read' && !(c in INVALIDATES));
    expect(missing, 'add these channels to INVALIDATES in src/renderer/src/api/invalidation.ts').toEqual([]);
  });

  it('lists only write and action channels that exist, and only features that have channels', () => {
    for (const [channel, targets] of Object.entries(INVALIDATES)) {
      expect(CHANNEL_NAMES as string[], channel).toContain(channel);
      expect(kind(channel as ChannelName), channel).not.toBe('read');
      if (targets !== EVERYTHING) for (const f of targets!) expect(features, `${channel} → ${f}`).toContain(f);
    }
  });

  it('keys a read by its feature first', () => {
    expect(queryKeyOf('audit.report', { from: 1, to: 2, tz: 'UTC' })).toEqual(['audit', 'audit.report', { from: 1, to: 2, tz: 'UTC' }]);
    expect(queryKeyOf('settings.get')).toEqual(['system', 'settings.get', null]);
    expect(featureOf('calendar.items.range')).toBe('calendar');
  });
});

describe('invalidateAfter', () => {
  /** A client holding one fresh read per feature; returns the features whose read went stale. */
  async function staleAfter(channel: ChannelName): Promise<string[]> {
    const qc = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    for (const c of CHANNEL_NAMES.filter((x) => kind(x) === 'read')) qc.setQueryData(queryKeyOf(c), 1);
    await invalidateAfter(qc, channel);
    const stale = qc
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.isInvalidated)
      .map((q) => q.queryKey[0] as string);
    return [...new Set(stale)].sort();
  }

  it('refreshes only the features the write changes', async () => {
    // calendar.run writes audit time entries: the calendar, the audit, Today and the charter's compliance go stale.
    expect(await staleAfter('calendar.run')).toEqual(['audit', 'calendar', 'charter', 'reports']);
    expect(await staleAfter('career.skill.assess')).toEqual(['career']);
    expect(await staleAfter('calendar.run.heartbeat')).toEqual([]);
  });

  it('refreshes everything after a settings change', async () => {
    const readFeatures = [...new Set(CHANNEL_NAMES.filter((c) => kind(c) === 'read').map(featureOf))].sort();
    expect(await staleAfter('settings.update')).toEqual(readFeatures);
  });
});
