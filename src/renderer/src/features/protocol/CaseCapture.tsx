import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCapture } from '../../components/useCapture';

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
  const { open, setOpen, saved, setSaved } = useCapture('c', CASE_EVENT);

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
