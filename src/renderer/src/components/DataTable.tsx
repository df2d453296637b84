import { Fragment, type Key, type ReactNode } from 'react';
import { useKitText } from './kitText';

/** One column of a DataTable: its heading and how a row fills its cell. */
export interface Column<Row> {
  /** Stable key of the column (React key). */
  key: string;
  /** The column heading. */
  header: ReactNode;
  /** The heading is for screen readers only (a column of controls, of swatches…). */
  srOnlyHeader?: boolean;
  /** The cell's content for a row. */
  cell(row: Row, index: number): ReactNode;
  /** This column names the row: its cells are <th scope="row">, so screen readers announce them with every cell. */
  rowHeader?: boolean;
  /** Right-aligned with tabular figures (heading and cells). */
  numeric?: boolean;
  /** Extra class on the cells, fixed or per row. */
  className?: string | ((row: Row) => string | undefined);
}

export interface DataTableProps<Row> {
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row, index: number): Key;
  /** What the table holds, as its <caption>; visually hidden unless `captionVisible`. */
  caption?: string;
  captionVisible?: boolean;
  /** The id of a heading that names the table, when it has no caption. */
  labelledBy?: string;
  /**
   * The row's actions (edit, delete…), in a last column whose heading, "Actions", is for screen
   * readers only. Name each button after its row (aria-label), "Delete" alone is ambiguous.
   */
  actions?(row: Row): ReactNode;
  /** Shown instead of the table when there is no row; without it an empty table is shown. */
  empty?: ReactNode;
  className?: string;
  /** Attributes of a row's <tr>: a class, a test id. */
  rowProps?(row: Row): { className?: string; 'data-testid'?: string };
  /** A detail row under the row (an opened panel), spanning every column; null for none. */
  detail?(row: Row): ReactNode;
  /**
   * Wraps the table in a region that scrolls sideways and is focusable, so keyboard users can
   * scroll it too (axe: scrollable-region-focusable); named by the caption or `labelledBy`.
   */
  scroll?: boolean;
}

/**
 * A table of rows with typed columns: <th scope="col"> headings, optional row headings, a caption
 * or a labelling heading, an actions column, an empty state and a keyboard-scrollable wrapper.
 * Rendering only; sorting and editing stay with the caller (cells can hold inputs).
 */
export function DataTable<Row>({ columns, rows, rowKey, caption, captionVisible, labelledBy, actions, empty, className, rowProps, detail, scroll }: DataTableProps<Row>) {
  const text = useKitText();
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const span = columns.length + (actions ? 1 : 0);
  const cellClass = (c: Column<Row>, row: Row) => [c.numeric ? 'num' : '', (typeof c.className === 'function' ? c.className(row) : c.className) ?? ''].filter(Boolean).join(' ') || undefined;
  const table = (
    <table className={['table', className].filter(Boolean).join(' ')} aria-labelledby={caption ? undefined : labelledBy}>
      {caption && <caption className={captionVisible ? 'table-caption' : 'sr-only'}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.srOnlyHeader ? <span className="sr-only">{c.header}</span> : c.header}
            </th>
          ))}
          {actions && (
            <th scope="col">
              <span className="sr-only">{text.actions}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const more = detail?.(row);
          return (
            <Fragment key={rowKey(row, i)}>
              <tr {...rowProps?.(row)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" className={cellClass(c, row)}>
                      {c.cell(row, i)}
                    </th>
                  ) : (
                    <td key={c.key} className={cellClass(c, row)}>
                      {c.cell(row, i)}
                    </td>
                  ),
                )}
                {actions && <td className="right nowrap">{actions(row)}</td>}
              </tr>
              {more != null && more !== false && (
                <tr className="table-detail">
                  <td colSpan={span}>{more}</td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
  if (!scroll) return table;
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={caption} aria-labelledby={caption ? undefined : labelledBy}>
      {table}
    </div>
  );
}

/** The columns of a text grid (a chart's numbers, a report's table): the first column names the row. */
export function textColumns(head: readonly string[]): Column<readonly string[]>[] {
  return head.map((h, j) => ({ key: `${j}-${h}`, header: h, rowHeader: j === 0, cell: (r) => r[j] }));
}

/** A DataTable of text rows already formatted (the reports' tables, shared with their Markdown). */
export function TextTable({ head, rows, ...rest }: { head: readonly string[]; rows: readonly (readonly string[])[] } & Pick<DataTableProps<readonly string[]>, 'caption' | 'labelledBy' | 'className' | 'scroll' | 'empty'>) {
  return <DataTable columns={textColumns(head)} rows={rows} rowKey={(_r, i) => i} {...rest} />;
}
