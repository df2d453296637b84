import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showRedactions } from '../../../../shared/protocol/personalData';
import { Link } from 'react-router-dom';
import { MODERATION_ACTIONS, type CaseAction, type ModerationAction } from '../../../../shared/protocol/constants';
import { MODERATION_LABEL, OWNER_LABEL, STATE_LABEL } from '../../../../shared/protocol/labels';
import { displayPreset } from '../../../../shared/protocol/presets';
import type { Translate } from '../../../../shared/reports/format';
import { useApi, useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters, userTimeZone } from '../../lib/locale';
import { typeLabel } from './protocolUi';
import { SlaClock, useDueText } from './SlaClock';

/** One button per move the case accepts, in the order of the protocol. */
const MOVES: { action: CaseAction; isPublic?: boolean; key: string }[] = [
  { action: 'reply', isPublic: true, key: 'protocol.act.replyPublic' },
  { action: 'reply', isPublic: false, key: 'protocol.act.replyPrivate' },
  { action: 'private', key: 'protocol.act.private' },
  { action: 'hand', key: 'protocol.act.hand' },
  { action: 'wait', key: 'protocol.act.wait' },
  { action: 'resume', key: 'protocol.act.resume' },
  { action: 'resolve', key: 'protocol.act.resolve' },
  { action: 'reopen', key: 'protocol.act.reopen' },
];

