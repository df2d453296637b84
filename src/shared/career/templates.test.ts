import { describe, expect, it } from 'vitest';
import { resources, translator } from '../i18n';
import {
  CERTIFICATION_TEMPLATES,
  CHECKLIST_KEYS,
  PRESET_TEXT_KEY,
  presetText,
  DEFAULT_MILESTONES,
  DEFAULT_SKILLS,
  certificationFromTemplate,
  checklistKey,
  defaultChecklist,
  defaultSkills,
  findTemplate,
  milestoneKey,
  phaseKey,
  skillKey,
} from './templates';
import { PHASE_KEYS, RULE_FIELDS } from './types';

describe('certification templates', () => {
  it('Google Analytics on Skillshop: only what the project read on a Skillshop page is verified, and the page is named', () => {
    const r = findTemplate('google-analytics')!.rules;
    expect(r.validityMonths).toEqual({ value: 12, source: 'career.source.skillshopFaq', verified: true });
    expect(translator('en')(r.validityMonths.source)).toContain('support.google.com/skillshop/answer/12844226');
    for (const f of ['passMark', 'retakeDelayHours', 'renewalWindowDays'] as const) expect(r[f]).toMatchObject({ verified: false, source: 'career.source.skillshopToCheck' });
    expect([r.passMark.value, r.retakeDelayHours.value, r.renewalWindowDays.value]).toEqual([80, 24, 30]);
    expect(r.questionCount).toMatchObject({ value: 50, verified: false });
    expect(r.minutes).toMatchObject({ value: 75, verified: false });
    for (const f of RULE_FIELDS) expect(r[f].source).not.toBe('');
    expect(findTemplate('google-analytics')!.noteKey).toBe('career.templates.google-analytics-note');
  });

  it('HubSpot: only the 12 h lock-out between failed attempts, from HubSpot’s own page', () => {
    const r = findTemplate('hubspot')!.rules;
    expect(r.retakeDelayHours).toEqual({ value: 12, source: 'career.source.hubspotExams', verified: true });
    for (const f of RULE_FIELDS.filter((f) => f !== 'retakeDelayHours')) expect(r[f]).toEqual({ value: null, source: '', verified: false });
  });

  it('Meta Blueprint, LinkedIn and blank are user-filled; LinkedIn names the real certification', () => {
    for (const key of ['meta-blueprint', 'linkedin', 'blank']) {
      const r = findTemplate(key)!.rules;
      for (const f of RULE_FIELDS) expect(r[f]).toEqual({ value: null, source: '', verified: false });
    }
    expect(findTemplate('linkedin')).toMatchObject({ provider: 'LinkedIn Marketing Labs', name: 'LinkedIn Marketing Strategy Certification' });
  });

  it('every template source and translated name reads in the user’s language; typed text is shown as typed', () => {
    const fr = translator('fr');
    const texts = CERTIFICATION_TEMPLATES.flatMap((tpl) => [tpl.name, ...RULE_FIELDS.map((f) => tpl.rules[f].source)]).filter((x) => PRESET_TEXT_KEY.test(x));
    expect(texts.length).toBeGreaterThan(5);
    for (const key of texts) {
      expect(presetText(key, fr)).not.toBe(key);
      expect(presetText(key, fr)).not.toBe(presetText(key, translator('en')));
    }
    expect(presetText('career.certName.google-analytics', fr)).toBe('Certification Google Analytics');
    expect(presetText('My notes: career.source.x', fr)).toBe('My notes: career.source.x');
    // every verified rule names its page
    for (const tpl of CERTIFICATION_TEMPLATES) for (const f of RULE_FIELDS) if (tpl.rules[f].verified) expect(presetText(tpl.rules[f].source, fr)).toMatch(/\.com/);
  });

  it('builds a fresh certification with the default checklist, independent of the template', () => {
    const c = certificationFromTemplate('google-analytics');
    expect(c.checklist.map((i) => i.key)).toEqual(['create-account', 'practise-format', 'pass-in-time', 'retry-after-delay', 'add-to-cv', 'add-to-linkedin']);
    expect(c.checklist.every((i) => !i.done && i.text === '')).toBe(true);
    c.rules.passMark.value = 1;
    expect(findTemplate('google-analytics')!.rules.passMark.value).toBe(80);
    expect(certificationFromTemplate('unknown').templateKey).toBe('blank');
    expect(defaultChecklist()).toHaveLength(6);
  });
});

describe('plan and skill presets', () => {
  it('has 3 to 5 milestones per phase', () => {
    for (const p of [0, 1, 2]) {
      const n = DEFAULT_MILESTONES.filter((m) => m.phase === p).length;
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
  });

  it('has the hard and managerial skills with targets 1..5', () => {
    expect(DEFAULT_SKILLS.filter((s) => s.kind === 'hard').map((s) => s.key)).toEqual([
      'analytics',
      'paid-social',
      'seo',
      'copywriting',
      'visual-video',
      'monitoring',
      'crisis-communication',
      'english',
    ]);
    expect(DEFAULT_SKILLS.filter((s) => s.kind === 'managerial').map((s) => s.key)).toEqual(['leading-team', 'stakeholders', 'budgeting', 'presenting', 'ethics']);
    for (const s of DEFAULT_SKILLS) expect(s.target >= 1 && s.target <= 5).toBe(true);
    expect(defaultSkills()[0]).toEqual({ key: 'analytics', name: '', kind: 'hard', target: 4, assessments: [], evidence: [] });
  });
});

describe('messages', () => {
  const used = [
    ...PHASE_KEYS.map(phaseKey),
    ...DEFAULT_MILESTONES.map((m) => milestoneKey(m.key)),
    ...CHECKLIST_KEYS.map(checklistKey),
    ...DEFAULT_SKILLS.map((s) => skillKey(s.key)),
    ...CERTIFICATION_TEMPLATES.flatMap((t) => (t.noteKey ? [t.labelKey, t.noteKey] : [t.labelKey])),
  ];

  // The catalogue's preset subtrees (src/shared/i18n/locales/<lang>/career.json), flat.
  const PRESET_SUBTREES = ['phases', 'milestones', 'checklist', 'skills', 'templates'];
  const presets = (language: 'en' | 'fr'): Record<string, string> => {
    const career = resources[language].translation.career as Record<string, Record<string, string>>;
    return Object.fromEntries(PRESET_SUBTREES.flatMap((sub) => Object.entries(career[sub]).map(([k, v]) => [`career.${sub}.${k}`, v])));
  };
  const careerMessagesEn = presets('en');
  const careerMessagesFr = presets('fr');

  it('has every key used, in English and French, and nothing else', () => {
    expect(Object.keys(careerMessagesEn).sort()).toEqual([...new Set(used)].sort());
    expect(Object.keys(careerMessagesFr).sort()).toEqual(Object.keys(careerMessagesEn).sort());
    for (const text of [...Object.values(careerMessagesEn), ...Object.values(careerMessagesFr)]) expect(text.trim()).not.toBe('');
  });

  it('reads the presets through i18next', () => {
    expect(translator('en')('career.skills.paid-social')).toBe('Paid social');
    expect(translator('fr')('career.skills.paid-social')).toBe('Publicité sur les réseaux sociaux');
  });
});
