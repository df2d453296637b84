import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTyping } from '../../lib/keyboard';

const QuickCaptureDialog = lazy(() => import('./QuickCaptureDialog'));

/** Quick capture of a content idea from anywhere: key N opens a small dialog (QuickCaptureDialog); the idea lands in the backlog. */
export function QuickCapture() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'n' || e.key === 'N') && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target) && !(e.target as HTMLElement | null)?.closest?.('dialog[open]')) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), 4000);
    return () => clearTimeout(timer);
  }, [saved]);

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
