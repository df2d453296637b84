// The charter document with every text resolved in its own language: the screen, the A4 print
// layout (PDF) and the Markdown export all show this one structure. Pure: the caller gives the
// translator of the document's language (main: translator(doc.language)).
import type { Charter } from '../domain';
import type { Catalogue, CharterDoc, CharterSections, RenderedDoc } from '../contract/charter';
import { makeReportFormat, mdTable, type ReportFormat, type Translate } from '../reports/format';
import { weekdaysText } from '../reports/weeklyReport';
import { DOC_STATUS_LABEL, SECTION_HEADING, SECTION_INTRO, SECTION_KEYS, SLOT_CHANNELS, SLOT_CHANNEL_LABEL, presetTextKey, presetsOf, type DocLanguage, type SectionKey } from './catalogue';
import { crossesMidnight, type SlotLike } from './slots';

/** The locale a document is formatted in (dates, times, weekdays). */
export const DOC_LOCALE: Record<DocLanguage, string> = { en: 'en-US', fr: 'fr-FR' };

/** Monday first, as the reports list weekdays. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** What the clause texts refer to: the working hours' disconnect time. */
export interface ClauseVars {
  disconnect: string;
}

export function clauseVars(hours: Charter, fmt: ReportFormat): ClauseVars {
  return { disconnect: fmt.clock(hours.disconnect) };
}

/** A clause's text: its own (edited, or written by the user), else its preset's text in `t`'s language. */
export function clauseText(section: SectionKey, clause: CharterSections[number]['clauses'][number], t: Translate, vars: ClauseVars): string {
  if (clause.text !== null) return clause.text;
  return t(presetTextKey(section, clause.preset!), { ...vars });
}

/** Every preset clause of every section, for a new draft (the user unticks what does not fit). */
export function defaultSections(): CharterSections {
  return SECTION_KEYS.map((key) => ({ key, clauses: presetsOf(key).map((preset) => ({ preset, text: null })) }));
}

/** The sections with every preset's text written out, so a proposed or signed version no longer depends on the catalogue. */
export function freezeSections(sections: CharterSections, t: Translate, vars: ClauseVars): CharterSections {
  return sections.map((s) => ({ key: s.key, clauses: s.clauses.map((c) => ({ preset: c.preset, text: clauseText(s.key, c, t, vars) })) }));
}

/** The catalogue in one language: each section's heading, what it means, and its preset clauses. */
export function buildCatalogue(language: DocLanguage, hours: Charter, t: Translate): Catalogue {
  const vars = clauseVars(hours, makeReportFormat(DOC_LOCALE[language], 'UTC'));
  return {
    language,
    sections: SECTION_KEYS.map((key) => ({
      key,
      heading: t(SECTION_HEADING[key]),
      intro: t(SECTION_INTRO[key]),
      presets: presetsOf(key).map((preset) => ({ key: preset, text: t(presetTextKey(key, preset), { ...vars }) })),
    })),
  };
}

const span = (start: number, end: number, fmt: ReportFormat) => `${fmt.clock(start)} – ${fmt.clock(end)}`;

/** The working hours, one row per weekday (Monday first). */
export function hoursTable(hours: Charter, fmt: ReportFormat, t: Translate): RenderedDoc['sections'][number]['tables'][number] {
  return {
    caption: t('charter.doc.hoursCaption'),
    head: [t('charter.doc.day'), t('charter.doc.hours')],
    rows: WEEK_ORDER.map((d) => {
      const h = hours.days[d];
      return [fmt.weekday(d), h ? span(h.start, h.end, fmt) : t('charter.doc.dayOff')];
    }),
  };
}

