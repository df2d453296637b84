import { test, expect } from './fixtures';
import { seedMonth } from '../helpers/seedMonth';

const NOW = Date.UTC(2026, 10, 19, 14, 30); // Thursday 19 Nov 2026, 15:30 in Paris

for (const lang of ['en', 'fr'] as const) {
  test.describe(`shots ${lang}`, () => {
    test.use({ appLanguage: lang });
    for (const theme of ['light', 'dark'] as const) {
      test(`${lang} ${theme}`, async ({ app, page }) => {
        await page.setViewportSize({ width: 1280, height: 2600 });
        app.server.setNow(NOW);
        await page.clock.setFixedTime(NOW);
        seedMonth((c, i) => app.server.core.dispatch(c, i) as never, { now: NOW, tz: 'Europe/Paris', language: lang });
        app.server.core.dispatch('settings.update', { theme });
        for (const [name, route] of [['today', '/'], ['weekly', '/reports/weekly'], ['trend', '/reports/trend'], ['career', '/reports/career']] as const) {
          await app.open(route);
          await page.waitForTimeout(300);
          const figures = await page.locator('.rp-chart').count();
          await expect(page.locator('.rp-chart-box .recharts-wrapper')).toHaveCount(figures);
          await page.screenshot({ path: `/tmp/shots/${name}-${lang}-${theme}.png`, fullPage: true });
        }
        for (const r of ['weekly', 'trend', 'career']) {
          await app.open(`/reports/${r}`);
          await page.waitForTimeout(300);
          await expect(page.locator('.rp-chart-box .recharts-wrapper')).toHaveCount(await page.locator('.rp-chart').count());
          await page.emulateMedia({ media: 'print' });
          await page.pdf({ path: `/tmp/shots/${r}-${lang}-${theme}.pdf`, format: 'A4', preferCSSPageSize: true, printBackground: true });
          await page.emulateMedia({ media: 'screen' });
        }
      });
    }
  });
}
test('new user', async ({ app, page }) => {
  await app.open('/');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/today-new.png`, fullPage: true });
  await app.open('/reports/weekly');
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/weekly-new.png`, fullPage: true });
});
