// A small CSV file as a header and rows with their physical line numbers, through the audit's
// CSV reader (encodings, BOMs, Excel's "sep=" hint, quotes that span lines): the case import
// and the vendor's daily counts read their files this way.
import { decodeCsvBytes } from '../audit/import/decodeCsvBytes';
import { detectDelimiter, readCsvRecords } from '../audit/import/csvRecords';

/** The largest file these imports read (bytes) and the most rows. */
export const CSV_LIMITS = { maxBytes: 2 * 1024 * 1024, maxRows: 5000, maxFieldChars: 10_000 } as const;

export interface CsvIssue {
  line: number;
  code: string;
  params?: Record<string, string | number>;
}

export type CsvTable = { ok: true; header: string[]; rows: { line: number; fields: string[] }[] } | { ok: false; error: CsvIssue };

/** Decodes base64 (the contract checked its alphabet) into bytes. */
export function bytesOf(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64.replace(/\s+/g, ''), 'base64'));
}

/**
 * The header and the records of a CSV file given in base64, or the first problem that stops
 * reading it (file_too_large, empty_file, binary_file, mixed_encoding, unterminated_quote,
 * malformed_quote, field_too_long, too_many_rows), with its line.
 */
export function readCsvTable(base64: string): CsvTable {
  const bytes = bytesOf(base64);
  if (bytes.byteLength > CSV_LIMITS.maxBytes) return { ok: false, error: { line: 0, code: 'file_too_large', params: { maxBytes: CSV_LIMITS.maxBytes } } };
  if (bytes.byteLength === 0) return { ok: false, error: { line: 0, code: 'empty_file' } };
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, error: { line: decoded.line, code: decoded.code } };
  let text = decoded.text;
  let startLine = 1;
  let delimiter: string | null = null;
  const sep = /^sep=([,;\t|])[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
    startLine = 2;
  }
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  if (firstLine === '') return { ok: false, error: { line: 0, code: 'empty_file' } };
  const records = readCsvRecords(text, delimiter ?? detectDelimiter(firstLine), CSV_LIMITS.maxFieldChars, startLine);
  for (const r of records) {
    if (r.problem) return { ok: false, error: { line: r.line, code: r.problem } };
    if (r.longFields.length > 0) return { ok: false, error: { line: r.line, code: 'field_too_long', params: { maxChars: CSV_LIMITS.maxFieldChars } } };
  }
  if (records.length - 1 > CSV_LIMITS.maxRows) return { ok: false, error: { line: 0, code: 'too_many_rows', params: { maxRows: CSV_LIMITS.maxRows } } };
  const [header, ...rows] = records;
  return { ok: true, header: header.fields.map((f) => f.trim()), rows: rows.map((r) => ({ line: r.line, fields: r.fields })) };
}

/** A header cell folded for matching: lower case, no accents, single spaces. */
export function foldHeader(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
