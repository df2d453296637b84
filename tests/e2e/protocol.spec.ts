import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, expectAccessible, holdRead } from './fixtures';
import type { Page } from '@playwright/test';

// Monday 23 November 2026, 10:00 in Paris: a working day of the default charter (09:00–18:00).
const MON_10 = Date.parse('2026-11-23T10:00:00+01:00');

const T = {
  en: {
    logTitle: 'Log a case',
    storedAs: 'Will be stored as: The checkout page crashes, write to [email]',
    logged: 'Case logged: The checkout page crashes, write to [email]',
    due: 'First reply due 12:00 PM (2 h 00 left)',
    compose: 'Compose a reply',
    useBridge: 'Use the bridge reply',
    bridge: 'private message',
    copy: 'Copy the reply',
    copied: 'Copied. Paste it on the network.',
    sentPublic: 'Mark as replied in public',
    recorded: 'Reply recorded on the case.',
    handTo: 'Handed to Customer support',
    withOwner: 'With its owner',
    saveVerbatim: 'Save the verbatim',
    verbatimSaved: 'Verbatim saved, without personal data.',
    close: 'Close',
    slaRow: ['L2 · Systemic bug', '1', '100% (1/1)'],
    exportMd: 'Export Markdown',
    cleanVerbatim: 'Call me on [phone], order [order no.]',
    weeklySection: 'Reply protocol',
    todayLine: '1 open case',
    patternError: 'This is not a valid regular expression.',
    saveSettings: 'Save the settings',
    badPattern: 'This order-number pattern cannot be used',
    banError: 'A ban must cite an article of the moderation charter',
    record: 'Record the action',
    ban: 'Ban',
    importButton: 'Import cases',
    importDone: '2 cases imported, 0 already there.',
    importCommit: 'Import 2 cases',
    fieldDate: 'Date and time',
    fieldText: 'Message',
    checkAgain: 'Check the file again',
    savedMapping: 'Columns saved for this header at an earlier import were used.',
  },
  fr: {
    logTitle: 'Noter un cas',
    storedAs: 'Sera enregistré ainsi : The checkout page crashes, write to [e-mail]',
    logged: 'Cas noté : The checkout page crashes, write to [e-mail]',
    due: 'Première réponse avant 12:00 (reste 2 h 00)',
    compose: 'Rédiger une réponse',
    useBridge: 'Utiliser la réponse passerelle',
    bridge: 'message privé',
    copy: 'Copier la réponse',
    copied: 'Copié. Collez-la sur le réseau.',
    sentPublic: 'Noter : répondu en public',
    recorded: 'Réponse notée sur le cas.',
    handTo: 'Transmis : Service client',
    withOwner: 'Chez son responsable',
    saveVerbatim: 'Enregistrer le verbatim',
    verbatimSaved: 'Verbatim enregistré, sans données personnelles.',
    close: 'Fermer',
    slaRow: ['N2 · Bug systémique', '1', '100 % (1/1)'],
    exportMd: 'Exporter en Markdown',
    cleanVerbatim: 'Call me on [téléphone], order [n° de commande]',
    weeklySection: 'Protocole de réponse',
    todayLine: '1 cas ouvert',
    patternError: 'Ce n’est pas une expression régulière valide.',
    saveSettings: 'Enregistrer les réglages',
    badPattern: 'Ce format de numéro de commande est inutilisable',
    banError: 'Un bannissement doit citer un article de la charte de modération',
    record: 'Enregistrer l’action',
    ban: 'Bannir',
    importButton: 'Importer des cas',
    importDone: '2 cas importés, 0 déjà présents.',
    importCommit: 'Importer 2 cas',
    fieldDate: 'Date et heure',
    fieldText: 'Message',
    checkAgain: 'Vérifier à nouveau le fichier',
    savedMapping: 'Les colonnes enregistrées pour cet en-tête lors d’un import précédent ont été reprises.',
  },
} as const;

