import { useEffect, useRef, type RefObject } from 'react';

/**
 * Stops the enclosing <form> from submitting while `blocked` is true (a field that is required
 * and empty, or holds only part of a value), and calls `onBlocked` so the field can say why and
 * take the focus. The listener sits on the form element itself, so it runs before React's
 * onSubmit (delegated to the root) and the form's own handler never sees the submit.
 */
export function useFormGuard(ref: RefObject<HTMLElement | null>, blocked: boolean, onBlocked: () => void): void {
  const state = useRef({ blocked, onBlocked });
  state.current = { blocked, onBlocked };
  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    const guard = (e: Event) => {
      if (!state.current.blocked) return;
      e.preventDefault();
      e.stopPropagation();
      state.current.onBlocked();
    };
    form.addEventListener('submit', guard);
    return () => form.removeEventListener('submit', guard);
  }, [ref]);
}
