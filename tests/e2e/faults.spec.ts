import Database from 'better-sqlite3';
import { test, expect } from './fixtures';
import { field, fieldText, fillTime } from './fields';

// Storage faults while the app runs: each gives a clear message and keeps what was committed.
test('a read-only database, a full disk and a locked database each give a clear message; nothing committed is lost', async ({ page, app }) => {
  await app.open('/settings');
  await fillTime(field(page, 'Disconnect time'), '19:30');
  await page.getByRole('button', { name: 'Save the working hours' }).click();
  await expect(page.getByText('Working hours saved.')).toBeVisible();
  const db = app.server.core.db!;

  db.pragma('query_only = ON');
  await fillTime(field(page, 'Disconnect time'), '21:00');
  await page.getByRole('button', { name: 'Save the working hours' }).click();
  await expect(page.getByRole('alert')).toContainText('The database is read-only');
  db.pragma('query_only = OFF');

  // Full disk: the database may not grow; a long post copy needs new pages. (The JSON import's
  // full disk runs in the worker, on its own connection: tests/integration/faults.test.ts.)
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  await app.open('/calendar');
  await page.getByRole('button', { name: 'New item' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title', { exact: true }).fill('Long post');
  await dialog.getByLabel('Copy').fill('x'.repeat(60_000));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The disk is full' })).toBeVisible();
  db.pragma('max_page_count = 1073741823');
  await page.keyboard.press('Escape');
  await app.open('/settings');

  // A lock held by another program: the write is retried (other requests are answered meanwhile),
  // then refused with busy.
  const other = new Database(app.server.core.dbPath);
  other.exec('BEGIN IMMEDIATE');
  await fillTime(field(page, 'Disconnect time'), '22:00');
  await page.getByRole('button', { name: 'Save the working hours' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'locked by another program' })).toBeVisible({ timeout: 15_000 });
  other.exec('ROLLBACK');
  other.close();

  await page.reload();
  await expect.poll(() => fieldText(field(page, 'Disconnect time'))).toBe('7:30 PM');
});
