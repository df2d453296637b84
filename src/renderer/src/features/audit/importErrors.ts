import { fileSizeText } from '../../lib/locale';

// Literal keys for the importer's error codes (see src/main/audit/import/importTypes.ts).
export const IMPORT_ERROR_KEYS: Record<string, string> = {
  invalid_input: 'audit.importErrors.invalid_input',
  invalid_time_zone: 'audit.importErrors.invalid_time_zone',
  file_too_large: 'audit.importErrors.file_too_large',
  empty_file: 'audit.importErrors.empty_file',
  binary_file: 'audit.importErrors.binary_file',
  no_data_rows: 'audit.importErrors.no_data_rows',
  too_many_errors: 'audit.importErrors.too_many_errors',
  internal_error: 'audit.importErrors.internal_error',
  mixed_encoding: 'audit.importErrors.mixed_encoding',
  unknown_format: 'audit.importErrors.unknown_format',
  missing_column: 'audit.importErrors.missing_column',
  duplicate_column: 'audit.importErrors.duplicate_column',
  unterminated_quote: 'audit.importErrors.unterminated_quote',
  malformed_quote: 'audit.importErrors.malformed_quote',
  field_too_long: 'audit.importErrors.field_too_long',
  too_few_fields: 'audit.importErrors.too_few_fields',
  too_many_fields: 'audit.importErrors.too_many_fields',
  mixed_separators: 'audit.importErrors.mixed_separators',
  missing_value: 'audit.importErrors.missing_value',
  invalid_date: 'audit.importErrors.invalid_date',
  invalid_time: 'audit.importErrors.invalid_time',
  invalid_duration: 'audit.importErrors.invalid_duration',
  negative_duration: 'audit.importErrors.negative_duration',
  nonexistent_local_time: 'audit.importErrors.nonexistent_local_time',
  end_not_after_start: 'audit.importErrors.end_not_after_start',
  entry_too_long: 'audit.importErrors.entry_too_long',
  duration_mismatch: 'audit.importErrors.duration_mismatch',
  duplicate_row: 'audit.importErrors.duplicate_row',
  overlap_in_file: 'audit.importErrors.overlap_in_file',
  overlap_existing: 'audit.importErrors.overlap_existing',
  unknown_encoding: 'audit.importErrors.unknown_encoding',
  column_mapping: 'audit.importErrors.column_mapping',
  not_a_calendar: 'audit.importErrors.not_a_calendar',
  invalid_calendar: 'audit.importErrors.invalid_calendar',
};

// Literal keys for the importer's notices (src/main/audit/import/importTypes.ts, IMPORT_NOTICE_CODES).
export const IMPORT_NOTICE_KEYS: Record<string, string> = {
  duration_unreadable: 'audit.importNotices.duration_unreadable',
  duration_rounded: 'audit.importNotices.duration_rounded',
  duration_differs: 'audit.importNotices.duration_differs',
  event_all_day: 'audit.importNotices.event_all_day',
  event_declined: 'audit.importNotices.event_declined',
  event_cancelled: 'audit.importNotices.event_cancelled',
  event_outside_period: 'audit.importNotices.event_outside_period',
  start_times_placed: 'audit.importNotices.start_times_placed',
};

// Literal keys of the date-order hints and the column roles.
export const DATE_HINT_KEYS: Record<string, string> = {
  english_12h: 'audit.data.dateOrderHint_english_12h',
  french: 'audit.data.dateOrderHint_french',
  semicolon: 'audit.data.dateOrderHint_semicolon',
  clock_24h: 'audit.data.dateOrderHint_clock_24h',
  default: 'audit.data.dateOrderHint_default',
};
export const ROLE_KEYS: Record<string, string> = {
  date: 'audit.data.role_date',
  start: 'audit.data.role_start',
  end: 'audit.data.role_end',
  duration: 'audit.data.role_duration',
  project: 'audit.data.role_project',
  description: 'audit.data.role_description',
};

/** An import error's parameters with its byte counts (bytes, maxBytes) as sizes in the app's language. */
export function sizedParams(params: Record<string, unknown>, locale: string, t: (key: string, params: Record<string, unknown>) => string): Record<string, unknown> {
  const out = { ...params };
  for (const key of ['bytes', 'maxBytes']) if (typeof out[key] === 'number') out[key] = fileSizeText(out[key] as number, locale, t);
  return out;
}
