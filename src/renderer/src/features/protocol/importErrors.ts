import type { TFunction } from 'i18next';
import type { CaseColumnRole } from '../../../../shared/protocol/caseColumns';

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
  shared_column: 'protocol.import.error.shared_column',
  no_types: 'protocol.import.error.no_types',
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

/** The label of each column role of the case import, as the mapping step names them (and the errors' `field` param). */
export const CASE_ROLE_KEYS: Record<CaseColumnRole, string> = {
  openedAt: 'protocol.import.field.openedAt',
  text: 'protocol.import.field.text',
  channel: 'protocol.import.field.channel',
  type: 'protocol.import.field.type',
  author: 'protocol.import.field.author',
  link: 'protocol.import.field.link',
  visibility: 'protocol.import.field.visibility',
  reach: 'protocol.import.field.reach',
  tags: 'protocol.import.field.tags',
};
const FIELD_KEYS: Record<string, string> = CASE_ROLE_KEYS;

/** One import error in words, with its line. */
export function importErrorText(err: { line: number; code: string; params?: Record<string, string | number> }, t: TFunction): string {
  const params = { ...(err.params ?? {}) };
  if (typeof params.field === 'string' && FIELD_KEYS[params.field]) params.field = t(FIELD_KEYS[params.field]);
  const text = t(KEYS[err.code] ?? 'protocol.import.error.unknown', params);
  return err.line > 0 ? `${t('protocol.import.line', { line: err.line })} ${text}` : text;
}
