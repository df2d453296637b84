import { useEffect, useState } from 'react';
import { isSingleKeyFree } from '../lib/keyboard';

/**
 * A capture dialog opened from anywhere by one letter key (either case, under the single-key rule
 * of isSingleKeyFree) or by a window event, and the text of its last save, shown for 4 s.
 * Used by the calendar's quick capture (N) and the reply protocol's case capture (C).
 */
export function useCapture(letter: string, eventName?: string) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== letter || !isSingleKeyFree(e)) return;
      e.preventDefault();
      setOpen(true);
    };
    const onEvent = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    if (eventName) window.addEventListener(eventName, onEvent);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (eventName) window.removeEventListener(eventName, onEvent);
    };
  }, [letter, eventName]);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), 4000);
    return () => clearTimeout(timer);
  }, [saved]);
  return { open, setOpen, saved, setSaved };
}
