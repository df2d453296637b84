import { test, expect, expectAccessible } from './fixtures';
import { field, fieldText, fillTime } from './fields';

const MONDAY_10 = Date.parse('2026-03-23T10:00:00+01:00');
const T = {
  en: { settings: 'Settings', saturday: 'Saturday is a working day', saveCharter: 'Save the working hours', saved: 'Working hours saved.', interruption: 'Interruption', chat: 'Chat', oral: 'Oral request', stop: 'Stop', who: 'Who (optional)', report: 'Report', proposal: 'Batch rhythm', categories: 'Categories', job: 'Job description', data: 'Import and export', tracked: 'Tracked time', exportIcs: 'Export to calendar (.ics)', end: 'End', save: 'Save', why: 'Why this rhythm' },
  fr: { settings: 'Réglages', saturday: 'Le samedi est un jour travaillé', saveCharter: 'Enregistrer les horaires', saved: 'Horaires enregistrés.', interruption: 'Interruption', chat: 'Messagerie', oral: 'Demande orale', stop: 'Arrêter', who: 'Qui (facultatif)', report: 'Rapport', proposal: 'Rythme par lots', categories: 'Catégories', job: 'Fiche de poste', data: 'Import et export', tracked: 'Temps suivi', exportIcs: 'Exporter vers l’agenda (.ics)', end: 'Fin', save: 'Enregistrer', why: 'Pourquoi ce rythme' },
};

for (const lang of ['en', 'fr'] as const) {
  test.describe(`audit in ${lang}`, () => {
    test.use({ appLanguage: lang });

    test('track with keys, log interruptions, fix an entry, read the report, get and export the proposal', async ({ page, app }) => {
      const w = T[lang];
      await page.clock.setFixedTime(new Date(MONDAY_10));
      app.server.setNow(MONDAY_10);
      await app.open('/audit');
      await expectAccessible(page);

      // track with keys 1 then 5: content creation, then moderation
      await page.keyboard.press('1');
      await expect(page.locator('.timer-cat-btn').first()).toHaveAttribute('aria-pressed', 'true');
      app.server.setNow(MONDAY_10 + 90 * 60_000);
      await page.keyboard.press('5');
      await expect(page.locator('.timer-cat-btn').nth(4)).toHaveAttribute('aria-pressed', 'true');

      // interruption with I: who asked, then the channel (digits go into the field once it holds text)
      await page.keyboard.press('i');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expectAccessible(page);
      await dialog.getByLabel(w.who).pressSequentially('boss 2');
      await expect(dialog.getByLabel(w.who)).toHaveValue('boss 2');
      await dialog.getByRole('button', { name: w.chat }).click();
      await expect(dialog).toBeHidden();
      const logged = (await app.server.core.dispatch('audit.entries.list', { from: MONDAY_10 - 3_600_000, to: MONDAY_10 + 3 * 3_600_000 })) as { ok: true; value: { interruptions: { who: string; channel: string }[] } };
      expect(logged.value.interruptions.map((i) => [i.channel, i.who])).toEqual([['chat', 'boss 2']]);
      await page.keyboard.press('i');
      await page.keyboard.press('4'); // oral request via its key, without a note
      await expect(page.getByRole('status').filter({ hasText: new RegExp(`: ${w.oral}\\.$`) })).toBeVisible();
      await expect(page.getByRole('dialog')).toBeHidden();
      await expect(page.locator('.timer-cat-btn').nth(4)).toHaveAttribute('aria-pressed', 'true'); // still running

      app.server.setNow(MONDAY_10 + 120 * 60_000);
      await page.getByRole('button', { name: w.stop, exact: true }).click();
      await page.reload();
      await expect(page.locator('.entry-block')).toHaveCount(2);
      await expect(page.locator('.int-mark')).toHaveCount(2);

      // fix an entry in the form: the first one ends at 11:15 instead of 11:30 — overlap-free
      await page.locator('.entry-block').first().click();
      const form = page.getByRole('dialog');
      await fillTime(field(form, w.end), '11:15');
      await form.getByRole('button', { name: w.save, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeHidden();

      // report figures
      await page.getByRole('link', { name: w.report, exact: true }).click();
      const tracked = page.locator('[data-figure="tracked"] dd');
      await expect(tracked).toHaveText('1 h 45'); // one duration format on every screen
      await expect(page.locator('[data-figure="interruptions"] dd')).toHaveText('2');
      await expect(page.locator('figure').first()).toBeVisible();
      await expectAccessible(page);

      // proposal and export
      await page.getByRole('link', { name: w.proposal, exact: true }).click();
      await expect(page.getByRole('heading', { name: w.why })).toBeVisible();
      await expectAccessible(page);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: w.exportIcs }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.ics$/);

      for (const tab of [w.categories, w.job, w.data]) {
        await page.getByRole('link', { name: tab, exact: true }).click();
        await expect(page.getByRole('link', { name: tab, exact: true })).toHaveClass(/active/);
        await expectAccessible(page);
      }
    });
  });
}

