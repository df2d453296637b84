// Calendar files written by hand in the shapes Google Calendar, Outlook and Apple Calendar export.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../tests/helpers/importFixtures';
import { looksLikeIcs, parseIcs } from './parseIcs';

const TZ = 'Europe/Paris';
const utc = (y: number, mo: number, d: number, h: number, mi: number) => Date.UTC(y, mo - 1, d, h, mi);
const period = { from: utc(2025, 3, 1, 0, 0), to: utc(2025, 5, 1, 0, 0) };
const spans = (r: ReturnType<typeof parseIcs>) => r.rows.map((row) => [row.description, new Date(row.start).toISOString(), new Date(row.end).toISOString()]);

describe('parseIcs', () => {
  it('Google: a weekly series across the March DST change, one EXDATE, one moved occurrence; all-day and declined left out', () => {
    const bytes = fixture('ics/google-weekly-dst.ics');
    expect(looksLikeIcs(bytes)).toBe(true);
    const r = parseIcs(bytes, { tz: TZ, ...period });
    expect(r.errors).toEqual([]);
    expect(spans(r)).toEqual([
      ['Point hebdo social', '2025-03-17T09:00:00.000Z', '2025-03-17T09:30:00.000Z'], // CET
      ['Point hebdo social', '2025-03-31T08:00:00.000Z', '2025-03-31T08:30:00.000Z'], // CEST: same wall time
      ['Point hebdo social (déplacé)', '2025-04-08T13:00:00.000Z', '2025-04-08T13:45:00.000Z'], // RECURRENCE-ID override
      ['Point hebdo social', '2025-04-14T08:00:00.000Z', '2025-04-14T08:30:00.000Z'],
    ]);
    expect(r.rows.map((row) => row.recurrenceId)).toEqual(['2025-03-17T09:00:00.000Z', '2025-03-31T08:00:00.000Z', '2025-04-07T08:00:00.000Z', '2025-04-14T08:00:00.000Z']);
    expect(new Set(r.rows.map((row) => row.uid))).toEqual(new Set(['weekly-sync-123@google.com']));
    expect(r.notices?.map((n) => [n.code, n.params?.summary])).toEqual([
      ['event_all_day', 'Séminaire'],
      ['event_declined', 'Démo fournisseur'],
    ]);
  });

  it('only the chosen period is kept', () => {
    const r = parseIcs(fixture('ics/google-weekly-dst.ics'), { tz: TZ, from: utc(2025, 4, 1, 0, 0), to: utc(2025, 4, 10, 0, 0) });
    expect(r.rows.map((row) => row.description)).toEqual(['Point hebdo social (déplacé)']);
  });

  it('Outlook: a Windows zone name defined by its VTIMEZONE; a cancelled meeting left out', () => {
    const r = parseIcs(fixture('ics/outlook-windows-zone.ics'), { tz: 'America/New_York', ...period });
    expect(spans(r)).toEqual([['Comité éditorial', '2025-04-02T12:00:00.000Z', '2025-04-02T13:30:00.000Z']]);
    expect(r.rows[0].recurrenceId).toBe('');
    expect(r.notices?.map((n) => n.code)).toEqual(['event_cancelled']);
  });

  it('Apple: an IANA zone without VTIMEZONE, daily across the US DST change', () => {
    const r = parseIcs(fixture('ics/apple-iana-no-vtimezone.ics'), { tz: TZ, ...period });
    expect(spans(r)).toEqual([
      ['Stand-up NY', '2025-03-08T14:30:00.000Z', '2025-03-08T15:00:00.000Z'],
      ['Stand-up NY', '2025-03-09T13:30:00.000Z', '2025-03-09T14:00:00.000Z'],
      ['Stand-up NY', '2025-03-10T13:30:00.000Z', '2025-03-10T14:00:00.000Z'],
    ]);
  });

  it('a broken calendar is one clear error, never a throw', () => {
    const r = parseIcs(new TextEncoder().encode('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nope\r\n'), { tz: TZ, ...period });
    expect(r.rows).toEqual([]);
    expect(r.errors[0].code).toBe('invalid_calendar');
  });
});
