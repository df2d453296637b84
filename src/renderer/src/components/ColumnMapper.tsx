import { useId } from 'react';
import { TextTable } from './DataTable';

/** One role a column can play, with its visible label. */
export interface MapperRole {
  role: string;
  label: string;
}

/**
 * The column-mapping step of an import: for each role, a select of the file's columns (or none),
 * and the first rows of the file to choose by. Renders and delegates: the caller holds the
 * mapping (role → column index, src/shared/import/columnMapping.ts) and checks it.
 */
export function ColumnMapper(props: {
  names: string[];
  samples: string[][];
  roles: MapperRole[];
  value: Partial<Record<string, number>>;
  onChange(next: Partial<Record<string, number>>): void;
  noneLabel: string;
  samplesCaption: string;
}) {
  const id = useId();
  const { names, samples, roles, value, onChange } = props;
  return (
    <div className="stack">
      <div className="form-grid">
        {roles.map(({ role, label }) => (
          <div key={role} style={{ display: 'contents' }}>
            <label htmlFor={`${id}-${role}`}>{label}</label>
            <select
              id={`${id}-${role}`}
              value={value[role] ?? ''}
              onChange={(e) => {
                const next = { ...value };
                if (e.target.value === '') delete next[role];
                else next[role] = Number(e.target.value);
                onChange(next);
              }}
            >
              <option value="">{props.noneLabel}</option>
              {names.map((name, i) => (
                <option key={i} value={i}>
                  {name || `#${i + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <TextTable scroll caption={props.samplesCaption} head={names.map((n, i) => n || `#${i + 1}`)} rows={samples.map((r) => names.map((_, i) => r[i] ?? ''))} />
    </div>
  );
}
