import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARTER, type Charter } from '../domain';
import type { CharterDoc } from '../contract/charter';
import { translator } from '../i18n';
import { PRESET_CLAUSES, SECTION_KEYS } from './catalogue';
import { buildCatalogue, clauseVars, defaultSections, docMarkdown, freezeSections, renderDoc } from './document';
import { noticesIn, usualHours } from './notices';
import { makeReportFormat } from '../reports/format';
import type { SlotLike } from './slots';

const en = translator('en');
const fr = translator('fr');
const slots: SlotLike[] = [
  { weekday: 1, start: 600, end: 720, channels: ['phone', 'chat'] },
  { weekday: 2, start: 600, end: 720, channels: ['phone'] },
  { weekday: 5, start: 22 * 60, end: 60, channels: ['social'] },
];
const draft = (over: Partial<CharterDoc> = {}): CharterDoc => ({
  id: 1,
  version: 1,
  status: 'draft',
  language: 'en',
  organisation: 'Acme',
  sections: defaultSections(),
  proposedOn: null,
  signedOn: null,
  signedBy: '',
  snapshot: null,
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

describe('charter document', () => {
  it('every preset clause and section has a text in both languages', () => {
    for (const t of [en, fr]) {
      const c = buildCatalogue(t === en ? 'en' : 'fr', DEFAULT_CHARTER, t);
      expect(c.sections.map((s) => s.key)).toEqual([...SECTION_KEYS]);
      for (const s of c.sections) {
        expect(s.heading).not.toMatch(/^charter\./);
        expect(s.presets.map((p) => p.key)).toEqual(Object.keys(PRESET_CLAUSES[s.key]));
        for (const p of s.presets) expect(p.text).not.toMatch(/^charter\.|\{\{/);
      }
    }
  });

  it('renders six numbered sections, the legal context, the working hours Monday first and the slots by channel', () => {
    const r = renderDoc(draft(), { hours: DEFAULT_CHARTER, slots }, en);
    expect(r.title).toBe('Right-to-disconnect charter');
    expect(r.meta).toEqual(['Acme', 'Version 1 · Draft']);
    expect(r.context.paragraphs[0]).toContain('L2242-17');
    expect(r.sections.map((s) => s.heading)).toEqual([
      '1. The right applies to everyone',
      '2. Managers make sure it is respected',
      '3. Late messages expect no reply',
      '4. Rest times are respected by all',
      '5. Remote-work hours are clearly set',
      '6. Reachability is limited to set slots',
    ]);
    expect(r.sections[2].clauses[0]).toContain('after 8:00 PM');
    const hours = r.sections[4].tables[0];
    expect(hours.rows[0]).toEqual(['Monday', '9:00 AM – 6:00 PM']);
    expect(hours.rows[6]).toEqual(['Sunday', 'Not a working day']);
    const reach = Object.fromEntries(r.sections[5].tables[0].rows);
    expect(reach.Phone).toBe('Monday, Tuesday, 10:00 AM – 12:00 PM');
    expect(reach.Chat).toBe('Monday, 10:00 AM – 12:00 PM');
    expect(reach.Email).toBe('During the working hours');
    expect(reach['Social media inboxes']).toBe('Friday, 10:00 PM – 1:00 AM (ends the next day)');
    expect(r.signature.lines[0]).toBe('Draft, not yet proposed to management.');
  });

  it('in French: 24-hour clock, the French labour code, lower-case weekdays', () => {
    const r = renderDoc(draft({ language: 'fr' }), { hours: DEFAULT_CHARTER, slots }, fr);
    expect(r.title).toBe('Charte du droit à la déconnexion');
    expect(r.context.paragraphs[0]).toContain('L2242-17 du Code du travail');
    expect(r.sections[2].clauses[0]).toContain('après 20:00');
    expect(r.sections[4].tables[0].rows[0]).toEqual(['lundi', '09:00 – 18:00']);
    expect(Object.fromEntries(r.sections[5].tables[0].rows)['Messageries des réseaux sociaux']).toBe('vendredi, 22:00 – 01:00 (jusqu’au lendemain)');
  });

  it('a proposed version keeps its frozen text and hours when the settings change', () => {
    const fmt = makeReportFormat('en-US', 'UTC');
    const frozen = draft({ status: 'proposed', proposedOn: '2026-03-02', sections: freezeSections(defaultSections(), en, clauseVars(DEFAULT_CHARTER, fmt)), snapshot: { hours: DEFAULT_CHARTER, slots: [] } });
    const later: Charter = { ...DEFAULT_CHARTER, disconnect: 19 * 60, days: DEFAULT_CHARTER.days.map((d) => (d ? { start: 480, end: 960 } : null)) };
    const r = renderDoc(frozen, { hours: later, slots }, en);
    expect(r.sections[2].clauses[0]).toContain('after 8:00 PM');
    expect(r.sections[4].tables[0].rows[0]).toEqual(['Monday', '9:00 AM – 6:00 PM']);
    expect(Object.fromEntries(r.sections[5].tables[0].rows).Phone).toBe('During the working hours');
    expect(r.signature.lines[0]).toBe('Proposed to management on Mar 2, 2026.');
    // Every clause is written out.
    expect(frozen.sections.every((s) => s.clauses.every((c) => c.text !== null))).toBe(true);
  });

  it('edited and own clauses are kept as written; the signature names the signatories', () => {
    const sections = defaultSections();
    sections[0].clauses = [{ preset: 'scope', text: 'Everyone, the CEO first.' }, { preset: null, text: 'Our own rule.' }];
    const r = renderDoc(draft({ sections, status: 'signed', proposedOn: '2026-03-02', signedOn: '2026-03-09', signedBy: 'Claire Martin, CMO', snapshot: { hours: DEFAULT_CHARTER, slots: slots.map((x, id) => ({ ...x, id: id + 1, channels: [...x.channels] })) } }), { hours: DEFAULT_CHARTER, slots: [] }, en);
    expect(r.sections[0].clauses).toEqual(['Everyone, the CEO first.', 'Our own rule.']);
    expect(r.signature.lines).toEqual(['Signed on Mar 9, 2026 by Claire Martin, CMO.', 'Proposed to management on Mar 2, 2026.']);
  });

  it('Markdown: title, context, six sections with their clauses and tables, signatures', () => {
    const md = docMarkdown(renderDoc(draft(), { hours: DEFAULT_CHARTER, slots }, en));
    expect(md.startsWith('# Right-to-disconnect charter\n')).toBe(true);
    expect(md).toContain('## Context');
    expect(md.match(/^## \d\. /gm)).toHaveLength(6);
    expect(md).toContain('| Monday | 9:00 AM – 6:00 PM |');
    expect(md).toContain('- This charter applies to every member of the team');
    expect(md).toContain('## Signatures');
  });

  it('notices: both languages, filled with the usual hours and the disconnect time', () => {
    expect(usualHours(DEFAULT_CHARTER)).toEqual({ start: 540, end: 1080 });
    const e = Object.fromEntries(noticesIn('en', DEFAULT_CHARTER, en).map((n) => [n.key, n.text]));
    const f = Object.fromEntries(noticesIn('fr', DEFAULT_CHARTER, fr).map((n) => [n.key, n.text]));
    expect(e.lateEmail).toBe('Sent after 8:00 PM: no reply is expected before tomorrow.');
    expect(f.lateEmail).toBe('Envoyé après 20:00 : pas de réponse attendue avant demain.');
    expect(f.community).toContain('de 09:00 à 18:00');
    expect(Object.values(e).concat(Object.values(f)).every((text) => !text.includes('{{'))).toBe(true);
  });
});
