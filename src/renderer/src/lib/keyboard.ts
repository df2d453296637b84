/** True when a key press happens in a text field or a select (single-key shortcuts must not fire then). */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
}

/**
 * True when a single-key shortcut may act on this key press (the rule the shortcut sheet and the
 * README state): no other handler took it, no Ctrl, Cmd or Alt, not typing in a field, and no
 * dialog open.
 */
export function isSingleKeyFree(e: KeyboardEvent): boolean {
  return !e.defaultPrevented && !e.altKey && !e.ctrlKey && !e.metaKey && !isTyping(e.target) && !document.querySelector('dialog[open]');
}
