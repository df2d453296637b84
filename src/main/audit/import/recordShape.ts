// Structural checks of one CSV record against the header: quotes, field sizes, field count.

import type { HeaderMap } from './csvHeader';
import { readCsvRecords, type CsvRecord } from './csvRecords';
import { IMPORT_LIMITS, type ImportError } from './importTypes';

const SEPARATOR_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function fieldAt(map: HeaderMap, index: number): string | undefined {
  return Object.entries(map.columns).find(([, i]) => i === index)?.[0];
}

/** Errors that make the record unusable, or [] when its values can be read. */
export function checkRecordShape(record: CsvRecord, map: HeaderMap, delimiter: string): ImportError[] {
  const { line } = record;
  if (record.problem) return [{ line, code: record.problem }];
  if (record.longFields.length > 0) {
    return record.longFields.map((index) => {
      const field = fieldAt(map, index);
      return { line, code: 'field_too_long', params: { ...(field ? { field } : {}), column: map.names[index] ?? `#${index + 1}`, maxChars: IMPORT_LIMITS.maxFieldChars } };
    });
  }
  const expected = map.names.length;
  const found = record.fields.length + record.droppedFields;
  let code: 'too_few_fields' | 'too_many_fields' | null = null;
  if (found < expected && Object.values(map.columns).some((index) => index >= found)) code = 'too_few_fields';
  else if (found > expected && (record.droppedFields > 0 || record.fields.slice(expected).some((f) => f.trim() !== ''))) code = 'too_many_fields';
  if (!code) return [];
  for (const other of Object.keys(SEPARATOR_NAMES)) {
    if (other === delimiter) continue;
    const [again] = readCsvRecords(record.raw, other, IMPORT_LIMITS.maxFieldChars);
    if (again && again.fields.length === expected) {
      return [{ line, code: 'mixed_separators', params: { expected: SEPARATOR_NAMES[delimiter] ?? delimiter, found: SEPARATOR_NAMES[other] } }];
    }
  }
  return [{ line, code, params: { expected, found } }];
}
