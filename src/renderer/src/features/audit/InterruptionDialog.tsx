import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTERRUPTION_CHANNELS, type InterruptionChannel } from '../../../../shared/domain';
import { useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { CHANNEL_KEYS } from './labels';
import { userTimeZone } from '../../lib/locale';
import { isTyping } from '../../lib/keyboard';

interface Props {
  open: boolean;
  onClose(logged?: InterruptionChannel): void;
}

/** Logs an interruption in two actions at most: open (button or I), then pick the channel. The timer keeps running. */
export function InterruptionDialog({ open, onClose }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  // The key handler reads the note through a ref: a key pressed right after reopening must not see
  // the previous interruption's note (state from before the reset).
  const noteRef = useRef('');
  const changeNote = (v: string) => {
    noteRef.current = v;
    setNote(v);
  };
  const log = useApiMutation('audit.interruptions.log');

  // A fresh note and no leftover error each time it opens; no note kept after it closes.
  useEffect(() => {
    changeNote('');
    if (open) log.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const pick = (channel: InterruptionChannel) =>
    log.mutate(
      { channel, note: noteRef.current.trim(), tz: userTimeZone() },
      {
        onSuccess: () => {
          changeNote('');
          onClose(channel);
        },
      },
    );

  return (
    <Dialog
      open={open}
      onClose={() => onClose()}
      className="dialog interruption-dialog"
      labelledBy="interruption-title"
      onKeyDown={(e) => {
        // Digits pick a channel, except while a note is being typed.
        if ((isTyping(e.target) && noteRef.current !== '') || e.altKey || e.ctrlKey || e.metaKey) return;
        const n = Number(e.key);
        if (n >= 1 && n <= INTERRUPTION_CHANNELS.length) {
          e.preventDefault();
          pick(INTERRUPTION_CHANNELS[n - 1]);
        }
      }}
    >
      <h2 id="interruption-title">{t('audit.interruption.title')}</h2>
      <p className="hint">{t('audit.interruption.hint')}</p>
      <label htmlFor="interruption-note">{t('audit.interruption.note')}</label>
      <input id="interruption-note" type="text" className="wide" maxLength={2000} value={note} onChange={(e) => changeNote(e.target.value)} />
      <fieldset className="channel-grid">
        <legend>{t('audit.interruption.channel')}</legend>
        {INTERRUPTION_CHANNELS.map((c, i) => (
          <button key={c} type="button" className="btn channel-btn" disabled={log.isPending} onClick={() => pick(c)} aria-keyshortcuts={String(i + 1)}>
            <kbd aria-hidden="true">{i + 1}</kbd> {t(CHANNEL_KEYS[c])}
          </button>
        ))}
      </fieldset>
      {log.isError && <Notice kind="error">{errorMessage(t, log.error)}</Notice>}
      <div className="actions">
        <button type="button" className="btn" onClick={() => onClose()}>
          {t('audit.common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
