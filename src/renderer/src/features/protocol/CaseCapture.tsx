import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from '../../lib/keyboard';

const LogCaseDialog = lazy(() => import('./LogCaseDialog'));

/** The event that opens the case dialog (the board's button sends it; so could the desktop shell). */
export const CASE_EVENT = 'coulisses:case';

/** Opens the "log a case" dialog from anywhere. */
export function openCaseCapture(): void {
  window.dispatchEvent(new Event(CASE_EVENT));
}

/**
 * Logging a case from anywhere: key C (as I is for interruptions) opens a three-field dialog
 * (LogCaseDialog, loaded on first use); the case lands on the protocol board and counts as an
 * interruption in the audit.
 */
export function CaseCapture() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'c' || e.key === 'C') && !e.ctrlKey && !e.metaKey && !e.altKey && !e.defaultPrevented && !isTyping(e.target) && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        setOpen(true);
      }
    };
    const onEvent = () => setOpen(true);
    window.addEventListener('keydown', onKey);
    window.addEventListener(CASE_EVENT, onEvent);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(CASE_EVENT, onEvent);
    };
  }, []);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), 4000);
    return () => clearTimeout(timer);
  }, [saved]);

  return (
    <>
      {saved && (
        <div className="case-toast" role="status">
          {t('protocol.log.saved', { text: saved })}
        </div>
      )}
      {open && (
        <Suspense fallback={null}>
          <LogCaseDialog
            onClose={() => setOpen(false)}
            onSaved={(text) => {
              setSaved(text);
              setOpen(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
