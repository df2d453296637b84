// The learning loop's alarm: when several cases of one request type share a tag within 7 days,
// the type may be underrated (many "simple questions" about one failing feature are a systemic
// bug): suggest raising its level by one. Pure; the threshold is the user's (config, default 3).
import { MS_PER_DAY } from '../time/units';

/** The window in which cases must share a tag: 7 days before now. */
export const SUGGESTION_WINDOW_DAYS = 7;

export interface TaggedCase {
  typeId: number;
  openedAt: number;
  tags: readonly string[];
}

export interface SuggestionType {
  id: number;
  level: number;
  archived: boolean;
}

/** A suggestion that was dismissed at `at` (epoch ms): hidden until a newer case joins it. */
export interface Dismissal {
  typeId: number;
  tag: string;
  at: number;
}

export interface LevelSuggestion {
  typeId: number;
  tag: string;
  /** cases of the type with the tag in the window */
  count: number;
  firstAt: number;
  lastAt: number;
  fromLevel: number;
  toLevel: number;
}

/**
 * Suggestions to raise a type's level: for each (type, tag), the cases opened in
 * (now − 7 days, now]; `threshold` or more of them, for a type that is not archived and below
 * level 4, give a suggestion to its next level, unless dismissed after the latest of them.
 * Ordered by count (most first), then type and tag.
 */
export function levelRaiseSuggestions(cases: readonly TaggedCase[], types: readonly SuggestionType[], now: number, threshold: number, dismissed: readonly Dismissal[] = []): LevelSuggestion[] {
  const since = now - SUGGESTION_WINDOW_DAYS * MS_PER_DAY;
  const typeById = new Map(types.map((t) => [t.id, t]));
  const groups = new Map<string, { typeId: number; tag: string; at: number[] }>();
  for (const c of cases) {
    if (c.openedAt <= since || c.openedAt > now) continue;
    for (const tag of new Set(c.tags)) {
      const key = `${c.typeId}\u0000${tag}`;
      const g = groups.get(key) ?? { typeId: c.typeId, tag, at: [] };
      g.at.push(c.openedAt);
      groups.set(key, g);
    }
  }
  const out: LevelSuggestion[] = [];
  for (const g of groups.values()) {
    const type = typeById.get(g.typeId);
    if (!type || type.archived || type.level >= 4 || g.at.length < threshold) continue;
    const lastAt = Math.max(...g.at);
    if (dismissed.some((d) => d.typeId === g.typeId && d.tag === g.tag && d.at >= lastAt)) continue;
    out.push({ typeId: g.typeId, tag: g.tag, count: g.at.length, firstAt: Math.min(...g.at), lastAt, fromLevel: type.level, toLevel: type.level + 1 });
  }
  return out.sort((a, b) => b.count - a.count || a.typeId - b.typeId || (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
}

/** A tag as stored: trimmed, without a leading #, lower case, inner spaces as one; '' when nothing is left. */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').trim().replace(/\s+/g, ' ').toLowerCase().slice(0, 50);
}
