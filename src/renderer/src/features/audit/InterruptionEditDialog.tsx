import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDayAt, localWallTimeToInstant, minutesSinceLocalMidnight } from '../../../../shared/time';
import { INTERRUPTION_CHANNELS, type Interruption, type InterruptionChannel } from '../../../../shared/domain';
import { useApiMutation, useApiWriter } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { DateField } from '../../components/fields/DateField';
import { TimeField } from '../../components/fields/TimeField';
import { errorMessage } from '../../lib/errors';
import { CHANNEL_KEYS } from './labels';
import { useUndo } from '../../components/Undo';

interface Props {
  interruption: Interruption;
  tz: string;
  onClose(): void;
}

/** Fix a logged interruption afterwards: when, channel, who, note and its refocus cost; or delete it. */
export function InterruptionEditDialog({ interruption: i, tz, onClose }: Props) {
  const { t } = useTranslation();
  const update = useApiMutation('audit.interruptions.update');
  const remove = useApiMutation('audit.interruptions.delete');
  const offerUndo = useUndo();
  const write = useApiWriter();
  const loggedDay = localDayAt(i.at, tz);
  const loggedMinute = Math.floor(minutesSinceLocalMidnight(i.at, tz));
  const [day, setDay] = useState<string | null>(loggedDay);
  const [minute, setMinute] = useState<number | null>(loggedMinute);
  const [channel, setChannel] = useState<InterruptionChannel>(i.channel);
  const [who, setWho] = useState(i.who);
  const [note, setNote] = useState(i.note);
  const [refocus, setRefocus] = useState(String(i.refocusMinutes));


  const refocusMinutes = Number(refocus);
  const refocusValid = refocus.trim() !== '' && Number.isInteger(refocusMinutes) && refocusMinutes >= 0 && refocusMinutes <= 240;
  const busy = update.isPending || remove.isPending;
  const error = update.error ?? remove.error;

  const submit = () => {
    if (day === null || minute === null || !refocusValid) return;
    // An unchanged day and minute keep the logged instant to the second.
    const at = day === loggedDay && minute === loggedMinute ? i.at : localWallTimeToInstant(day, minute, tz);
    update.mutate({ id: i.id, at, channel, who: who.trim(), note: note.trim(), refocusMinutes }, { onSuccess: onClose });
  };

  return (
    <Dialog className="dialog" labelledBy="int-edit-title" onClose={onClose}>
      <h2 id="int-edit-title">{t('audit.interruption.editTitle')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="form-grid">
          <DateField id="int-day" label={t('audit.interruption.day')} value={day} onChange={setDay} isRequired />
          <TimeField id="int-time" label={t('audit.interruption.time')} value={minute} onChange={setMinute} isRequired />
          <label htmlFor="int-channel">{t('audit.interruption.channel')}</label>
          <select id="int-channel" value={channel} onChange={(e) => setChannel(e.target.value as InterruptionChannel)}>
            {INTERRUPTION_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(CHANNEL_KEYS[c])}
              </option>
            ))}
          </select>
          <label htmlFor="int-who">{t('audit.interruption.who')}</label>
          <input id="int-who" type="text" maxLength={200} value={who} onChange={(e) => setWho(e.target.value)} />
          <label htmlFor="int-note">{t('audit.interruption.note')}</label>
          <input id="int-note" type="text" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          <label htmlFor="int-refocus">{t('audit.interruption.refocus')}</label>
          <div>
            <input
              id="int-refocus"
              type="number"
              min={0}
              max={240}
              step={1}
              inputMode="numeric"
              value={refocus}
              onChange={(e) => setRefocus(e.target.value)}
              aria-invalid={!refocusValid || undefined}
              aria-describedby="int-refocus-hint"
            />
            <p id="int-refocus-hint" className={refocusValid ? 'hint' : 'hint error'}>
              {t(refocusValid ? 'audit.interruption.refocusHint' : 'audit.interruption.refocusInvalid')}
            </p>
          </div>
        </div>
        {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
        <div className="actions">
          <button type="submit" className="btn primary" disabled={busy || day === null || minute === null || !refocusValid}>
            {t('audit.common.save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('audit.common.cancel')}
          </button>
          <button type="button" className="btn danger" disabled={busy} onClick={() =>
              remove.mutate(
                { id: i.id },
                {
                  onSuccess: (r) => {
                    offerUndo(t('audit.undo.interruption'), () => write('audit.interruptions.restore', { interruption: r.interruption, caseIds: r.caseIds }));
                    onClose();
                  },
                },
              )
            }
          >
            {t('audit.common.delete')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
