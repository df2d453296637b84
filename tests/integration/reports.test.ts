import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/shared/i18n';
import { localDayAt, localWallTimeToInstant, addDays } from '../../src/shared/time';
import { makeReportFormat, mdTable, type Translate } from '../../src/shared/reports/format';
import { auditMarkdown, perDayChart, weekdaysText, weeklyFigures, weeklyMarkdown } from '../../src/shared/reports/weeklyReport';
import { trendMarkdown, trendSummary } from '../../src/shared/reports/trendReport';
import { careerMarkdown, type PortfolioInput } from '../../src/shared/reports/careerReport';
import type { Core } from '../../src/main/core/core';
import { openTempCore, unwrap } from '../helpers/tempCore';
import { seedMonth, type SeedSummary } from '../helpers/seedMonth';

const TZ = 'Europe/Paris';
const NOW = Date.UTC(2026, 10, 19, 14, 30); // Thursday 19 November 2026, 15:30 in Paris

type Lang = 'en' | 'fr';
const setups: Record<Lang, { core: Core; seed: SeedSummary; t: Translate }> = {} as never;

beforeAll(async () => {
  for (const language of ['en', 'fr'] as const) {
    const core = openTempCore({ now: () => NOW, tz: TZ, language });
    const seed = await seedMonth(async (c, i) => await core.dispatch(c, i) as never, { now: NOW, tz: TZ, language });
    setups[language] = { core, seed, t: translator(language) };
  }
});
afterAll(() => {
  for (const s of Object.values(setups)) s.core.close?.();
});

const call = async <T>(core: Core, channel: string, input?: unknown): Promise<T> => unwrap(await core.dispatch(channel, input) as never) as T;

async function weekly(lang: Lang) {
  const { core, seed, t } = setups[lang];
  const fmt = makeReportFormat(lang === 'fr' ? 'fr-FR' : 'en-US', TZ);
  const period = { from: seed.savedAudit.from, to: seed.savedAudit.to, tz: TZ };
  const report = await call<{ metrics: Parameters<typeof weeklyMarkdown>[0]['metrics']; categories: Parameters<typeof weeklyMarkdown>[0]['categories'] }>(core, 'audit.report', period);
  const rhythm = await call<{ rhythm: Parameters<typeof weeklyMarkdown>[0]['rhythm'] }>(core, 'audit.rhythm', period);
  const md = weeklyMarkdown({ ...period, metrics: report.metrics, categories: report.categories, rhythm: rhythm.rhythm, auditName: seed.savedAudit.name, conclusions: seed.savedAudit.conclusions }, fmt, t);
  return { md, report, fmt };
}

