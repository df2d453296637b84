import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../shared/contract';
import { compileOrderPattern, orderPatternProblem, removePersonalData, showRedactions, type PatternProblem } from '../../../../shared/protocol/personalData';
import type { Translate } from '../../../../shared/reports/format';
import type { LocalDay } from '../../../../shared/time';
import { useApi, useApiMutation } from '../../api/hooks';
import { DateField } from '../../components/fields/DateField';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { useFormatters } from '../../lib/locale';

const PATTERN_PROBLEM: Record<PatternProblem, string> = {
  syntax: 'protocol.pattern.syntax',
  matchesEmpty: 'protocol.pattern.matchesEmpty',
  tooLong: 'protocol.pattern.tooLong',
  tooComplex: 'protocol.pattern.tooComplex',
};

/**
 * The protocol's settings: brand, version and date, the order-number pattern (checked as typed,
 * tried on a sample), days off, the audit category, the suggestion threshold. The form appears
 * once the stored settings are read and is seeded from them once, so a read that lands while the
 * user types (the first one, or a refresh after another write) never overwrites what was typed.
 */
export function ProtocolSettings() {
  const { t } = useTranslation();
  const config = useApi('protocol.config.get');
  return (
    <section className="card" aria-labelledby="psettings-h">
      <h2 id="psettings-h">{t('protocol.setup.settings')}</h2>
      {config.error ? <Notice kind="error">{errorMessage(t, config.error)}</Notice> : !config.data ? <p className="loading" role="status">{t('common.loading')}</p> : <SettingsForm stored={config.data} />}
    </section>
  );
}

function SettingsForm({ stored }: { stored: ChannelOutput<'protocol.config.get'> }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const categories = useApi('audit.categories.list');
  const save = useApiMutation('protocol.config.update');
  const [brand, setBrand] = useState(stored.brand);
  const [version, setVersion] = useState(stored.version);
  const [versionDate, setVersionDate] = useState<LocalDay | null>(stored.versionDate);
  const [pattern, setPattern] = useState(stored.orderPattern);
  const [sample, setSample] = useState('');
  const [daysOff, setDaysOff] = useState<string[]>(stored.daysOff);
  const [newDay, setNewDay] = useState<LocalDay | null>(null);
  const [categoryId, setCategoryId] = useState(stored.reactiveCategoryId === null ? '' : String(stored.reactiveCategoryId));
  const [threshold, setThreshold] = useState(String(stored.raiseThreshold));
  const [saved, setSaved] = useState(false);
  const problem = orderPatternProblem(pattern);
  const cleaned = problem ? null : removePersonalData(sample, { orderPattern: compileOrderPattern(pattern) }).text;
  const reactive = (categories.data ?? []).filter((x) => x.mode === 'reactive' && (!x.archived || String(x.id) === categoryId));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate(
          { brand, version, ...(versionDate ? { versionDate } : {}), orderPattern: pattern, daysOff, reactiveCategoryId: categoryId === '' ? null : Number(categoryId), raiseThreshold: Number(threshold) },
          { onSuccess: () => setSaved(true) },
        );
      }}
    >
      <div className="form-grid">
        <label htmlFor="ps-brand">{t('protocol.setup.brand')}</label>
        <input id="ps-brand" type="text" maxLength={100} value={brand} onChange={(e) => setBrand(e.target.value)} />
        <label htmlFor="ps-version">{t('protocol.setup.version')}</label>
        <input id="ps-version" type="text" className="short" required maxLength={20} value={version} onChange={(e) => setVersion(e.target.value)} />
        <DateField label={t('protocol.setup.versionDate')} value={versionDate} onChange={setVersionDate} isRequired />
        <label htmlFor="ps-pattern">{t('protocol.setup.pattern')}</label>
        <div>
          <input id="ps-pattern" type="text" className="wide mono" maxLength={200} value={pattern} onChange={(e) => setPattern(e.target.value)} aria-invalid={problem ? true : undefined} aria-describedby="ps-pattern-hint" spellCheck={false} />
          <p id="ps-pattern-hint" className={problem ? 'hint error' : 'hint'}>
            {problem ? t(PATTERN_PROBLEM[problem]) : t('protocol.setup.patternHint')}
          </p>
        </div>
        <label htmlFor="ps-sample">{t('protocol.setup.sample')}</label>
        <div>
          <input id="ps-sample" type="text" className="wide" maxLength={500} value={sample} onChange={(e) => setSample(e.target.value)} aria-describedby="ps-sample-out" />
          <p id="ps-sample-out" className="hint">
            {sample && cleaned !== null ? t('protocol.setup.sampleResult', { text: showRedactions(cleaned, t as unknown as Translate) }) : t('protocol.setup.sampleHint')}
          </p>
        </div>
        <span id="ps-days-label">{t('protocol.setup.daysOff')}</span>
        <div>
          <ul className="days-off" aria-labelledby="ps-days-label">
            {daysOff.length === 0 && <li className="muted">{t('protocol.setup.noDaysOff')}</li>}
            {daysOff.map((d) => (
              <li key={d}>
                {f.date(Date.parse(`${d}T12:00:00Z`), { dateStyle: 'full', timeZone: 'UTC' })}{' '}
                <button type="button" className="btn small" aria-label={t('protocol.setup.removeDay', { day: f.date(Date.parse(`${d}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })} onClick={() => setDaysOff((x) => x.filter((y) => y !== d))}>
                  {t('protocol.common.remove')}
                </button>
              </li>
            ))}
          </ul>
          <div className="inline add-day">
            <DateField label={t('protocol.setup.addDay')} value={newDay} onChange={setNewDay} />
            <button type="button" className="btn small" disabled={!newDay || daysOff.includes(newDay)} onClick={() => newDay && setDaysOff((x) => [...x, newDay].sort())}>
              {t('protocol.setup.addDayButton')}
            </button>
          </div>
          <p className="hint">{t('protocol.setup.daysOffHint')}</p>
        </div>
        <label htmlFor="ps-category">{t('protocol.setup.category')}</label>
        <div>
          <select id="ps-category" value={categoryId} onChange={(e) => setCategoryId(e.target.value)} aria-describedby="ps-category-hint">
            <option value="">{t('protocol.setup.noCategory')}</option>
            {reactive.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
          <p id="ps-category-hint" className="hint">
            {t('protocol.setup.categoryHint')}
          </p>
        </div>
        <label htmlFor="ps-threshold">{t('protocol.setup.threshold')}</label>
        <div>
          <input id="ps-threshold" type="number" className="short" min={2} max={20} step={1} required value={threshold} onChange={(e) => setThreshold(e.target.value)} aria-describedby="ps-threshold-hint" />
          <p id="ps-threshold-hint" className="hint">
            {t('protocol.setup.thresholdHint')}
          </p>
        </div>
      </div>
      {save.error && <Notice kind="error">{errorMessage(t, save.error)}</Notice>}
      {saved && !save.error && <Notice kind="success">{t('protocol.setup.savedSettings')}</Notice>}
      <div className="actions">
        <button type="submit" className="btn primary" disabled={save.isPending}>
          {t('protocol.setup.saveSettings')}
        </button>
      </div>
    </form>
  );
}