/** One channel's slots as text: the same hours on several days grouped ("Monday – Friday, 9:00 AM – 12:00 PM"). */
export function slotsText(slots: readonly SlotLike[], fmt: ReportFormat, t: Translate): string {
  const groups = new Map<string, { start: number; end: number; days: number[] }>();
  for (const s of slots) {
    const key = `${s.start}-${s.end}`;
    const g = groups.get(key) ?? { start: s.start, end: s.end, days: [] };
    g.days.push(s.weekday);
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((g) => `${weekdaysText(g.days, fmt)}, ${span(g.start, g.end, fmt)}${crossesMidnight(g) ? ` ${t('charter.doc.nextDay')}` : ''}`)
    .join('; ');
}

/** The reachability slots, one row per channel; a channel without slots of its own follows the working hours. */
export function slotsTable(slots: readonly SlotLike[], fmt: ReportFormat, t: Translate): RenderedDoc['sections'][number]['tables'][number] {
  return {
    caption: t('charter.doc.slotsCaption'),
    head: [t('charter.doc.channel'), t('charter.doc.when')],
    rows: SLOT_CHANNELS.map((ch) => {
      const own = slots.filter((s) => s.channels.includes(ch));
      return [t(SLOT_CHANNEL_LABEL[ch]), own.length ? slotsText(own, fmt, t) : t('charter.doc.sameAsHours')];
    }),
  };
}

/**
 * The document resolved in its language. `live` gives the working hours and slots of a draft;
 * a proposed or signed version uses its snapshot (what management saw).
 */
export function renderDoc(doc: CharterDoc, live: { hours: Charter; slots: readonly SlotLike[] }, t: Translate): RenderedDoc {
  const fmt = makeReportFormat(DOC_LOCALE[doc.language], 'UTC');
  const { hours, slots } = doc.snapshot ?? live;
  const vars = clauseVars(hours, fmt);
  const meta: string[] = [];
  if (doc.organisation) meta.push(doc.organisation);
  meta.push(t('charter.doc.versionLine', { version: doc.version, status: t(DOC_STATUS_LABEL[doc.status]) }));
  const signature =
    doc.status === 'signed'
      ? [t('charter.doc.signedOn', { date: fmt.civil(doc.signedOn!), by: doc.signedBy }), ...(doc.proposedOn ? [t('charter.doc.proposedOn', { date: fmt.civil(doc.proposedOn) })] : [])]
      : doc.status === 'proposed'
        ? [t('charter.doc.proposedOn', { date: fmt.civil(doc.proposedOn!) }), t('charter.doc.toSign')]
        : [t('charter.doc.draftLine'), t('charter.doc.toSign')];
  return {
    language: doc.language,
    title: t('charter.doc.title'),
    meta,
    context: { heading: t('charter.doc.contextHeading'), paragraphs: [t('charter.doc.law'), t('charter.doc.figures'), t('charter.doc.notAdvice')] },
    sections: doc.sections.map((s, i) => ({
      key: s.key,
      heading: `${i + 1}. ${t(SECTION_HEADING[s.key])}`,
      intro: t(SECTION_INTRO[s.key]),
      clauses: s.clauses.map((c) => clauseText(s.key, c, t, vars)),
      tables: s.key === 'remote' ? [hoursTable(hours, fmt, t)] : s.key === 'reach' ? [slotsTable(slots, fmt, t)] : [],
      notes: s.key === 'remote' ? [t('charter.doc.disconnectNote', { time: vars.disconnect })] : [],
    })),
    signature: { heading: t('charter.doc.signatureHeading'), lines: signature },
    fileName: `coulisses-disconnection-charter-v${doc.version}-${doc.language}.md`,
  };
}

/** The rendered document as Markdown (the file proposed to management). */
export function docMarkdown(r: RenderedDoc): string {
  const out: string[] = [`# ${r.title}`, ''];
  for (const m of r.meta) out.push(`**${m}**`, '');
  out.push(`## ${r.context.heading}`, '', ...r.context.paragraphs.flatMap((p) => [p, '']));
  for (const s of r.sections) {
    out.push(`## ${s.heading}`, '', `_${s.intro}_`, '');
    if (s.clauses.length) out.push(...s.clauses.map((c) => `- ${c.replace(/\r?\n/g, ' ')}`), '');
    for (const table of s.tables) out.push(`${table.caption}`, '', mdTable(table.head, table.rows), '');
    for (const n of s.notes) out.push(n, '');
  }
  out.push(`## ${r.signature.heading}`, '', ...r.signature.lines.flatMap((l) => [l, '']));
  return out.join('\n');
}
