import fs from 'node:fs';
import path from 'node:path';
import { test, expect, expectAccessible } from './fixtures';

function corrupt(file: string): void {
  for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const bytes = fs.readFileSync(file);
  bytes.fill(0x41, 100, Math.min(bytes.length, 8192));
  fs.writeFileSync(file, bytes);
}

test('a corrupt database at start leads to the recovery screen, which restores the latest good backup', async ({ page, app }) => {
  await app.open('/settings');
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('cell', { name: 'Manual' })).toBeVisible();
  await app.server.close();
  const file = path.join(app.dataDir, 'coulisses.sqlite');
  corrupt(file);
  const damaged = fs.readFileSync(file);
  await app.restart();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your data needs attention' })).toBeVisible();
  await expect(page.getByText('The database file is damaged')).toBeVisible();
  expect(fs.readFileSync(file).equals(damaged)).toBe(true);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Restore this backup' }).first().click();
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(fs.readdirSync(app.dataDir).some((f) => f.includes('.damaged-'))).toBe(true);
});

test('a database from a newer version is refused and left untouched, and the user can start fresh', async ({ page, app }) => {
  await app.open('/');
  const file = path.join(app.dataDir, 'coulisses.sqlite');
  await app.server.close();
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(file);
  db.pragma('user_version = 99999');
  db.close();
  const before = fs.readFileSync(file);
  await app.restart();
  await page.reload();
  await expect(page.locator('.lead')).toContainText('written by a newer version of Coulisses');
  expect(fs.readFileSync(file).equals(before)).toBe(true);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Start with an empty database' }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(fs.readdirSync(app.dataDir).filter((f) => f.includes('.damaged-')).length).toBeGreaterThan(0);
});

for (const lang of ['en', 'fr'] as const) {
  test.describe(`a missing database in ${lang}`, () => {
    test.use({ appLanguage: lang });
    test('a missing database file with backups beside it opens the recovery screen, never an empty app; the latest backup brings the data back', async ({ page, app }) => {
      await app.open('/settings');
      await page.getByLabel(lang === 'en' ? 'Theme' : 'Thème').selectOption('dark');
      await page.getByRole('button', { name: lang === 'en' ? 'Back up now' : 'Sauvegarder maintenant' }).click();
      await expect(page.getByRole('cell', { name: lang === 'en' ? 'Manual' : 'Manuelle' })).toBeVisible();
      await app.server.close();
      const file = path.join(app.dataDir, 'coulisses.sqlite');
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      await app.restart();
      await page.reload();
      await expect(page.locator('.lead')).toContainText(lang === 'en' ? 'The database file is missing or empty, but backups were found beside it.' : 'Le fichier de la base est absent ou vide, mais des sauvegardes ont été trouvées à côté.');
      expect(fs.existsSync(file)).toBe(false);
      await expectAccessible(page);
      await page.getByRole('button', { name: lang === 'en' ? 'Restore this backup' : 'Restaurer cette sauvegarde' }).first().click();
      await expect(page.getByRole('navigation')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  });
}
