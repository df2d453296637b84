import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { addDays, isLocalDay, localDayAt, localWallTimeToInstant, startOfLocalWeek, startOfWeek } from '../../../../shared/time';
import { useLocalDay } from '../../lib/localDay';
import { useFormatters, userTimeZone } from '../../lib/locale';

export interface Week {
  tz: string;
  /** first local day, 'YYYY-MM-DD' */
  start: string;
  /** the user's local day today (it moves on at midnight, and the current week with it) */
  currentDay: string;
  days: string[];
  from: number;
  to: number;
  go(delta: number): void;
  today(): void;
  isCurrent: boolean;
}

/** The audited week, kept in the URL (?w=YYYY-MM-DD) so every tab shows the same period. */
export function useWeek(): Week {
  const [params, setParams] = useSearchParams();
  const { weekStartsOn } = useFormatters();
  const tz = userTimeZone();
  const currentDay = useLocalDay(tz);
  const current = startOfWeek(currentDay, weekStartsOn);
  const w = params.get('w');
  const start = w && isLocalDay(w) ? localDayAt(startOfLocalWeek(localWallTimeToInstant(w, 720, tz), tz, weekStartsOn), tz) : current;
  return useMemo(() => {
    const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
    const set = (key: string) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          next.set('w', key);
          return next;
        },
        { replace: true },
      );
    return {
      tz,
      start,
      currentDay,
      days,
      from: localWallTimeToInstant(start, 0, tz),
      to: localWallTimeToInstant(addDays(start, 7), 0, tz),
      go: (delta: number) => set(addDays(start, 7 * delta)),
      today: () => set(current),
      isCurrent: start === current,
    };
  }, [start, tz, current, currentDay, setParams]);
}
