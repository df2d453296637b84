import { DateField } from '../../components/fields/DateField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink, SkillKind, SkillLevel } from '../../../../shared/career/types';
import type { SkillView } from '../../../../shared/contract/career';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { userTimeZone } from '../../lib/locale';
import { localDayAt } from '../../../../shared/time';
import { EvidenceEditor, useEvidenceLabel } from './EvidenceEditor';
import { LEVEL_LABEL, SKILL_KIND_LABEL, skillName, useCivilDate } from './labels';

const KINDS: SkillKind[] = ['hard', 'managerial'];
const LEVELS: SkillLevel[] = [1, 2, 3, 4, 5];

function latest(s: SkillView) {
  return s.assessments.reduce<SkillView['assessments'][number] | null>((a, b) => (a === null || b.date >= a.date ? b : a), null);
}

export function SkillsTab() {
  const { t } = useTranslation();
  const skills = useApi('career.skill.list');
  const create = useApiMutation('career.skill.create');
  const label = useEvidenceLabel();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) => setOpen((o) => (o.has(id) ? new Set([...o].filter((x) => x !== id)) : new Set([...o, id])));

  return (
    <div className="stack wide">
      <p className="hint">{t('career.skillsTab.hint')}</p>
      {skills.isError && <Notice kind="error">{errorMessage(t, skills.error)}</Notice>}
      {KINDS.map((kind) => (
        <section key={kind} className="card" aria-labelledby={`skills-${kind}-h`}>
          <h2 id={`skills-${kind}-h`}>{t(SKILL_KIND_LABEL[kind])}</h2>
          <DataTable
            className="skills-table"
            labelledBy={`skills-${kind}-h`}
            rows={skills.data?.filter((s) => s.kind === kind) ?? []}
            rowKey={(s) => s.id}
            columns={[
              { key: 'skill', header: t('career.skillsTab.skill'), rowHeader: true, cell: (s) => skillName(t, s) },
              { key: 'now', header: t('career.skillsTab.now'), cell: (s) => <LevelCell s={s} /> },
              { key: 'target', header: t('career.skillsTab.target'), cell: (s) => <TargetCell s={s} /> },
              { key: 'evidence', header: t('career.skillsTab.evidence'), className: 'evidence-cell', cell: (s) => (s.evidence.length === 0 ? <span className="muted">—</span> : s.evidence.map((l) => label(l)).join(' · ')) },
            ]}
            actions={(s) => (
              <button type="button" className="btn small" aria-expanded={open.has(s.id)} aria-controls={`skill-${s.id}-panel`} aria-label={t('career.skillsTab.openNamed', { name: skillName(t, s) })} onClick={() => toggle(s.id)}>
                {t('career.skillsTab.open')}
              </button>
            )}
            detail={(s) => (open.has(s.id) ? <SkillPanel s={s} /> : null)}
          />
        </section>
      ))}
      <section className="card" aria-labelledby="skill-add-h">
        <h2 id="skill-add-h">{t('career.skillsTab.addTitle')}</h2>
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const d = new FormData(form);
            create.mutate({ name: String(d.get('name')), kind: d.get('kind') as SkillKind, target: Number(d.get('target')) as SkillLevel }, { onSuccess: () => form.reset() });
          }}
        >
          <label htmlFor="skill-new-name">{t('career.skillsTab.name')}</label>
          <input id="skill-new-name" name="name" type="text" required />
          <label htmlFor="skill-new-kind">{t('career.skillsTab.kindLabel')}</label>
          <select id="skill-new-kind" name="kind" defaultValue="hard">
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(SKILL_KIND_LABEL[k])}
              </option>
            ))}
          </select>
          <label htmlFor="skill-new-target">{t('career.skillsTab.target')}</label>
          <select id="skill-new-target" name="target" defaultValue={4}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {l} · {t(LEVEL_LABEL[l])}
              </option>
            ))}
          </select>
          <button type="submit" className="btn primary">
            {t('career.common.add')}
          </button>
        </form>
        {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
      </section>
    </div>
  );
}

