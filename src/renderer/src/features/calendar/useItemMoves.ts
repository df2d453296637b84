import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, type LocalDay } from '../../../../shared/time';
import type { ContentItem, ContentStatus } from '../../../../shared/calendar/types';
import { useApiMutation } from '../../api/hooks';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';
import { formatDay } from './calendarUi';

/** Moving items to another day (drag and drop or keyboard) or status, with a spoken confirmation. */
export function useItemMoves() {
  const { t } = useTranslation();
  const f = useFormatters();
  const update = useApiMutation('calendar.item.update');
  const [announcement, setAnnouncement] = useState('');

  const moveTo = (item: ContentItem, date: LocalDay | null, refocus = false) => {
    if (item.plannedDate === date) return;
    update.mutate(
      { id: item.id, plannedDate: date },
      {
        onSuccess: () => {
          setAnnouncement(date ? t('calendar.movedTo', { title: item.title, date: formatDay(date, f.locale) }) : t('calendar.movedToBacklog', { title: item.title }));
          if (refocus) setTimeout(() => document.querySelector<HTMLElement>(`[data-item-id="${item.id}"]`)?.focus(), 50);
        },
        onError: (err) => setAnnouncement(errorMessage(t, err)),
      },
    );
  };
  const moveBy = (item: ContentItem, days: number) => {
    if (item.plannedDate) moveTo(item, addDays(item.plannedDate, days), true);
  };
  const setStatus = (item: ContentItem, status: ContentStatus) => {
    update.mutate({ id: item.id, status }, { onSuccess: () => setAnnouncement(t('calendar.statusChanged', { title: item.title })) });
  };
  return { moveTo, moveBy, setStatus, announcement };
}

let dragging: number | null = null;

/** Called when an item starts being dragged. */
export function startDrag(e: React.DragEvent, id: number): void {
  dragging = id;
  e.dataTransfer.setData('text/plain', String(id));
  e.dataTransfer.effectAllowed = 'move';
}

/** The id of the item being dropped, or null. */
export function droppedItemId(e: React.DragEvent): number | null {
  const raw = e.dataTransfer.getData('text/plain');
  const id = /^\d+$/.test(raw) ? Number(raw) : dragging;
  dragging = null;
  return id;
}
