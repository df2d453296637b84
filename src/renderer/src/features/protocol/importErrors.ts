import type { TFunction } from 'i18next';

// Literal keys for the protocol imports' error codes (src/main/protocol/imports.ts and csvTable.ts).
const KEYS: Record<string, string> = {
  file_too_large: 'protocol.import.error.file_too_large',
  empty_file: 'protocol.import.error.empty_file',
  binary_file: 'protocol.import.error.binary_file',
  mixed_encoding: 'protocol.import.error.mixed_encoding',
  unterminated_quote: 'protocol.import.error.unterminated_quote',
  malformed_quote: 'protocol.import.error.malformed_quote',
  field_too_long: 'protocol.import.error.field_too_long',
  too_many_rows: 'protocol.import.error.too_many_rows',
  no_columns: 'protocol.import.error.no_columns',
  bad_mapping: 'protocol.import.error.bad_mapping',
  missing_value: 'protocol.import.error.missing_value',
  bad_date: 'protocol.import.error.bad_date',
  in_future: 'protocol.import.error.in_future',
  unknown_type: 'protocol.import.error.unknown_type',
  bad_visibility: 'protocol.import.error.bad_visibility',
  bad_reach: 'protocol.import.error.bad_reach',
  bad_link: 'protocol.import.error.bad_link',
  bad_count: 'protocol.import.error.bad_count',
  duplicate_day: 'protocol.import.error.duplicate_day',
};

/** Field names in the errors' params, as the mapping form names them. */
const FIELD_KEYS: Record<string, string> = { openedAt: 'protocol.import.field.openedAt', text: 'protocol.import.field.text', channel: 'protocol.import.field.channel' };

/** One import error in words, with its line. */
export function importErrorText(err: { line: number; code: string; params?: Record<string, string | number> }, t: TFunction): string {
  const params = { ...(err.params ?? {}) };
  if (typeof params.field === 'string' && FIELD_KEYS[params.field]) params.field = t(FIELD_KEYS[params.field]);
  const text = t(KEYS[err.code] ?? 'protocol.import.error.unknown', params);
  return err.line > 0 ? `${t('protocol.import.line', { line: err.line })} ${text}` : text;
}
