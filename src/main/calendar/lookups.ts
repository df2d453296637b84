// Channels, pillars, formats and the performance ritual: seeded, all editable.
import { DEFAULT_RITUAL, type Channel, type Format, type Pillar, type RitualSlot } from '../../shared/calendar/types';
import { AppError } from '../../shared/contract/result';
import type { Db } from '../db/types';
import { channelStore, formatStore, pillarStore, type LookupStore } from './lookupsStore';
import { getPref, setPref } from './sessionsStore';

/** Create, update (a patch: undefined fields keep their value) and delete for one lookup, with not_found errors. */
function lookupService<T extends { id: number }, New>(store: LookupStore<T, New>, missing: string) {
  const require = (db: Db, id: number): T => {
    const row = store.get(db, id);
    if (!row) throw new AppError('not_found', missing, { id });
    return row;
  };
  return {
    list: store.list,
    get: store.get,
    create: (db: Db, row: New): T => store.get(db, store.insert(db, row))!,
    update: (db: Db, patch: Partial<T> & { id: number }): T => {
      const next = { ...require(db, patch.id) };
      for (const [k, v] of Object.entries(patch)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
      store.update(db, next);
      return store.get(db, patch.id)!;
    },
    /** Deletes the row; items keep everything but it (ON DELETE SET NULL). */
    remove: (db: Db, id: number): void => {
      require(db, id);
      store.remove(db, id);
    },
  };
}

export const channels = lookupService(channelStore, 'This channel does not exist.');
export const pillars = lookupService(pillarStore, 'This pillar does not exist.');
export const formats = lookupService(formatStore, 'This format does not exist.');

export function lookups(db: Db): { channels: Channel[]; pillars: Pillar[]; formats: Format[]; ritual: RitualSlot } {
  return { channels: channels.list(db), pillars: pillars.list(db), formats: formats.list(db), ritual: getRitual(db) };
}

export function getRitual(db: Db): RitualSlot {
  const stored = getPref(db, 'ritual') as RitualSlot | undefined;
  return stored ?? DEFAULT_RITUAL;
}

export function setRitual(db: Db, ritual: RitualSlot): RitualSlot {
  setPref(db, 'ritual', ritual);
  return ritual;
}
