import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentItem } from '../../../../shared/calendar/types';
import { useApi } from '../../api/hooks';
import { ItemChip } from './ItemChip';
import { matches, type Filters, type Lookups } from './calendarUi';
import { droppedItemId } from './useItemMoves';

/** Ideas without a date. Drop a planned item here to unschedule it; drag an idea onto a day to plan it. */
export function Backlog({ lookups, filters, onOpen, onDropItem }: { lookups: Lookups; filters: Filters; onOpen(item: ContentItem): void; onDropItem(id: number): void }) {
  const { t } = useTranslation();
  const backlog = useApi('calendar.items.backlog');
  const [over, setOver] = useState(false);
  const items = (backlog.data ?? []).filter((i) => matches(i, filters));
  return (
    <section
      className={over ? 'card cal-backlog drop-over' : 'card cal-backlog'}
      aria-labelledby="backlog-h"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const id = droppedItemId(e);
        if (id !== null) onDropItem(id);
      }}
    >
      <h2 id="backlog-h">
        {t('calendar.backlog.title')} <span className="cal-count-badge">{items.length}</span>
      </h2>
      <p className="hint">{t('calendar.backlog.hint')}</p>
      {items.length === 0 ? (
        <p className="muted">{t('calendar.backlog.empty')}</p>
      ) : (
        <ul className="cal-list">
          {items.map((item) => (
            <li key={item.id}>
              <ItemChip item={item} lookups={lookups} onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
