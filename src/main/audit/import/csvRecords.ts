// RFC 4180 record reader that keeps the physical line of every record.
//
// Why not papaparse: its errors and rows are indexed by record, not by physical line (quoted
// fields may span lines), it cannot stop growing a runaway field, and a malformed quote is only
// a warning there. This reader is small, never throws, and reports exactly what the import
// preview needs: start line, fields, the raw text, quote problems and oversize fields.

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  line: number;
  fields: string[];
  /** The record's source text (used to diagnose a wrong separator). */
  raw: string;
  problem?: 'unterminated_quote' | 'malformed_quote';
  /** Indexes of fields longer than the limit (their text is cut at the limit). */
  longFields: readonly number[];
  /** Fields beyond `maxFields`, counted but not kept. */
  droppedFields: number;
}

export const MAX_FIELDS_PER_RECORD = 1000;

const QUOTE = 34;
const NONE: readonly number[] = Object.freeze([]);
const LF = 10;
const CR = 13;

function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** Every record of the text; blank lines are skipped. `startLine` is the line number of text[0]. */
export function readCsvRecords(text: string, delimiter: string, maxFieldChars: number, startLine = 1): CsvRecord[] {
  return [...iterateCsvRecords(text, delimiter, maxFieldChars, startLine)];
}

/** Lazily yields records, so that a huge file is never held as one array of records. */
export function* iterateCsvRecords(text: string, delimiter: string, maxFieldChars: number, startLine = 1, maxFields = MAX_FIELDS_PER_RECORD): Generator<CsvRecord> {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = startLine;
  while (i < n) {
    const recordStart = i;
    const recordLine = line;
    const fields: string[] = [];
    let longFields: number[] | null = null; // allocated only for the rare record that needs it
    let droppedFields = 0;
    let problem: CsvRecord['problem'];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        // quoted field: "" is a quote, line breaks are part of the value
        const parts: string[] = [];
        let length = 0;
        const keep = (part: string) => {
          if (length <= maxFieldChars) parts.push(part); // once past the limit, stop accumulating
          length += part.length;
        };
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            keep(text.slice(j));
            line += countLineBreaks(text, j, n);
            problem = 'unterminated_quote';
            j = n;
            break;
          }
          keep(text.slice(j, q));
          line += countLineBreaks(text, j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            keep('"');
            j = q + 2;
            continue;
          }
          j = q + 1;
          break;
        }
        value = parts.join('');
        // after the closing quote: delimiter, line end or end of text; anything else is malformed
        let k = j;
        while (k < n && text.charCodeAt(k) !== delim && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR) k++;
        if (k > j) {
          problem ??= 'malformed_quote';
          value += text.slice(j, k);
        }
        i = k;
      } else {
        let k = i;
        while (k < n && text.charCodeAt(k) !== delim && text.charCodeAt(k) !== LF && text.charCodeAt(k) !== CR) k++;
        value = text.slice(i, k);
        i = k;
      }
      if (fields.length >= maxFields) droppedFields++;
      else {
        if (value.length > maxFieldChars) {
          (longFields ??= []).push(fields.length);
          value = value.slice(0, maxFieldChars);
        }
        fields.push(value);
      }
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c === delim) {
        i++;
        if (i < n) continue;
        if (fields.length < maxFields) fields.push(''); // a trailing delimiter ends with an empty field
        else droppedFields++;
      }
      endOfRecord = true;
    }
    const raw = text.slice(recordStart, i);
    // consume the line ending
    let lineBreak = false;
    if (text.charCodeAt(i) === CR) {
      i++;
      lineBreak = true;
    }
    if (text.charCodeAt(i) === LF) {
      i++;
      lineBreak = true;
    }
    if (lineBreak) line++;
    const blank = fields.every((f) => f.trim() === '') && !problem;
    if (!blank) yield { line: recordLine, fields, raw, problem, longFields: longFields ?? NONE, droppedFields };
    if (i === recordStart) i++; // safety: always advance
  }
}

/** Separator of the header line: the most frequent of `;`, `,`, tab outside quotes (`,` if none). */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let inQuotes = false;
  for (const ch of headerLine) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [ch, count] of counts) {
    if (count > bestCount) {
      best = ch;
      bestCount = count;
    }
  }
  return best;
}