describe('weekly report Markdown', () => {
  it('has every section, the figures of the audit and the conclusions (en)', async () => {
    const { md, report, fmt } = await weekly('en');
    const m = report.metrics;
    expect(m.trackedMinutes).toBeGreaterThan(20 * 60);
    for (const h of ['# Weekly report for management', '## Key figures', '## Where the time goes', '## Interruptions by channel', '## Out-of-scope work', '## Invisible work', '## Proposed batch rhythm', '## Conclusions', '## Reference points'])
      expect(md).toContain(h);
    expect(md).toMatch(/\*\*Period:\*\* Nov 9\s–\s15, 2026 — Typical week/);
    expect(md).toContain(`| Tracked time | ${fmt.duration(m.trackedMinutes)} |`);
    expect(md).toContain(`| Deep work | ${fmt.duration(m.minutesByMode.deep)} (${fmt.percent(m.shareByMode.deep)}) |`);
    expect(md).toContain(`| Interruptions logged | ${m.interruptions.count} |`);
    expect(md).toContain('Printing flyers for the event');
    expect(md).toContain('Helping sales with a presentation');
    expect(md).toContain('| Reactive slot (replies, requests) |');
    expect(md).toContain('Reactive work eats the mornings.');
    expect(md).toContain('50 late evenings a year is the hyperconnection threshold.');
    // Every row of every table has as many cells as its header.
    for (const block of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const widths = block.split('\n').map((l) => l.split(/(?<!\\)\|/).length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('is in French with French number and date formats (fr)', async () => {
    const { md, report, fmt } = await weekly('fr');
    expect(md).toContain('# Rapport hebdomadaire pour la direction');
    expect(md).toContain('**Période :** 9–15 nov. 2026 — Semaine type');
    expect(md).toContain(`| Temps suivi | ${fmt.duration(report.metrics.trackedMinutes)} |`);
    expect(md).toMatch(/\| Indice de fragmentation \| \d+,\d par heure suivie \|/);
    expect(md).toContain('lundi – vendredi');
    expect(md).toContain("Impression des flyers de l'événement");
    expect(md).not.toMatch(/Weekly report|Key figures/);
  });

  it('says so when the period has no data', async () => {
    const { core, t } = setups.en;
    const fmt = makeReportFormat('en-US', TZ);
    const from = Date.UTC(2020, 0, 6);
    const to = from + 7 * 86_400_000;
    const report = await call<{ metrics: never; categories: never }>(core, 'audit.report', { from, to, tz: TZ });
    const rhythm = await call<{ rhythm: never }>(core, 'audit.rhythm', { from, to, tz: TZ });
    const md = weeklyMarkdown({ from, to, metrics: report.metrics, categories: report.categories, rhythm: rhythm.rhythm, auditName: null, conclusions: '' }, fmt, t);
    expect(md).toContain('_No time was tracked in this period yet._');
    expect(md).toContain('_No conclusions written yet._');
  });
});

describe('weekly report model', () => {
  it('gives both screens the same figures, each in its own view, with one label per figure', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const { report, fmt } = await weekly(lang);
      const { t } = setups[lang];
      const m = report.metrics;
      const doc = weeklyFigures(m, fmt, t, 'report');
      const cards = weeklyFigures(m, fmt, t, 'cards');
      expect(doc.map((f) => f.key)).toEqual(['tracked', 'deep', 'reactive', 'interruptions', 'refocus', 'contextSwitches', 'fragmentation', 'longestDeep', 'deep60', 'afterHours', 'lateEvenings', 'outOfScope', 'invisible']);
      expect(cards.map((f) => f.key)).toEqual(['tracked', 'deep', 'reactive', 'meeting', 'reporting', 'admin', 'interruptions', 'refocus', 'fragmentation', 'longestDeep', 'deep60', 'afterHours', 'lateEvenings', 'outOfScope', 'invisible']);
      const byKey = (list: typeof doc) => new Map(list.map((f) => [f.key, f]));
      const d = byKey(doc);
      const c = byKey(cards);
      for (const [key, fig] of d) if (c.has(key)) expect(c.get(key)!.label, key).toBe(fig.label);
      // The management report: durations with their share; the cards: the same duration (one format on every screen).
      expect(d.get('tracked')!.value).toBe(fmt.duration(m.trackedMinutes));
      expect(c.get('tracked')!.value).toBe(fmt.duration(m.trackedMinutes));
      expect(d.get('deep')!.value).toBe(`${fmt.duration(m.minutesByMode.deep)} (${fmt.percent(m.shareByMode.deep)})`);
      expect(c.get('deep')!.value).toBe(fmt.percent(m.shareByMode.deep));
      expect(c.get('outOfScope')!.note).toBe(fmt.duration(m.outOfScope.minutes));
      expect(c.get('lateEvenings')!.alert).toBe(m.lateEvenings.projectionPerYear > m.lateEvenings.threshold);
      expect(c.get('deep60')!.raw).toBe(m.deepBlocks.countAtLeast60);
    }
  });

  it('builds the per-day series once: hours for the chart, durations for its table, one row a day', async () => {
    const { report, fmt } = await weekly('en');
    const m = report.metrics;
    const chart = perDayChart(m, fmt, setups.en.t);
    expect(chart.head).toEqual(['Day', 'Deep work', 'Reactive work', 'Meetings', 'Reporting', 'Admin']);
    expect(chart.rows).toHaveLength(m.perDay.length);
    expect(chart.data.map((d) => d.label)).toEqual(chart.rows.map((r) => r[0]));
    expect(chart.rows[0][0]).toMatch(/^(Mon 9|9 Mon)$/);
    const deepMinutes = m.perDay.reduce((s, d) => s + d.minutesByMode.deep, 0);
    expect(Math.abs(chart.data.reduce((s, d) => s + d.deep, 0) - deepMinutes / 60)).toBeLessThan(0.05 * m.perDay.length);
    expect(chart.rows[0][1]).toBe(fmt.duration(m.perDay[0].minutesByMode.deep));
  });

  it('exports the audit tab as Markdown with its cards and time per category', async () => {
    const { report, fmt } = await weekly('en');
    const md = auditMarkdown(report.metrics, report.categories, 'Week audit', fmt, setups.en.t);
    const card = weeklyFigures(report.metrics, fmt, setups.en.t, 'cards').find((f) => f.key === 'lateEvenings')!;
    expect(md).toContain(`| Late evenings | ${card.value} (${card.note}) |`);
    expect(md).toContain('## Time per category');
    // one duration format: "13 h 48", never "13.8" hours next to it
    const first = report.metrics.byCategory[0];
    expect(md).toContain(`| ${fmt.duration(first.minutes)} | ${fmt.percent(first.share)} |`);
    expect(md).toContain('Printing flyers for the event');
  });
});

describe('trend report Markdown', () => {
  it('lists each week of the range with the saved audit marked', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const { core, seed, t } = setups[lang];
      const fmt = makeReportFormat(lang === 'fr' ? 'fr-FR' : 'en-US', TZ);
      const from = localWallTimeToInstant(seed.firstDay, 0, TZ);
      const to = localWallTimeToInstant(addDays(seed.lastDay, 1), 0, TZ);
      const { weeks } = await call<{ weeks: Parameters<typeof trendMarkdown>[0]['weeks'] }>(core, 'audit.trend', { from, to, tz: TZ });
      const audits = await call<{ id: number; name: string; from: number; to: number }[]>(core, 'audit.saved.list');
      const md = trendMarkdown({ from, to, weeks, audits }, fmt, t);
      expect(weeks.length).toBe(5);
      const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
      expect(rows.length).toBe(weeks.length + 1);
      expect(rows.filter((r) => r.includes(seed.savedAudit.name))).toHaveLength(1);
      const summary = trendSummary(weeks);
      expect(summary.trackedWeeks).toBe(5);
      expect(md).toContain(lang === 'en' ? '# Trend report' : '# Rapport de tendances');
      expect(md).toContain(fmt.percent(summary.avgDeepShare));
    }
  });
});

