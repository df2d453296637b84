// Every day a screen shows or names a file after is the user's local day, never the UTC day:
// the page and the server run in a zone where the two differ (Pacific/Auckland in the morning,
// still yesterday in UTC; America/Los_Angeles in the evening, already tomorrow in UTC).
import type { Page } from '@playwright/test';
import { localWallTimeToInstant } from '../../src/shared/time';
import { test, expect, expectAccessible } from './fixtures';

async function downloadName(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file.suggestedFilename();
}

test.describe('in Auckland (in the morning UTC is still the day before)', () => {
  test.use({ timezoneId: 'Pacific/Auckland' });
  const TZ = 'Pacific/Auckland';

  test('a certification whose expiry day is today says expired', async ({ page, app }) => {
    const passAt = localWallTimeToInstant('2025-03-11', 10 * 60, TZ);
    const now = localWallTimeToInstant('2026-03-11', 8 * 60, TZ);
    expect(new Date(now).toISOString().slice(0, 10)).toBe('2026-03-10');
    app.server.setNow(passAt);
    const cert = await app.server.core.dispatch('career.certification.create', { templateKey: 'google-analytics' });
    if (!cert.ok) throw new Error(cert.error.code);
    const id = (cert.value as { id: number }).id;
    expect(await app.server.core.dispatch('career.attempt.record', { certificationId: id, score: 86, at: passAt })).toMatchObject({ ok: true, value: { expiryDate: '2026-03-11' } });
    app.server.setNow(now);
    await page.clock.setFixedTime(new Date(now));
    await app.open('/career/certifications');
    const card = page.locator('article.cert').first();
    await expect(card.locator('.status-line').first()).toContainText('Earned on March 11, 2025 · expired on March 11, 2026');
    await expect(card.locator('.status-line.bad')).toBeVisible();
    await expectAccessible(page);
  });

  test('Today, the audit week and the charter agree on the local day and week', async ({ page, app }) => {
    // Monday 2 March 2026, 08:00 in Auckland = Sunday 1 March 19:00 UTC; en-US weeks start on Sunday
    const now = localWallTimeToInstant('2026-03-02', 8 * 60, TZ);
    app.server.setNow(now);
    await page.clock.setFixedTime(new Date(now));
    await app.open('/');
    await expect(page.locator('.page-header .subtitle')).toHaveText('Monday, March 2, 2026');
    await app.open('/audit');
    await expect(page.locator('.week-head.today strong')).toHaveText('Mon, Mar 2');
    await expect(page.locator('.week-nav h2')).toHaveText('Week of Mar 1 – 7, 2026');
    await app.open('/charter/compliance');
    await expect(page.getByTestId('comp-period')).toHaveText('Mar 1 – 7, 2026');
  });

  test('a screen left open over midnight moves to the new day: the charter’s week and the SLA report’s week', async ({ page, app }) => {
    // Saturday 7 March 2026, 23:59:30 in Auckland; en-US weeks start on Sunday
    const before = localWallTimeToInstant('2026-03-07', 23 * 60 + 59, TZ) + 30_000;
    app.server.setNow(before);
    await page.clock.install({ time: new Date(before) });
    await app.open('/charter/compliance');
    await expect(page.getByTestId('comp-period')).toHaveText('Mar 1 – 7, 2026');
    app.server.setNow(before + 60_000);
    await page.clock.fastForward(60_000);
    await expect(page.getByTestId('comp-period')).toHaveText('Mar 8 – 14, 2026');
    await expect(page.getByRole('button', { name: 'This week' })).toBeDisabled();

    await app.open('/protocol/measures');
    await expect(page.locator('.report-period').first()).toHaveText('Period: Mar 8 – 14, 2026');
    app.server.setNow(before + 7 * 86_400_000 + 60_000);
    await page.clock.fastForward(7 * 86_400_000);
    await expect(page.locator('.report-period').first()).toHaveText('Period: Mar 15 – 21, 2026');
  });

  test("the SLA report's file is named after the week's first local day", async ({ page, app }) => {
    // Monday 2 March 2026, 08:00 in Auckland; in en-US the week starts on Sunday 1 March (local),
    // whose midnight is 28 February in UTC
    const now = localWallTimeToInstant('2026-03-02', 8 * 60, TZ);
    app.server.setNow(now);
    await page.clock.setFixedTime(new Date(now));
    await app.open('/protocol/measures');
    const name = await downloadName(page, () => page.getByRole('button', { name: 'Export Markdown' }).click());
    expect(name).toBe('coulisses-sla-report-2026-03-01.md');
  });
});

test.describe('in Los Angeles at 20:00 (UTC is already the day after)', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test("the JSON export's file is named after the local day of the export", async ({ page, app }) => {
    const now = localWallTimeToInstant('2026-03-01', 20 * 60, 'America/Los_Angeles');
    expect(new Date(now).toISOString().slice(0, 10)).toBe('2026-03-02');
    app.server.setNow(now);
    await page.clock.setFixedTime(new Date(now));
    await app.open('/settings');
    const name = await downloadName(page, () => page.getByRole('button', { name: 'Export everything (JSON)' }).click());
    expect(name).toBe('coulisses-export-2026-03-01.json');
  });

  test("a new decision is dated today and the veille's current week is this local ISO week", async ({ page, app }) => {
    // Sunday 1 March 2026, 20:00 in Los Angeles = Monday 2 March in UTC, ISO week 10; locally still week 9
    const now = localWallTimeToInstant('2026-03-01', 20 * 60, 'America/Los_Angeles');
    app.server.setNow(now);
    await page.clock.setFixedTime(new Date(now));
    await app.open('/veille/reports');
    await expect(page.locator('#rep-week')).toHaveValue('2026-W09');
    await app.open('/career/decisions');
    await page.getByRole('button', { name: 'New decision' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Two reply slots');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.locator('article.decision').getByRole('heading', { name: 'Two reply slots' })).toBeVisible();
    expect(await app.server.core.dispatch('career.decision.list', undefined)).toMatchObject({ ok: true, value: [{ title: 'Two reply slots', date: '2026-03-01' }] });
  });
});
