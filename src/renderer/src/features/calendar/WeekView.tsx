import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, startOfWeek, weekNumber, type LocalDay } from '../../../../shared/time';
import type { ContentItem } from '../../../../shared/calendar/types';
import { useApi } from '../../api/hooks';
import { useFormatters } from '../../lib/locale';
import { ItemChip } from './ItemChip';
import { formatDay, matches, useToday, type Filters, type Lookups } from './calendarUi';
import { droppedItemId, useItemMoves } from './useItemMoves';

/** One week, a column per day, items in publish-time order. */
export function WeekView({ month, lookups, filters, onOpen, onNew }: { month: string; lookups: Lookups; filters: Filters; onOpen(item: ContentItem): void; onNew(date: LocalDay): void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const today = useToday();
  const initial = today.startsWith(month) ? today : `${month}-01`;
  const [weekStart, setWeekStart] = useState(() => startOfWeek(initial, f.weekStartsOn));
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const range = useApi('calendar.items.range', { from: days[0], to: days[6] });
  const moves = useItemMoves();
  const items = (range.data ?? []).filter((i) => matches(i, filters));
  const { week } = weekNumber(weekStart, f.weekStartsOn);

  return (
    <section aria-labelledby="week-h">
      <div className="cal-toolbar">
        <button type="button" className="btn" onClick={() => setWeekStart(addDays(weekStart, -7))} aria-label={t('calendar.prevWeek')}>
          ‹
        </button>
        <h2 id="week-h" className="cal-period">
          {t('calendar.weekTitle', { week, start: formatDay(days[0], f.locale, { day: 'numeric', month: 'short' }), end: formatDay(days[6], f.locale, { day: 'numeric', month: 'short', year: 'numeric' }) })}
        </h2>
        <button type="button" className="btn" onClick={() => setWeekStart(addDays(weekStart, 7))} aria-label={t('calendar.nextWeek')}>
          ›
        </button>
      </div>
      <div className="cal-week">
        {days.map((day) => {
          const list = items.filter((i) => i.plannedDate === day).sort((a, b) => (a.publishAt ?? Infinity) - (b.publishAt ?? Infinity));
          return (
            <section
              key={day}
              className={day === today ? 'cal-week-day today' : 'cal-week-day'}
              aria-label={formatDay(day, f.locale)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const id = droppedItemId(e);
                const item = (range.data ?? []).find((i) => i.id === id);
                if (item) moves.moveTo(item, day);
              }}
            >
              <h3>{formatDay(day, f.locale, { weekday: 'long', day: 'numeric' })}</h3>
              <ul className="cal-list">
                {list.map((item) => (
                  <li key={item.id}>
                    <ItemChip item={item} lookups={lookups} onOpen={onOpen} onMoveBy={moves.moveBy} />
                  </li>
                ))}
              </ul>
              <button type="button" className="btn small ghost" onClick={() => onNew(day)} aria-label={t('calendar.addOn', { date: formatDay(day, f.locale) })}>
                + {t('calendar.add')}
              </button>
            </section>
          );
        })}
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {moves.announcement}
      </p>
    </section>
  );
}
