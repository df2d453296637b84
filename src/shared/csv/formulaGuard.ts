// Spreadsheet formula injection ("CSV injection"): a cell that begins with =, +, -, @, a tab or a
// carriage return is read as a formula by Excel, LibreOffice and Google Sheets, which can run
// commands or send data away (DDE, HYPERLINK, WEBSERVICE). The rule the spreadsheet security
// guides give (OWASP, "CSV Injection"): prefix such a cell with a single quote, which the
// spreadsheet shows as text. Exports do it by default; `raw` keeps every value exactly as written,
// for an exact round trip or an upload tool that reads the file itself.

/** 'safe': cells that could run as formulas get a leading '; 'raw': every value as written. */
export type CsvValues = 'safe' | 'raw';
export const CSV_VALUES = ['safe', 'raw'] as const;

/** The characters that make a spreadsheet read a cell as a formula, at its start (OWASP). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would read `value` as a formula. */
export function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value);
}

/** `value` with a leading ' when it could run as a formula; any other value unchanged. */
export function neutraliseFormula(value: string): string {
  return isFormulaLike(value) ? `'${value}` : value;
}

/**
 * Applies `values` to every cell of `rows` (a new array; `rows` is not changed) and counts the
 * cells neutralised into `stats.neutralised` when given.
 */
export function guardCells(rows: readonly (readonly string[])[], values: CsvValues, stats?: { neutralised: number }): string[][] {
  if (values === 'raw') return rows.map((r) => r.slice());
  return rows.map((r) =>
    r.map((cell) => {
      if (!isFormulaLike(cell)) return cell;
      if (stats) stats.neutralised += 1;
      return `'${cell}`;
    }),
  );
}
