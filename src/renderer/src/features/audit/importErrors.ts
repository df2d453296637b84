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
};

/** An import error's parameters with its byte counts (bytes, maxBytes) as sizes in the app's language. */
export function sizedParams(params: Record<string, unknown>, locale: string, t: (key: string, params: Record<string, unknown>) => string): Record<string, unknown> {
  const out = { ...params };
  for (const key of ['bytes', 'maxBytes']) if (typeof out[key] === 'number') out[key] = fileSizeText(out[key] as number, locale, t);
  return out;
}
