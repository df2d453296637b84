import { test, expect, expectAccessible } from './fixtures';
import { field, fillTime } from './fields';
import { seedMonth } from '../helpers/seedMonth';
import { addDays, localDayAt, localWallTimeToInstant } from '../../src/shared/time';
import { makeReportFormat } from '../../src/shared/reports/format';

const TZ = 'Europe/Paris';
const NOW = Date.UTC(2026, 10, 19, 14, 30); // Thursday 19 November 2026, 15:30 in Paris

interface Metrics {
  trackedMinutes: number;
  minutesByMode: Record<string, number>;
  interruptions: { count: number; byChannel: Record<string, number> };
  lateEvenings: { count: number };
}

const TEXT = {
  en: { title: 'Today', welcome: 'Welcome to Coulisses', session: 'Monday, November 23, 2026', milestone: 'Build a monthly KPI dashboard', retake: 'you can retake the exam', noTime: 'Nothing tracked yet today', noPlan: 'No plan yet' },
  fr: { title: 'Aujourd’hui', welcome: 'Bienvenue dans Coulisses', session: 'lundi 23 novembre 2026', milestone: 'Mettre en place un tableau de bord mensuel des KPI', retake: 'vous pouvez repasser l’examen', noTime: 'Rien de suivi aujourd’hui', noPlan: 'Pas encore de plan' },
} as const;

for (const lang of ['en', 'fr'] as const) {
  test.describe(`Today (${lang})`, () => {
    test.use({ appLanguage: lang });

    test('shows the figures of a realistic month, equal to the audit report', async ({ app, page }) => {
      app.server.setNow(NOW);
      await page.clock.setFixedTime(NOW);
      const dispatch = async (c: string, i?: unknown) => await app.server.core.dispatch(c, i) as never;
      await seedMonth(dispatch, { now: NOW, tz: TZ, language: lang });
      const report = async (from: number, to: number) => {
        const r = await app.server.core.dispatch('audit.report', { from, to, tz: TZ }) as { ok: true; value: { metrics: Metrics } };
        return r.value.metrics;
      };
      const day = localDayAt(NOW, TZ);
      const today = await report(localWallTimeToInstant(day, 0, TZ), localWallTimeToInstant(addDays(day, 1), 0, TZ));
      const month = await report(localWallTimeToInstant(addDays(day, -29), 0, TZ), localWallTimeToInstant(addDays(day, 1), 0, TZ));
      // The week starts on the locale's first day: Monday in French, Sunday in US English.
      const weekStart = lang === 'fr' ? '2026-11-16' : '2026-11-15';
      const week = await report(localWallTimeToInstant(weekStart, 0, TZ), NOW);
      const fmt = makeReportFormat(lang === 'fr' ? 'fr-FR' : 'en-US', TZ);

      await app.open('/');
      await expect(page.getByRole('heading', { level: 1, name: TEXT[lang].title })).toBeVisible();
      expect(today.trackedMinutes).toBeGreaterThan(0);
      await expect(page.getByTestId('today-deep')).toHaveText(fmt.duration(today.minutesByMode.deep));
      await expect(page.getByTestId('today-reactive')).toHaveText(fmt.duration(today.minutesByMode.reactive));
      await expect(page.getByTestId('today-tracked')).toHaveText(fmt.duration(today.trackedMinutes));
      await expect(page.getByTestId('today-interruptions-total')).toContainText(String(today.interruptions.count));
      for (const [channel, count] of Object.entries(today.interruptions.byChannel)) {
        if (count > 0) await expect(page.getByTestId(`channel-${channel}`)).toContainText(String(count));
        else await expect(page.getByTestId(`channel-${channel}`)).toHaveCount(0);
      }
      await expect(page.getByTestId('week-tracked').locator('td').first()).toHaveText(fmt.duration(week.trackedMinutes));
      await expect(page.getByTestId('late-count')).toHaveText(String(month.lateEvenings.count));
      await expect(page.getByTestId('next-session')).toContainText(TEXT[lang].session);
      await expect(page.getByTestId('month-fill')).toContainText('6');
      await expect(page.getByTestId('next-milestone')).toContainText(TEXT[lang].milestone);
      await expect(page.getByTestId('today-career')).toContainText(TEXT[lang].retake);
      await expect(page.getByRole('heading', { name: TEXT[lang].welcome })).toHaveCount(0);
      await expectAccessible(page);

      // Every block links to where the user acts on it.
      for (const [id, route] of [['today-time', '#/audit'], ['today-week', '#/reports/trend'], ['today-interruptions', '#/audit'], ['today-calendar', '#/calendar'], ['today-career', '#/career'], ['today-late', '#/settings']] as const)
        await expect(page.getByTestId(id).locator('a.today-link')).toHaveAttribute('href', route);
      await page.getByTestId('today-week').locator('a.today-link').click();
      await expect(page).toHaveURL(/#\/reports\/trend$/);
    });

    test('welcomes a brand-new user with friendly empty states', async ({ app, page }) => {
      await app.open('/');
      await expect(page.getByRole('heading', { name: TEXT[lang].welcome })).toBeVisible();
      await expect(page.getByTestId('today-time')).toContainText(TEXT[lang].noTime);
      await expect(page.getByTestId('today-career')).toContainText(TEXT[lang].noPlan);
      await expect(page.getByTestId('late-count')).toHaveText('0');
      await expectAccessible(page);
      await app.server.core.dispatch('settings.update', { theme: 'dark' });
      await page.reload();
      await expect(page.getByRole('heading', { name: TEXT[lang].welcome })).toBeVisible();
      await expectAccessible(page);
    });
  });
}

test('a write on one screen shows on another: an entry added in the audit is on Today at once', async ({ app, page }) => {
  const monday10 = Date.parse('2026-03-23T10:00:00+01:00');
  app.server.setNow(monday10);
  await page.clock.setFixedTime(monday10);
  await app.open('/');
  await expect(page.getByTestId('today-time')).toContainText(TEXT.en.noTime);
  // In-app navigation keeps the query cache: Today's read is still cached (and fresh for 5 s)
  // when we come back, so only the invalidation of the write can bring the new entry.
  await page.getByTestId('today-time').locator('a.today-link').click();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  const dialog = page.getByRole('dialog');
  await fillTime(field(dialog, 'Start'), '8:30');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('navigation').getByRole('link', { name: 'Today' }).click();
  await expect(page.getByTestId('today-tracked')).toHaveText('1 h 30');
});