describe('career portfolio Markdown', () => {
  it('shows the plan with progress, the certification, the decision and skills with evidence', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const { core, t } = setups[lang];
      const fmt = makeReportFormat(lang === 'fr' ? 'fr-FR' : 'en-US', TZ);
      const input: PortfolioInput = {
        language: lang,
        plan: await call(core, 'career.plan.get'),
        certifications: await call(core, 'career.certification.list'),
        decisions: await call(core, 'career.decision.list'),
        skills: await call(core, 'career.skill.list'),
        audits: (await call<{ id: number; name: string }[]>(core, 'audit.saved.list')).map((a) => ({ id: a.id, name: a.name })),
      };
      const md = careerMarkdown(input, fmt, t);
      if (lang === 'en') {
        for (const s of ['# Career portfolio', '## Three-year plan', 'From Social media manager to Head of Social', '2 of 12 milestones done', 'Audit a typical week and share the findings', 'Google Analytics', '1 (best score 72)', '### Move replies to two daily slots', 'Median reply time (h): 6 → 2.5', 'Analytics and KPIs', 'Decision: Move replies to two daily slots'])
          expect(md).toContain(s);
      } else {
        for (const s of ['# Portfolio de carrière', 'De Social media manager à Head of Social', '2 étapes franchies sur 12', 'Auditer une semaine type', '1 (meilleur score 72)', 'Délai médian de réponse (h) : 6 → 2,5', 'Analyse de données et KPI', 'Décision : Passer les réponses sur deux créneaux par jour'])
          expect(md).toContain(s);
      }
    }
  });

  it('says when there is no plan', async () => {
    const core = openTempCore({ now: () => NOW });
    const t = translator('en');
    const md = careerMarkdown(
      { language: 'en', plan: await call(core, 'career.plan.get'), certifications: [], decisions: [], skills: [], audits: [] },
      makeReportFormat('en-US', TZ),
      t,
    );
    expect(md).toContain('_No career plan yet._');
    core.close?.();
  });
});