/** A case opened from the board: its clocks, its moves, its type and tags, moderation, a verbatim for product teams, deletion. */
export default function CaseDialog({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  const f = useFormatters();
  const due = useDueText();
  const got = useApi('protocol.case.get', { id });
  const types = useApi('protocol.types.list');
  const rules = useApi('protocol.rules.list');
  const act = useApiMutation('protocol.case.act');
  const update = useApiMutation('protocol.case.update');
  const handle = useApiMutation('protocol.case.handle');
  const moderate = useApiMutation('protocol.case.moderate');
  const verbatim = useApiMutation('protocol.verbatims.create');
  const remove = useApiMutation('protocol.case.delete');
  const c = got.data;
  const type = types.data?.find((x) => x.id === c?.typeId);
  const [tags, setTags] = useState('');
  const [typeId, setTypeId] = useState(0);
  const [modAction, setModAction] = useState<ModerationAction>('hide');
  const [ruleId, setRuleId] = useState('');
  const [vText, setVText] = useState('');
  const [vTag, setVTag] = useState('');
  const [vArea, setVArea] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  // Seeded once per case: a refresh after another action on the case keeps what the user typed.
  const seededFor = useRef<number | null>(null);
  useEffect(() => {
    if (!c || seededFor.current === c.id) return;
    seededFor.current = c.id;
    setTags(c.tags.join(', '));
    setTypeId(c.typeId);
    setVText((v) => v || c.text);
    setVTag((v) => v || c.tags[0] || '');
  }, [c]);

  const error = act.error ?? update.error ?? handle.error ?? moderate.error ?? verbatim.error ?? remove.error ?? got.error;
  const done = (key: string) => () => setNote(t(key));

  return (
    <Dialog className="dialog case-dialog" labelledBy="case-h" onClose={onClose}>
      {!c ? (
        <>
          <h2 id="case-h">{t('protocol.case.title')}</h2>
          {got.error ? <Notice kind="error">{errorMessage(t, got.error)}</Notice> : <p className="loading">{t('protocol.loading')}</p>}
        </>
      ) : (
        <>
          <h2 id="case-h">
            {typeLabel(type, tr)} <span className={`state-badge state-${c.state}`}>{t(STATE_LABEL[c.state])}</span>
          </h2>
          <p className="case-dialog-text">{showRedactions(c.text, tr)}</p>
          <dl className="facts">
            <dt>{t('protocol.field.channel')}</dt>
            <dd>
              {c.channel} · {c.visibility === 'public' ? t('protocol.visibility.public') : t('protocol.visibility.private')}
            </dd>
            {c.author && (
              <>
                <dt>{t('protocol.field.author')}</dt>
                <dd>
                  {c.author} {c.authorExchanges > 0 && <span className="muted">({t('protocol.case.exchanges', { count: c.authorExchanges })})</span>}
                </dd>
              </>
            )}
            {c.reach !== null && (
              <>
                <dt>{t('protocol.field.reach')}</dt>
                <dd>{f.number(c.reach, 0)}</dd>
              </>
            )}
            {c.link && (
              <>
                <dt>{t('protocol.field.link')}</dt>
                <dd className="break">{c.link}</dd>
              </>
            )}
            <dt>{t('protocol.case.opened')}</dt>
            <dd>
              {f.dateTime(c.openedAt)}
              {c.afterHours && <span className="muted"> · {t('protocol.case.afterHours')}</span>}
            </dd>
            <dt>{t('protocol.sla.firstReply')}</dt>
            <dd>{c.firstReplyAt !== null ? `${f.dateTime(c.firstReplyAt)} · ${c.firstReply.state === 'met' ? t('protocol.sla.withinSla') : t('protocol.sla.late')}` : c.firstReply.due !== null ? due(c.firstReply.due, Date.now()) : '—'}</dd>
            <dt>{t('protocol.sla.resolution')}</dt>
            <dd>{c.resolvedAt !== null ? `${f.dateTime(c.resolvedAt)} · ${c.resolution.state === 'met' ? t('protocol.sla.withinSla') : t('protocol.sla.late')}` : c.resolution.due !== null ? due(c.resolution.due, Date.now()) : '—'}</dd>
            {type && (
              <>
                <dt>{t('protocol.case.owner')}</dt>
                <dd>{type.ownerName ? `${t(OWNER_LABEL[type.ownerRole])} (${type.ownerName})` : t(OWNER_LABEL[type.ownerRole])}</dd>
              </>
            )}
          </dl>
          <p>
            <SlaClock c={c} now={Date.now()} />
          </p>

          <section aria-labelledby="case-moves-h">
            <h3 id="case-moves-h">{t('protocol.case.moves')}</h3>
            <div className="actions case-moves">
              {MOVES.filter((m) => c.actions.includes(m.action)).map((m) => (
                <button key={m.key} type="button" className={m.action === 'resolve' ? 'btn primary' : 'btn'} disabled={act.isPending} onClick={() => act.mutate({ id, action: m.action, public: m.isPublic }, { onSuccess: done('protocol.case.moved') })}>
                  {m.action === 'hand' && type ? t('protocol.act.handTo', { owner: t(OWNER_LABEL[type.ownerRole]) }) : t(m.key)}
                </button>
              ))}
            </div>
            <div className="actions">
              {c.state !== 'resolved' && (
                <Link className="btn" to={`/protocol/replies?case=${c.id}`} onClick={onClose}>
                  {t('protocol.case.compose')}
                </Link>
              )}
              <button type="button" className="btn" disabled={handle.isPending} onClick={() => handle.mutate({ id, tz: userTimeZone() }, { onSuccess: done('protocol.case.handling') })}>
                {t('protocol.case.handle')}
              </button>
            </div>
            {type?.goesPrivate && c.privateAt === null && c.state !== 'resolved' && <p className="hint">{t('protocol.case.goesPrivate')}</p>}
          </section>

          <section aria-labelledby="case-edit-h">
            <h3 id="case-edit-h">{t('protocol.case.classify')}</h3>
            <div className="form-grid">
              <label htmlFor="case-type">{t('protocol.field.type')}</label>
              <select id="case-type" value={typeId} onChange={(e) => setTypeId(Number(e.target.value))}>
                {(types.data ?? []).filter((x) => !x.archived || x.id === c.typeId).map((x) => (
                  <option key={x.id} value={x.id}>
                    {typeLabel(x, tr)}
                  </option>
                ))}
              </select>
              <label htmlFor="case-tags">{t('protocol.field.tags')}</label>
              <input id="case-tags" type="text" maxLength={500} value={tags} onChange={(e) => setTags(e.target.value)} aria-describedby="case-tags-hint" />
              <span />
              <p id="case-tags-hint" className="hint">
                {t('protocol.field.tagsHint')}
              </p>
            </div>
            <div className="actions">
              <button type="button" className="btn" disabled={update.isPending} onClick={() => update.mutate({ id, typeId, tags: tags.split(/[,#]+/).map((s) => s.trim()).filter(Boolean) }, { onSuccess: done('protocol.case.saved') })}>
                {t('protocol.common.save')}
              </button>
            </div>
          </section>

          <section aria-labelledby="case-mod-h">
            <h3 id="case-mod-h">{t('protocol.case.moderation')}</h3>
            {c.moderation.length > 0 && (
              <ul className="plain">
                {c.moderation.map((m) => (
                  <li key={m.id}>
                    {f.dateTime(m.at)} · {t(MODERATION_LABEL[m.action])}
                    {m.article ? ` · ${t('protocol.case.article', { article: m.article })}` : ''}
                  </li>
                ))}
              </ul>
            )}
            <div className="form-grid">
              <label htmlFor="mod-action">{t('protocol.field.modAction')}</label>
              <select id="mod-action" value={modAction} onChange={(e) => setModAction(e.target.value as ModerationAction)}>
                {MODERATION_ACTIONS.map((a) => (
                  <option key={a} value={a}>
                    {t(MODERATION_LABEL[a])}
                  </option>
                ))}
              </select>
              <label htmlFor="mod-rule">{t('protocol.field.article')}</label>
              <select id="mod-rule" value={ruleId} onChange={(e) => setRuleId(e.target.value)} aria-describedby="mod-rule-hint">
                <option value="">{t('protocol.case.noArticle')}</option>
                {(rules.data ?? []).map((r) => (
                  <option key={r.id} value={r.id}>
                    {t('protocol.case.article', { article: r.article })} — {displayPreset(r.category, tr)}
                  </option>
                ))}
              </select>
              <span />
              <p id="mod-rule-hint" className="hint">
                {t('protocol.case.banHint')}
              </p>
            </div>
            <div className="actions">
              <button type="button" className="btn" disabled={moderate.isPending} onClick={() => moderate.mutate({ id, action: modAction, ruleId: ruleId === '' ? null : Number(ruleId) }, { onSuccess: done('protocol.case.moderated') })}>
                {t('protocol.case.record')}
              </button>
            </div>
          </section>

          <section aria-labelledby="case-verb-h">
            <h3 id="case-verb-h">{t('protocol.case.verbatim')}</h3>
            <p className="hint">{t('protocol.case.verbatimHint')}</p>
            <div className="form-grid">
              <label htmlFor="verb-text">{t('protocol.field.verbatim')}</label>
              <textarea id="verb-text" maxLength={2000} value={vText} onChange={(e) => setVText(e.target.value)} />
              <label htmlFor="verb-tag">{t('protocol.field.tag')}</label>
              <input id="verb-tag" type="text" list="verb-tags" maxLength={50} value={vTag} onChange={(e) => setVTag(e.target.value)} />
              <datalist id="verb-tags">
                {c.tags.map((x) => (
                  <option key={x} value={x} />
                ))}
              </datalist>
              <label htmlFor="verb-area">{t('protocol.field.productArea')}</label>
              <input id="verb-area" type="text" maxLength={100} value={vArea} onChange={(e) => setVArea(e.target.value)} />
            </div>
            <div className="actions">
              <button type="button" className="btn" disabled={verbatim.isPending || !vText.trim() || !vTag.trim()} onClick={() => verbatim.mutate({ caseId: id, text: vText, tag: vTag, productArea: vArea, tz: userTimeZone() }, { onSuccess: done('protocol.case.verbatimSaved') })}>
                {t('protocol.case.saveVerbatim')}
              </button>
            </div>
          </section>

          {note && !error && <Notice kind="success">{note}</Notice>}
          {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
          <div className="actions dialog-foot">
            {confirmDelete ? (
              <button type="button" className="btn danger" disabled={remove.isPending} onClick={() => remove.mutate({ id }, { onSuccess: onClose })}>
                {t('protocol.case.confirmDelete')}
              </button>
            ) : (
              <button type="button" className="btn danger" onClick={() => setConfirmDelete(true)}>
                {t('protocol.case.delete')}
              </button>
            )}
            <button type="button" className="btn" onClick={onClose}>
              {t('protocol.common.close')}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
