// Reachability slots: read, and saved as a whole table.
import type { ReachSlot } from '../../shared/contract/charter';
import { SLOT_CHANNELS } from '../../shared/charter/catalogue';
import type { Db } from '../db/types';
import { readSlots, replaceSlots } from './slotsStore';

export function listSlots(db: Db): ReachSlot[] {
  return readSlots(db);
}

/** Replaces every slot; channels are kept in catalogue order. */
export function saveSlots(db: Db, slots: Omit<ReachSlot, 'id'>[]): ReachSlot[] {
  replaceSlots(
    db,
    slots.map((s) => ({ ...s, channels: SLOT_CHANNELS.filter((c) => s.channels.includes(c)) })),
  );
  return readSlots(db);
}
