import { isDeepStrictEqual } from 'node:util';

/**
 * True when `stored` (the row as read now, or undefined) already holds every field of `payload`
 * (a deleted thing as its delete answered it, sent back by Undo): the undo happened already — a
 * second press, or a backup restore that brought the row back. The restore channels then answer
 * the stored row and write nothing, instead of putting a copy back under a new id.
 */
export function alreadyRestored(stored: object | undefined | null, payload: object): boolean {
  if (!stored) return false;
  const row = stored as Record<string, unknown>;
  return Object.entries(payload).every(([k, v]) => isDeepStrictEqual(row[k], v));
}
