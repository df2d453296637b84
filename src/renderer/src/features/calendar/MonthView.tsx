import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, firstDayOfMonth, lastDayOfMonth, startOfWeek, type LocalDay } from '../../../../shared/time';
import type { ContentItem } from '../../../../shared/calendar/types';
import { useApi } from '../../api/hooks';
import { useFormatters } from '../../lib/locale';
import { Backlog } from './Backlog';
import { ItemChip } from './ItemChip';
import { formatDay, matches, useToday, type Filters, type Lookups } from './calendarUi';
import { droppedItemId, useItemMoves } from './useItemMoves';

interface Props {
  month: string;
  lookups: Lookups;
  filters: Filters;
  onOpen(item: ContentItem): void;
  onNew(date: LocalDay | null): void;
}

/** Items on their planned day, weeks starting on the locale's first day; drag and drop, or Alt+arrows, to move. */
export function MonthView({ month, lookups, filters, onOpen, onNew }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  const gridStart = startOfWeek(first, f.weekStartsOn);
  const gridEnd = addDays(startOfWeek(last, f.weekStartsOn), 6);
  const range = useApi('calendar.items.range', { from: gridStart, to: gridEnd });
  const backlog = useApi('calendar.items.backlog');
  const moves = useItemMoves();
  const [dropDay, setDropDay] = useState<string | null>(null);
  const today = useToday();

  const items = (range.data ?? []).filter((i) => matches(i, filters));
  const byDay = new Map<string, ContentItem[]>();
  for (const item of items) {
    const day = item.plannedDate ?? null;
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), item]);
  }
  const weeks: LocalDay[][] = [];
  for (let d = gridStart; d <= gridEnd; d = addDays(d, 7)) weeks.push(Array.from({ length: 7 }, (_, i) => addDays(d, i)));
  const findItem = (id: number) => [...(range.data ?? []), ...(backlog.data ?? [])].find((i) => i.id === id);

  return (
    <div className="cal-month-layout">
      <div className="cal-month-wrap">
        <table className="cal-month" aria-label={t('calendar.monthGrid')}>
          <thead>
            <tr>
              {weeks[0].map((d) => (
                <th key={d} scope="col">
                  {formatDay(d, f.locale, { weekday: 'short' })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const inMonth = day >= first && day <= last;
                  const list = byDay.get(day) ?? [];
                  const cls = ['cal-day', inMonth ? '' : 'outside', day === today ? 'today' : '', dropDay === day ? 'drop-over' : ''].join(' ');
                  return (
                    <td
                      key={day}
                      className={cls}
                      data-date={day}
                      onDragOver={(e) => {
                        e.preventDefault();
                        setDropDay(day);
                      }}
                      onDragLeave={() => setDropDay((d) => (d === day ? null : d))}
                      onDrop={(e) => {
                        e.preventDefault();
                        setDropDay(null);
                        const id = droppedItemId(e);
                        const item = id === null ? undefined : findItem(id);
                        if (item) moves.moveTo(item, day);
                      }}
                    >
                      <div className="cal-day-head">
                        <span className="cal-day-num" aria-current={day === today ? 'date' : undefined}>
                          {Number(day.slice(8))}
                        </span>
                        <button type="button" className="cal-add" aria-label={t('calendar.addOn', { date: formatDay(day, f.locale) })} onClick={() => onNew(day)}>
                          +
                        </button>
                      </div>
                      {list.length > 0 && (
                        <ul className="cal-list" aria-label={formatDay(day, f.locale)}>
                          {list.map((item) => (
                            <li key={item.id}>
                              <ItemChip item={item} lookups={lookups} onOpen={onOpen} onMoveBy={moves.moveBy} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{t('calendar.moveHint')}</p>
      </div>
      <Backlog
        lookups={lookups}
        filters={filters}
        onOpen={onOpen}
        onDropItem={(id) => {
          const item = findItem(id);
          if (item) moves.moveTo(item, null);
        }}
      />
      <p className="sr-only" role="status" aria-live="polite">
        {moves.announcement}
      </p>
    </div>
  );
}
