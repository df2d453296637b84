// Issue 14: every control in sight and the keyboard. The first Tab reaches the skip link, ? lists
// every key, 0 stops the timer, every category of the timer bar is on screen at 1024 px, a file
// imported twice says so, and browser mode has a favicon.
import { test, expect, expectAccessible } from './fixtures';
import { buildTogglCsv } from '../helpers/togglCsv';
import { seedMonth } from '../helpers/seedMonth';
import { localWallTimeToInstant } from '../../src/shared/time';

const TEXT = {
  en: { skip: 'Skip to content', sheet: 'Keyboard shortcuts', stopKey: 'Stop the timer', caseKey: 'Log a reply-protocol case', veilleKey: 'Put the item back to triage', global: 'Ctrl + Alt + Shift + I', stop: 'Stop', choose: 'File (CSV or .ics)', fallback: 'Fallback category', importButton: /^Import 6 entries$/, imported: 'Done: 6 entries imported.', already: 'Every row of this file was already imported.' },
  fr: { skip: 'Aller au contenu', sheet: 'Raccourcis clavier', stopKey: 'Arrêter le chrono', caseKey: 'Noter un cas du protocole de réponse', veilleKey: 'Remettre l’élément à trier', global: 'Ctrl + Alt + Shift + I', stop: 'Arrêter', choose: 'Fichier (CSV ou .ics)', fallback: 'Catégorie par défaut pour le reste', importButton: /^Importer 6 entrées$/, imported: 'Terminé : 6 entrées importées.', already: 'Toutes les lignes de ce fichier ont déjà été importées.' },
} as const;

for (const lang of ['en', 'fr'] as const) {
  const w = TEXT[lang];
  test.describe(`keyboard and controls (${lang})`, () => {
    test.use({ appLanguage: lang, viewport: { width: 1024, height: 760 } });

    test('first Tab reaches the skip link; ? lists every key; 0 stops the timer; every category is on screen', async ({ page, app }) => {
      await app.open('/audit');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: w.skip })).toBeFocused();

      await page.locator('body').press('?');
      const sheet = page.getByRole('dialog', { name: w.sheet });
      await expect(sheet).toBeVisible();
      await expect(sheet).toContainText(w.stopKey);
      await expect(sheet).toContainText(w.caseKey); // the reply protocol's and the veille's keys, added after the sheet
      await expect(sheet).toContainText(w.veilleKey);
      await expect(sheet).toContainText(w.global); // the new default, not Ctrl+Shift+I (devtools)
      await expectAccessible(page);
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();

      // All eleven seeded categories in sight at 1024 px, the first nine with their key.
      const buttons = page.locator('.timer-cat-btn');
      await expect(buttons).toHaveCount(11);
      const width = page.viewportSize()!.width;
      for (const box of await buttons.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.width).toBeGreaterThan(20);
      }
      await expect(buttons.nth(8)).toHaveAttribute('aria-keyshortcuts', '9');
      await page.keyboard.press('3');
      await expect(buttons.nth(2)).toHaveAttribute('aria-pressed', 'true');
      await expect(page.getByRole('button', { name: w.stop, exact: true })).toHaveAttribute('aria-keyshortcuts', '0');
      await page.keyboard.press('0');
      await expect(buttons.nth(2)).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByRole('button', { name: w.stop, exact: true })).toBeDisabled();
    });

    test('a file imported twice says it was already imported, not the last import’s count', async ({ page, app }) => {
      await app.open('/audit/data');
      const file = { name: 'toggl.csv', mimeType: 'text/csv', buffer: Buffer.from(buildTogglCsv(6, 7)) };
      await page.getByLabel(w.choose).setInputFiles(file);
      await page.getByLabel(w.fallback).selectOption({ index: 1 });
      await page.getByRole('button', { name: w.importButton }).click();
      await expect(page.getByText(w.imported)).toBeVisible();
      // A browser fires no change event when the same file is picked into an input that still holds
      // it (Playwright always does): the input must be empty again once the file is read.
      await expect(page.getByLabel(w.choose)).toHaveValue('');
      await page.getByLabel(w.choose).setInputFiles(file);
      await expect(page.getByText(w.already)).toBeVisible();
      await expect(page.getByText(w.imported)).toBeHidden();
      await expectAccessible(page);
    });

    test('a month of work at 1024 px, in dark mode: the week’s blocks are legible and the heatmap scrolls by keyboard', async ({ page, app }) => {
      const NOW = Date.UTC(2026, 10, 19, 14, 30);
      app.server.setNow(NOW);
      await page.clock.setFixedTime(NOW);
      await app.server.core.dispatch('settings.update', { theme: 'dark' });
      await seedMonth(async (c, i) => (await app.server.core.dispatch(c, i)) as never, { now: NOW, tz: 'Europe/Paris', language: lang });
      await page.setViewportSize({ width: 1024, height: 1400 }); // the whole working day in sight: axe checks the contrast of what it sees
      await app.open('/audit');
      await expect(page.locator('.entry-block').first()).toBeVisible();
      await expectAccessible(page); // the times on tinted blocks keep 4.5:1
      await page.setViewportSize({ width: 1024, height: 760 });
      await app.open('/audit/report');
      const heatmap = page.locator('.heatmap-figure [role="region"]');
      await expect(heatmap).toBeVisible();
      expect(await heatmap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await expectAccessible(page);
    });

    test('after a cross-midnight entry the week still opens on the working hours, and its dialog does not scroll sideways', async ({ page, app }) => {
      const NOW = Date.UTC(2026, 10, 19, 14, 30); // Thursday 19 November 2026
      app.server.setNow(NOW);
      await page.clock.setFixedTime(NOW);
      const cats = (await app.server.core.dispatch('audit.categories.list', undefined)) as { ok: true; value: { id: number }[] };
      const at = (day: string, minutes: number) => localWallTimeToInstant(day, minutes, 'Europe/Paris');
      await app.server.core.dispatch('audit.entries.create', { start: at('2026-11-17', 23 * 60), end: at('2026-11-18', 60), categoryId: cats.value[0].id, tz: 'Europe/Paris' });
      await app.open('/audit');
      const grid = page.locator('.week-grid');
      await expect(page.locator('.entry-block').first()).toBeAttached();
      // the grid starts at 00:00 now, but opens an hour before the charter's 09:00
      await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
      const eight = page.locator('.hour-label').filter({ hasText: lang === 'fr' ? '08:00' : '8:00 AM' });
      const [g, h] = [await grid.boundingBox(), await eight.boundingBox()];
      expect(h!.y).toBeGreaterThanOrEqual(g!.y - 1);
      expect(h!.y).toBeLessThan(g!.y + 120);
      await page.locator('.entry-block').first().click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      expect(await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await expectAccessible(page);
    });
  });
}

test('browser mode serves a favicon with its type, and the page names it', async ({ page, app }) => {
  await app.open('/');
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toBe('./favicon.svg');
  const res = await page.request.get(`${app.server.origin}/favicon.svg`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('image/svg+xml');
  expect(await res.text()).toContain('<svg');
});
