import { test, expect, expectAccessible } from './fixtures';
import { field, fieldText, fillTime } from './fields';

const SCREENS = [
  { nav: { en: 'Today', fr: /^Aujourd.hui$/ }, en: 'Today', fr: /^Aujourd.hui$/ },
  { nav: { en: 'Audit', fr: 'Audit' }, en: 'Week audit', fr: 'Audit de la semaine' },
  { nav: { en: 'Calendar', fr: 'Calendrier' }, en: 'Content calendar', fr: 'Calendrier éditorial' },
  { nav: { en: 'Career', fr: 'Carrière' }, en: 'Career path', fr: 'Parcours de carrière' },
  { nav: { en: 'Reports', fr: 'Rapports' }, en: 'Reports', fr: 'Rapports' },
  { nav: { en: 'Settings', fr: 'Réglages' }, en: 'Settings', fr: 'Réglages' },
];

for (const lang of ['en', 'fr'] as const) {
  test.describe(`shell in ${lang}`, () => {
    test.use({ appLanguage: lang });

    test('every screen opens from the navigation, with no accessibility violation', async ({ page, app }) => {
      await app.open('/');
      for (const screen of SCREENS) {
        await page.getByRole('navigation').getByRole('link', { name: screen.nav[lang], exact: true }).click();
        await expect(page.getByRole('heading', { level: 1, name: screen[lang] })).toBeVisible();
        await expectAccessible(page);
      }
    });
  });
}

test('language follows the OS at first start, switches in Settings and persists after reload', async ({ page, app }) => {
  await app.open('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await app.restart();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Réglages' })).toBeVisible();
});

test('the working charter persists after reload', async ({ page, app }) => {
  await app.open('/settings');
  await page.getByLabel('Saturday is a working day').check();
  await fillTime(field(page, 'Start time on Saturday'), '10:00');
  await fillTime(field(page, 'End time on Saturday'), '14:30');
  await fillTime(field(page, 'Disconnect time'), '19:30');
  await page.getByRole('button', { name: 'Save the working hours' }).click();
  await expect(page.getByText('Working hours saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Saturday is a working day')).toBeChecked();
  await expect.poll(() => fieldText(field(page, 'Start time on Saturday'))).toBe('10:00 AM');
  await expect.poll(() => fieldText(field(page, 'End time on Saturday'))).toBe('2:30 PM');
  await expect.poll(() => fieldText(field(page, 'Disconnect time'))).toBe('7:30 PM');
});

test('an invalid charter shows a clear error and changes nothing', async ({ page, app }) => {
  await app.open('/settings');
  await fillTime(field(page, 'Start time on Monday'), '18:00');
  await fillTime(field(page, 'End time on Monday'), '09:00');
  await page.getByRole('button', { name: 'Save the working hours' }).click();
  await expect(page.getByRole('alert')).toContainText('Some values are not valid; nothing was saved.');
  await page.reload();
  await expect.poll(() => fieldText(field(page, 'Start time on Monday'))).toBe('9:00 AM');
  await expect.poll(() => fieldText(field(page, 'End time on Monday'))).toBe('6:00 PM');
});

test('in French the charter uses the 24-hour clock and Monday first', async ({ page, app }) => {
  await app.open('/settings');
  await page.getByLabel('Language').selectOption('fr');
  await expect.poll(() => fieldText(field(page, 'Heure de début le lundi'))).toBe('09:00');
  await expect.poll(() => fieldText(field(page, 'Heure de fin le lundi'))).toBe('18:00');
  await expect(page.locator('.charter-table tbody th').first()).toHaveText('lundi');
  await fillTime(field(page, 'Heure de déconnexion'), '21:15');
  await page.getByRole('button', { name: 'Enregistrer les horaires' }).click();
  await expect(page.getByText('Horaires enregistrés.')).toBeVisible();
  await expect.poll(() => fieldText(field(page, 'Heure de déconnexion'))).toBe('21:15');
});

test('theme switches to dark and back, and persists', async ({ page, app }) => {
  await app.open('/settings');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page);
  await page.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('back up now lists a backup that can be restored', async ({ page, app }) => {
  await app.open('/settings');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('cell', { name: 'Manual' })).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Restore' }).first().click();
  await expect(page.getByText(/Restored the backup of/)).toBeVisible();
});

test('keyboard: Tab reaches the navigation with a visible focus ring', async ({ page, app }) => {
  await app.open('/');
  await page.keyboard.press('Tab');
  const first = page.locator(':focus');
  await expect(first).toBeVisible();
  const outline = await first.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('in the page there is no require, no process, only window.api', async ({ page, app }) => {
  await app.open('/');
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    api: typeof (window as unknown as { api?: unknown }).api,
    invoke: typeof (window as unknown as { api: Record<string, unknown> }).api.invoke,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', api: 'object', invoke: 'undefined' });
});
