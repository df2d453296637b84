export { parseTimeCsv } from './parseTimeCsv';
export { IMPORT_ERROR_CODES, IMPORT_FORMATS, IMPORT_LIMITS } from './importTypes';
export type { ImportError, ImportErrorCode, ImportFormat, ImportResult, ParsedTimeRow, ParseTimeCsvOptions } from './importTypes';
