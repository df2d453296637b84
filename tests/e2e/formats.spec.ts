// Issue 14: the user's formats everywhere, whatever the system's language. The browser runs in the
// other language's locale (a French user on an English system, an English user on a French one),
// and every screen reads dates, times, numbers and plurals in the app's language.
import { test, expect, expectAccessible } from './fixtures';
import type { Page } from '@playwright/test';
import { seedMonth } from '../helpers/seedMonth';
import { addDays, localDayAt, localWallTimeToInstant } from '../../src/shared/time';

const TZ = 'Europe/Paris';
const NOW = Date.UTC(2026, 10, 19, 14, 30); // Thursday 19 November 2026, 15:30 in Paris
type Dispatch = (c: string, i?: unknown) => Promise<never>;

const TEXT = {
  en: {
    system: 'fr-FR',
    today: 'Thursday, November 19, 2026',
    hour9: '9:00 AM',
    weekHead: /^Sun, Nov 15/, // US weeks start on Sunday
    decimal: /^\d+(\.\d+)?\s?h$/,
    percentTick: /^\d+%$/,
    peaks: /9:00\s?AM\s?–\s?10:00\s?AM/,
    trendWeeks: /Over \d+ tracked weeks:/,
    skills: /for 4 assessed skills\./,
    backupSize: /^\d+[\s\u00a0](KB|MB)$/,
    calendarTime: /^\d{1,2}:\d{2}\s?(AM|PM)$/,
    // the week of Thursday 19 November, from Sunday: one range format for the audit's week and the charter's period
    compliancePeriod: 'Nov 15 – 21, 2026',
    auditWeek: 'Week of Nov 15 – 21, 2026',
    complianceDay: /^Sun, Nov 15/,
    bigPercent: /^\d+% /,
    veilleRange: /^From September 28, 2026 to November 22, 2026$/, // eight ISO weeks
    slaDue: 'First reply due 4:30 PM (1 h 00 left)', // 1 h in business hours from 3:30 PM
    slaPeriod: 'Period: Nov 15 – 21, 2026',
    slaRow: ['L1 · Simple question', '100% (1/1)'],
    one: { weeks: 'Over 1 tracked week:', late: '1 late evening in all', skills: 'for 1 assessed skill.', lateToday: '1 of 3 days tracked' },
  },
  fr: {
    system: 'en-US',
    today: 'jeudi 19 novembre 2026',
    hour9: '09:00',
    weekHead: /^lun\. 16 nov\./,
    decimal: /^\d+(,\d+)?\s?h$/,
    percentTick: /^\d+\s%$/,
    peaks: /09:00\s?–\s?10:00/,
    trendWeeks: /Sur \d+ semaines suivies\s:/,
    skills: /pour 4 compétences évaluées\./,
    backupSize: /^\d+[\s\u00a0](Ko|Mo)$/,
    calendarTime: /^\d{2}:\d{2}$/,
    // the week of jeudi 19 novembre, from Monday
    compliancePeriod: '16–22 nov. 2026',
    auditWeek: 'Semaine du 16–22 nov. 2026',
    complianceDay: /^lun\. 16 nov\./,
    bigPercent: /^\d+\u00a0% /,
    veilleRange: /^Du 28 septembre 2026 au 22 novembre 2026$/,
    slaDue: 'Première réponse avant 16:30 (reste 1 h 00)',
    slaPeriod: 'Période : 16–22 nov. 2026',
    slaRow: ['N1 · Question simple', '100\u00a0% (1/1)'],
    one: { weeks: 'Sur 1 semaine suivie :', late: '1 soirée tardive au total', skills: 'pour 1 compétence évaluée.', lateToday: '1 sur 3 jours suivis' },
  },
} as const;

/** The tick texts of the first axis (recharts 3 groups them in .recharts-yAxis-tick-labels) whose every tick reads like `like`. */
async function yTicks(page: Page, like: RegExp): Promise<string[]> {
  const groups = page.locator('.recharts-yAxis-tick-labels');
  await expect(groups.first()).toBeVisible();
  await expect.poll(async () => (await groups.count()) > 0).toBe(true);
  for (let i = 0; i < (await groups.count()); i++) {
    const texts = (await groups.nth(i).locator('.recharts-cartesian-axis-tick-value').allTextContents()).map((s) => s.replace(/[\u00a0\u202f]/g, ' ').trim());
    if (texts.length > 1 && texts.every((t) => like.test(t))) return texts;
  }
  throw new Error(`no vertical axis reads like ${like}`);
}

/** Ticks read back as numbers: they start at 0 and go up by a round step (1, 2, 2.5 or 5 × 10^k). */
function expectRoundSteps(ticks: string[], decimal: ',' | '.'): void {
  const values = ticks.map((s) => Number(s.replace(/[^\d,.-]/g, '').replace(decimal, '.')));
  expect(values[0]).toBe(0);
  const step = values[1] - values[0];
  for (let i = 1; i < values.length; i++) expect(values[i] - values[i - 1]).toBeCloseTo(step, 9);
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  expect([1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-9), `step ${step}`).toBe(true);
}

