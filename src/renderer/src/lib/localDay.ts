import { useEffect, useState } from 'react';
import { localDayAt, localDayBounds, MS_PER_HOUR, type LocalDay } from '../../../shared/time';

// Apart from lib/locale.ts, which the first paint loads: this pulls in the time-zone library,
// which only the screens that use it should load.

/**
 * The user's local day ('YYYY-MM-DD') in `tz`, kept current: the component renders again just
 * after the next local midnight (the day's real end, 23 or 25 h on DST days), when the window
 * regains focus, and at least hourly (a sleep or a clock change delays timers), so a screen left
 * open overnight shows the new day and its "this week".
 */
export function useLocalDay(tz: string): LocalDay {
  const [day, setDay] = useState(() => localDayAt(Date.now(), tz));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      clearTimeout(timer);
      const now = Date.now();
      const today = localDayAt(now, tz);
      setDay(today);
      timer = setTimeout(check, Math.min(localDayBounds(today, tz).end - now + 1_000, MS_PER_HOUR));
    };
    check();
    window.addEventListener('focus', check);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', check);
    };
  }, [tz]);
  return day;
}
