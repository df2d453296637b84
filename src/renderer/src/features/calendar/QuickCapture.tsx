import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCapture } from '../../components/useCapture';

const QuickCaptureDialog = lazy(() => import('./QuickCaptureDialog'));

/** Quick capture of a content idea from anywhere: key N opens a small dialog (QuickCaptureDialog); the idea lands in the backlog. */
export function QuickCapture() {
  const { t } = useTranslation();
  const { open, setOpen, saved, setSaved } = useCapture('n');

  return (
    <>
      {saved && (
        <div className="cal-toast" role="status">
          {t('calendar.quick.saved', { title: saved })}
        </div>
      )}
      {open && (
        <Suspense fallback={null}>
          <QuickCaptureDialog
            onClose={() => setOpen(false)}
            onSaved={(title) => {
              setSaved(title);
              setOpen(false);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
