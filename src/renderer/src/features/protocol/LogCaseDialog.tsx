import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayName } from '../../../../shared/calendar/types';
import type { CaseVisibility } from '../../../../shared/protocol/constants';
import { compileOrderPattern, removePersonalData, showRedactions } from '../../../../shared/protocol/personalData';
import type { Translate } from '../../../../shared/reports/format';
import { useApi, useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { userTimeZone } from '../../lib/locale';
import { typeLabel } from './protocolUi';

// The last type and channel used, offered again in the same session (cases come in runs): the
// dialog then opens on the text, so C, the text and Enter log a case.
const last = { typeId: 0, channel: '' };

/**
 * Logs a case in three fields — type, channel, short text — and Enter; the details (link,
 * public or private, reach, the person, tags) are optional. Shows what will be stored when
 * personal data is removed from the text.
 */
export default function LogCaseDialog({ onClose, onSaved }: { onClose(): void; onSaved(text: string): void }) {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  const types = useApi('protocol.types.list');
  const board = useApi('protocol.cases.board');
  const config = useApi('protocol.config.get');
  const lookups = useApi('calendar.lookups');
  const log = useApiMutation('protocol.case.log');
  const active = (types.data ?? []).filter((x) => !x.archived);
  const [typeId, setTypeId] = useState<number>(last.typeId);
  const [channel, setChannel] = useState(last.channel);
  const [text, setText] = useState('');
  const [more, setMore] = useState(false);
  const [visibility, setVisibility] = useState<CaseVisibility>('public');
  const [link, setLink] = useState('');
  const [reach, setReach] = useState('');
  const [author, setAuthor] = useState('');
  const [tags, setTags] = useState('');
  const chosenType = active.some((x) => x.id === typeId) ? typeId : (active[0]?.id ?? 0);
  const suggestions = [...new Set([...(board.data?.channels ?? []), ...(lookups.data?.channels ?? []).filter((c) => !c.archived).map((c) => displayName(c.name, tr))])];
  const stored = config.data ? removePersonalData(text.trim(), { orderPattern: compileOrderPattern(config.data.orderPattern) }).text : text.trim();

  const submit = () => {
    last.typeId = chosenType;
    last.channel = channel.trim();
    log.mutate(
      {
        typeId: chosenType,
        channel,
        text,
        visibility,
        link,
        reach: reach.trim() === '' ? null : Number(reach),
        author,
        tags: tags.split(/[,#]+/).map((s) => s.trim()).filter(Boolean),
        tz: userTimeZone(),
      },
      { onSuccess: (c) => onSaved(showRedactions(c.text, tr)) },
    );
  };

  return (
    <Dialog className="dialog case-dialog-log" labelledBy="log-case-h" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id="log-case-h">{t('protocol.log.title')}</h2>
        <p className="hint">{t('protocol.log.hint')}</p>
        <div className="form-grid">
          <label htmlFor="log-type">{t('protocol.field.type')}</label>
          <select id="log-type" value={chosenType} onChange={(e) => setTypeId(Number(e.target.value))} required autoFocus={!last.channel}>
            {active.map((x) => (
              <option key={x.id} value={x.id}>
                {typeLabel(x, tr)}
              </option>
            ))}
          </select>
          <label htmlFor="log-channel">{t('protocol.field.channel')}</label>
          <input id="log-channel" type="text" list="log-channels" required maxLength={100} value={channel} onChange={(e) => setChannel(e.target.value)} autoComplete="off" />
          <datalist id="log-channels">
            {suggestions.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <label htmlFor="log-text">{t('protocol.field.text')}</label>
          <div>
            <input id="log-text" type="text" className="wide" required maxLength={500} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="log-text-hint" autoFocus={!!last.channel} />
            <p id="log-text-hint" className="hint">
              {stored !== text.trim() ? t('protocol.log.storedAs', { text: showRedactions(stored, tr) }) : t('protocol.log.privacy')}
            </p>
          </div>
        </div>
        <details open={more} onToggle={(e) => setMore((e.target as HTMLDetailsElement).open)}>
          <summary>{t('protocol.log.more')}</summary>
          <div className="form-grid">
            <span id="log-vis-label">{t('protocol.field.visibility')}</span>
            <div role="radiogroup" aria-labelledby="log-vis-label" className="inline">
              {(['public', 'private'] as const).map((v) => (
                <label key={v} className="inline">
                  <input type="radio" name="log-vis" value={v} checked={visibility === v} onChange={() => setVisibility(v)} /> {v === 'public' ? t('protocol.visibility.public') : t('protocol.visibility.private')}
                </label>
              ))}
            </div>
            <label htmlFor="log-author">{t('protocol.field.author')}</label>
            <input id="log-author" type="text" maxLength={100} value={author} onChange={(e) => setAuthor(e.target.value)} placeholder="@" />
            <label htmlFor="log-reach">{t('protocol.field.reach')}</label>
            <input id="log-reach" type="number" min={0} step={1} value={reach} onChange={(e) => setReach(e.target.value)} />
            <label htmlFor="log-link">{t('protocol.field.link')}</label>
            <input id="log-link" type="url" maxLength={2000} value={link} onChange={(e) => setLink(e.target.value)} placeholder="https://" />
            <label htmlFor="log-tags">{t('protocol.field.tags')}</label>
            <input id="log-tags" type="text" maxLength={500} value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby="log-tags-hint" />
            <span />
            <p id="log-tags-hint" className="hint">
              {t('protocol.field.tagsHint')}
            </p>
          </div>
        </details>
        {active.length === 0 && types.isSuccess && <Notice kind="error">{t('protocol.log.noType')}</Notice>}
        {log.isError && <Notice kind="error">{errorMessage(t, log.error)}</Notice>}
        <div className="actions">
          <button type="submit" className="btn primary" disabled={log.isPending || active.length === 0}>
            {t('protocol.log.save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('protocol.common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