for (const lang of ['en', 'fr'] as const) {
  const w = TEXT[lang];
  test.describe(`formats in ${lang} on a ${w.system} system`, () => {
    test.use({ appLanguage: lang, locale: w.system });
    // The user chose the app's language (at the first run or in Settings); the system says the other.
    test.beforeEach(async ({ app }) => {
      await app.server.core.dispatch('settings.update', { language: lang });
    });

    test('every screen reads dates, times, numbers and plurals in the app’s language', async ({ app, page }) => {
      app.server.setNow(NOW);
      await page.clock.setFixedTime(NOW);
      await seedMonth(app.server.core.dispatch as Dispatch, { now: NOW, tz: TZ, language: lang });
      const decimal = lang === 'fr' ? ',' : '.';

      await app.open('/');
      await expect(page.locator('.page-header .subtitle')).toHaveText(w.today);
      await expect(page.getByTestId('week-fragmentation').locator('td').first()).toHaveText(new RegExp(`^\\d+\\${decimal}\\d$`));

      await app.open('/audit');
      await expect(page.locator('.hour-label').filter({ hasText: w.hour9 })).toHaveCount(1);
      await expect(page.locator('.week-head strong').first()).toHaveText(w.weekHead);
      await expect(page.locator('.week-nav h2')).toHaveText(w.auditWeek);

      await app.open('/audit/report');
      // the per-day chart: hours, round steps, in the app's decimal format
      expectRoundSteps(await yTicks(page, w.decimal), decimal);
      await expectAccessible(page);

      await app.open('/audit/proposal');
      await expect(page.locator('.reasoning')).toContainText(w.peaks);

      await app.open('/calendar');
      const times = await page.locator('.cal-chip-time').allTextContents();
      for (const time of times) expect(time.replace(/[\u00a0\u202f]/g, ' ')).toMatch(w.calendarTime);

      await app.open('/reports/trend');
      await expect(page.locator('.report-doc')).toContainText(w.trendWeeks);
      expectRoundSteps(await yTicks(page, w.percentTick), decimal);
      // fragmentation: decimals in the app's format, round steps
      expectRoundSteps(await yTicks(page, lang === 'fr' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/), decimal);
      await expectAccessible(page);

      await app.open('/reports/career');
      await expect(page.locator('.report-doc')).toContainText(w.skills);

      await app.server.core.dispatch('backups.create', undefined);
      await app.open('/settings');
      const size = page.locator('table').filter({ hasText: lang === 'fr' ? 'Taille' : 'Size' }).locator('tbody tr td').nth(2);
      await expect(size).toHaveText(w.backupSize);

      // The screens that landed after issue 14: charter compliance, veille measures, the reply protocol.
      await app.open('/charter/compliance');
      await expect(page.getByTestId('comp-period')).toHaveText(w.compliancePeriod);
      await expect(page.locator('[data-testid^="comp-day-"]').first().locator('th, td').first()).toHaveText(w.complianceDay);

      await app.open('/veille/measures');
      await expect(page.locator('.measures .big-figure')).toHaveText(w.bigPercent);
      await expect(page.locator('.measures .inline .hint')).toHaveText(w.veilleRange);

      const types = (await app.server.core.dispatch('protocol.types.list', undefined)) as { ok: true; value: { id: number; level: number }[] };
      const level1 = types.value.find((x) => x.level === 1)!;
      const logged = (await app.server.core.dispatch('protocol.case.log', { typeId: level1.id, channel: 'Facebook', text: 'Where is my order?' })) as { ok: true; value: { id: number } };
      await app.open('/protocol');
      await expect(page.getByTestId(`case-${logged.value.id}`)).toContainText(w.slaDue);
      await app.server.core.dispatch('protocol.case.act', { id: logged.value.id, action: 'reply', public: true });
      await app.open('/protocol/measures');
      await expect(page.locator('.report-period')).toHaveText(w.slaPeriod);
      // French: a no-break space before the colon, so that no line starts with it
      if (lang === 'fr') expect(await page.locator('.report-period').textContent()).toContain('Période\u00a0:');
      const slaRow = page.locator('section[aria-labelledby="sla-table-h"] tbody tr').first();
      for (const cell of w.slaRow) await expect(slaRow).toContainText(cell);
    });

    test('one of a kind reads in the singular', async ({ app, page }) => {
      app.server.setNow(NOW);
      await page.clock.setFixedTime(NOW);
      const dispatch = app.server.core.dispatch as Dispatch;
      const day = addDays(localDayAt(NOW, TZ), -2);
      const cats = (await app.server.core.dispatch('audit.categories.list', undefined)) as { ok: true; value: { id: number }[] };
      // one late evening: 20:30–21:15, after the 20:00 disconnect
      await dispatch('audit.entries.create', { start: localWallTimeToInstant(day, 20 * 60 + 30, TZ), end: localWallTimeToInstant(day, 21 * 60 + 15, TZ), tz: TZ, categoryId: cats.value[0].id });
      await dispatch('career.plan.create', { currentRole: 'Social media manager', targetRole: 'Head of Social', startDate: '2026-01-01' });
      const skills = (await app.server.core.dispatch('career.skill.list', undefined)) as { ok: true; value: { id: number }[] };
      await dispatch('career.skill.assess', { skillId: skills.value[0].id, date: day, level: 3 });

      await app.open('/');
      await expect(page.getByTestId('today-late')).toContainText(w.one.lateToday);
      await app.open('/reports/trend');
      await expect(page.locator('.report-doc')).toContainText(w.one.weeks);
      await expect(page.locator('.report-doc')).toContainText(w.one.late);
      await app.open('/reports/career');
      await expect(page.locator('.report-doc')).toContainText(w.one.skills);
    });
  });
}
