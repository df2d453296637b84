// SQL of the reachability slots. Channels are a JSON array.
import type { ReachSlot } from '../../shared/contract/charter';
import type { Db } from '../db/types';

interface SlotRow {
  id: number;
  weekday: number;
  start_minute: number;
  end_minute: number;
  channels: string;
}

/** Every slot, by weekday (Sunday = 0 first) then start. */
export function readSlots(db: Db): ReachSlot[] {
  const rows = db.prepare('SELECT * FROM reach_slot ORDER BY weekday, start_minute, end_minute, id').all() as SlotRow[];
  return rows.map((r) => ({ id: r.id, weekday: r.weekday, start: r.start_minute, end: r.end_minute, channels: JSON.parse(r.channels) as ReachSlot['channels'] }));
}

/** Replaces every slot with `slots` (inside the caller's transaction). */
export function replaceSlots(db: Db, slots: Omit<ReachSlot, 'id'>[]): void {
  db.prepare('DELETE FROM reach_slot').run();
  const insert = db.prepare('INSERT INTO reach_slot (weekday, start_minute, end_minute, channels) VALUES (?, ?, ?, ?)');
  for (const s of slots) insert.run(s.weekday, s.start, s.end, JSON.stringify(s.channels));
}
