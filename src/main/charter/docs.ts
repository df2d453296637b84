// The charter document: versions from draft to proposed to signed, each rendered in its own
// language from the catalogue. A draft follows the current working hours and slots; proposing or
// signing freezes its text and those hours into the version.
import { AppError } from '../../shared/contract/result';
import type { Catalogue, CharterDoc, CharterSections, DocSummary, RenderedDoc } from '../../shared/contract/charter';
import type { DocLanguage } from '../../shared/charter/catalogue';
import { DOC_LOCALE, buildCatalogue, clauseText, clauseVars, defaultSections, freezeSections, renderDoc } from '../../shared/charter/document';
import { noticesIn } from '../../shared/charter/notices';
import { makeReportFormat } from '../../shared/reports/format';
import { translator } from '../../shared/i18n';
import type { Db } from '../db/types';
import { getSettings } from '../system/settings';
import { deleteDocRow, insertDoc, nextVersion, readCurrentDoc, readDoc, readDocSummaries, readDraftId, updateDocRow } from './docsStore';
import { readSlots } from './slotsStore';

/** The working hours (settings) and the slots, as a draft shows them. */
function live(db: Db) {
  return { hours: getSettings(db).charter, slots: readSlots(db) };
}

export function listDocs(db: Db): DocSummary[] {
  return readDocSummaries(db);
}

function getDoc(db: Db, id: number): CharterDoc {
  const doc = readDoc(db, id);
  if (!doc) throw new AppError('not_found', `Charter version ${id} does not exist.`);
  return doc;
}

function getDraft(db: Db, id: number): CharterDoc {
  const doc = getDoc(db, id);
  if (doc.status !== 'draft') throw new AppError('charter_frozen', `Charter version ${doc.version} is ${doc.status}: its text no longer changes.`, { version: doc.version });
  return doc;
}

/** A version and its rendering; without an id the current one (the draft, else the latest), or null when there is none. */
export function docView(db: Db, id?: number): { doc: CharterDoc; rendered: RenderedDoc } | null {
  const doc = id === undefined ? readCurrentDoc(db) : getDoc(db, id);
  if (!doc) return null;
  return { doc, rendered: renderDoc(doc, live(db), translator(doc.language)) };
}

/**
 * A copied version's clauses whose text is exactly their preset's text (as frozen in the source
 * version) go back to following the catalogue, so the new draft can change language and hours.
 */
function unfreeze(src: CharterDoc & { snapshot: NonNullable<CharterDoc['snapshot']> }): CharterSections {
  const t = translator(src.language);
  const vars = clauseVars(src.snapshot.hours, makeReportFormat(DOC_LOCALE[src.language], 'UTC'));
  return src.sections.map((s) => ({
    key: s.key,
    clauses: s.clauses.map((c) => (c.preset !== null && c.text !== null && c.text === clauseText(s.key, { preset: c.preset, text: null }, t, vars) ? { preset: c.preset, text: null } : c)),
  }));
}

/** A new draft (the next version number): every preset clause, or a copy of version `fromId`. Refused while a draft exists. */
export function createDoc(db: Db, input: { language: DocLanguage; fromId?: number }, now: number): CharterDoc {
  const draft = readDraftId(db);
  if (draft !== null) throw new AppError('charter_draft_exists', 'There is already a draft of the charter.', { id: draft });
  const src = input.fromId === undefined ? null : getDoc(db, input.fromId);
  const id = insertDoc(db, { version: nextVersion(db), language: input.language, organisation: src?.organisation ?? '', sections: src ? (src.snapshot ? unfreeze({ ...src, snapshot: src.snapshot }) : src.sections) : defaultSections() }, now);
  return getDoc(db, id);
}

/** Edits a draft's language, organisation or sections. */
export function updateDoc(db: Db, input: { id: number; language?: DocLanguage; organisation?: string; sections?: CharterSections }, now: number): CharterDoc {
  const doc = getDraft(db, input.id);
  updateDocRow(db, { ...doc, language: input.language ?? doc.language, organisation: input.organisation ?? doc.organisation, sections: input.sections ?? doc.sections }, now);
  return getDoc(db, doc.id);
}

/** The draft's text written out and the current hours and slots kept with it. */
function frozen(db: Db, doc: CharterDoc): Pick<CharterDoc, 'sections' | 'snapshot'> {
  const snapshot = live(db);
  const vars = clauseVars(snapshot.hours, makeReportFormat(DOC_LOCALE[doc.language], 'UTC'));
  return { sections: freezeSections(doc.sections, translator(doc.language), vars), snapshot };
}

/** Draft → proposed on `on`: from now on the version's text and hours no longer change. */
export function proposeDoc(db: Db, input: { id: number; on: string }, now: number): CharterDoc {
  const doc = getDraft(db, input.id);
  updateDocRow(db, { ...doc, ...frozen(db, doc), status: 'proposed', proposedOn: input.on }, now);
  return getDoc(db, doc.id);
}

/** Draft or proposed → signed on `on` by `by`; not before the day it was proposed. */
export function signDoc(db: Db, input: { id: number; on: string; by: string }, now: number): CharterDoc {
  const doc = getDoc(db, input.id);
  if (doc.status === 'signed') throw new AppError('charter_frozen', `Charter version ${doc.version} is already signed.`, { version: doc.version });
  if (doc.proposedOn !== null && input.on < doc.proposedOn) throw new AppError('charter_sign_date', 'A charter cannot be signed before it was proposed.', { date: doc.proposedOn });
  const text = doc.status === 'draft' ? frozen(db, doc) : { sections: doc.sections, snapshot: doc.snapshot };
  updateDocRow(db, { ...doc, ...text, status: 'signed', signedOn: input.on, signedBy: input.by }, now);
  return getDoc(db, doc.id);
}

/** Deletes a draft (proposed and signed versions are the history and stay). */
export function deleteDoc(db: Db, id: number): { done: true } {
  const doc = getDraft(db, id);
  deleteDocRow(db, doc.id);
  return { done: true };
}

/** The six sections and their preset clauses in `language`, with the current disconnect time. */
export function catalogueFor(db: Db, language: DocLanguage): Catalogue {
  return buildCatalogue(language, getSettings(db).charter, translator(language));
}

/** The "no reply expected before tomorrow" notices in both languages. */
export function notices(db: Db) {
  const hours = getSettings(db).charter;
  return { en: noticesIn('en', hours, translator('en')), fr: noticesIn('fr', hours, translator('fr')) };
}
