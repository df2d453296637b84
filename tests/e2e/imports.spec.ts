// Real exports imported as a new user would: the questions the preview asks, answered in the UI.
import fs from 'node:fs';
import { test, expect, expectAccessible } from './fixtures';
import { field, fieldText, fillDate } from './fields';

const read = (p: string) => fs.readFileSync(`tests/fixtures/import/${p}`);
const TEXT = {
  en: { file: 'File (CSV or .ics)', monthFirst: /Month first: Monday, March 4, 2024/, dayFirst: /Day first: Wednesday, April 3, 2024/, columns: 'Which column holds what?', start: 'Start (time, or date and time)', end: 'End (time, or date and time)', date: 'Date', use: 'Use these columns', fallback: 'Fallback category', import: /^Import 2 entries$/, imported: /2 entries imported/, from: 'From', to: 'To (included)', typed: '3/9/2025', apply: 'Read this period' },
  fr: { file: 'Fichier (CSV ou .ics)', monthFirst: /Mois d’abord : lundi 4 mars 2024/, dayFirst: /Jour d’abord : mercredi 3 avril 2024/, columns: 'Quelle colonne contient quoi ?', start: 'Début (heure, ou date et heure)', end: 'Fin (heure, ou date et heure)', date: 'Date', use: 'Utiliser ces colonnes', fallback: 'Catégorie par défaut', import: /^Importer 2 entrées$/, imported: /2 entrées importées/, from: 'Du', to: 'Au (inclus)', typed: '09/03/2025', apply: 'Lire cette période' },
} as const;

for (const lang of ['en', 'fr'] as const) {
  test.describe(`Imports (${lang})`, () => {
    test.use({ appLanguage: lang });
    const w = TEXT[lang];

    test('ambiguous dates are asked in words and switched; an unknown header gets its columns chosen', async ({ app, page }) => {
      await app.open('/audit/data');
      await page.getByLabel(w.file).setInputFiles({ name: 'clockify.csv', mimeType: 'text/csv', buffer: read('real/clockify-en-ambiguous.csv') });
      const monthFirst = page.getByRole('radio', { name: w.monthFirst });
      await expect(monthFirst).toBeChecked();
      await expectAccessible(page);
      await page.getByRole('radio', { name: w.dayFirst }).check();
      await expect(page.getByRole('radio', { name: w.dayFirst })).toBeChecked();

      await page.getByLabel(w.file).setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: read('real/own-columns.csv') });
      await expect(page.getByRole('group', { name: w.columns })).toBeVisible();
      await expectAccessible(page);
      await page.getByLabel(w.date, { exact: true }).selectOption({ label: 'Quand' });
      await page.getByLabel(w.start).selectOption({ label: 'De' });
      await page.getByLabel(w.end).selectOption({ label: 'À' });
      await page.getByRole('button', { name: w.use }).click();
      await page.getByLabel(w.fallback).selectOption({ index: 1 });
      await page.getByRole('button', { name: w.import }).click();
      await expect(page.getByText(w.imported)).toBeVisible();
      const stored = app.server.core.db!.prepare("SELECT count(*) FROM time_entry WHERE source = 'import'").pluck().get();
      expect(stored).toBe(2);
    });

    test.describe('on the other language’s system', () => {
      test.use({ locale: lang === 'fr' ? 'en-US' : 'fr-FR' });
      // the user chose the app's language; the system says the other
      test.beforeEach(async ({ app }) => {
        await app.server.core.dispatch('settings.update', { language: lang });
      });
      test('the period of a calendar file is typed in the app’s format', async ({ app, page }) => {
        await app.open('/audit/data');
        await page.getByLabel(w.file).setInputFiles({ name: 'apple.ics', mimeType: 'text/calendar', buffer: read('ics/apple-iana-no-vtimezone.ics') });
        const from = field(page, w.from);
        await expect(from).toBeVisible();
        await expectAccessible(page);
        // a day typed in part is not a period: the button waits for a whole day
        await from.locator('[data-type="day"]').focus();
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await expect(page.getByRole('button', { name: w.apply })).toBeDisabled();
        await fillDate(from, '2025-03-09');
        await expect(page.getByRole('button', { name: w.apply })).toBeEnabled();
        expect((await fieldText(from)).replace('▾', '').trim()).toBe(w.typed);
      });
    });
  });
}
