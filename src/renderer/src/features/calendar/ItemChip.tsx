import { useTranslation } from 'react-i18next';
import { STATUS_LABEL_KEYS, type ContentItem } from '../../../../shared/calendar/types';
import { textOn, timeText, type Lookups } from './calendarUi';
import { useFormatters } from '../../lib/locale';
import { startDrag } from './useItemMoves';

interface Props {
  item: ContentItem;
  lookups: Lookups;
  onOpen(item: ContentItem): void;
  /** keyboard move: Alt+arrow keys; days to move by */
  onMoveBy?(item: ContentItem, days: number): void;
  draggable?: boolean;
}

/** One item on a calendar day: coloured by channel, with its status chip; a button that opens the editor. */
export function ItemChip({ item, lookups, onOpen, onMoveBy, draggable = true }: Props) {
  const { t } = useTranslation();
  const f = useFormatters();
  const channel = lookups.channel(item.channelId);
  const color = channel?.color ?? '#8a8478';
  const status = t(STATUS_LABEL_KEYS[item.status]);
  const channelName = lookups.name(channel);
  const time = item.publishAt !== null ? timeText(item.publishAt, f.locale, item.tz) : null;
  // The full text on hover (title) and on focus (the title unclamps, see calendar.css).
  const full = [time, channelName, item.title, status].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      className={`cal-chip status-${item.status}`}
      style={{ borderLeftColor: color }}
      draggable={draggable}
      data-item-id={item.id}
      aria-keyshortcuts={onMoveBy ? 'Alt+ArrowLeft Alt+ArrowRight Alt+ArrowUp Alt+ArrowDown' : undefined}
      title={onMoveBy ? `${full}\n${t('calendar.moveHint')}` : full}
      onDragStart={(e) => startDrag(e, item.id)}
      onClick={() => onOpen(item)}
      onKeyDown={(e) => {
        if (!onMoveBy || !e.altKey) return;
        const days = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
        if (days !== undefined) {
          e.preventDefault();
          onMoveBy(item, days);
        }
      }}
    >
      <span className="cal-chip-meta">
        {time && <span className="cal-chip-time">{time}</span>}
        <span className="cal-chip-channel">
          <span className="cal-chip-dot" style={{ background: color, color: textOn(color) }} aria-hidden="true" />
          {channel ? channelName : t('calendar.noChannelShort')}
        </span>
      </span>
      <span className="cal-chip-title">{item.title}</span>
      <span className={`cal-status cal-status-${item.status}`}>{status}</span>
    </button>
  );
}
