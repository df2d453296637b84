// Property tests of the case import: its date cells read back the instant they were written from,
// in every form an inbox export uses, and any file is either imported whole or refused whole,
// through Core on a real SQLite file.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/core';
import type { ChannelOutput } from '../../src/shared/contract';
import { parseInstantCell } from '../../src/main/protocol/imports';
import { localParts } from '../../src/shared/time';
import { dbChecksum, openTempCore } from '../helpers/tempCore';

const TZ = 'Europe/Paris';
const pad = (n: number) => String(n).padStart(2, '0');
// Whole minutes from 2000 to 2035 (both DST changes of every year included).
const minuteInstant = fc.integer({ min: 946_684_800_000 / 60_000, max: 2_051_222_400_000 / 60_000 }).map((m) => m * 60_000);

describe('case import: date cells', () => {
  it('an instant written as ISO with an offset, as a local "YYYY-MM-DD HH:MM", or day-first "DD/MM/YYYY HH:MM" reads back the same instant', () => {
    fc.assert(
      fc.property(minuteInstant, (ms) => {
        const { date, minutes } = localParts(ms, TZ);
        const hhmm = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
        expect(parseInstantCell(new Date(ms).toISOString(), 'dmy', TZ)).toBe(ms);
        const [y, mo, d] = date.split('-');
        const local = parseInstantCell(`${date} ${hhmm}`, 'dmy', TZ)!;
        const dayFirst = parseInstantCell(`${d}/${mo}/${y} ${hhmm}`, 'dmy', TZ)!;
        // the repeated hour of an autumn change reads as its first occurrence
        expect([ms, ms - 3_600_000]).toContain(local);
        expect(dayFirst).toBe(local);
      }),
      { numRuns: 400 },
    );
  });

  it('any cell gives an instant or null, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('dmy' as const, 'mdy' as const), (cell, order) => {
        const r = parseInstantCell(cell, order, TZ);
        expect(r === null || Number.isFinite(r)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

let core: Core;
afterEach(() => core?.close());

describe('case import: all or nothing', () => {
  it('any file of arbitrary cells is imported whole (as many cases as the preview announced) or refused with nothing changed', async () => {
    const now = Date.UTC(2026, 10, 20, 12);
    core = openTempCore({ now: () => now, tz: TZ });
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2026-11-18 10:15', '18/11/2026 09:00', 'Instagram', 'private', '1 200', 'https://x.test/1', ''));
    const file = fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 6 });
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    await fc.assert(
      fc.asyncProperty(file, async (rows) => {
        const base64 = Buffer.from(['Date;Message;Network;Visibility', ...rows.map((r) => r.map(quote).join(';'))].join('\n')).toString('base64');
        const r = await core.dispatch('protocol.import.preview', { base64, fileName: 'inbox.csv' });
        expect(r.ok).toBe(true);
        const preview = r as { ok: true; value: ChannelOutput<'protocol.import.preview'> };
        if (!preview.value.mapping) return;
        const before = dbChecksum(core);
        const commit = await core.dispatch('protocol.import.commit', { base64, fileName: 'inbox.csv', mapping: preview.value.mapping });
        if (preview.value.errors.length > 0) {
          expect(commit.ok).toBe(false);
          expect(dbChecksum(core)).toBe(before);
        } else {
          expect(commit.ok && commit.value).toEqual({ added: preview.value.newCount, skipped: preview.value.alreadyImported });
        }
      }),
      { numRuns: 40 },
    );
  });
});
