// Every day the user sees is their local day, never the UTC day: pinned with clocks in zones where
// the two differ (Pacific/Auckland at 08:00 local, still yesterday in UTC; America/Los_Angeles at
// 20:00 local, already tomorrow in UTC), through Core on real SQLite files.
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import { localWallTimeToInstant } from '../../src/shared/time';
import { openTempCore, unwrap } from '../helpers/tempCore';

const cores: Core[] = [];
afterEach(() => {
  for (const c of cores.splice(0)) c.close();
});
function open(tz: string, now: number): Core {
  const core = openTempCore({ tz, now: () => now });
  cores.push(core);
  return core;
}
const call = async <T>(core: Core, channel: string, input?: unknown): Promise<T> => unwrap((await core.dispatch(channel, input)) as never) as T;

describe('the reply protocol seeded at first start', () => {
  it('dates its version 1.0 on the local day in Auckland at 08:00 (the UTC date is still the day before)', async () => {
    const now = localWallTimeToInstant('2026-03-02', 8 * 60, 'Pacific/Auckland');
    expect(new Date(now).toISOString().slice(0, 10)).toBe('2026-03-01'); // the zone really differs
    const core = open('Pacific/Auckland', now);
    expect((await call<{ versionDate: string }>(core, 'protocol.config.get')).versionDate).toBe('2026-03-02');
  });

  it('dates it on the local day in Los Angeles at 20:00 (the UTC date is already the day after)', async () => {
    const now = localWallTimeToInstant('2026-03-01', 20 * 60, 'America/Los_Angeles');
    expect(new Date(now).toISOString().slice(0, 10)).toBe('2026-03-02');
    const core = open('America/Los_Angeles', now);
    expect((await call<{ versionDate: string }>(core, 'protocol.config.get')).versionDate).toBe('2026-03-01');
  });
});
