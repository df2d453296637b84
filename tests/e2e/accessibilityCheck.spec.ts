// The accessibility check every spec relies on (expectAccessible) must be able to fail.
import { test, expect, expectAccessible } from './fixtures';

test('expectAccessible fails on a screen with an unlabelled button, and passes again once it is gone', async ({ app, page }) => {
  await app.open('/');
  await expectAccessible(page);
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.id = 'unlabelled';
    document.querySelector('main')!.append(b);
  });
  let failure = '';
  await expectAccessible(page).catch((e: Error) => (failure = e.message));
  expect(failure).toContain('button-name');
  expect(failure).toContain('#unlabelled');
  await page.evaluate(() => document.getElementById('unlabelled')!.remove());
  await expectAccessible(page);
});
