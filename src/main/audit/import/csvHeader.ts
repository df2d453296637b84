// Header recognition: which column holds which value, and which tool wrote the file.
//
// Accepted headers (compared without case, accents or extra spaces):
//   field            Toggl Track            Clockify                          French (Excel / Clockify in French)
//   (Harvest: Date, Project, Notes, Hours, Client, First Name — no start times: see dayStart)
//   startDate        Start date             Start Date                        Date, Date de début, Date début, Jour
//   startTime        Start time             Start Time                        Début, Heure de début, Heure début
//   endDate          End date, Stop date    End Date                          Date de fin, Date fin
//   endTime          End time, Stop time    End Time                          Fin, Heure de fin, Heure fin
//   duration         Duration               Duration (h), Time (h)            Durée, Durée (h)
//   durationDecimal  —                      Duration (decimal), Time (decimal) Durée (décimal), Durée (décimale), Durée décimale
//   project          Project                Project                           Projet
//   description      Description            Description                       Description, Libellé, Note, Commentaire
//   tags             Tags                   Tags                              Étiquettes, Mots-clés, Tags
//   client           Client                 Client                            Client
//   user / email     User, Email            User, Email                       Utilisateur, E-mail, Courriel
// Other columns (Task, Billable, Amount, Group, rates…) are ignored.

import type { ImportFormat } from './importTypes';
import { normalizeHeader } from '../../../shared/import/columnMapping';
import type { TimeColumnMapping } from '../../../shared/import/timeColumns';

export const TIME_FIELDS = ['startDate', 'startTime', 'endDate', 'endTime', 'duration', 'durationDecimal', 'project', 'description', 'tags', 'client', 'user', 'email'] as const;
export type TimeField = (typeof TIME_FIELDS)[number];

const SYNONYMS: Record<TimeField, string[]> = {
  startDate: ['start date', 'date', 'date de debut', 'date debut', 'jour'],
  startTime: ['start time', 'debut', 'heure de debut', 'heure debut'],
  endDate: ['end date', 'stop date', 'date de fin', 'date fin'],
  endTime: ['end time', 'stop time', 'fin', 'heure de fin', 'heure fin'],
  duration: ['duration', 'duration (h)', 'time (h)', 'duree', 'duree (h)'],
  durationDecimal: ['duration (decimal)', 'time (decimal)', 'duree (decimal)', 'duree (decimale)', 'duree decimale', 'hours'],
  project: ['project', 'projet'],
  description: ['description', 'libelle', 'note', 'notes', 'commentaire'],
  tags: ['tags', 'etiquettes', 'mots-cles', 'mots cles'],
  client: ['client'],
  user: ['user', 'utilisateur', 'member'],
  email: ['email', 'e-mail', 'courriel'],
};

const FIELD_OF = new Map<string, TimeField>(TIME_FIELDS.flatMap((f) => SYNONYMS[f].map((s) => [s, f] as const)));

const FRENCH = new Set(['date de debut', 'date debut', 'jour', 'debut', 'heure de debut', 'heure debut', 'date de fin', 'date fin', 'fin', 'heure de fin', 'heure fin', 'duree', 'duree (h)', 'duree (decimal)', 'duree (decimale)', 'duree decimale', 'projet', 'libelle', 'commentaire', 'etiquettes', 'mots-cles', 'mots cles', 'utilisateur', 'courriel', 'tache', 'facturable']);
const TOGGL = new Set(['Start date', 'Start time', 'End date', 'End time', 'Stop date', 'Stop time', 'Duration']);
const CLOCKIFY = new Set(['Start Date', 'Start Time', 'End Date', 'End Time', 'Duration (h)', 'Duration (decimal)', 'Time (h)', 'Time (decimal)', 'Group']);
const HARVEST = new Set(['Hours', 'Hours Rounded', 'Billable?', 'Invoiced?', 'Approved?', 'First Name', 'Last Name', 'Project Code', 'Notes']);

