import { useTranslation } from 'react-i18next';
import { addDays, firstDayOfMonth, lastDayOfMonth } from '../../../../shared/time';
import { CONTENT_STATUSES, STATUS_LABEL_KEYS, type ContentItem, type ContentStatus } from '../../../../shared/calendar/types';
import { useApi } from '../../api/hooks';
import { ItemChip } from './ItemChip';
import { matches, type Filters, type Lookups } from './calendarUi';
import { droppedItemId, useItemMoves } from './useItemMoves';

/** The month's items and the backlog by status; drag a card to another column, or change it in the editor. */
export function BoardView({ month, lookups, filters, onOpen }: { month: string; lookups: Lookups; filters: Filters; onOpen(item: ContentItem): void }) {
  const { t } = useTranslation();
  const range = useApi('calendar.items.range', { from: firstDayOfMonth(month), to: addDays(lastDayOfMonth(month), 0) });
  const backlog = useApi('calendar.items.backlog');
  const moves = useItemMoves();
  const items = [...(backlog.data ?? []), ...(range.data ?? [])].filter((i) => matches(i, filters));
  const columns = CONTENT_STATUSES.filter((s) => s !== 'archived' || items.some((i) => i.status === 'archived'));
  return (
    <div className="cal-board">
      {columns.map((status: ContentStatus) => {
        const list = items.filter((i) => i.status === status);
        return (
          <section
            key={status}
            className="cal-board-col"
            aria-labelledby={`board-${status}`}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              const id = droppedItemId(e);
              const item = items.find((i) => i.id === id);
              if (item && item.status !== status) moves.setStatus(item, status);
            }}
          >
            <h2 id={`board-${status}`}>
              {t(STATUS_LABEL_KEYS[status])} <span className="cal-count-badge">{list.length}</span>
            </h2>
            <ul className="cal-list">
              {list.map((item) => (
                <li key={item.id}>
                  <ItemChip item={item} lookups={lookups} onOpen={onOpen} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p className="sr-only" role="status" aria-live="polite">
        {moves.announcement}
      </p>
    </div>
  );
}
