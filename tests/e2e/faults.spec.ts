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

  // Full disk: the database may not grow; importing a large export through the UI needs new pages.
  const exported = (await app.server.core.dispatch('data.export', undefined) as { ok: true; value: { tables: Record<string, unknown[]> } }).value;
  const big = { ...exported, tables: { ...exported.tables, settings: [...exported.tables.settings, ...Array.from({ length: 2000 }, (_, i) => ({ key: `filler-${i}`, value: JSON.stringify('x'.repeat(300)) }))] } };
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  page.once('dialog', (d) => void d.accept());
  await page.getByLabel('Import a JSON export').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  await expect(page.getByRole('alert').filter({ hasText: 'The disk is full' })).toBeVisible();
  db.pragma('max_page_count = 1073741823');

  const other = new Database(app.server.core.dbPath);
  db.pragma('busy_timeout = 100');
  other.exec('BEGIN IMMEDIATE');
  await fillTime(field(page, 'Disconnect time'), '22:00');
  await page.getByRole('button', { name: 'Save the working hours' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'locked by another program' })).toBeVisible();
  other.exec('ROLLBACK');
  other.close();
  db.pragma('busy_timeout = 5000');

  await page.reload();
  await expect.poll(() => fieldText(field(page, 'Disconnect time'))).toBe('7:30 PM');
});
