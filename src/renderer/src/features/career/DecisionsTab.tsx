import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApi, useApiMutation, useApiWriter } from '../../api/hooks';
import { EmptyState } from '../../components/EmptyState';
import { Notice } from '../../components/Notice';
import { downloadText } from '../../lib/download';
import { errorMessage } from '../../lib/errors';
import { userTimeZone } from '../../lib/locale';
import { localDayAt } from '../../../../shared/time';
import { DecisionForm, type DecisionDraft } from './DecisionForm';
import { skillName, skillRefName, useCivilDate } from './labels';
import { useUndo } from '../../components/Undo';

export function DecisionsTab() {
  const { t, i18n } = useTranslation();
  const { civil, f } = useCivilDate();
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [skill, setSkill] = useState('');
  const filter = { ...(query.trim() ? { query } : {}), ...(tag ? { tag } : {}), ...(skill ? { skill } : {}) };
  const list = useApi('career.decision.list', filter);
  const all = useApi('career.decision.list', {});
  const skills = useApi('career.skill.list');
  const create = useApiMutation('career.decision.create');
  const update = useApiMutation('career.decision.update');
  const remove = useApiMutation('career.decision.delete');
  const offerUndo = useUndo();
  const write = useApiWriter();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [exportError, setExportError] = useState<unknown>(null);
  const tags = [...new Set(all.data?.flatMap((d) => d.tags) ?? [])].sort((a, b) => a.localeCompare(b, i18n.language));
  const blank: DecisionDraft = {
    date: localDayAt(Date.now(), userTimeZone()),
    title: '',
    context: '',
    measured: '',
    options: '',
    arbitration: '',
    changed: '',
    kpiName: '',
    kpiBefore: null,
    kpiAfter: null,
    skills: [],
    tags: [],
  };
  const error = create.error ?? update.error ?? remove.error;

  return (
    <div className="stack wide">
      <section className="card" aria-labelledby="dec-h">
        <div className="card-head">
          <h2 id="dec-h">{t('career.decisions.title')}</h2>
          <div className="inline">
            <button
              type="button"
              className="btn"
              onClick={async () => {
                try {
                  setExportError(null);
                  const r = await call('career.decision.exportMarkdown', { ...filter, language: i18n.language === 'fr' ? 'fr' : 'en', locale: f.locale });
                  downloadText(`${t('career.decisions.fileName')}.md`, r.markdown, 'text/markdown;charset=utf-8');
                } catch (err) {
                  setExportError(err);
                }
              }}
            >
              {t('career.decisions.export')}
            </button>
            <button type="button" className="btn primary" onClick={() => setEditing('new')} disabled={editing === 'new'}>
              {t('career.decisions.new')}
            </button>
          </div>
        </div>
        <p className="hint">{t('career.decisions.hint')}</p>
        <div className="filters" role="search" aria-label={t('career.decisions.searchLabel')}>
          <label htmlFor="dec-q">{t('career.decisions.search')}</label>
          <input id="dec-q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          <label htmlFor="dec-tag">{t('career.decisions.tag')}</label>
          <select id="dec-tag" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('career.decisions.allTags')}</option>
            {tags.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
          <label htmlFor="dec-skill">{t('career.decisions.skill')}</label>
          <select id="dec-skill" value={skill} onChange={(e) => setSkill(e.target.value)}>
            <option value="">{t('career.decisions.allSkills')}</option>
            {skills.data?.map((s) => (
              <option key={s.id} value={s.key ?? s.name}>
                {skillName(t, s)}
              </option>
            ))}
          </select>
        </div>
        {exportError ? <Notice kind="error">{errorMessage(t, exportError)}</Notice> : null}
        {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
      </section>

      {editing === 'new' && (
        <section className="card" aria-labelledby="dec-new-h">
          <h2 id="dec-new-h">{t('career.decisions.new')}</h2>
          <DecisionForm idPrefix="dec-new" initial={blank} pending={create.isPending} onCancel={() => setEditing(null)} onSubmit={(d) => create.mutate(d, { onSuccess: () => setEditing(null) })} />
        </section>
      )}

      {all.data?.length === 0 && editing !== 'new' && <EmptyState title={t('career.decisions.emptyTitle')} body={t('career.decisions.emptyBody')} />}
      {all.data && all.data.length > 0 && list.data?.length === 0 && <p className="muted">{t('career.decisions.noMatch')}</p>}
      {list.data && list.data.length > 0 && (
        <p className="muted" role="status">
          {t('career.decisions.count', { n: list.data.length })}
        </p>
      )}
      {list.data?.map((d) =>
        editing === d.id ? (
          <section key={d.id} className="card" aria-labelledby={`dec-${d.id}-edit-h`}>
            <h2 id={`dec-${d.id}-edit-h`}>{t('career.decisions.editNamed', { name: d.title })}</h2>
            <DecisionForm idPrefix={`dec-${d.id}`} initial={d} pending={update.isPending} onCancel={() => setEditing(null)} onSubmit={(v) => update.mutate({ id: d.id, ...v }, { onSuccess: () => setEditing(null) })} />
          </section>
        ) : (
          <article key={d.id} className="card decision" aria-labelledby={`dec-${d.id}-h`}>
            <div className="card-head">
              <div>
                <h2 id={`dec-${d.id}-h`}>{d.title}</h2>
                <p className="hint">{civil(d.date, 'long')}</p>
              </div>
              <div className="inline">
                <button type="button" className="btn small" aria-label={t('career.decisions.editNamed', { name: d.title })} onClick={() => setEditing(d.id)}>
                  {t('career.common.edit')}
                </button>
                <button
                  type="button"
                  className="btn small danger"
                  aria-label={t('career.decisions.deleteNamed', { name: d.title })}
                  onClick={() => {
                    remove.mutate(
                      { id: d.id },
                      { onSuccess: (r) => offerUndo(t('career.undo.decision', { name: d.title }), () => write('career.decision.restore', { decision: r.decision, milestoneIds: r.milestoneIds, skillIds: r.skillIds })) },
                    );
                  }}
                >
                  {t('career.common.delete')}
                </button>
              </div>
            </div>
            <dl className="decision-fields">
              {d.context && <Field label={t('career.decisions.field.context')} text={d.context} />}
              {d.measured && <Field label={t('career.decisions.field.measured')} text={d.measured} />}
              {d.options && <Field label={t('career.decisions.field.options')} text={d.options} />}
              {d.arbitration && <Field label={t('career.decisions.field.arbitration')} text={d.arbitration} />}
              {d.changed && <Field label={t('career.decisions.field.changed')} text={d.changed} />}
              {(d.kpiName || d.kpiBefore !== null || d.kpiAfter !== null) && (
                <Field
                  label={t('career.decisions.outcome')}
                  text={t('career.decisions.kpiLine', {
                    kpi: d.kpiName || 'KPI',
                    before: d.kpiBefore === null ? '—' : f.number(d.kpiBefore, 2),
                    after: d.kpiAfter === null ? '—' : f.number(d.kpiAfter, 2),
                  })}
                />
              )}
            </dl>
            {(d.skills.length > 0 || d.tags.length > 0) && (
              <p className="chips">
                {d.skills.map((s) => (
                  <span key={`s-${s}`} className="chip chip-skill">
                    {skillRefName(t, s)}
                  </span>
                ))}
                {d.tags.map((x) => (
                  <span key={`t-${x}`} className="chip">
                    #{x}
                  </span>
                ))}
              </p>
            )}
          </article>
        ),
      )}
    </div>
  );
}

function Field({ label, text }: { label: string; text: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{text}</dd>
    </>
  );
}
