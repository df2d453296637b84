// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n';
import { DataTable, textColumns, type Column } from './DataTable';

beforeAll(() => switchLanguage('en'));

interface Backup {
  name: string;
  size: number;
}
const columns: Column<Backup>[] = [
  { key: 'name', header: 'File', rowHeader: true, cell: (b) => b.name },
  { key: 'size', header: 'Size', numeric: true, cell: (b) => `${b.size} KB` },
];
const rows: Backup[] = [
  { name: 'daily.db', size: 12 },
  { name: 'manual.db', size: 40 },
];

afterEach(cleanup);

describe('DataTable', () => {
  it('names the table by its caption, heads columns and rows, and puts the actions last under a hidden heading', () => {
    render(<DataTable caption="Backups" columns={columns} rows={rows} rowKey={(b) => b.name} actions={(b) => <button type="button" aria-label={`Restore ${b.name}`}>Restore</button>} />);
    const table = screen.getByRole('table', { name: 'Backups' });
    const heads = within(table).getAllByRole('columnheader');
    expect(heads.map((h) => h.textContent)).toEqual(['File', 'Size', 'Actions']);
    expect(heads[2].querySelector('.sr-only')).not.toBeNull();
    expect(heads[1].className).toBe('num');
    const first = within(table).getAllByRole('row')[1];
    expect(within(first).getByRole('rowheader').textContent).toBe('daily.db');
    expect(within(first).getByRole('cell', { name: '12 KB' }).className).toBe('num');
    expect(within(first).getByRole('button', { name: 'Restore daily.db' })).toBeTruthy();
  });

  it('shows the empty state instead of an empty table, or the empty table when there is none', () => {
    const { unmount } = render(<DataTable columns={columns} rows={[]} rowKey={(b) => b.name} empty={<p>No backup yet.</p>} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('No backup yet.')).toBeTruthy();
    unmount();
    render(<DataTable columns={columns} rows={[]} rowKey={(b) => b.name} labelledBy="h" />);
    expect(screen.getAllByRole('row')).toHaveLength(1);
  });

  it('wraps a wide table in a focusable region with the same name, so the keyboard can scroll it', () => {
    render(
      <>
        <h2 id="fill-h">Cadence</h2>
        <DataTable labelledBy="fill-h" scroll columns={columns} rows={rows} rowKey={(b) => b.name} />
      </>,
    );
    const region = screen.getByRole('region', { name: 'Cadence' });
    expect(region.tabIndex).toBe(0);
    expect(within(region).getByRole('table', { name: 'Cadence' })).toBeTruthy();
  });

  it('puts a detail row under its row, across every column', () => {
    render(<DataTable columns={columns} rows={rows} rowKey={(b) => b.name} actions={() => null} detail={(b) => (b.name === 'manual.db' ? <p>Made by hand</p> : null)} />);
    const all = screen.getAllByRole('row');
    expect(all).toHaveLength(4);
    expect(all[3].textContent).toBe('Made by hand');
    expect(all[3].querySelector('td')!.colSpan).toBe(3);
  });

  it('reads a text grid with the first column as row headings', () => {
    render(<DataTable caption="Per day" columns={textColumns(['Day', 'Deep'])} rows={[['Mon 23', '2 h 00']]} rowKey={(r) => r[0]} />);
    expect(screen.getByRole('rowheader').textContent).toBe('Mon 23');
    expect(screen.getByRole('cell').textContent).toBe('2 h 00');
  });
});
