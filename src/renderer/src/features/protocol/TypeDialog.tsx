import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWERERS, LEVELS, OWNER_ROLES, SLA_CLOCKS, type Answerer, type OwnerRole, type SlaClock } from '../../../../shared/protocol/constants';
import { ANSWERER_LABEL, CLOCK_LABEL, LEVEL_LABEL, OWNER_LABEL } from '../../../../shared/protocol/labels';
import { displayPreset } from '../../../../shared/protocol/presets';
import type { RequestType } from '../../../../shared/protocol/types';
import type { Translate } from '../../../../shared/reports/format';
import { useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';

type Unit = 'min' | 'h';
/** Minutes as an amount and a unit for the form: whole hours in hours, the rest in minutes. */
const split = (minutes: number): [string, Unit] => (minutes % 60 === 0 ? [String(minutes / 60), 'h'] : [String(minutes), 'min']);
const join = (amount: string, unit: Unit) => Math.round(Number(amount.replace(',', '.')) * (unit === 'h' ? 60 : 1));

/** Adds or edits a request type: level, who answers, owner, SLAs (minutes or hours, business hours or 24/7), move to private, bridge reply in both languages. */
export default function TypeDialog({ type, onClose }: { type: RequestType | null; onClose(): void }) {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  const create = useApiMutation('protocol.types.create');
  const update = useApiMutation('protocol.types.update');
  const [name, setName] = useState(type ? displayPreset(type.name, tr) : '');
  const [level, setLevel] = useState(type?.level ?? 1);
  const [answeredBy, setAnsweredBy] = useState<Answerer>(type?.answeredBy ?? 'social');
  const [ownerRole, setOwnerRole] = useState<OwnerRole>(type?.ownerRole ?? 'social');
  const [ownerName, setOwnerName] = useState(type?.ownerName ?? '');
  const [first, setFirst] = useState(split(type?.firstReplyMinutes ?? 60));
  const [resolution, setResolution] = useState(split(type?.resolutionMinutes ?? 480));
  const [clock, setClock] = useState<SlaClock>(type?.clock ?? 'business');
  const [goesPrivate, setGoesPrivate] = useState(type?.goesPrivate ?? false);
  const [bridgeEn, setBridgeEn] = useState(type?.bridge.en ?? '');
  const [bridgeFr, setBridgeFr] = useState(type?.bridge.fr ?? '');
  const error = create.error ?? update.error;

  const save = () => {
    const fields = {
      // a seeded name left as shown keeps its key, so it still follows the language
      name: type && name === displayPreset(type.name, tr) ? type.name : name,
      level,
      answeredBy,
      ownerRole,
      ownerName,
      firstReplyMinutes: join(...first),
      resolutionMinutes: join(...resolution),
      clock,
      goesPrivate,
      bridge: { en: bridgeEn, fr: bridgeFr },
    };
    if (type) update.mutate({ id: type.id, ...fields }, { onSuccess: onClose });
    else create.mutate(fields, { onSuccess: onClose });
  };

  const duration = (id: string, label: string, value: [string, Unit], set: (v: [string, Unit]) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <div className="inline">
        <input id={id} type="number" min={1} step="any" required value={value[0]} onChange={(e) => set([e.target.value, value[1]])} className="short" />
        <select aria-label={t('protocol.setup.unitOf', { field: label })} value={value[1]} onChange={(e) => set([value[0], e.target.value as Unit])}>
          <option value="min">{t('protocol.setup.minutes')}</option>
          <option value="h">{t('protocol.setup.hours')}</option>
        </select>
      </div>
    </>
  );

  return (
    <Dialog className="dialog type-dialog" labelledBy="type-h" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h2 id="type-h">{type ? t('protocol.setup.editType') : t('protocol.setup.addType')}</h2>
        <div className="form-grid">
          <label htmlFor="type-name">{t('protocol.doc.col.type')}</label>
          <input id="type-name" type="text" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          <label htmlFor="type-level">{t('protocol.doc.col.level')}</label>
          <select id="type-level" value={level} onChange={(e) => setLevel(Number(e.target.value))}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(LEVEL_LABEL[l])}
              </option>
            ))}
          </select>
          <label htmlFor="type-answers">{t('protocol.doc.col.answers')}</label>
          <select id="type-answers" value={answeredBy} onChange={(e) => setAnsweredBy(e.target.value as Answerer)}>
            {ANSWERERS.map((a) => (
              <option key={a} value={a}>
                {t(ANSWERER_LABEL[a])}
              </option>
            ))}
          </select>
          <label htmlFor="type-owner">{t('protocol.doc.col.owner')}</label>
          <select id="type-owner" value={ownerRole} onChange={(e) => setOwnerRole(e.target.value as OwnerRole)}>
            {OWNER_ROLES.map((o) => (
              <option key={o} value={o}>
                {t(OWNER_LABEL[o])}
              </option>
            ))}
          </select>
          <label htmlFor="type-owner-name">{t('protocol.setup.ownerName')}</label>
          <input id="type-owner-name" type="text" maxLength={200} value={ownerName} onChange={(e) => setOwnerName(e.target.value)} />
          {duration('type-first', t('protocol.doc.col.firstReply'), first, setFirst)}
          {duration('type-resolution', t('protocol.doc.col.resolution'), resolution, setResolution)}
          <label htmlFor="type-clock">{t('protocol.setup.clock')}</label>
          <select id="type-clock" value={clock} onChange={(e) => setClock(e.target.value as SlaClock)}>
            {SLA_CLOCKS.map((c) => (
              <option key={c} value={c}>
                {t(CLOCK_LABEL[c])}
              </option>
            ))}
          </select>
          <span />
          <label className="inline">
            <input type="checkbox" checked={goesPrivate} onChange={(e) => setGoesPrivate(e.target.checked)} /> {t('protocol.setup.goesPrivate')}
          </label>
          <label htmlFor="type-bridge-en">{t('protocol.setup.bridgeEn')}</label>
          <textarea id="type-bridge-en" maxLength={1000} value={bridgeEn} onChange={(e) => setBridgeEn(e.target.value)} lang="en" />
          <label htmlFor="type-bridge-fr">{t('protocol.setup.bridgeFr')}</label>
          <textarea id="type-bridge-fr" maxLength={1000} value={bridgeFr} onChange={(e) => setBridgeFr(e.target.value)} lang="fr" />
        </div>
        {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
        <div className="actions">
          <button type="submit" className="btn primary" disabled={create.isPending || update.isPending}>
            {t('protocol.common.save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('protocol.common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
