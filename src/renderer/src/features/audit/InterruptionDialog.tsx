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

/**
 * Logs an interruption in two actions at most: open (button or I), then pick the channel (digits
 * 1–6). Who asked (an oral request's requester matters) and a note can be typed first; digits go
 * into a field once it holds text. The timer keeps running.
 */
export function InterruptionDialog({ open, onClose }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [who, setWho] = useState('');
  // The key handler reads the fields through refs: a key pressed right after reopening must not see
  // the previous interruption's text (state from before the reset).
  const noteRef = useRef('');
  const whoRef = useRef('');
  const changeNote = (v: string) => {
    noteRef.current = v;
    setNote(v);
  };
  const changeWho = (v: string) => {
    whoRef.current = v;
    setWho(v);
  };
  const log = useApiMutation('audit.interruptions.log');

  // A fresh note and no leftover error each time it opens; no note kept after it closes.
  useEffect(() => {
    changeNote('');
    changeWho('');
    if (open) log.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const pick = (channel: InterruptionChannel) =>
    log.mutate(
      { channel, note: noteRef.current.trim(), who: whoRef.current.trim(), tz: userTimeZone() },
      {
        onSuccess: () => {
          changeNote('');
          changeWho('');
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
        // Digits pick a channel, except in a field that already holds text (a name, a note).
        const field = isTyping(e.target) ? (e.target as HTMLInputElement) : null;
        if ((field && field.value !== '') || e.altKey || e.ctrlKey || e.metaKey) return;
        const n = Number(e.key);
        if (n >= 1 && n <= INTERRUPTION_CHANNELS.length) {
          e.preventDefault();
          pick(INTERRUPTION_CHANNELS[n - 1]);
        }
      }}
    >
      <h2 id="interruption-title">{t('audit.interruption.title')}</h2>
      <p className="hint">{t('audit.interruption.hint')}</p>
      <div className="interruption-fields">
        <label htmlFor="interruption-who">{t('audit.interruption.who')}</label>
        <input id="interruption-who" type="text" maxLength={200} autoComplete="off" value={who} onChange={(e) => changeWho(e.target.value)} />
        <label htmlFor="interruption-note">{t('audit.interruption.note')}</label>
        <input id="interruption-note" type="text" maxLength={2000} value={note} onChange={(e) => changeNote(e.target.value)} />
      </div>
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