test('the charter set in Settings drives after-hours time', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date(MONDAY_10));
  app.server.setNow(MONDAY_10);
  await app.open('/settings');
  await fillTime(field(page, 'End time on Monday'), '10:30');
  await page.getByRole('button', { name: 'Save the working hours' }).click();
  await expect(page.getByText('Working hours saved.')).toBeVisible();
  await app.open('/audit');
  await page.keyboard.press('2');
  // the timer must have started (server answered) before the clock moves
  await expect(page.locator('.timer-cat-btn').nth(1)).toHaveAttribute('aria-pressed', 'true');
  app.server.setNow(MONDAY_10 + 60 * 60_000);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.locator('.timer-cat-btn[aria-pressed="true"]')).toHaveCount(0);
  await app.open('/audit/report');
  await expect(page.locator('[data-figure="afterHours"] dd')).toHaveText('30 min');
});

test('working hours being edited in Settings are kept when another setting is saved meanwhile', async ({ page, app }) => {
  await app.open('/settings');
  const mondayEnd = field(page, 'End time on Monday');
  await fillTime(mondayEnd, '10:30');
  // The theme is saved at once; the settings read refreshes (the page turns dark) while the hours are unsaved.
  await page.locator('#set-theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => fieldText(mondayEnd)).toBe('10:30 AM');
  await page.getByRole('button', { name: 'Save the working hours' }).click();
  await expect(page.getByText('Working hours saved.')).toBeVisible();
  const stored = (await app.server.core.dispatch('settings.get', undefined)) as { value: { theme: string; charter: { days: ({ end: number } | null)[] } } };
  expect(stored.value.theme).toBe('dark');
  expect(stored.value.charter.days[1]?.end).toBe(10 * 60 + 30);
});

test('reopening the interruption dialog right after it closed keeps it open (the late close event is ignored)', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date(MONDAY_10));
  app.server.setNow(MONDAY_10);
  await app.open('/audit');
  await page.keyboard.press('i');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Pick a channel, and press I again in the very microtask where the dialog loses its open attribute:
  // the browser's close event for the first dialog is still queued when the second one opens.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const d = document.querySelector('dialog.interruption-dialog') as HTMLDialogElement;
        const watcher = new MutationObserver(() => {
          if (d.open) return;
          watcher.disconnect();
          window.dispatchEvent(new KeyboardEvent('keydown', { key: 'i', bubbles: true }));
          resolve();
        });
        watcher.observe(d, { attributes: true, attributeFilter: ['open'] });
        (d.querySelectorAll('.channel-btn')[2] as HTMLButtonElement).click();
      }),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Interruption logged: Chat.' })).toBeVisible();
  await page.waitForTimeout(300); // the queued close event has had every chance to run
  await expect(dialog).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByRole('status').filter({ hasText: 'Interruption logged: Oral request.' })).toBeVisible();
  await expect(dialog).toBeHidden();
  // Escape closes it, and I pressed right after opens it again, every time (the close event that
  // follows Escape is queued: the state must not wait for it).
  await page.keyboard.press('i');
  await expect(dialog).toBeVisible();
  for (let round = 0; round < 15; round++) {
    await page.keyboard.press('Escape');
    await page.keyboard.press('i');
    await expect(dialog).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a logged interruption can be corrected afterwards: time, channel, who, note and refocus cost', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date(MONDAY_10));
  app.server.setNow(MONDAY_10);
  await app.open('/audit');
  await page.keyboard.press('i');
  await page.keyboard.press('3'); // chat, no note
  await expect(page.getByRole('status').filter({ hasText: 'Interruption logged: Chat.' })).toBeVisible();
  const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Who' }) });
  await expect(table.getByRole('row')).toHaveCount(2);

  await table.getByRole('button', { name: /^Edit the interruption of/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the interruption' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await fillTime(field(dialog, 'Time'), '9:40');
  await dialog.getByLabel('Channel').selectOption({ label: 'Phone' });
  await dialog.getByLabel('Who (optional)').fill('Head of marketing');
  await dialog.getByLabel('Note (optional)').fill('urgent <b>post</b> fix');
  const refocus = dialog.getByLabel('Refocus cost (minutes)');
  await refocus.fill('300');
  await expect(dialog.getByText('Enter a whole number of minutes from 0 to 240.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await refocus.fill('30');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  const row = table.getByRole('row').nth(1);
  await expect(row).toContainText('Phone');
  await expect(row).toContainText('Head of marketing');
  await expect(row).toContainText('urgent <b>post</b> fix'); // text, never markup
  await expect(row).toContainText('9:40');
  // The report counts it on the phone channel with its new refocus cost.
  await app.open('/audit/report');
  await expect(page.locator('[data-figure="interruptions"] dd')).toHaveText('1');
  await expect(page.locator('[data-figure="refocus"] dd')).toHaveText('30 min');
});

test('a dialog gives focus back to the button that opened it, after Escape or Cancel', async ({ page, app }) => {
  await page.clock.setFixedTime(new Date(MONDAY_10));
  app.server.setNow(MONDAY_10);
  await app.open('/audit');
  const add = page.getByRole('button', { name: 'Add an entry' });
  for (const close of ['Escape', 'Cancel'] as const) {
    await add.click();
    const dialog = page.getByRole('dialog', { name: 'New entry' });
    await expect(dialog).toBeVisible();
    await expect(field(dialog, 'Day').getByRole('spinbutton').first()).toBeFocused(); // the first field
    if (close === 'Escape') await page.keyboard.press('Escape');
    else await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(add).toBeFocused();
  }
  // The quick capture (N) closes on Escape and reopens on N at once, every time.
  for (let round = 0; round < 10; round++) {
    await page.keyboard.press('n');
    await expect(page.getByRole('dialog', { name: 'Capture an idea' })).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await expect(page.getByRole('dialog')).toBeHidden();
});