describe('reports.today', () => {
  it('matches the audit report for today, this week and the last 30 days', async () => {
    const { core } = setups.en;
    const o = await call<{
      today: { trackedMinutes: number; deepMinutes: number; reactiveMinutes: number; interruptions: number };
      thisWeek: { from: number; trackedMinutes: number; deepShare: number };
      lastWeek: { from: number; to: number; trackedMinutes: number; interruptions: number };
      lateEvenings: { count: number; days: number; scaledThreshold: number; projectionPerYear: number; firstDay: string; lastDay: string };
    }>(core, 'reports.today', { tz: TZ, weekStartsOn: 1 });
    const day = localDayAt(NOW, TZ);
    const todayReport = await call<{ metrics: { trackedMinutes: number; minutesByMode: { deep: number; reactive: number }; interruptions: { count: number } } }>(core, 'audit.report', {
      from: localWallTimeToInstant(day, 0, TZ),
      to: localWallTimeToInstant(addDays(day, 1), 0, TZ),
      tz: TZ,
    });
    expect(o.today.trackedMinutes).toBe(todayReport.metrics.trackedMinutes);
    expect(o.today.deepMinutes).toBe(todayReport.metrics.minutesByMode.deep);
    expect(o.today.reactiveMinutes).toBe(todayReport.metrics.minutesByMode.reactive);
    expect(o.today.interruptions).toBe(todayReport.metrics.interruptions.count);
    expect(o.today).toEqual(await call(core, 'audit.today', { tz: TZ }));
    const last = await call<{ metrics: { trackedMinutes: number; interruptions: { count: number } } }>(core, 'audit.report', { from: o.lastWeek.from, to: o.lastWeek.to, tz: TZ });
    expect(o.lastWeek.trackedMinutes).toBe(last.metrics.trackedMinutes);
    expect(o.lastWeek.interruptions).toBe(last.metrics.interruptions.count);
    expect(localDayAt(o.thisWeek.from, TZ)).toBe('2026-11-16');
    const month = await call<{ metrics: { lateEvenings: { count: number; daysInPeriod: number; firstDay: string; lastDay: string; projectionPerYear: number } } }>(core, 'audit.report', {
      from: localWallTimeToInstant(addDays(day, -29), 0, TZ),
      to: localWallTimeToInstant(addDays(day, 1), 0, TZ),
      tz: TZ,
    });
    // one figure, one value: Today and the audit's report over the same 30 days say the same,
    // counted from the first tracked day (the seed starts 28 days before today)
    const late = month.metrics.lateEvenings;
    expect(o.lateEvenings).toMatchObject({ count: late.count, days: late.daysInPeriod, firstDay: late.firstDay, lastDay: late.lastDay, projectionPerYear: late.projectionPerYear });
    expect(o.lateEvenings.count).toBeGreaterThan(0);
    expect(o.lateEvenings.days).toBe(28);
    expect(o.lateEvenings.scaledThreshold).toBeCloseTo((50 * 28) / 365, 6);
  });

  it('a new user with one week tracked: Today and the week report give late evenings the same value', async () => {
    // Monday 16 to Sunday 22 November 2026; two evenings past 20:00; today is that Sunday
    const sunday = Date.UTC(2026, 10, 22, 17, 0);
    const core = openTempCore({ now: () => sunday, tz: TZ });
    try {
      const [cat] = await call<{ id: number }[]>(core, 'audit.categories.list');
      const at = (d: number, h: number, m = 0) => Date.UTC(2026, 10, d, h - 1, m);
      for (const d of [16, 17, 18, 19, 20]) await call(core, 'audit.entries.create', { start: at(d, 9), end: at(d, 12), categoryId: cat.id, tz: TZ });
      await call(core, 'audit.entries.create', { start: at(17, 20, 30), end: at(17, 21, 30), categoryId: cat.id, tz: TZ });
      await call(core, 'audit.entries.create', { start: at(19, 21), end: at(19, 22), categoryId: cat.id, tz: TZ });
      const today = await call<{ lateEvenings: { count: number; days: number; projectionPerYear: number } }>(core, 'reports.today', { tz: TZ, weekStartsOn: 1 });
      const week = await call<{ metrics: { lateEvenings: { count: number; daysInPeriod: number; projectionPerYear: number } } }>(core, 'audit.report', { from: at(16, 0), to: at(23, 0), tz: TZ });
      expect(week.metrics.lateEvenings).toMatchObject({ count: 2, daysInPeriod: 7 });
      expect(today.lateEvenings).toMatchObject({ count: 2, days: 7, projectionPerYear: week.metrics.lateEvenings.projectionPerYear });
      expect(Math.round(today.lateEvenings.projectionPerYear)).toBe(104);
    } finally {
      core.close();
    }
  });

  it('answers zeros for a brand-new user and refuses a bad zone', async () => {
    const core = openTempCore({ now: () => NOW });
    const o = await call<{ today: { trackedMinutes: number }; lastWeek: { trackedMinutes: number }; lateEvenings: { count: number } }>(core, 'reports.today');
    expect(o.today.trackedMinutes).toBe(0);
    expect(o.lastWeek.trackedMinutes).toBe(0);
    expect(o.lateEvenings.count).toBe(0);
    const bad = await core.dispatch('reports.today', { tz: 'Mars/Olympus' });
    expect(bad.ok).toBe(false);
    core.close?.();
  });
});

describe('helpers', () => {
  it('escapes Markdown table cells', () => {
    expect(mdTable(['a', 'b'], [['x|y', 'line\nbreak']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | line break |');
    expect(mdTable(['a'], [])).toBe('');
  });
  it('writes weekday runs as ranges, Monday first', () => {
    const fmt = makeReportFormat('en-US', TZ);
    expect(weekdaysText([5, 1, 2, 3, 4], fmt)).toBe('Monday – Friday');
    expect(weekdaysText([1, 2, 4], fmt)).toBe('Monday, Tuesday, Thursday');
    expect(weekdaysText([0, 1], fmt)).toBe('Monday, Sunday');
  });
});
