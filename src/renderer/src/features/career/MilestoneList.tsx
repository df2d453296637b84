import { DateField } from '../../components/fields/DateField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import type { EvidenceLink, Milestone, PhaseIndex } from '../../../../shared/career/types';
import { useApiMutation, useApiWriter } from '../../api/hooks';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { EvidenceEditor, useEvidenceLabel } from './EvidenceEditor';
import { PHASE_LABEL, milestoneTitle, useCivilDate } from './labels';
import { useUndo } from '../../components/Undo';

type View = ChannelOutput<'career.plan.get'>;
const PHASES: PhaseIndex[] = [0, 1, 2];

export function MilestoneList({ view }: { view: View }) {
  const { t } = useTranslation();
  const create = useApiMutation('career.milestone.create');
  const [adding, setAdding] = useState<PhaseIndex | null>(null);

  return (
    <section className="card" aria-labelledby="milestones-h">
      <h2 id="milestones-h">{t('career.milestonesList.title')}</h2>
      {PHASES.map((p) => {
        const items = view.milestones.filter((m) => m.phase === p);
        const done = items.filter((m) => m.doneDate !== null).length;
        return (
          <section key={p} className="phase-group" aria-labelledby={`phase-${p}-h`}>
            <h3 id={`phase-${p}-h`}>
              {t('career.plan.year', { n: p + 1 })} · {t(PHASE_LABEL[p])} <span className="hint">{t('career.milestonesList.phaseCount', { count: done, total: items.length })}</span>
            </h3>
            <ul className="milestones">
              {items.map((m) => (
                <MilestoneRow key={m.id} m={m} today={view.today} />
              ))}
            </ul>
            {adding === p ? (
              <form
                className="inline add-row"
                onSubmit={(e) => {
                  e.preventDefault();
                  const d = new FormData(e.currentTarget);
                  create.mutate({ phase: p, title: String(d.get('title')), dueDate: String(d.get('due')) }, { onSuccess: () => setAdding(null) });
                }}
              >
                <label htmlFor={`new-ms-${p}`}>{t('career.milestonesList.newTitle')}</label>
                <input id={`new-ms-${p}`} name="title" type="text" required className="grow" />
                <DateField id={`new-ms-due-${p}`} className="inline-field" name="due" label={t('career.milestonesList.due')} isRequired defaultValue={view.phases[p]?.start} />
                <button type="submit" className="btn primary">
                  {t('career.common.add')}
                </button>
                <button type="button" className="btn" onClick={() => setAdding(null)}>
                  {t('career.common.cancel')}
                </button>
              </form>
            ) : (
              <button type="button" className="btn small" onClick={() => setAdding(p)}>
                {t('career.wizard.addMilestone', { phase: t(PHASE_LABEL[p]) })}
              </button>
            )}
          </section>
        );
      })}
      {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
    </section>
  );
}

function MilestoneRow({ m, today }: { m: Milestone; today: string }) {
  const { t } = useTranslation();
  const { civil } = useCivilDate();
  const update = useApiMutation('career.milestone.update');
  const remove = useApiMutation('career.milestone.delete');
  const offerUndo = useUndo();
  const write = useApiWriter();
  const label = useEvidenceLabel();
  const [open, setOpen] = useState(false);
  const [links, setLinks] = useState<EvidenceLink[]>(m.evidence.links);
  const title = milestoneTitle(t, m);
  const late = m.doneDate === null && m.dueDate < today;
  const panelId = `ms-panel-${m.id}`;

  return (
    <li className={m.doneDate ? 'milestone done' : 'milestone'}>
      <div className="milestone-row">
        <input
          type="checkbox"
          id={`ms-done-${m.id}`}
          checked={m.doneDate !== null}
          onChange={(e) => update.mutate({ id: m.id, doneDate: e.target.checked ? today : null })}
        />
        <label htmlFor={`ms-done-${m.id}`} className="milestone-title">
          {title}
        </label>
        <span className={late ? 'due late' : 'due'}>
          {m.doneDate ? t('career.milestonesList.doneOn', { date: civil(m.doneDate) }) : t('career.milestonesList.dueOn', { date: civil(m.dueDate) })}
          {late && <span className="sr-only"> · {t('career.milestonesList.late')}</span>}
        </span>
        {m.evidence.links.length > 0 && <span className="chip">{t('career.milestonesList.evidenceCount', { n: m.evidence.links.length })}</span>}
        <button type="button" className="btn small" aria-expanded={open} aria-controls={panelId} aria-label={t('career.milestonesList.detailsNamed', { name: title })} onClick={() => { setLinks(m.evidence.links); setOpen(!open); }}>
          {t('career.milestonesList.details')}
        </button>
      </div>
      {!open && m.evidence.links.length > 0 && (
        <p className="evidence-summary hint">{m.evidence.links.map((l) => label(l)).join(' · ')}</p>
      )}
      {open && (
        <form
          id={panelId}
          className="milestone-panel"
          onSubmit={(e) => {
            e.preventDefault();
            const d = new FormData(e.currentTarget);
            const newTitle = String(d.get('title')).trim();
            const done = String(d.get('done'));
            update.mutate(
              {
                id: m.id,
                ...(newTitle !== title ? { title: newTitle } : {}),
                phase: Number(d.get('phase')) as PhaseIndex,
                dueDate: String(d.get('due')),
                doneDate: done === '' ? null : done,
                note: String(d.get('note')),
                links,
              },
              { onSuccess: () => setOpen(false) },
            );
          }}
        >
          <div className="form-grid">
            <label htmlFor={`ms-title-${m.id}`}>{t('career.milestonesList.titleField')}</label>
            <input id={`ms-title-${m.id}`} name="title" type="text" required defaultValue={title} />
            <label htmlFor={`ms-phase-${m.id}`}>{t('career.milestonesList.phase')}</label>
            <select id={`ms-phase-${m.id}`} name="phase" defaultValue={m.phase}>
              {PHASES.map((p) => (
                <option key={p} value={p}>
                  {t(PHASE_LABEL[p])}
                </option>
              ))}
            </select>
            <DateField id={`ms-due-${m.id}`} name="due" label={t('career.milestonesList.due')} isRequired defaultValue={m.dueDate} />
            <DateField id={`ms-donedate-${m.id}`} name="done" label={t('career.milestonesList.doneDate')} defaultValue={m.doneDate} />
            <label htmlFor={`ms-note-${m.id}`}>{t('career.milestonesList.note')}</label>
            <textarea id={`ms-note-${m.id}`} name="note" defaultValue={m.evidence.note} />
          </div>
          <fieldset className="plain">
            <legend>{t('career.evidence.title')}</legend>
            <EvidenceEditor idPrefix={`ms-ev-${m.id}`} links={links} onChange={setLinks} />
          </fieldset>
          <div className="actions">
            <button type="submit" className="btn primary" disabled={update.isPending}>
              {t('career.common.save')}
            </button>
            <button
              type="button"
              className="btn danger"
              onClick={() => {
                remove.mutate({ id: m.id }, { onSuccess: (r) => offerUndo(t('career.undo.milestone', { name: title }), () => write('career.milestone.restore', { milestone: r.milestone })) });
              }}
            >
              {t('career.common.delete')}
            </button>
          </div>
        </form>
      )}
      {(update.isError || remove.isError) && <Notice kind="error">{errorMessage(t, update.error ?? remove.error)}</Notice>}
    </li>
  );
}
