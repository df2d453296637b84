// Keeps the calendar's i18n keys honest, in the spirit of tests/unit/i18n.test.ts: the
// calendar's export strings (the catalogue's subtrees the shared calendar module reads) have
// the same keys in en and fr, none empty, fr not a copy of en; and the keys the module can
// ask for (recorded from real calls) are exactly the keys of those subtrees.
import { describe, expect, it } from 'vitest';
import { phaseChecklist } from './batchPlanner';
import { SKIP_REASON_KEYS } from './exportCommon';
import { GENERIC_CSV_HEADER_KEYS } from './exportGenericCsv';
import { exportMonthMarkdown } from './exportMonthMarkdown';
import { gapMessage } from './gapMessages';
import { sessionIcsEvents } from './icsEvents';
import { resources, translator } from '../i18n';
import { channels, formats, item, items, pillars, session, TZ } from '../../../tests/helpers/calendarFixtures';
import { BATCH_PHASES, DEFAULT_RITUAL, PHASE_LABEL_KEYS, SEED_CHANNELS, SEED_FORMATS, SEED_PILLARS, STATUS_LABEL_KEYS } from './types';

function flat(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  return Object.assign({}, ...Object.entries(obj).map(([k, v]) => (v && typeof v === 'object' ? flat(v as Record<string, unknown>, `${prefix}${k}.`) : { [`${prefix}${k}`]: v as string })));
}

// The subtrees of the catalogue that belong to the shared calendar module (exports, planner,
// seeded names); the rest of calendar.json is the renderer's.
const MODULE_SUBTREES = ['channel', 'format', 'pillar', 'calendar.status', 'calendar.phase', 'calendar.checklist', 'calendar.gap', 'calendar.md', 'calendar.ics', 'calendar.export.skipped', 'calendar.csv'];
const moduleKeys = (all: Record<string, string>) => Object.fromEntries(Object.entries(all).filter(([k]) => MODULE_SUBTREES.some((p) => k.startsWith(`${p}.`))));
// Plural keys ('calendar.gap.channelWeek_one', '_other', and '_many' in French) are asked for
// once, by their base ('calendar.gap.channelWeek'); i18next picks the form.
const PLURAL = /_(one|many|other)$/;
const byBase = (all: Record<string, string>) => Object.fromEntries(Object.entries(all).map(([k, v]) => [k.replace(PLURAL, ''), v]));
const calendarMessagesEn = byBase(moduleKeys(flat(resources.en.translation)));
const calendarMessagesFr = byBase(moduleKeys(flat(resources.fr.translation)));

describe('calendar messages', () => {
  const en = Object.keys(calendarMessagesEn);
  const fr = Object.keys(calendarMessagesFr);

  it('en and fr have the same keys, none empty, fr not a copy of en', () => {
    expect(fr.sort()).toEqual(en.slice().sort());
    for (const k of en) {
      expect(calendarMessagesEn[k].trim(), k).not.toBe('');
      expect(calendarMessagesFr[k].trim(), k).not.toBe('');
    }
    expect(en.filter((k) => calendarMessagesEn[k] === calendarMessagesFr[k] && calendarMessagesEn[k].length > 12)).toEqual([]);
  });

  it('every key the module asks for exists, and every listed key can be asked for', () => {
    const asked = new Set<string>();
    const record = (key: string) => {
      asked.add(key);
      return key;
    };
    // markdown with gaps of every kind, and with nothing at all
    const md = { month: '2025-11', weekStartsOn: 1 as const, tz: TZ, locale: 'en' as const, channels, formats, pillars, t: record };
    exportMonthMarkdown({ ...md, items: [...items, item({ channelId: 20, plannedDate: '2025-11-03' })] });
    exportMonthMarkdown({ ...md, items: [], channels: [], pillars: [] });
    sessionIcsEvents([session], DEFAULT_RITUAL, { t: record, locale: 'en' });
    for (const phase of BATCH_PHASES) {
      for (const entry of phaseChecklist(phase, [item({ publishAt: 1 }), item({ publishAt: null })])) asked.add(entry.labelKey);
    }
    const names = { channelName: String, pillarName: String, locale: 'en' as const };
    for (const missing of [1, 2]) asked.add(gapMessage({ kind: 'channel-week', channelId: 1, week: 1, weekYear: 2025, start: '', end: '', missing }, names).key);
    for (const missingItems of [1, 2]) asked.add(gapMessage({ kind: 'pillar', pillarId: 1, missingShare: 0.1, missingItems }, names).key);
    const tables = [STATUS_LABEL_KEYS, PHASE_LABEL_KEYS, SKIP_REASON_KEYS, GENERIC_CSV_HEADER_KEYS].flatMap((m) => Object.values(m));
    const seeds = [...SEED_CHANNELS, ...SEED_FORMATS, ...SEED_PILLARS].map((s) => s.name);
    const all = new Set([...asked, ...tables, ...seeds]);
    expect([...all].filter((k) => !(k in calendarMessagesEn))).toEqual([]);
    expect(en.filter((k) => !all.has(k))).toEqual([]);
  });

  it('gap messages read well with i18next in both languages', () => {
    const names = { channelName: () => 'LinkedIn', pillarName: () => 'Expertise' };
    const one = { kind: 'channel-week', channelId: 2, week: 48, weekYear: 2025, start: '2025-11-24', end: '2025-11-30', missing: 1 } as const;
    const two = { ...one, missing: 2 };
    const pillar = { kind: 'pillar', pillarId: 1, missingShare: 0.125, missingItems: 3 } as const;
    const en = translator('en');
    const fr = translator('fr');
    const say = (t: typeof en, gap: Parameters<typeof gapMessage>[0], locale: 'en' | 'fr') => {
      const m = gapMessage(gap, { ...names, locale });
      return t(m.key, m.params);
    };
    expect(say(en, one, 'en')).toBe('1 LinkedIn post missing in week 48');
    expect(say(en, two, 'en')).toBe('2 LinkedIn posts missing in week 48');
    expect(say(fr, two, 'fr')).toBe('2 publications LinkedIn manquantes en semaine 48');
    expect(say(en, pillar, 'en')).toBe('Expertise: 13% below target (3 more items needed)');
    expect(say(fr, { ...pillar, missingItems: 1 }, 'fr')).toBe("Expertise : 13\u00a0% sous l’objectif (1 contenu de plus)");
  });
});
