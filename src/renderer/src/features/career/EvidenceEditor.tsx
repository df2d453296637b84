import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink } from '../../../../shared/career/types';
import { useApi } from '../../api/hooks';
import { EVIDENCE_KIND_LABEL, certTitle, useCivilDate } from './labels';

/** Evidence links (decisions, certifications, audits): the list with remove buttons and a picker to add one. */
export function EvidenceEditor({ idPrefix, links, onChange }: { idPrefix: string; links: EvidenceLink[]; onChange(links: EvidenceLink[]): void }) {
  const { t } = useTranslation();
  const options = useApi('career.evidence.options');
  const [choice, setChoice] = useState('');
  const label = useEvidenceLabel();
  const taken = new Set(links.map((l) => `${l.kind}:${l.id}`));
  const o = options.data;
  const available = {
    decisions: o?.decisions.filter((d) => !taken.has(`decision:${d.id}`)) ?? [],
    certifications: o?.certifications.filter((c) => !taken.has(`certification:${c.id}`)) ?? [],
    audits: o?.audits.filter((a) => !taken.has(`audit:${a.id}`)) ?? [],
  };
  const none = available.decisions.length + available.certifications.length + available.audits.length === 0;

  return (
    <div className="evidence-editor">
      {links.length === 0 ? (
        <p className="muted">{t('career.evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {links.map((l) => (
            <li key={`${l.kind}:${l.id}`}>
              <span className={`chip chip-${l.kind}`}>{t(EVIDENCE_KIND_LABEL[l.kind])}</span>
              <span>{label(l)}</span>
              <button
                type="button"
                className="btn small"
                aria-label={t('career.evidence.removeNamed', { name: label(l) })}
                onClick={() => onChange(links.filter((x) => !(x.kind === l.kind && x.id === l.id)))}
              >
                {t('career.evidence.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline">
        <label htmlFor={`${idPrefix}-add`}>{t('career.evidence.add')}</label>
        <select id={`${idPrefix}-add`} value={choice} onChange={(e) => setChoice(e.target.value)} disabled={none}>
          <option value="">{none ? t('career.evidence.nothingToLink') : t('career.evidence.choose')}</option>
          {available.decisions.length > 0 && (
            <optgroup label={t('career.evidence.kind.decision')}>
              {available.decisions.map((d) => (
                <option key={d.id} value={`decision:${d.id}`}>
                  {d.title}
                </option>
              ))}
            </optgroup>
          )}
          {available.certifications.length > 0 && (
            <optgroup label={t('career.evidence.kind.certification')}>
              {available.certifications.map((c) => (
                <option key={c.id} value={`certification:${c.id}`}>
                  {certTitle(t, c)}
                </option>
              ))}
            </optgroup>
          )}
          {available.audits.length > 0 && (
            <optgroup label={t('career.evidence.kind.audit')}>
              {available.audits.map((a) => (
                <option key={a.id} value={`audit:${a.id}`}>
                  {a.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        <button
          type="button"
          className="btn"
          disabled={!choice}
          onClick={() => {
            const [kind, id] = choice.split(':');
            onChange([...links, { kind: kind as EvidenceLink['kind'], id: Number(id) }]);
            setChoice('');
          }}
        >
          {t('career.evidence.link')}
        </button>
      </div>
    </div>
  );
}

/** The words for one evidence link. */
export function useEvidenceLabel() {
  const { t } = useTranslation();
  const options = useApi('career.evidence.options');
  const { civil } = useCivilDate();
  return (l: EvidenceLink): string => {
    const o = options.data;
    if (l.kind === 'decision') {
      const d = o?.decisions.find((x) => x.id === l.id);
      return d ? `${d.title} (${civil(d.date)})` : t('career.evidence.missing');
    }
    if (l.kind === 'certification') {
      const c = o?.certifications.find((x) => x.id === l.id);
      return c ? certTitle(t, c) : t('career.evidence.missing');
    }
    return o?.audits.find((x) => x.id === l.id)?.name ?? t('career.evidence.missing');
  };
}
