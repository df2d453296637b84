// The decision portfolio: records, search and filter, Markdown export.

import { alreadyRestored } from '../core/undo';
import { skillRefName } from '../../shared/career/messages';
import type { Decision } from '../../shared/career/types';
import { AppError } from '../../shared/contract/result';
import { translator } from '../../shared/i18n';
import type { Db } from '../db/types';
import { deleteDecisionRow, insertDecision, readDecision, readDecisions, updateDecisionRow } from './decisionsStore';
import { addEvidence, evidenceOwnersOfDecision, ownerExists } from './planStore';

export interface DecisionFilter {
  query?: string;
  tag?: string;
  skill?: string;
  from?: string;
  to?: string;
}

/** Lower case without accents, so that "equipe" finds "équipe". */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function clean(d: Omit<Decision, 'id'>): Omit<Decision, 'id'> {
  const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
  return { ...d, title: d.title.trim(), kpiName: d.kpiName.trim(), skills: uniq(d.skills), tags: uniq(d.tags) };
}

export function listDecisions(db: Db, filter: DecisionFilter = {}): Decision[] {
  const words = fold(filter.query ?? '').split(/\s+/).filter(Boolean);
  const tag = filter.tag ? fold(filter.tag) : null;
  return readDecisions(db, filter.from, filter.to).filter((d) => {
    if (tag && !d.tags.some((t) => fold(t) === tag)) return false;
    if (filter.skill && !d.skills.includes(filter.skill)) return false;
    if (words.length === 0) return true;
    const hay = fold([d.title, d.context, d.measured, d.options, d.arbitration, d.changed, d.kpiName, ...d.tags, ...d.skills].join('\n'));
    return words.every((w) => hay.includes(w));
  });
}

export function getDecision(db: Db, id: number): Decision {
  const d = readDecision(db, id);
  if (!d) throw new AppError('not_found', `Decision ${id} does not exist.`);
  return d;
}

export function createDecision(db: Db, input: Omit<Decision, 'id'>, now: number): Decision {
  return getDecision(db, insertDecision(db, clean(input), now));
}

export function updateDecision(db: Db, input: Partial<Omit<Decision, 'id'>> & { id: number }, now: number): Decision {
  const current = getDecision(db, input.id);
  const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const next = { ...current, ...clean({ ...current, ...patch }), id: current.id };
  updateDecisionRow(db, next, now);
  return getDecision(db, input.id);
}

/** Deletes a decision and answers it as it was, with the milestones and skills it was evidence for, for Undo. */
export function deleteDecision(db: Db, id: number): { done: true; decision: Decision; milestoneIds: number[]; skillIds: number[] } {
  const decision = readDecision(db, id);
  if (!decision) throw new AppError('not_found', `Decision ${id} does not exist.`);
  const owners = evidenceOwnersOfDecision(db, id);
  deleteDecisionRow(db, id);
  return { done: true, decision, ...owners };
}

/**
 * Puts back a deleted decision (Undo) through the same cleaning as a new one, and its evidence
 * links from the milestones and skills that still exist. Keeps its id when it is still free; one
 * already back (a second press, a backup restore) is answered as it is, nothing doubled.
 */
export function restoreDecision(db: Db, input: { decision: Decision; milestoneIds: number[]; skillIds: number[] }, now: number): Decision {
  const { id: oldId, ...fields } = input.decision;
  if (readDecision(db, oldId)) {
    const current = getDecision(db, oldId);
    if (alreadyRestored(current, input.decision)) return current;
  }
  const id = insertDecision(db, { ...clean(fields), ...(readDecision(db, oldId) ? {} : { id: oldId }) }, now);
  for (const m of input.milestoneIds) if (ownerExists(db, 'milestone', m)) addEvidence(db, 'milestone', m, { kind: 'decision', id });
  for (const s of input.skillIds) if (ownerExists(db, 'skill', s)) addEvidence(db, 'skill', s, { kind: 'decision', id });
  return getDecision(db, id);
}

