import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_COLUMN_ROLES } from '../../../../shared/protocol/caseColumns';
import type { CaseMapping } from '../../../../shared/protocol/types';
import type { Translate } from '../../../../shared/reports/format';
import { useApi, useApiMutation } from '../../api/hooks';
import { ColumnMapper } from '../../components/ColumnMapper';
import { Dialog } from '../../components/Dialog';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { userTimeZone } from '../../lib/locale';
import { CASE_ROLE_KEYS } from './importErrors';
import { ImportErrorList } from './ImportErrorList';
import { fileToBase64 } from '../../lib/files';
import { typeLabel } from './protocolUi';

/**
 * Imports cases from a social inbox's CSV export: the file is checked with the mapping saved for
 * its header at an earlier import (or guessed from it), the user adjusts which column holds what
 * in the time import's column-mapping step (components/ColumnMapper.tsx) and which request type
 * each value of a type column means, checks again, and imports every row or none; the mapping is
 * remembered for the next file with the same header.
 */
export default function ImportCasesDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const tr = t as unknown as Translate;
  const types = useApi('protocol.types.list');
  const preview = useApiMutation('protocol.import.preview');
  const commit = useApiMutation('protocol.import.commit');
  const [file, setFile] = useState<{ base64: string; fileName: string } | null>(null);
  const [mapping, setMapping] = useState<CaseMapping | null>(null);
  const [asInterruptions, setAsInterruptions] = useState(true);
  const p = preview.data;
  const active = (types.data ?? []).filter((x) => !x.archived);
  // The commit imports what was checked: a mapping changed since needs "Check again" first.
  const checked = p !== undefined && mapping !== null && JSON.stringify(p.mapping) === JSON.stringify(mapping);

  const check = (m: CaseMapping | null, f = file) => {
    if (!f) return;
    preview.mutate({ ...f, tz: userTimeZone(), ...(m ? { mapping: m } : {}) }, { onSuccess: (r) => setMapping(r.mapping) });
  };

  return (
    <Dialog className="dialog import-dialog" labelledBy="import-cases-h" onClose={onClose}>
      <h2 id="import-cases-h">{t('protocol.import.title')}</h2>
      <p className="hint">{t('protocol.import.hint', { tz: userTimeZone() })}</p>
      <label htmlFor="import-cases-file">{t('protocol.import.choose')}</label>{' '}
      <input
        id="import-cases-file"
        type="file"
        accept=".csv,text/csv"
        onChange={async (e) => {
          const chosen = e.target.files?.[0];
          commit.reset();
          preview.reset();
          setMapping(null);
          if (!chosen) return;
          const f = { base64: await fileToBase64(chosen), fileName: chosen.name };
          setFile(f);
          check(null, f);
        }}
      />
      {preview.error && <Notice kind="error">{errorMessage(t, preview.error)}</Notice>}
      {mapping && p && p.columns.length > 0 && (
        <fieldset className="import-mapping">
          <legend>{t('protocol.import.mapping')}</legend>
          {p.savedMapping && <p className="hint">{t('protocol.import.savedMapping')}</p>}
          <ColumnMapper
            names={p.columns}
            samples={p.sample}
            roles={CASE_COLUMN_ROLES.map((role) => ({ role, label: t(CASE_ROLE_KEYS[role]) }))}
            value={mapping.columns}
            onChange={(columns) => setMapping({ ...mapping, columns })}
            noneLabel={t('protocol.import.none')}
            samplesCaption={t('protocol.import.sample')}
          />
          <div className="form-grid">
            <label htmlFor="map-default-type">{t('protocol.import.defaultType')}</label>
            <select id="map-default-type" value={mapping.defaultTypeId} onChange={(e) => setMapping({ ...mapping, defaultTypeId: Number(e.target.value) })}>
              {active.map((x) => (
                <option key={x.id} value={x.id}>
                  {typeLabel(x, tr)}
                </option>
              ))}
            </select>
            <label htmlFor="map-default-channel">{t('protocol.import.defaultChannel')}</label>
            <input id="map-default-channel" type="text" maxLength={100} value={mapping.defaultChannel} onChange={(e) => setMapping({ ...mapping, defaultChannel: e.target.value })} />
            {p.typeValues.map((v, i) => (
              <TypeValueSelect key={v} id={`map-type-${i}`} label={t('protocol.import.typeValue', { value: v })} value={mapping.typeMap[v] ?? mapping.defaultTypeId} types={active} tr={tr} onChange={(id) => setMapping({ ...mapping, typeMap: { ...mapping.typeMap, [v]: id } })} />
            ))}
          </div>
          <div className="actions">
            <button type="button" className={checked ? 'btn' : 'btn primary'} disabled={preview.isPending} onClick={() => check(mapping)}>
              {t('protocol.import.check')}
            </button>
          </div>
        </fieldset>
      )}
      {p && (
        <div className="import-preview" role="status">
          {p.errors.length > 0 ? (
            <ImportErrorList errors={p.errors} />
          ) : (
            <p>{t('protocol.import.summary', { rows: p.rows, fresh: p.newCount, known: p.alreadyImported })}</p>
          )}
        </div>
      )}
      {mapping && p && checked && p.errors.length === 0 && p.newCount > 0 && !commit.isSuccess && (
        <>
          <label className="inline">
            <input type="checkbox" checked={asInterruptions} onChange={(e) => setAsInterruptions(e.target.checked)} /> {t('protocol.import.asInterruptions')}
          </label>
          <div className="actions">
            <button type="button" className="btn primary" disabled={commit.isPending} onClick={() => file && commit.mutate({ ...file, mapping, tz: userTimeZone(), asInterruptions })}>
              {t('protocol.import.commit', { count: p.newCount })}
            </button>
          </div>
        </>
      )}
      {commit.isSuccess && <Notice kind="success">{t('protocol.import.done', { added: commit.data.added, skipped: commit.data.skipped })}</Notice>}
      {commit.error && <Notice kind="error">{errorMessage(t, commit.error)}</Notice>}
      <div className="actions dialog-foot">
        <button type="button" className="btn" onClick={onClose}>
          {t('protocol.common.close')}
        </button>
      </div>
    </Dialog>
  );
}

function TypeValueSelect({ id, label, value, types, tr, onChange }: { id: string; label: string; value: number; types: { id: number; name: string; level: number }[]; tr: Translate; onChange(id: number): void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {types.map((x) => (
          <option key={x.id} value={x.id}>
            {typeLabel(x, tr)}
          </option>
        ))}
      </select>
    </>
  );
}
