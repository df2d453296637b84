import fs from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { test, expect, expectAccessible } from './fixtures';

// Spreadsheet formula injection: CSV exports neutralise cells that a spreadsheet would run, unless
// the user asks for the values exactly as written.
const NOW = Date.UTC(2025, 10, 4, 8, 0);
type Core = { dispatch(c: string, i?: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> };

async function downloads(page: Page, click: () => Promise<void>, count: number): Promise<string[]> {
  const got: Download[] = [];
  const listener = (d: Download) => got.push(d);
  page.on('download', listener);
  await click();
  await expect.poll(() => got.length).toBe(count);
  page.off('download', listener);
  return Promise.all(got.map(async (d) => fs.readFileSync((await d.path())!, 'utf8')));
}

test('calendar exports: a post that starts with @ or = is neutralised by default, raw on request, and the screen says how many cells were changed', async ({ page, app }) => {
  app.server.setNow(NOW);
  const core = app.server.core as unknown as Core;
  const r = await core.dispatch('calendar.item.create', { title: 'Mention', channelId: 1, plannedDate: '2025-11-12', publishAt: Date.UTC(2025, 10, 12, 9), copy: '@brand =SUM(1;2)', tz: 'Europe/Paris' });
  expect(r.ok).toBe(true);
  await app.open('/calendar/exports');
  const [safe] = await downloads(page, () => page.getByRole('button', { name: 'Export for Buffer' }).click(), 1);
  expect(Papa.parse<string[]>(safe, { header: false }).data[1][0]).toBe("'@brand =SUM(1;2)");
  await expect(page.getByText("Cells that began with =, +, -, @ or a tab and were given an apostrophe (') in front: 1.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Keep values exactly as written').check();
  const [raw] = await downloads(page, () => page.getByRole('button', { name: 'Export for Buffer' }).click(), 1);
  expect(Papa.parse<string[]>(raw, { header: false }).data[1][0]).toBe('@brand =SUM(1;2)');
  await expect(page.getByText('Cells that began with')).toBeHidden();
});

test.describe('in French', () => {
  test.use({ appLanguage: 'fr' });
  test('the audit CSV neutralises a note that starts a formula, and keeps it raw when asked', async ({ page, app }) => {
    await page.clock.setFixedTime(new Date(NOW));
    app.server.setNow(NOW);
    const core = app.server.core as unknown as Core;
    const cats = (await core.dispatch('audit.categories.list')).value as { id: number }[];
    await core.dispatch('audit.entries.create', { start: NOW - 3_600_000, end: NOW - 1_800_000, categoryId: cats[0].id, note: '=HYPERLINK("https://evil.example","ici")' });
    await app.open('/audit/data');
    const exportFr = () => page.getByRole('button', { name: 'CSV, français (point-virgule, virgule décimale)' }).click();
    const [safe] = await downloads(page, exportFr, 1);
    const rows = Papa.parse<string[]>(safe.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[1][13]).toBe('\'=HYPERLINK("https://evil.example","ici")');
    await expectAccessible(page);
    await page.getByLabel('Garder les valeurs exactement telles quelles').check();
    const [raw] = await downloads(page, exportFr, 1);
    expect(Papa.parse<string[]>(raw.slice(1), { delimiter: ';', skipEmptyLines: true }).data[1][13]).toBe('=HYPERLINK("https://evil.example","ici")');
  });
});
