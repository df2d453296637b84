// Grouping of minutes by (category, note), used for out-of-scope and invisible work. Pure.

export interface ScopeGroup {
  categoryId: number;
  /** the entry note, trimmed; '' when none */
  note: string;
  minutes: number;
  /** minutes / tracked minutes of the period (not of the group's bucket) */
  share: number;
}

export interface ScopeSummary {
  minutes: number;
  /** minutes / tracked minutes; 0 when nothing is tracked */
  share: number;
  /** sorted by minutes desc, then categoryId asc, then note */
  groups: ScopeGroup[];
}

export class ScopeAccumulator {
  private readonly groups = new Map<string, ScopeGroup>();
  private minutes = 0;

  add(categoryId: number, note: string, minutes: number): void {
    const trimmed = note.trim();
    const key = `${categoryId}\u0000${trimmed}`;
    const group = this.groups.get(key) ?? { categoryId, note: trimmed, minutes: 0, share: 0 };
    group.minutes += minutes;
    this.groups.set(key, group);
    this.minutes += minutes;
  }

  summary(trackedMinutes: number): ScopeSummary {
    const share = (m: number) => (trackedMinutes > 0 ? m / trackedMinutes : 0);
    const groups = [...this.groups.values()]
      .map((g) => ({ ...g, share: share(g.minutes) }))
      .sort((a, b) => b.minutes - a.minutes || a.categoryId - b.categoryId || (a.note < b.note ? -1 : a.note > b.note ? 1 : 0));
    return { minutes: this.minutes, share: share(this.minutes), groups };
  }
}
