import { useCallback, useState } from 'react';

/** What useDraft returns: the draft (null until the read answered), how to edit it, and how to say it was saved. */
export interface Draft<T> {
  /** The form's current value: the stored value until the user edits it; null while the read has not answered. */
  draft: T | null;
  /** True once the user changed the draft since it was seeded or saved. */
  dirty: boolean;
  /** Replaces the draft (an edit by the user). */
  setDraft(next: T | ((prev: T) => T)): void;
  /** The draft `saved` was written: the next stored value that arrives replaces the draft again, unless the user edited it meanwhile. */
  markSaved(saved: T): void;
}

/**
 * A form's draft seeded from a read (`stored`, undefined while the read is pending).
 *
 * The first stored value seeds the draft. A later one (a refresh after this form's save, after
 * another write, or after a restore) replaces the draft only while the user has not edited it, so
 * a read that lands while the user types never overwrites what was typed. The form should render
 * its inputs only once `draft` is not null (show a loading line before), never with a placeholder
 * value the read would replace. `derive` maps the stored value to the draft (e.g. sorted rows); it
 * runs when a stored value is taken.
 */
export function useDraft<S, T = S>(stored: S | undefined, derive: (s: S) => T = (s) => s as unknown as T): Draft<T> {
  const [state, setState] = useState<{ base: S | undefined; draft: T | null; dirty: boolean }>(() => ({ base: stored, draft: stored === undefined ? null : derive(stored), dirty: false }));
  // Adjusting state while rendering when an input changed (React's pattern for a value derived
  // from a prop): the stored value is taken before the form is painted, not one frame later.
  if (stored !== undefined && stored !== state.base && !state.dirty) {
    setState({ base: stored, draft: derive(stored), dirty: false });
  }
  const setDraft = useCallback((next: T | ((prev: T) => T)) => {
    setState((s) => (s.draft === null ? s : { ...s, draft: typeof next === 'function' ? (next as (prev: T) => T)(s.draft) : next, dirty: true }));
  }, []);
  const markSaved = useCallback((saved: T) => {
    setState((s) => (s.draft === saved ? { ...s, dirty: false } : s));
  }, []);
  return { draft: state.draft, dirty: state.dirty, setDraft, markSaved };
}
