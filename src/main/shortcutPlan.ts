import { SHORTCUT_ALTERNATIVES } from '../shared/shortcuts';

export { SHORTCUT_ALTERNATIVES };

export interface ShortcutOutcome {
  wanted: string;
  registered: string | null;
  taken: boolean;
  /** The first alternative that could be registered, offered to the user, or null. */
  suggestion: string | null;
}

/**
 * Tries the user's shortcut; when another app holds it, finds a free alternative to offer (but does
 * not silently switch to it: the user decides). `tryRegister` returns false when the OS refuses.
 */
export function planShortcut(wanted: string, tryRegister: (accelerator: string) => boolean, release: (accelerator: string) => void): ShortcutOutcome {
  if (tryRegister(wanted)) return { wanted, registered: wanted, taken: false, suggestion: null };
  for (const alt of SHORTCUT_ALTERNATIVES) {
    if (alt === wanted) continue;
    if (tryRegister(alt)) {
      release(alt);
      return { wanted, registered: null, taken: true, suggestion: alt };
    }
  }
  return { wanted, registered: null, taken: true, suggestion: null };
}
