import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors';
import { DataTable, type Column } from './DataTable';
import { Notice } from './Notice';

/** One editable field of a lookup row, as text in the row's draft. */
export interface LookupField<Row> {
  key: string;
  header: string;
  /** The field's text when the row is not being edited. */
  initial(row: Row): string;
  /** A checkbox's text is 'true' or 'false'. */
  input: { type: 'text'; maxLength?: number } | { type: 'color' } | { type: 'number'; min?: number; max?: number; step?: number } | { type: 'checkbox' };
  /** The accessible name of the row's input, from the row's name ("Colour of LinkedIn"). */
  label(name: string): string;
}

/** A row's way out: archived (kept for history, restorable) or deleted. */
export type LookupRetire<Row> = { kind: 'archive'; isArchived(row: Row): boolean; onToggle(row: Row): Promise<unknown> } | { kind: 'delete'; onDelete(row: Row): Promise<unknown> };

/** The words of a LookupTable, given by the feature that uses it. */
export interface LookupText {
  save: string;
  saved: string;
  add: string;
  delete: string;
  archive: string;
  unarchive: string;
}

export interface LookupTableProps<Row extends { id: number }> {
  /** The id of the card's heading, its text and the hint under it. */
  id: string;
  title: string;
  hint?: string;
  rows: readonly Row[];
  /** The row's name as shown (seeded names are translated): names its inputs. */
  name(row: Row): string;
  fields: readonly LookupField<Row>[];
  /** Saves the row's draft (field key → text, as typed); rejects with the error to show on the row. */
  onSave(row: Row, draft: Readonly<Record<string, string>>): Promise<unknown>;
  retire: LookupRetire<Row>;
  /** Adds a row of that name (the other fields take their defaults); rejects with the error to show. */
  onAdd(name: string): Promise<unknown>;
  /** The add field's label and placeholder ("New channel name"). */
  addLabel: string;
  text: LookupText;
  /** Wide tables scroll sideways in a focusable region. */
  scroll?: boolean;
}

type Status = { kind: 'saved' } | { kind: 'error'; error: unknown };

/**
 * A card with an editable table of named rows (calendar channels, pillars, formats): each row's
 * fields are inputs saved with its Save button, archived or deleted from its actions, and a form
 * under the table adds a row by name. Drafts and per-row outcomes ("Saved.", the error) live here;
 * the feature gives the fields and the writes (promises, e.g. a mutation's mutateAsync).
 */
export function LookupTable<Row extends { id: number }>({ id, title, hint, rows, name, fields, onSave, retire, onAdd, addLabel, text, scroll }: LookupTableProps<Row>) {
  const { t } = useTranslation();
  const [drafts, setDrafts] = useState<Record<number, Record<string, string>>>({});
  const [status, setStatus] = useState<Record<number, Status | undefined>>({});
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<unknown>(null);

  const draftOf = (row: Row) => drafts[row.id] ?? Object.fromEntries(fields.map((f) => [f.key, f.initial(row)]));
  const edit = (row: Row, key: string, value: string) => setDrafts((d) => ({ ...d, [row.id]: { ...draftOf(row), [key]: value } }));
  const run = (row: Row, write: Promise<unknown>, after?: () => void) =>
    write.then(
      () => {
        after?.();
        setStatus((s) => ({ ...s, [row.id]: { kind: 'saved' } }));
      },
      (error: unknown) => setStatus((s) => ({ ...s, [row.id]: { kind: 'error', error } })),
    );
  // Archiving shows the row as stored again (a remount did this before the kit).
  const forget = (row: Row) => () =>
    setDrafts((d) => {
      const { [row.id]: _gone, ...rest } = d;
      return rest;
    });

  const columns: Column<Row>[] = fields.map((f) => ({
    key: f.key,
    header: f.header,
    cell: (row) => {
      const value = draftOf(row)[f.key];
      const common = { 'aria-label': f.label(name(row)), value, onChange: (e: { target: { value: string } }) => edit(row, f.key, e.target.value) };
      if (f.input.type === 'number') return <input type="number" min={f.input.min} max={f.input.max} step={f.input.step} {...common} />;
      if (f.input.type === 'color') return <input type="color" {...common} />;
      if (f.input.type === 'checkbox') return <input type="checkbox" aria-label={common['aria-label']} checked={value === 'true'} onChange={(e) => edit(row, f.key, String(e.target.checked))} />;
      return <input type="text" maxLength={f.input.maxLength} {...common} />;
    },
  }));

  const actions = (row: Row): ReactNode => {
    const s = status[row.id];
    return (
      <span className="lookup-actions">
        <button type="button" className="btn small" onClick={() => void run(row, onSave(row, draftOf(row)))}>
          {text.save}
        </button>
        {retire.kind === 'archive' ? (
          <button type="button" className="btn small" onClick={() => void run(row, retire.onToggle(row), forget(row))}>
            {retire.isArchived(row) ? text.unarchive : text.archive}
          </button>
        ) : (
          <button type="button" className="btn small danger" onClick={() => void run(row, retire.onDelete(row), forget(row))}>
            {text.delete}
          </button>
        )}
        {s?.kind === 'error' && <span className="lookup-error">{errorMessage(t, s.error)}</span>}
        {s?.kind === 'saved' && <span className="lookup-ok">{text.saved}</span>}
      </span>
    );
  };

  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {hint && <p className="hint">{hint}</p>}
      <DataTable labelledBy={id} scroll={scroll} rows={rows} rowKey={(row) => row.id} columns={columns} actions={actions} />
      <form
        className="inline lookup-add"
        onSubmit={(e) => {
          e.preventDefault();
          setAddError(null);
          onAdd(newName).then(
            () => setNewName(''),
            (error: unknown) => setAddError(error),
          );
        }}
      >
        <input type="text" aria-label={addLabel} placeholder={addLabel} value={newName} required maxLength={100} onChange={(e) => setNewName(e.target.value)} />
        <button type="submit" className="btn">
          {text.add}
        </button>
        {addError !== null && <Notice kind="error">{errorMessage(t, addError)}</Notice>}
      </form>
    </section>
  );
}
