import { useContext, useLayoutEffect } from 'react';
import { DateFieldStateContext, TimeFieldStateContext } from 'react-aria-components';

/** What a segmented field holds: nothing, a whole value, or only some of its parts. */
export type Completeness = 'empty' | 'complete' | 'incomplete';

/**
 * Reads the segments of the enclosing react-aria date or time field and reports whether they
 * hold a whole value. react-aria keeps the last whole value while the user has cleared or not yet
 * filled a segment, so without this a half-typed date would silently save the previous one.
 */
export function useCompleteness(report: (c: Completeness) => void): void {
  const date = useContext(DateFieldStateContext);
  const time = useContext(TimeFieldStateContext);
  const state = date ?? time;
  const editable = state?.segments.filter((s) => s.isEditable) ?? [];
  const placeholders = editable.filter((s) => s.isPlaceholder).length;
  const completeness: Completeness = placeholders === 0 ? 'complete' : placeholders === editable.length && state?.value == null ? 'empty' : 'incomplete';
  // A layout effect: the form sees the new value in the same task as the key that made it.
  useLayoutEffect(() => report(completeness), [completeness, report]);
}

/** Renders nothing; reports the completeness of the field it sits in (place it inside DateInput). */
export function CompletenessProbe({ onReport }: { onReport(c: Completeness): void }) {
  useCompleteness(onReport);
  return null;
}
