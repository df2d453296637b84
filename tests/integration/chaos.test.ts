import { describe, expect, it } from 'vitest';
import { runChaos } from '../chaos/chaos';

describe('chaos (short version of npm run chaos)', () => {
  it('SIGKILL at random moments loses no acknowledged write and never breaks integrity', async () => {
    const report = await runChaos({ cycles: 6, seed: 7 });
    expect(report.errors).toEqual([]);
    expect(report.cycles).toBe(6);
    expect(report.acknowledged).toBeGreaterThan(6);
    expect(report.lost).toBe(0);
    expect(report.integrityFailures).toBe(0);
  }, 120_000);
});
