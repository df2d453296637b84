import { test, expect } from './fixtures';

const HOSTILE = `<img src=x onerror="window.__pwned=1"> "quotes" 'single' & <b>bold</b> 🎉👩🏽‍💻 مرحبا بالعالم שלום`;

test('emoji, right-to-left scripts, quotes and HTML are stored and shown as text, never as markup', async ({ page, app }) => {
  const d = app.server.core.dispatch as (c: string, i: unknown) => Promise<{ ok: boolean; value?: unknown }>;
  const now = Date.now();
  const month = new Date(now).toISOString().slice(0, 7);
  expect((await d('calendar.item.create', { title: HOSTILE, plannedDate: `${month}-15`, copy: HOSTILE })).ok).toBe(true);
  expect(
    (await d('career.decision.create', {
      date: `${month}-10`,
      title: HOSTILE,
      context: HOSTILE,
      measured: '',
      options: '',
      arbitration: '',
      changed: '',
      kpiName: '',
      kpiBefore: null,
      kpiAfter: null,
      skills: [],
      tags: [],
    })).ok,
  ).toBe(true);
  const cats = (await d('audit.categories.list', undefined)).value as { id: number }[];
  expect((await d('audit.entries.create', { start: now - 3_600_000, end: now - 1_800_000, categoryId: cats[0].id, note: HOSTILE })).ok).toBe(true);

  for (const route of ['/calendar', '/career/decisions']) {
    await app.open(route);
    await expect(page.getByText(HOSTILE.slice(0, 40), { exact: false }).first()).toBeVisible();
    expect(await page.locator('main img[src="x"], main b:text("bold")').count()).toBe(0);
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const stored = (await d('career.decision.list', {})).value as { title: string }[];
  expect(stored[0].title).toBe(HOSTILE);
});