function Dots({ level, target }: { level: number | null; target: number }) {
  return (
    <span className="dots" aria-hidden="true">
      {LEVELS.map((l) => (
        <span key={l} className={`dot${level !== null && l <= level ? ' on' : ''}${l === target ? ' target' : ''}`} />
      ))}
    </span>
  );
}

function LevelCell({ s }: { s: SkillView }) {
  const { t } = useTranslation();
  const { civil } = useCivilDate();
  const last = latest(s);
  return (
    <span className="level-cell">
      <Dots level={last?.level ?? null} target={s.target} />
      <span>{last ? t('career.skillsTab.levelOn', { level: last.level, date: civil(last.date) }) : t('career.skillsTab.notAssessed')}</span>
    </span>
  );
}

function TargetCell({ s }: { s: SkillView }) {
  const { t } = useTranslation();
  const update = useApiMutation('career.skill.update');
  return (
    <>
      <select aria-label={t('career.skillsTab.targetOf', { name: skillName(t, s) })} value={s.target} onChange={(e) => update.mutate({ id: s.id, target: Number(e.target.value) as SkillLevel })}>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </select>
      {update.error && <Notice kind="error">{errorMessage(t, update.error)}</Notice>}
    </>
  );
}

/** The opened row: assess the skill, its assessments, its evidence, delete it. */
function SkillPanel({ s }: { s: SkillView }) {
  const { t } = useTranslation();
  const { civil } = useCivilDate();
  const assess = useApiMutation('career.skill.assess');
  const unassess = useApiMutation('career.skill.unassess');
  const update = useApiMutation('career.skill.update');
  const remove = useApiMutation('career.skill.delete');
  const [links, setLinks] = useState<EvidenceLink[]>(s.evidence);
  const name = skillName(t, s);
  const last = latest(s);
  const id = `skill-${s.id}`;
  const error = assess.error ?? unassess.error ?? update.error ?? remove.error;

  return (
    <div id={`${id}-panel`} className="skill-panel">
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const d = new FormData(e.currentTarget);
          assess.mutate({ skillId: s.id, date: String(d.get('date')), level: Number(d.get('level')) as SkillLevel });
        }}
      >
        <strong>{t('career.skillsTab.assessTitle')}</strong>
        <label htmlFor={`${id}-level`}>{t('career.skillsTab.level')}</label>
        <select id={`${id}-level`} name="level" defaultValue={last?.level ?? 2}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l} · {t(LEVEL_LABEL[l])}
            </option>
          ))}
        </select>
        <DateField id={`${id}-date`} className="inline-field" name="date" label={t('career.skillsTab.date')} isRequired defaultValue={localDayAt(Date.now(), userTimeZone())} />
        <button type="submit" className="btn primary">
          {t('career.skillsTab.assess')}
        </button>
      </form>
      {s.assessments.length > 0 && (
        <ul className="history">
          {[...s.assessments].reverse().map((a) => (
            <li key={a.id}>
              {t('career.skillsTab.levelOn', { level: a.level, date: civil(a.date) })}
              <button type="button" className="btn small" aria-label={t('career.skillsTab.removeAssessment', { date: civil(a.date) })} onClick={() => unassess.mutate({ id: a.id })}>
                {t('career.evidence.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="plain">
        <legend>{t('career.evidence.title')}</legend>
        <EvidenceEditor idPrefix={`${id}-ev`} links={links} onChange={setLinks} />
        <div className="actions">
          <button type="button" className="btn primary" onClick={() => update.mutate({ id: s.id, links })}>
            {t('career.evidence.save')}
          </button>
          {s.key === null && (
            <button
              type="button"
              className="btn danger"
              onClick={() => {
                if (window.confirm(t('career.skillsTab.deleteConfirm', { name }))) remove.mutate({ id: s.id });
              }}
            >
              {t('career.common.delete')}
            </button>
          )}
        </div>
      </fieldset>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
    </div>
  );
}
