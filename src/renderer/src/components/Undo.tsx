import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';

/** How long the Undo offer stays, in ms (paused while the pointer or the focus is on it). */
export const UNDO_MS = 10_000;

type Offer = { id: number; message: string; undo: () => Promise<unknown> };
type Outcome = { id: number; kind: 'undone' } | { id: number; kind: 'failed'; error: unknown };

const UndoContext = createContext<(message: string, undo: () => Promise<unknown>) => void>(() => undefined);

/**
 * Offers Undo after a delete: `offerUndo(message, undo)` shows a toast with the message and an
 * Undo button for UNDO_MS (longer while hovered or focused). `undo` puts the row back through the
 * normal write channels (the same checks as any write); when it fails (the time was taken in the
 * meantime), the toast says why and nothing else changes.
 */
export function useUndo(): (message: string, undo: () => Promise<unknown>) => void {
  return useContext(UndoContext);
}

/** Holds the current Undo offer and shows it at the bottom of the screen (one at a time: a new delete replaces it). */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [offer, setOffer] = useState<Offer | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [held, setHeld] = useState(false);
  const next = useRef(1);

  const offerUndo = useCallback((message: string, undo: () => Promise<unknown>) => {
    setOutcome(null);
    setOffer({ id: next.current++, message, undo });
  }, []);

  useEffect(() => {
    if ((!offer && !outcome) || held || busy) return;
    const id = setTimeout(
      () => {
        setOffer(null);
        setOutcome(null);
      },
      outcome ? 4_000 : UNDO_MS,
    );
    return () => clearTimeout(id);
  }, [offer, outcome, held, busy]);

  const run = async () => {
    if (!offer) return;
    setBusy(true);
    try {
      await offer.undo();
      setOutcome({ id: offer.id, kind: 'undone' });
    } catch (error) {
      setOutcome({ id: offer.id, kind: 'failed', error });
    } finally {
      setBusy(false);
      setOffer(null);
    }
  };

  return (
    <UndoContext.Provider value={offerUndo}>
      {children}
      <div className="undo-region no-print" role="status" aria-live="polite" onMouseEnter={() => setHeld(true)} onMouseLeave={() => setHeld(false)} onFocus={() => setHeld(true)} onBlur={() => setHeld(false)}>
        {offer && (
          <div className="undo-toast" data-testid="undo-toast">
            <span>{offer.message}</span>
            <button type="button" className="btn small primary" disabled={busy} onClick={() => void run()}>
              {t('common.undo')}
            </button>
            <button type="button" className="btn small" aria-label={t('common.dismiss')} onClick={() => setOffer(null)}>
              ×
            </button>
          </div>
        )}
        {outcome && (
          <div className={outcome.kind === 'failed' ? 'undo-toast error' : 'undo-toast'} data-testid="undo-outcome">
            <span>{outcome.kind === 'undone' ? t('common.undone') : t('common.undoFailed', { reason: errorMessage(t, outcome.error) })}</span>
            <button type="button" className="btn small" aria-label={t('common.dismiss')} onClick={() => setOutcome(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}
