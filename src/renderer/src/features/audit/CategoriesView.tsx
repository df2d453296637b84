import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODES, type Category, type Mode, type Visibility } from '../../../../shared/domain';
import { useApi, useApiMutation } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Notice } from '../../components/Notice';
import { errorMessage } from '../../lib/errors';
import { MODE_KEYS, VISIBILITY_KEYS } from './labels';

/** The editable cells of a category's row: each change is saved at once (the name on blur). */
function useCategory(c: Category) {
  const update = useApiMutation('audit.categories.update');
  const remove = useApiMutation('audit.categories.delete');
  return { update, remove, save: (patch: Partial<Category>) => update.mutate({ id: c.id, ...patch }), error: update.error ?? remove.error };
}

function NameCell({ c }: { c: Category }) {
  const { t } = useTranslation();
  const { save, error } = useCategory(c);
  const [name, setName] = useState(c.name);
  return (
    <>
      <input type="text" aria-label={t('audit.categories.nameOf', { name: c.name })} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} onBlur={() => name.trim() && name !== c.name && save({ name })} />
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
    </>
  );
}

function FieldsCells({ c, field }: { c: Category; field: 'color' | 'mode' | 'line' | 'visibility' }) {
  const { t } = useTranslation();
  const responsibilities = useApi('audit.responsibilities.list', undefined, { enabled: field === 'line' });
  const { save, error } = useCategory(c);
  const errorNotice = error && <Notice kind="error">{errorMessage(t, error)}</Notice>;
  if (field === 'color') return <><input type="color" aria-label={t('audit.categories.colorOf', { name: c.name })} value={c.color} onChange={(e) => save({ color: e.target.value })} />{errorNotice}</>;
  if (field === 'mode')
    return (
      <>
        <select aria-label={t('audit.categories.modeOf', { name: c.name })} value={c.mode} onChange={(e) => save({ mode: e.target.value as Mode })}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(MODE_KEYS[m])}
            </option>
          ))}
        </select>
        {errorNotice}
      </>
    );
  if (field === 'line')
    return (
      <>
        <select aria-label={t('audit.categories.lineOf', { name: c.name })} value={c.responsibilityId ?? ''} onChange={(e) => save({ responsibilityId: e.target.value ? Number(e.target.value) : null })} style={{ maxWidth: '16rem' }}>
          <option value="">{t('audit.categories.noLine')}</option>
          {(responsibilities.data ?? []).map((r) => (
            <option key={r.id} value={r.id}>
              {r.text}
            </option>
          ))}
        </select>
        {errorNotice}
      </>
    );
  return (
    <>
      <select aria-label={t('audit.categories.visibilityOf', { name: c.name })} value={c.visibility} onChange={(e) => save({ visibility: e.target.value as Visibility })}>
        <option value="visible">{t(VISIBILITY_KEYS.visible)}</option>
        <option value="invisible">{t(VISIBILITY_KEYS.invisible)}</option>
      </select>
      {errorNotice}
    </>
  );
}

function CategoryActions({ c }: { c: Category }) {
  const { t } = useTranslation();
  const { save, remove, error } = useCategory(c);
  return (
    <>
      <button type="button" className="btn" onClick={() => save({ archived: !c.archived })}>
        {c.archived ? t('audit.categories.restore') : t('audit.categories.archive')}
      </button>{' '}
      <button type="button" className="btn danger" onClick={() => remove.mutate({ id: c.id })} aria-label={t('audit.categories.deleteThis', { name: c.name })}>
        {t('audit.common.delete')}
      </button>
      {error && <Notice kind="error">{errorMessage(t, error)}</Notice>}
    </>
  );
}

export default function CategoriesView() {
  const { t } = useTranslation();
  const categories = useApi('audit.categories.list');
  const create = useApiMutation('audit.categories.create');
  const [name, setName] = useState('');
  const [mode, setMode] = useState<Mode>('deep');
  const [color, setColor] = useState('#3b6fd8');
  return (
    <section className="card" aria-labelledby="cat-h">
      <h2 id="cat-h">{t('audit.categories.title')}</h2>
      <p className="hint">{t('audit.categories.hint')}</p>
      <DataTable
        className="cat-table"
        labelledBy="cat-h"
        scroll
        rows={categories.data ?? []}
        rowKey={(c) => `${c.id}-${c.name}`}
        rowProps={(c) => ({ className: c.archived ? 'archived' : undefined })}
        columns={[
          { key: 'key', header: t('audit.categories.key'), numeric: true, cell: (c, index) => (!c.archived && index < 9 ? <kbd>{index + 1}</kbd> : '') },
          { key: 'name', header: t('audit.categories.name'), cell: (c) => <NameCell c={c} /> },
          { key: 'color', header: t('audit.categories.color'), cell: (c) => <FieldsCells c={c} field="color" /> },
          { key: 'mode', header: t('audit.categories.mode'), cell: (c) => <FieldsCells c={c} field="mode" /> },
          { key: 'line', header: t('audit.categories.line'), cell: (c) => <FieldsCells c={c} field="line" /> },
          { key: 'visibility', header: t('audit.categories.visibility'), cell: (c) => <FieldsCells c={c} field="visibility" /> },
        ]}
        actions={(c) => <CategoryActions c={c} />}
      />
      <h3 style={{ marginTop: '1.25rem' }}>{t('audit.categories.add')}</h3>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ name, mode, color }, { onSuccess: () => setName('') });
        }}
      >
        <label htmlFor="new-cat">{t('audit.categories.name')}</label>
        <input id="new-cat" type="text" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor="new-cat-mode">{t('audit.categories.mode')}</label>
        <select id="new-cat-mode" value={mode} onChange={(e) => setMode(e.target.value as Mode)}>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {t(MODE_KEYS[m])}
            </option>
          ))}
        </select>
        <label htmlFor="new-cat-color">{t('audit.categories.color')}</label>
        <input id="new-cat-color" type="color" value={color} onChange={(e) => setColor(e.target.value)} />
        <button type="submit" className="btn primary" disabled={!name.trim() || create.isPending}>
          {t('audit.categories.addButton')}
        </button>
      </form>
      {create.isError && <Notice kind="error">{errorMessage(t, create.error)}</Notice>}
    </section>
  );
}
