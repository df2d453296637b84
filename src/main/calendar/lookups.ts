// Channels, pillars, formats and the performance ritual: seeded, all editable.
import { DEFAULT_RITUAL, type Channel, type Format, type Pillar, type RitualSlot } from '../../shared/calendar/types';
import { AppError } from '../../shared/contract/result';
import type { Db } from '../db/types';
import {
  deleteFormatRow,
  deletePillarRow,
  getChannel,
  getFormat,
  getPillar,
  getPref,
  insertChannel,
  insertFormat,
  insertPillar,
  listChannels,
  listFormats,
  listPillars,
  setPref,
  updateChannelRow,
  updateFormatRow,
  updatePillarRow,
} from './store';

function merge<T extends object>(old: T, patch: Partial<T>): T {
  const next = { ...old };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
  return next;
}

export function lookups(db: Db): { channels: Channel[]; pillars: Pillar[]; formats: Format[]; ritual: RitualSlot } {
  return { channels: listChannels(db), pillars: listPillars(db), formats: listFormats(db), ritual: getRitual(db) };
}

export function getRitual(db: Db): RitualSlot {
  const stored = getPref(db, 'ritual') as RitualSlot | undefined;
  return stored ?? DEFAULT_RITUAL;
}

export function setRitual(db: Db, ritual: RitualSlot): RitualSlot {
  setPref(db, 'ritual', ritual);
  return ritual;
}

export function createChannel(db: Db, c: Omit<Channel, 'id' | 'archived'>): Channel {
  return getChannel(db, insertChannel(db, c))!;
}

export function updateChannel(db: Db, patch: Partial<Channel> & { id: number }): Channel {
  const old = getChannel(db, patch.id);
  if (!old) throw new AppError('not_found', 'This channel does not exist.', { id: patch.id });
  updateChannelRow(db, merge(old, patch));
  return getChannel(db, old.id)!;
}

export function createPillar(db: Db, p: Omit<Pillar, 'id'>): Pillar {
  return getPillar(db, insertPillar(db, p))!;
}

export function updatePillar(db: Db, patch: Partial<Pillar> & { id: number }): Pillar {
  const old = getPillar(db, patch.id);
  if (!old) throw new AppError('not_found', 'This pillar does not exist.', { id: patch.id });
  updatePillarRow(db, merge(old, patch));
  return getPillar(db, old.id)!;
}

/** Deletes a pillar; its items keep everything but the pillar. */
export function deletePillar(db: Db, id: number): void {
  if (!getPillar(db, id)) throw new AppError('not_found', 'This pillar does not exist.', { id });
  deletePillarRow(db, id);
}

export function createFormat(db: Db, f: Omit<Format, 'id'>): Format {
  return getFormat(db, insertFormat(db, f))!;
}

export function updateFormat(db: Db, patch: Partial<Format> & { id: number }): Format {
  const old = getFormat(db, patch.id);
  if (!old) throw new AppError('not_found', 'This format does not exist.', { id: patch.id });
  updateFormatRow(db, merge(old, patch));
  return getFormat(db, old.id)!;
}

/** Deletes a format; its items keep everything but the format. */
export function deleteFormat(db: Db, id: number): void {
  if (!getFormat(db, id)) throw new AppError('not_found', 'This format does not exist.', { id });
  deleteFormatRow(db, id);
}