/** The page's print layout (what Save as PDF and the desktop app's PDF use) rendered by Chromium, as text (pdftotext), spaces squashed. */
async function pdfText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-pdf-')), 'digest.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return text.replace(/\s+/g, ' ');
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const wait = page.waitForEvent('download');
  await click();
  const file = await wait;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`reply protocol (${lang})`, () => {
    test.use({ appLanguage: lang });

    test('log a case by keyboard, answer it with the composer, hand it over, read the SLA report and the digest', async ({ app, page }) => {
      const w = T[lang];
      app.server.setNow(MON_10);
      await page.clock.setFixedTime(MON_10);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      // The export buttons must not print the page in this test.
      await app.open('/');

      // C from anywhere: type (arrow down to level 2), channel, short text, Enter.
      await page.keyboard.press('c');
      const dialog = page.getByRole('dialog', { name: w.logTitle });
      await expect(dialog).toBeVisible();
      await expect(page.locator('#log-type')).toBeFocused();
      await expectAccessible(page);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Instagram');
      await page.keyboard.press('Tab');
      await page.keyboard.type('The checkout page crashes, write to jean.dupont@example.com');
      await expect(dialog.getByText(w.storedAs)).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: w.logged })).toBeVisible();

      // the board: the case with its live SLA clock (systemic bug: 2 business hours)
      await app.open('/protocol');
      const card = page.locator('.case-card').first();
      await expect(card).toContainText('Instagram');
      await expect(card).toContainText(w.due);
      await expect(card).not.toContainText('jean.dupont');
      await expectAccessible(page);

      // answer with the composer
      await card.click();
      await expectAccessible(page);
      await page.getByRole('link', { name: w.compose }).click();
      await expect(page).toHaveURL(/\/protocol\/replies\?case=\d+/);
      const action = page.locator('#step-action');
      await action.fill('Send us your email address: this will never happen again.');
      await expect(page.locator('[data-warning="personalDataRequest"]')).toBeVisible();
      await expect(page.locator('[data-warning="absolutePromise"]')).toBeVisible();
      await expectAccessible(page);
      await page.locator('[data-warning="personalDataRequest"]').getByRole('button', { name: w.useBridge }).click();
      await expect(page.locator('#step-private')).toHaveValue(new RegExp(w.bridge));
      await action.fill('Our team is looking at the checkout today.');
      await expect(page.locator('[data-warning="personalDataRequest"]')).toBeHidden();
      await expect(page.locator('[data-warning="absolutePromise"]')).toBeHidden();
      for (const v of ['name', 'issue']) if (await page.locator(`#var-${v}`).count()) await page.locator(`#var-${v}`).fill(v === 'name' ? 'Jean' : 'the checkout fails');
      await expect(page.locator('.warnings')).toHaveCount(0);
      const reply = (await page.getByTestId('reply-preview').textContent())!;
      expect(reply).toContain('Jean');
      await page.getByRole('button', { name: w.copy }).click();
      await expect(page.getByText(w.copied)).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reply);
      await page.getByRole('button', { name: w.sentPublic }).click();
      await expect(page.getByText(w.recorded)).toBeVisible();

      // hand it over, and save a verbatim for product teams
      await page.locator('.tabs').getByRole('link').first().click();
      await page.locator('.case-card').first().click();
      const caseDialog = page.getByRole('dialog');
      await caseDialog.getByRole('button', { name: w.handTo }).click();
      await expect(caseDialog.locator('.state-badge')).toHaveText(w.withOwner);
      await caseDialog.locator('#verb-text').fill('Call me on 06 12 34 56 78, order CMD-1234567');
      await caseDialog.locator('#verb-tag').fill('checkout');
      await caseDialog.getByRole('button', { name: w.saveVerbatim }).click();
      await expect(caseDialog.getByText(w.verbatimSaved)).toBeVisible();
      await caseDialog.getByRole('button', { name: w.close, exact: true }).click();
      await expect(page.getByRole('dialog')).toBeHidden();

      // the SLA report and its Markdown
      await page.locator('.tabs').getByRole('link').nth(3).click();
      const row = page.locator('.report-doc tbody tr').first();
      for (const cell of w.slaRow) await expect(row).toContainText(cell);
      await expectAccessible(page);
      const sla = await download(page, () => page.getByRole('button', { name: w.exportMd }).click());
      expect(sla.name).toMatch(/^coulisses-sla-report-.*\.md$/);
      expect(sla.text.replace(/\s/g, ' ')).toContain(w.slaRow[2]); // French puts a narrow no-break space before %

      // the digest: the verbatim without personal data, on screen and in Markdown
      await page.locator('.tabs').getByRole('link').nth(2).click();
      const digest = page.locator('.report-doc');
      await expect(digest).toContainText('#checkout');
      await expect(digest).toContainText(w.cleanVerbatim);
      await expect(digest).not.toContainText('06 12');
      await expectAccessible(page);
      const md = await download(page, () => page.getByRole('button', { name: w.exportMd }).click());
      expect(md.name).toBe('coulisses-voice-of-customer-2026-W48.md');
      expect(md.text).toContain(w.cleanVerbatim);
      expect(md.text).not.toMatch(/06 12|CMD-1234567/);
      // and in PDF: the same words, no personal data
      const pdf = await pdfText(page);
      expect(pdf).toContain(w.cleanVerbatim.replace(/\s+/g, ' '));
      expect(pdf).toContain('#checkout');
      expect(pdf).not.toMatch(/06 12|CMD-1234567|jean\.dupont/);

      for (const tab of [1, 4]) {
        await page.locator('.tabs').getByRole('link').nth(tab).click();
        await expect(page.locator('.tabs').getByRole('link').nth(tab)).toHaveClass(/active/);
        await expectAccessible(page);
      }

      // the weekly report for management and Today
      await app.open('/reports/weekly');
      await expect(page.getByRole('heading', { name: w.weeklySection, exact: true })).toBeVisible();
      await expect(page.locator('#wk-protocol').locator('..')).toContainText(w.slaRow[0]);
      await app.open('/');
      await expect(page.getByTestId('protocol-line')).toContainText(w.todayLine);
    });

    test('the protocol to sign prints on one A4 page, with its version and date', async ({ app, page }) => {
      app.server.setNow(MON_10);
      await app.server.core.dispatch('protocol.config.update', { version: '2.1', versionDate: '2026-11-20', brand: 'Maison Lune' });
      await app.open('/protocol/setup');
      const doc = page.locator('.protocol-doc');
      await expect(doc).toContainText(lang === 'fr' ? 'Version 2.1 du 20 nov. 2026' : 'Version 2.1 of Nov 20, 2026');
      await expect(doc.locator('h2')).toHaveText(lang === 'fr' ? 'Protocole de réponse — Maison Lune' : 'Reply protocol — Maison Lune');
      await expectAccessible(page);
      // the print layout (what Save as PDF and the desktop app's PDF use)
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    });

    test('bad input is refused with a translated error and changes nothing; cases import from a CSV', async ({ app, page }) => {
      const w = T[lang];
      app.server.setNow(MON_10);
      await page.clock.setFixedTime(MON_10);
      const dispatch = (c: string, i?: unknown) => app.server.core.dispatch(c, i) as Promise<{ ok: boolean; value: never }>;
      const before = ((await dispatch('protocol.config.get')).value as { orderPattern: string }).orderPattern;

      // an order-number pattern that is not a regular expression: said as typed, refused on save
      // (the stored settings are read slowly: what is typed meanwhile is never overwritten by them)
      const config = await holdRead(page, 'protocol.config.get');
      await app.open('/protocol/setup');
      const pattern = page.locator('#ps-pattern');
      setTimeout(config.release, 1000);
      await pattern.fill('CMD-[0-9');
      await config.answered;
      await expect(pattern).toHaveValue('CMD-[0-9');
      await expect(page.locator('#ps-pattern-hint')).toHaveText(w.patternError);
      await expect(pattern).toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: w.saveSettings }).click();
      await expect(page.getByRole('alert').filter({ hasText: w.badPattern })).toBeVisible();
      expect(((await dispatch('protocol.config.get')).value as { orderPattern: string }).orderPattern).toBe(before);

      // a ban without a charter article
      const types = (await dispatch('protocol.types.list')).value as { id: number }[];
      await dispatch('protocol.case.log', { typeId: types[0].id, channel: 'Facebook', text: 'Insults again' });
      await app.open('/protocol');
      await page.locator('.case-card').first().click();
      const caseDialog = page.getByRole('dialog');
      await caseDialog.locator('#mod-action').selectOption('ban');
      await caseDialog.getByRole('button', { name: w.record }).click();
      await expect(caseDialog.getByRole('alert').filter({ hasText: w.banError })).toBeVisible();
      const board = (await dispatch('protocol.cases.board')).value as { cases: { moderation: unknown[] }[] };
      expect(board.cases[0].moderation).toEqual([]);
      await caseDialog.getByRole('button', { name: w.close, exact: true }).click();

      // import two cases from a social inbox's CSV export
      await page.getByRole('button', { name: w.importButton }).click();
      const importDialog = page.getByRole('dialog');
      // "Posted" is no date header the app knows: the column-mapping step of the time import asks for it
      const csv = 'Posted;Network;Message;Author\n2026-11-23 08:15;Instagram;Where is my order?;@lea\n23/11/2026 09:02;X;App down again;@max\n';
      await importDialog.locator('#import-cases-file').setInputFiles({ name: 'inbox.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect(importDialog.getByLabel(w.fieldText, { exact: true })).toHaveValue('2');
      await expect(importDialog.getByLabel(w.fieldDate, { exact: true })).toHaveValue('');
      await expect(importDialog.getByRole('button', { name: w.importCommit })).toHaveCount(0);
      await importDialog.getByLabel(w.fieldDate, { exact: true }).selectOption({ label: 'Posted' });
      await importDialog.getByRole('button', { name: w.checkAgain }).click();
      await expectAccessible(page);
      await importDialog.getByRole('button', { name: w.importCommit }).click();
      await expect(importDialog.getByText(w.importDone)).toBeVisible();
      await importDialog.getByRole('button', { name: w.close, exact: true }).click();
      await expect(page.locator('.case-card')).toHaveCount(3);
      // the same header next time: the columns chosen are offered again
      await page.getByRole('button', { name: w.importButton }).click();
      await page.getByRole('dialog').locator('#import-cases-file').setInputFiles({ name: 'inbox-2.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await expect(page.getByRole('dialog').getByText(w.savedMapping)).toBeVisible();
      await expect(page.getByRole('dialog').getByLabel(w.fieldDate, { exact: true })).toHaveValue('0');
      await page.getByRole('dialog').getByRole('button', { name: w.close, exact: true }).click();
    });
  });
}

test('the composer fills {brand} from the settings even when their read answers after it shows', async ({ app, page }) => {
  await app.server.core.dispatch('protocol.config.update', { brand: 'Maison Lune' });
  const config = await holdRead(page, 'protocol.config.get');
  await app.open('/protocol/replies');
  await page.locator('#step-action').fill('Thanks for your patience, the {brand} team is on it.');
  await expect(page.locator('#var-brand')).toBeVisible();
  config.release();
  await config.answered;
  await expect(page.locator('#var-brand')).toHaveValue('Maison Lune');
  await expect(page.getByTestId('reply-preview')).toContainText('the Maison Lune team is on it');
});
