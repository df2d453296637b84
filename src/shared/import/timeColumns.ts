// The column roles of a time-tracking spreadsheet, for the column-mapping step of the import.
import type { ColumnMapping, ColumnRole } from './columnMapping';

export const TIME_COLUMN_ROLES = ['date', 'start', 'end', 'duration', 'project', 'description'] as const;
export type TimeColumnRole = (typeof TIME_COLUMN_ROLES)[number];
export type TimeColumnMapping = ColumnMapping<TimeColumnRole>;

/**
 * Header names that suggest each role (English and French, as people name their own columns).
 * `start` and `end` may hold a time ("09:00") or a date and a time ("16/11/2026 09:00").
 */
export const TIME_ROLE_SYNONYMS: readonly ColumnRole<TimeColumnRole>[] = [
  { role: 'date', synonyms: ['date', 'day', 'jour', 'start date', 'date de debut'] },
  { role: 'start', synonyms: ['start', 'start time', 'from', 'begin', 'debut', 'heure de debut', 'de', 'started at'] },
  { role: 'end', synonyms: ['end', 'end time', 'stop', 'to', 'fin', 'heure de fin', 'a', 'ended at'] },
  { role: 'duration', synonyms: ['duration', 'hours', 'time', 'duree', 'heures', 'temps'] },
  { role: 'project', synonyms: ['project', 'category', 'projet', 'categorie', 'activite', 'activity', 'client'] },
  { role: 'description', synonyms: ['description', 'notes', 'note', 'task', 'libelle', 'commentaire', 'tache'] },
];

/** A time spreadsheet needs a start, and an end or a duration. */
export const TIME_REQUIRED_ROLES: readonly (readonly TimeColumnRole[])[] = [['start'], ['end', 'duration']];
