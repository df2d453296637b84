// Result types, error codes and limits of the time-entry CSV importers.
// Error codes are stable keys: the UI translates them (with their params) in en and fr.

export const IMPORT_FORMATS = ['toggl', 'clockify', 'harvest', 'excel-fr', 'custom', 'ics', 'unknown'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const IMPORT_ERROR_CODES = [
  // whole file (line 0)
  'invalid_input', // not a byte array
  'invalid_time_zone', // params: tz
  'file_too_large', // params: maxBytes, bytes
  'empty_file',
  'binary_file',
  'no_data_rows',
  'too_many_errors', // params: max — listing stopped there
  'internal_error', // a bug: nothing was imported
  // encoding (line of the first bad byte)
  'mixed_encoding',
  'unknown_encoding', // an encoding name the decoder does not know
  // header (line of the header)
  'unknown_format',
  'missing_column', // params: field, column (expected header)
  'duplicate_column', // params: field, column
  // CSV structure (line where the record starts)
  'unterminated_quote',
  'malformed_quote',
  'field_too_long', // params: field?, column, maxChars
  'too_few_fields', // params: expected, found
  'too_many_fields', // params: expected, found
  'mixed_separators', // params: expected, found (the separator characters)
  // values (line where the record starts; field = canonical key, column = header, value = cell ≤ 50 chars)
  'missing_value', // params: field, column
  'invalid_date', // params: field, column, value
  'invalid_time', // params: field, column, value
  'invalid_duration', // params: field, column, value
  'negative_duration', // params: field, column, value
  'nonexistent_local_time', // params: field, column, value, tz — inside a spring-forward gap
  'end_not_after_start',
  'entry_too_long', // params: maxHours
  'duration_mismatch', // params: column, expectedMinutes (from the duration column), foundMinutes (end − start)
  'duplicate_row', // params: firstLine
  // columns chosen by the user (line of the header)
  'column_mapping', // params: problem (missing_role | shared_column | no_such_column), roles?, column?
  // calendar files
  'not_a_calendar',
  'invalid_calendar', // params: detail
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  /** 1-based physical line of the CSV (header = 1, or 2 after a `sep=` line); 0 = the whole file. */
  line: number;
  code: ImportErrorCode;
  params?: Record<string, string | number>;
}

/**
 * What the preview tells without refusing anything: a duration column that was only a
 * cross-check and was ignored (params: column, value, and for the last two expectedMinutes,
 * foundMinutes, step), a calendar event left out (params: summary), entries of a file without
 * start times placed one after another from the start of the day (params: time).
 */
export const IMPORT_NOTICE_CODES = ['duration_unreadable', 'duration_rounded', 'duration_differs', 'event_all_day', 'event_declined', 'event_cancelled', 'event_outside_period', 'start_times_placed'] as const;
export type ImportNoticeCode = (typeof IMPORT_NOTICE_CODES)[number];

export interface ImportNotice {
  line: number;
  code: ImportNoticeCode;
  params?: Record<string, string | number>;
}

export type DateOrder = 'dmy' | 'mdy';
/** Why the importer read ambiguous dates in the order it did, until the user says otherwise. */
export type DateOrderHint = 'english_12h' | 'french' | 'semicolon' | 'clock_24h' | 'default';

export interface ParsedTimeRow {
  line: number;
  start: number; // epoch ms UTC
  end: number;
  project: string;
  description: string;
  tags: string[];
  client?: string;
  /** Stable hash of the row's content: the same row imported twice has the same id. */
  externalId: string;
}

export interface ImportResult {
  format: ImportFormat;
  rows: ParsedTimeRow[];
  errors: ImportError[];
  /** Things ignored or left out, said in the preview; they never block the import. */
  notices?: ImportNotice[];
  /** Rows longer than IMPORT_LIMITS.maxEntryHours (a forgotten timer): offered to skip, never imported. */
  longRows?: { line: number; start: number; end: number }[];
  /** The encoding the text was read in (iconv-lite name), and the candidates when the detector was unsure. */
  encoding?: string;
  encodingCandidates?: { encoding: string; sample: string }[];
  /** The order the numeric dates were read in; `question` when the file does not tell. */
  dateOrder?: DateOrder;
  dateQuestion?: { hint: DateOrderHint; samples: { cell: string; dmy: string | null; mdy: string | null }[] };
  /** The header as read: names, signature (for saved column mappings), separator, the first rows. */
  header?: { names: string[]; signature: string; delimiter: string; samples: string[][] };
  /** Set when the header is not a known export: the columns must be chosen (a suggestion is given). */
  needsColumns?: { suggested: Partial<Record<string, number>> };
}

export interface ParseTimeCsvOptions {
  /** IANA zone in which the file's local dates and times are read. */
  tz: string;
  /** The order of day and month chosen by the user (otherwise proven by the file, or hinted and asked). */
  dateOrder?: DateOrder;
  /** The encoding chosen by the user (an iconv-lite name), instead of the detected one. */
  encoding?: string;
  /** The columns chosen by the user (or saved for this header), instead of the known exports' names. */
  columns?: Partial<Record<string, number>>;
}

export const IMPORT_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  maxFieldChars: 10_000,
  maxEntryHours: 24,
  maxErrors: 1000,
  /** Allowed gap between end − start and the file's own duration column. */
  durationToleranceSeconds: 60,
  minYear: 1970,
  maxYear: 2200,
} as const;