/** Expected header of each required field, in the naming of each format (for `missing_column`). */
const EXPECTED: Record<ImportFormat, Partial<Record<TimeField, string>>> = {
  toggl: { startDate: 'Start date', startTime: 'Start time', endTime: 'End time' },
  harvest: { startDate: 'Date', startTime: 'Started At', endTime: 'Hours' },
  custom: { startDate: 'Date', startTime: 'Start', endTime: 'End' },
  ics: { startDate: 'DTSTART', startTime: 'DTSTART', endTime: 'DTEND' },
  clockify: { startDate: 'Start Date', startTime: 'Start Time', endTime: 'End Time' },
  'excel-fr': { startDate: 'Date', startTime: 'Début', endTime: 'Fin' },
  unknown: { startDate: 'Start date', startTime: 'Start time', endTime: 'End time' },
};

export { normalizeHeader } from '../../../shared/import/columnMapping';

export interface HeaderMap {
  format: ImportFormat;
  columns: Partial<Record<TimeField, number>>;
  /** Header text of every column, as written in the file. */
  names: string[];
  duplicates: { field: TimeField; column: string }[];
  missing: { field: TimeField; column: string }[];
}

export function mapHeader(headerFields: string[], delimiter: string): HeaderMap {
  const names = headerFields.map((h) => h.trim());
  const columns: Partial<Record<TimeField, number>> = {};
  const duplicates: HeaderMap['duplicates'] = [];
  let toggl = 0;
  let clockify = 0;
  let french = 0;
  let harvest = 0;
  names.forEach((name, index) => {
    const key = normalizeHeader(name);
    if (TOGGL.has(name) || /^Amount \(/.test(name)) toggl++;
    if (CLOCKIFY.has(name) || /^Billable (Rate|Amount) \(/.test(name)) clockify++;
    if (FRENCH.has(key)) french++;
    if (HARVEST.has(name)) harvest++;
    const field = FIELD_OF.get(key);
    if (!field) return;
    if (columns[field] === undefined) columns[field] = index;
    else duplicates.push({ field, column: name });
  });
  const format: ImportFormat =
    delimiter === ';' || french > 0 ? 'excel-fr' : harvest >= 2 && harvest > toggl ? 'harvest' : clockify > toggl ? 'clockify' : toggl > 0 ? 'toggl' : 'unknown';
  const expected = EXPECTED[format];
  const missing: HeaderMap['missing'] = [];
  // No start date is fine when the start cells hold dates (checked by the parser); no start time
  // is fine with a date and a duration (entries placed from the start of the day, asked).
  const hasDuration = columns.duration !== undefined || columns.durationDecimal !== undefined;
  if (columns.startTime === undefined && !(columns.startDate !== undefined && hasDuration)) missing.push({ field: 'startTime', column: expected.startTime! });
  if (columns.endTime === undefined && !hasDuration) {
    missing.push({ field: 'endTime', column: expected.endTime! });
  }
  return { format, columns, names, duplicates, missing };
}

/** True when no column at all was recognised: the file is not a time export we know. */
export function isUnrecognised(map: HeaderMap): boolean {
  return Object.keys(map.columns).length === 0;
}

/** The header map of columns chosen by the user (format 'custom'). */
export function headerFromMapping(headerFields: string[], mapping: TimeColumnMapping): HeaderMap {
  const names = headerFields.map((h) => h.trim());
  const columns: Partial<Record<TimeField, number>> = {};
  if (mapping.date !== undefined) columns.startDate = mapping.date;
  if (mapping.start !== undefined) columns.startTime = mapping.start;
  if (mapping.end !== undefined) columns.endTime = mapping.end;
  if (mapping.duration !== undefined) columns.duration = mapping.duration;
  if (mapping.project !== undefined) columns.project = mapping.project;
  if (mapping.description !== undefined) columns.description = mapping.description;
  return { format: 'custom', columns, names, duplicates: [], missing: [] };
}

/** The column mapping that a recognised header amounts to (the suggestion shown in the mapping step). */
export function mappingOfHeader(map: HeaderMap): TimeColumnMapping {
  const c = map.columns;
  const out: TimeColumnMapping = {};
  if (c.startDate !== undefined) out.date = c.startDate;
  if (c.startTime !== undefined) out.start = c.startTime;
  if (c.endTime !== undefined) out.end = c.endTime;
  const duration = c.duration ?? c.durationDecimal;
  if (duration !== undefined) out.duration = duration;
  if (c.project !== undefined) out.project = c.project;
  if (c.description !== undefined) out.description = c.description;
  return out;
}
