// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import { ApiError } from '../api/client';
import { LookupTable, type LookupRetire } from './LookupTable';

beforeAll(() => switchLanguage('en'));

interface Tag {
  id: number;
  name: string;
  size: number;
  archived: boolean;
}

const text = { save: 'Save', saved: 'Saved.', add: 'Add', delete: 'Delete', archive: 'Archive', unarchive: 'Restore' };

/** A list held in memory, written through promises the way a mutation's mutateAsync does. */
function Harness({ retire, writes }: { retire: 'archive' | 'delete'; writes: string[] }) {
  const [rows, setRows] = useState<Tag[]>([{ id: 1, name: 'News', size: 3, archived: false }]);
  const patch = (id: number, p: Partial<Tag>) => setRows((r) => r.map((x) => (x.id === id ? { ...x, ...p } : x)));
  const how: LookupRetire<Tag> =
    retire === 'archive'
      ? { kind: 'archive', isArchived: (r) => r.archived, onToggle: async (r) => (writes.push(`archive ${r.id}`), patch(r.id, { archived: !r.archived })) }
      : { kind: 'delete', onDelete: async (r) => (writes.push(`delete ${r.id}`), setRows((all) => all.filter((x) => x.id !== r.id))) };
  return (
    <LookupTable<Tag>
      id="tags-h"
      title="Tags"
      rows={rows}
      name={(r) => r.name}
      fields={[
        { key: 'name', header: 'Name', initial: (r) => r.name, input: { type: 'text' }, label: (n) => `Name of ${n}` },
        { key: 'size', header: 'Size', initial: (r) => String(r.size), input: { type: 'number', min: 0 }, label: (n) => `Size of ${n}` },
      ]}
      onSave={async (r, d) => {
        if (Number(d.size) > 10) throw new ApiError({ code: 'invalid_input', message: 'too big' });
        writes.push(`save ${r.id} ${d.name} ${d.size}`);
        patch(r.id, { name: d.name, size: Number(d.size) });
      }}
      retire={how}
      onAdd={async (name) => (writes.push(`add ${name}`), setRows((r) => [...r, { id: r.length + 1, name, size: 0, archived: false }]))}
      addLabel="New tag name"
      text={text}
    />
  );
}

afterEach(cleanup);
const settle = () => act(async () => {});

describe('LookupTable', () => {
  it('edits a row in its draft and saves it, says so, and shows the error of a refused save on the row', async () => {
    const writes: string[] = [];
    render(<Harness retire="archive" writes={writes} />);
    const table = screen.getByRole('table', { name: 'Tags' });
    fireEvent.change(within(table).getByLabelText('Size of News'), { target: { value: '5' } });
    fireEvent.change(within(table).getByLabelText('Name of News'), { target: { value: 'Press' } });
    fireEvent.click(within(table).getByRole('button', { name: 'Save' }));
    await settle();
    expect(writes).toEqual(['save 1 Press 5']);
    expect(within(table).getByText('Saved.')).toBeTruthy();
    fireEvent.change(within(table).getByLabelText('Size of Press'), { target: { value: '50' } });
    fireEvent.click(within(table).getByRole('button', { name: 'Save' }));
    await settle();
    expect(writes).toHaveLength(1);
    expect(within(table).queryByText('Saved.')).toBeNull();
    expect(within(table).getByText(/./, { selector: '.lookup-error' })).toBeTruthy();
  });

  it('archives and restores a row, or deletes it, from its actions', async () => {
    const writes: string[] = [];
    const { unmount } = render(<Harness retire="archive" writes={writes} />);
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await settle();
    expect(writes).toEqual(['archive 1', 'archive 1']);
    unmount();
    render(<Harness retire="delete" writes={writes} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await settle();
    expect(screen.queryByLabelText('Name of News')).toBeNull();
  });

  it('adds a row by name and empties the field', async () => {
    const writes: string[] = [];
    render(<Harness retire="delete" writes={writes} />);
    const field = screen.getByRole('textbox', { name: 'New tag name' }) as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'Events' } });
    fireEvent.submit(field.form!);
    await settle();
    expect(writes).toEqual(['add Events']);
    expect(field.value).toBe('');
    expect(screen.getByLabelText('Name of Events')).toBeTruthy();
  });
});
