import { test, expect } from './fixtures';

// Any web page the user visits can make the browser request the loopback server: an image with
// a malformed percent escape must get an error answer, never stop the server.
test('a web page loading images with malformed escapes does not stop the browser-mode server', async ({ browser, page, app }) => {
  await app.open('/');
  const origin = app.server.origin;
  const hostile = await browser.newContext();
  const other = await hostile.newPage();
  const paths = ['/%zz', '/%', '/assets/%', '/api/%ff', '/api/%', '/%e0%a4%a'];
  // Each image gets an answer: a 400, which the browser's opaque-response blocking (ORB) hides
  // from the page as ERR_BLOCKED_BY_ORB; never a dropped connection.
  const outcomes: string[] = [];
  other.on('requestfinished', async (r) => outcomes.push(String((await r.response())?.status())));
  other.on('requestfailed', (r) => outcomes.push(r.failure()?.errorText ?? 'failed'));
  await other.setContent(paths.map((p) => `<img alt="" src="${origin}${p}">`).join(''));
  await other.waitForLoadState('load');
  await expect.poll(() => outcomes.length).toBe(paths.length);
  for (const outcome of outcomes) expect(['400', 'net::ERR_BLOCKED_BY_ORB']).toContain(outcome);
  await hostile.close();

  // The same server still answers the app.
  await page.reload();
  await expect(page.getByRole('navigation')).toBeVisible();
  expect(await app.server.core.dispatch('system.ping', undefined)).toEqual({ ok: true, value: { pong: true } });
});
