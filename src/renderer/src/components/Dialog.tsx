import { useEffect, useRef, type DialogHTMLAttributes, type ReactNode } from 'react';

type NativeProps = Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'onClose' | 'onCancel' | 'aria-labelledby' | 'children'>;

export interface DialogProps extends NativeProps {
  /** Shown as a modal while true (default true: render the Dialog only while it is open). */
  open?: boolean;
  /** The user closed it (Escape, or the dialog closed by other means): set `open` to false. */
  onClose(): void;
  /** The id of the dialog's heading, its accessible name. */
  labelledBy: string;
  children: ReactNode;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind inert and
 * closes on Escape. On top of it:
 * - focus: showModal() focuses the first control (or the one marked autoFocus); on closing, or
 *   when the Dialog unmounts while open, focus goes back to what had it before opening.
 * - Escape updates the state at once: the cancel event comes synchronously with the key, so a
 *   shortcut pressed right after (I, N) reopens the dialog (commit 5d7b0e9).
 * - the close event is queued as a task: when the dialog was closed and reopened quickly, the late
 *   close event of the first closing must not close the second one, so it only counts when the
 *   element really is closed while the state still says open (commit dbb4c82).
 * The e2e tests "reopening the interruption dialog right after it closed keeps it open" and the
 * quick-capture tests hold both fixes.
 */
export function Dialog({ open = true, onClose, labelledBy, children, ...rest }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
    } else if (!open && d.open) {
      d.close();
      restoreFocus(opener.current, d);
    }
  }, [open]);

  // Unmounted while open (the usual way a conditionally rendered dialog closes): no close() runs,
  // so the browser does not give focus back by itself.
  useEffect(() => {
    const d = ref.current;
    return () => {
      if (d?.open || d?.contains(document.activeElement) || document.activeElement === document.body) restoreFocus(opener.current, d);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      {...rest}
      onCancel={() => onClose()}
      onClose={() => {
        if (open && !ref.current?.open) onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/**
 * Focus back on the element that opened the dialog, when it is still on the page and focus is not
 * elsewhere already. Opened from the page itself (focus on <body>, as on a fresh screen): focus
 * leaves the closed dialog's field at once, so that a key pressed right after (I, N) is not typed
 * into a field that is no longer shown (the browser moves it only at its next rendering update).
 */
function restoreFocus(opener: HTMLElement | null, dialog: HTMLDialogElement | null): void {
  const active = document.activeElement;
  const lost = active === null || active === document.body || (dialog !== null && dialog.contains(active));
  if (!lost) return;
  if (opener && opener.isConnected && opener !== document.body) opener.focus();
  else if (active instanceof HTMLElement && dialog?.contains(active)) active.blur();
}
