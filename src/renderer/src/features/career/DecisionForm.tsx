import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../../../../shared/contract/career';
import { useApi } from '../../api/hooks';
import { DateField } from '../../components/fields/DateField';
import { skillName } from './labels';

export type DecisionDraft = Omit<DecisionView, 'id'>;

const TEXT_FIELDS = [
  { name: 'context', label: 'career.decisions.field.context', hint: 'career.decisions.help.context' },
  { name: 'measured', label: 'career.decisions.field.measured', hint: 'career.decisions.help.measured' },
  { name: 'options', label: 'career.decisions.field.options', hint: 'career.decisions.help.options' },
  { name: 'arbitration', label: 'career.decisions.field.arbitration', hint: 'career.decisions.help.arbitration' },
  { name: 'changed', label: 'career.decisions.field.changed', hint: 'career.decisions.help.changed' },
] as const;

function parseNumber(s: string): number | null {
  const v = s.trim().replace(/\s/g, '').replace(',', '.');
  if (v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : NaN;
}

/** Every field of a decision record. */
export function DecisionForm({ initial, idPrefix, pending, onSubmit, onCancel }: { initial: DecisionDraft; idPrefix: string; pending: boolean; onSubmit(d: DecisionDraft): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const skills = useApi('career.skill.list');
  const [chosen, setChosen] = useState<string[]>(initial.skills);
  const [badNumber, setBadNumber] = useState(false);
  const fmt = (n: number | null) => (n === null ? '' : new Intl.NumberFormat(i18n.language, { useGrouping: false, maximumFractionDigits: 6 }).format(n));
  const skillRef = (s: { key: string | null; name: string }) => s.key ?? s.name;

  return (
    <form
      className="decision-form"
      onSubmit={(e) => {
        e.preventDefault();
        const d = new FormData(e.currentTarget);
        const before = parseNumber(String(d.get('kpiBefore')));
        const after = parseNumber(String(d.get('kpiAfter')));
        if (Number.isNaN(before) || Number.isNaN(after)) {
          setBadNumber(true);
          return;
        }
        setBadNumber(false);
        onSubmit({
          date: String(d.get('date')),
          title: String(d.get('title')),
          context: String(d.get('context')),
          measured: String(d.get('measured')),
          options: String(d.get('options')),
          arbitration: String(d.get('arbitration')),
          changed: String(d.get('changed')),
          kpiName: String(d.get('kpiName')),
          kpiBefore: before,
          kpiAfter: after,
          skills: chosen,
          tags: String(d.get('tags'))
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
        });
      }}
    >
      <div className="form-grid">
        <label htmlFor={`${idPrefix}-title`}>{t('career.decisions.field.title')}</label>
        <input id={`${idPrefix}-title`} name="title" type="text" required defaultValue={initial.title} />
        <DateField id={`${idPrefix}-date`} name="date" label={t('career.decisions.field.date')} isRequired defaultValue={initial.date} />
        {TEXT_FIELDS.map((f) => (
          <FieldRow key={f.name} id={`${idPrefix}-${f.name}`} label={t(f.label)} hint={t(f.hint)}>
            <textarea id={`${idPrefix}-${f.name}`} name={f.name} defaultValue={initial[f.name]} aria-describedby={`${idPrefix}-${f.name}-hint`} />
          </FieldRow>
        ))}
        <label htmlFor={`${idPrefix}-kpi`}>{t('career.decisions.field.kpiName')}</label>
        <div className="inline">
          <input id={`${idPrefix}-kpi`} name="kpiName" type="text" className="grow" defaultValue={initial.kpiName} />
          <label htmlFor={`${idPrefix}-before`}>{t('career.decisions.field.kpiBefore')}</label>
          <input id={`${idPrefix}-before`} name="kpiBefore" type="text" inputMode="decimal" className="num" defaultValue={fmt(initial.kpiBefore)} aria-invalid={badNumber || undefined} />
          <label htmlFor={`${idPrefix}-after`}>{t('career.decisions.field.kpiAfter')}</label>
          <input id={`${idPrefix}-after`} name="kpiAfter" type="text" inputMode="decimal" className="num" defaultValue={fmt(initial.kpiAfter)} aria-invalid={badNumber || undefined} />
        </div>
        <span className="muted">{t('career.decisions.field.skills')}</span>
        <fieldset className="plain skills-pick">
          <legend className="sr-only">{t('career.decisions.field.skills')}</legend>
          {skills.data?.map((s) => {
            const ref = skillRef(s);
            return (
              <label key={s.id} className="check">
                <input type="checkbox" checked={chosen.includes(ref)} onChange={(e) => setChosen(e.target.checked ? [...chosen, ref] : chosen.filter((x) => x !== ref))} />
                {skillName(t, s)}
              </label>
            );
          })}
        </fieldset>
        <label htmlFor={`${idPrefix}-tags`}>{t('career.decisions.field.tags')}</label>
        <input id={`${idPrefix}-tags`} name="tags" type="text" defaultValue={initial.tags.join(', ')} placeholder={t('career.decisions.tagsPlaceholder')} />
      </div>
      {badNumber && (
        <p className="notice notice-error" role="alert">
          {t('career.decisions.badNumber')}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="btn primary" disabled={pending}>
          {t('career.common.save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('career.common.cancel')}
        </button>
      </div>
    </form>
  );
}

function FieldRow({ id, label, hint, children }: { id: string; label: string; hint: string; children: React.ReactNode }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div>
        {children}
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      </div>
    </>
  );
}
