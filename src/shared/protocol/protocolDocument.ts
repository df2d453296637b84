// The one-page protocol for management to sign: the escalation matrix, the bridge replies, the
// moderation charter, business hours, the sandwich method, customer data and the learning loop,
// with a version, a date and signature lines. One model (protocolDocument) with two views: the
// print layout on screen (PDF) and protocolMarkdown. The language is the one of `t` and `fmt`.
import type { Charter } from '../domain';
import { mdTable, type ReportFormat, type Translate } from '../reports/format';
import { weekdaysText } from '../reports/weeklyReport';
import type { ReplyLanguage } from './constants';
import { SANDWICH_STEPS } from './constants';
import { ACTION_LABEL, ACTOR_LABEL, ANSWERER_LABEL, CLOCK_LABEL, OWNER_LABEL, STEP_HINT, STEP_LABEL } from './labels';
import { displayPreset } from './presets';
import type { ModerationRule, ProtocolConfig, RequestType } from './types';

export interface ProtocolDocumentInput {
  types: readonly RequestType[];
  rules: readonly ModerationRule[];
  config: ProtocolConfig;
  charter: Charter;
  /** the document's language, for the bridge replies (the other language's text when empty) */
  language: ReplyLanguage;
}

export interface ProtocolDocument {
  title: string;
  version: string;
  intro: string;
  matrix: { head: string[]; rows: string[][] };
  bridges: { type: string; text: string }[];
  rules: { head: string[]; rows: string[][] };
  split: string;
  hours: string[];
  sandwich: { step: string; hint: string }[];
  privacy: string[];
  loop: string;
  signatures: { head: string[]; rows: string[][] };
}

/**
 * An SLA target in minutes as "30 min", "1 h", "1 h 30", "48 h", with no-break spaces (as
 * durationText) so that a figure never wraps inside itself in a narrow column.
 */
export function slaDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}\u00a0min`;
  return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
}

/** The charter's working hours as lines: "Monday – Friday: 09:00 – 18:00", grouped by identical hours. */
export function hoursLines(charter: Charter, fmt: ReportFormat, t: Translate): string[] {
  const groups = new Map<string, { start: number; end: number; days: number[] }>();
  charter.days.forEach((d, weekday) => {
    if (!d) return;
    const key = `${d.start}-${d.end}`;
    const g = groups.get(key) ?? { start: d.start, end: d.end, days: [] };
    g.days.push(weekday);
    groups.set(key, g);
  });
  return [...groups.values()].map((g) => t('protocol.doc.hoursLine', { days: weekdaysText(g.days, fmt), from: fmt.clock(g.start), to: fmt.clock(g.end) }));
}

/** The document's model, its texts in the language of `t` (seeded names translated). Archived types are left out. */
export function protocolDocument(input: ProtocolDocumentInput, fmt: ReportFormat, t: Translate): ProtocolDocument {
  const types = input.types.filter((x) => !x.archived);
  const name = (x: RequestType) => displayPreset(x.name, t);
  const other: ReplyLanguage = input.language === 'en' ? 'fr' : 'en';
  const sla = (minutes: number, x: RequestType) => `${slaDuration(minutes)} (${t(CLOCK_LABEL[x.clock])})`;
  const brand = input.config.brand.trim();
  return {
    title: brand ? t('protocol.doc.titleFor', { brand }) : t('protocol.doc.title'),
    version: t('protocol.doc.version', { version: input.config.version, date: fmt.civil(input.config.versionDate) }),
    intro: t('protocol.doc.intro'),
    matrix: {
      head: [t('protocol.doc.col.level'), t('protocol.doc.col.type'), t('protocol.doc.col.answers'), t('protocol.doc.col.owner'), t('protocol.doc.col.firstReply'), t('protocol.doc.col.resolution'), t('protocol.doc.col.private')],
      rows: types.map((x) => [
        String(x.level),
        name(x),
        t(ANSWERER_LABEL[x.answeredBy]),
        x.ownerName ? `${t(OWNER_LABEL[x.ownerRole])} (${x.ownerName})` : t(OWNER_LABEL[x.ownerRole]),
        sla(x.firstReplyMinutes, x),
        sla(x.resolutionMinutes, x),
        x.goesPrivate ? t('protocol.doc.yes') : t('protocol.doc.no'),
      ]),
    },
    bridges: types.map((x) => ({ type: name(x), text: (x.bridge[input.language] || x.bridge[other]).trim() })).filter((b) => b.text !== ''),
    rules: {
      head: [t('protocol.doc.col.article'), t('protocol.doc.col.category'), t('protocol.doc.col.action'), t('protocol.doc.col.actor')],
      rows: input.rules.map((r) => [r.article, displayPreset(r.category, t) + (r.note ? ` — ${r.note}` : ''), t(ACTION_LABEL[r.action]), t(ACTOR_LABEL[r.actor])]),
    },
    split: t('protocol.doc.split'),
    hours: [...hoursLines(input.charter, fmt, t), input.config.daysOff.length ? t('protocol.doc.daysOff', { days: input.config.daysOff.map((d) => fmt.civil(d)).join(', ') }) : t('protocol.doc.noDaysOff'), t('protocol.doc.pause')],
    sandwich: SANDWICH_STEPS.map((s) => ({ step: t(STEP_LABEL[s]), hint: t(STEP_HINT[s]) })),
    privacy: [t('protocol.doc.privacyPublic'), t('protocol.doc.privacyStored')],
    loop: t('protocol.doc.loop', { n: input.config.raiseThreshold }),
    signatures: { head: [t('protocol.doc.col.role'), t('protocol.doc.col.name'), t('protocol.doc.col.date'), t('protocol.doc.col.signature')], rows: [[t('protocol.doc.signManagement'), '', '', ''], [t('protocol.doc.signSocial'), '', '', '']] },
  };
}

/** The one-page protocol as Markdown (signature lines as an empty table to fill in). */
export function protocolMarkdown(input: ProtocolDocumentInput, fmt: ReportFormat, t: Translate): string {
  const d = protocolDocument(input, fmt, t);
  const out = [`# ${d.title}`, '', `**${d.version}**`, '', d.intro, ''];
  out.push(`## ${t('protocol.doc.matrix')}`, '', mdTable(d.matrix.head, d.matrix.rows) || `_${t('protocol.doc.none')}_`, '');
  if (d.bridges.length) out.push(`## ${t('protocol.doc.bridges')}`, '', ...d.bridges.map((b) => `- **${b.type}** — ${b.text}`), '');
  out.push(`## ${t('protocol.doc.charter')}`, '', mdTable(d.rules.head, d.rules.rows) || `_${t('protocol.doc.none')}_`, '', d.split, '');
  out.push(`## ${t('protocol.doc.hours')}`, '', ...d.hours.map((h) => `- ${h}`), '');
  out.push(`## ${t('protocol.doc.sandwich')}`, '', ...d.sandwich.map((s, i) => `${i + 1}. **${s.step}** — ${s.hint}`), '');
  out.push(`## ${t('protocol.doc.privacy')}`, '', ...d.privacy.map((p) => `- ${p}`), '');
  out.push(`## ${t('protocol.doc.learning')}`, '', d.loop, '');
  out.push(`## ${t('protocol.doc.approval')}`, '', mdTable(d.signatures.head, d.signatures.rows.map((r) => r.map((c) => c || ' '))), '');
  return out.join('\n');
}
