// The reply protocol's links into the audit, kept across a delete and its Undo: a case counts as
// an interruption (protocol_case.interruption_id, set to null when the interruption is deleted)
// and its handling time is time entries (case_time, removed with the entry). The audit's delete
// answers the cases it unlinked; its Undo links the restored row back to them.
import type { Db } from '../db/types';
import { casesOfEntry, casesOfInterruption, linkTimeEntryToCases, setMissingInterruption } from './casesStore';

/** The cases that count this interruption (read before deleting it, for Undo). */
export function interruptionCases(db: Db, interruptionId: number): number[] {
  return casesOfInterruption(db, interruptionId);
}

/** The cases whose handling time includes this entry (read before deleting it, for Undo). */
export function entryCases(db: Db, entryId: number): number[] {
  return casesOfEntry(db, entryId);
}

/**
 * Undo of an interruption's delete: the cases it counted for count it again, unless a case was
 * deleted since or was given another interruption meanwhile (left as they are).
 */
export function relinkInterruption(db: Db, caseIds: readonly number[], interruptionId: number): void {
  setMissingInterruption(db, caseIds, interruptionId);
}

/** Undo of an entry's delete: the entry is handling time of its cases again (those deleted since are left out). */
export function relinkEntry(db: Db, caseIds: readonly number[], entryId: number): void {
  linkTimeEntryToCases(db, caseIds, entryId);
}