/** Markdown-safe single line (headings, list items). */
const inline = (s: string): string => s.replace(/\s+/g, ' ').replace(/([\\`*_[\]#<>])/g, '\\$1').trim();

/**
 * A portfolio of the decisions matching the filter, oldest first, as Markdown; headings and
 * labels read the catalogue (`career.decisionsMd.*`, preset skills `career.skills.*`) in
 * `language`; numbers and dates are formatted for `locale` (default fr-FR / en-GB).
 */
export function decisionsMarkdown(db: Db, filter: DecisionFilter & { language: 'en' | 'fr'; locale?: string }): { markdown: string; count: number } {
  const t = translator(filter.language);
  const L = {
    date: t('career.decisionsMd.date'),
    context: t('career.decisionsMd.context'),
    measured: t('career.decisionsMd.measured'),
    options: t('career.decisionsMd.options'),
    arbitration: t('career.decisionsMd.arbitration'),
    changed: t('career.decisionsMd.changed'),
    outcome: t('career.decisionsMd.outcome'),
    kpi: t('career.decisionsMd.kpi'),
    before: t('career.decisionsMd.before'),
    after: t('career.decisionsMd.after'),
    skills: t('career.decisionsMd.skills'),
    tags: t('career.decisionsMd.tags'),
    colon: t('career.decisionsMd.colon'),
  };
  const locale = filter.locale ?? (filter.language === 'fr' ? 'fr-FR' : 'en-GB');
  // Formatters are built once: creating an Intl formatter per decision cost most of the export time.
  let numberFormat: Intl.NumberFormat | null = null;
  let dateFormat: Intl.DateTimeFormat | null = null;
  try {
    numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    // an unknown locale falls back to plain text below
  }
  const num = (n: number) => (numberFormat ? numberFormat.format(n) : String(n));
  const dateText = (iso: string) => (dateFormat ? dateFormat.format(Date.parse(`${iso}T00:00:00Z`)) : iso);
  // a preset skill's name from the catalogue, a free name as typed; looked up once per export
  const skillNames = new Map<string, string>();
  const skillName = (s: string) => skillNames.get(s) ?? skillNames.set(s, skillRefName(s, t)).get(s)!;
  const decisions = listDecisions(db, filter).reverse();
  // a plural key: i18next picks the form by the language's rule (0 is singular in French, plural in English)
  const out: string[] = [`# ${t('career.decisionsMd.title')}`, '', `_${t('career.decisionsMd.count', { count: decisions.length })}_`, ''];
  const block = (label: string, text: string) => {
    if (text.trim() === '') return;
    out.push(`### ${label}`, '', text.trim(), '');
  };
  for (const d of decisions) {
    out.push(`## ${inline(d.title)}`, '', `**${L.date}${L.colon}** ${dateText(d.date)}`, '');
    block(L.context, d.context);
    block(L.measured, d.measured);
    block(L.options, d.options);
    block(L.arbitration, d.arbitration);
    block(L.changed, d.changed);
    if (d.kpiName || d.kpiBefore !== null || d.kpiAfter !== null) {
      const before = d.kpiBefore === null ? '—' : num(d.kpiBefore);
      const after = d.kpiAfter === null ? '—' : num(d.kpiAfter);
      out.push(`### ${L.outcome}`, '', `${inline(d.kpiName) || L.kpi}${L.colon} ${before} (${L.before}) → ${after} (${L.after})`, '');
    }
    if (d.skills.length) out.push(`**${L.skills}${L.colon}** ${d.skills.map((s) => inline(skillName(s))).join(', ')}`, '');
    if (d.tags.length) out.push(`**${L.tags}${L.colon}** ${d.tags.map((t) => `\`${t.replace(/`/g, "'")}\``).join(' ')}`, '');
  }
  return { markdown: out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n', count: decisions.length };
}
