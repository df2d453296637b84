import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, holdRead } from './fixtures';
import { field, fillDate, fillTime } from './fields';
import { localWallTimeToInstant } from '../../src/shared/time';

const TZ = 'Europe/Paris';
const at = (day: string, hhmm: string) => localWallTimeToInstant(day, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)), TZ);
// Thursday 12 November 2026, 15:00 in Paris.
const NOW = at('2026-11-12', '15:00');

const L = {
  en: {
    start: 'Start a draft',
    s1: '1. The right applies to everyone',
    s2: '2. Managers make sure it is respected',
    reword: 'Reword clause 1 of “The right applies to everyone”',
    wording: 'Wording of clause 1 of “The right applies to everyone”',
    addOwn: 'Add a clause of your own to “Managers make sure it is respected”',
    ownLabel: 'Your new clause in “Managers make sure it is respected”',
    addClause: 'Add the clause',
    onCall: /^If the brand needs cover outside the slots/,
    onCallText: 'If the brand needs cover outside the slots',
    organisation: 'Organisation',
    save: 'Save the draft',
    saved: 'Draft saved.',
    propose: 'Mark as proposed',
    proposed: 'Proposed',
    signedBy: 'Signed by',
    sign: 'Record as signed',
    signed: 'Signed',
    signature: 'Signed on Nov 12, 2026 by Claire Martin, CMO.',
    title: 'Right-to-disconnect charter',
    law: 'article L2242-17 of the labour code',
    exportMd: 'Export Markdown',
    nav: 'Settings',
    tabs: { slots: 'Slots and notices', exceptions: 'Exceptions', compliance: 'How it is kept' },
    addSlot: 'Add a slot',
    saveSlots: 'Save the slots',
    slotsSaved: 'Slots saved.',
    nextDay: 'next day',
    copy: 'Copy',
    copied: 'Copied.',
    lateEmail: 'Sent after 8:00 PM: no reply is expected before tomorrow.',
    kept: 'Days the charter was kept',
    twoOfFour: '2 of 4 days',
    fourOfFour: '4 of 4 days',
    late: 'Late evenings (as in the audit)',
    lateExcused: '1 (of which 1 under an exception)',
    rest: '9 h 30 (under 11 h)',
    yes: 'Yes',
    notKept: 'Not kept',
    keptWord: 'Kept',
    excDay: 'Day',
    reason: 'Reason',
    recovery: 'Recovery granted (minutes)',
    record: 'Record the exception',
    excSaved: 'Exception saved.',
    today: 'Disconnection charter kept 4 of 4 days this week',
    todayBefore: 'Disconnection charter kept 2 of 4 days this week',
    fileDoc: 'coulisses-disconnection-charter-v1-en.md',
  },
  fr: {
    start: 'Commencer un brouillon',
    s1: '1. Un droit qui s’applique à tous',
    s2: '2. Les managers en sont garants',
    reword: 'Reformuler la clause 1 de « Un droit qui s’applique à tous »',
    wording: 'Formulation de la clause 1 de « Un droit qui s’applique à tous »',
    addOwn: 'Ajouter une clause de votre cru à « Les managers en sont garants »',
    ownLabel: 'Votre nouvelle clause dans « Les managers en sont garants »',
    addClause: 'Ajouter la clause',
    onCall: /^Si la marque a besoin d’une présence hors créneaux/,
    onCallText: 'Si la marque a besoin d’une présence hors créneaux',
    organisation: 'Organisation',
    save: 'Enregistrer le brouillon',
    saved: 'Brouillon enregistré.',
    propose: 'Marquer comme proposée',
    proposed: 'Proposée',
    signedBy: 'Signée par',
    sign: 'Enregistrer comme signée',
    signed: 'Signée',
    signature: 'Signée le 12 nov. 2026 par Claire Martin, CMO.',
    title: 'Charte du droit à la déconnexion',
    law: 'l’article L2242-17 du Code du travail',
    exportMd: 'Exporter en Markdown',
    nav: 'Réglages',
    tabs: { slots: 'Créneaux et mentions', exceptions: 'Exceptions', compliance: 'Respect de la charte' },
    addSlot: 'Ajouter un créneau',
    saveSlots: 'Enregistrer les créneaux',
    slotsSaved: 'Créneaux enregistrés.',
    nextDay: 'le lendemain',
    copy: 'Copier',
    copied: 'Copié.',
    lateEmail: 'Envoyé après 20:00 : pas de réponse attendue avant demain.',
    kept: 'Jours où la charte a été respectée',
    twoOfFour: '2 sur 4 jours',
    fourOfFour: '4 sur 4 jours',
    late: 'Soirées tardives (comme dans l’audit)',
    lateExcused: '1 (dont 1 en exception)',
    rest: '9 h 30 (moins de 11 h)',
    yes: 'Oui',
    notKept: 'Non respectée',
    keptWord: 'Respectée',
    excDay: 'Jour',
    reason: 'Motif',
    recovery: 'Récupération accordée (minutes)',
    record: 'Consigner l’exception',
    excSaved: 'Exception enregistrée.',
    today: 'Charte de déconnexion respectée 4 sur 4 jours cette semaine',
    todayBefore: 'Charte de déconnexion respectée 2 sur 4 jours cette semaine',
    fileDoc: 'coulisses-disconnection-charter-v1-fr.md',
  },
} as const;

const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: d.suggestedFilename(), text: fs.readFileSync((await d.path())!, 'utf8') };
}

async function pdfText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-pdf-')), 'charter.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return squash(text);
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`Disconnection charter (${lang})`, () => {
    test.use({ appLanguage: lang });

    test('build, propose, sign and export the charter; slots and notices; then read a week’s compliance', async ({ app, page }) => {
      const l = L[lang];
      app.server.setNow(NOW);
      await page.clock.setFixedTime(NOW);
      const d = async (c: string, i?: unknown) => {
        const r = (await app.server.core.dispatch(c, i)) as { ok: boolean; value?: unknown; error?: unknown };
        if (!r.ok) throw new Error(`${c}: ${JSON.stringify(r.error)}`);
        return r.value as never;
      };
      // A week of the audit: a late email on Monday, back at 08:00 on Tuesday (9 h 30 of rest).
      const cat = ((await d('audit.categories.list')) as { id: number; mode: string }[]).find((c) => c.mode === 'deep')!.id;
      for (const [day, from, to] of [
        ['2026-11-09', '09:00', '18:00'],
        ['2026-11-10', '08:00', '17:00'],
        ['2026-11-11', '09:00', '17:00'],
        ['2026-11-12', '09:00', '14:00'],
      ] as const)
        await d('audit.entries.create', { start: at(day, from), end: at(day, to), categoryId: cat, tz: TZ });
      await d('audit.interruptions.log', { channel: 'email', who: 'Head of Sales', at: at('2026-11-09', '22:30'), tz: TZ });

      // 1. Build the charter.
      await app.open('/charter');
      await expectAccessible(page);
      await page.getByRole('button', { name: l.start }).click();
      const s1 = page.getByRole('group', { name: l.s1 });
      await expect(s1).toBeVisible();
      await page.getByLabel(l.organisation, { exact: true }).fill('Acme');
      await s1.getByRole('button', { name: l.reword }).click();
      await s1.getByRole('textbox', { name: l.wording }).fill('Everyone, the CEO first, has the right to disconnect.');
      const s2 = page.getByRole('group', { name: l.s2 });
      await s2.getByRole('button', { name: l.addOwn }).click();
      await s2.getByRole('textbox', { name: l.ownLabel }).fill('The team lead checks the figures every Friday.');
      await s2.getByRole('button', { name: l.addClause }).click();
      await page.getByRole('checkbox', { name: l.onCall }).uncheck();
      await expectAccessible(page);
      await page.getByRole('button', { name: l.save }).click();
      await expect(page.getByText(l.saved)).toBeVisible();
      const doc = page.locator('article.charter-doc');
      await expect(doc).toContainText('Everyone, the CEO first, has the right to disconnect.');
      await expect(doc).toContainText('The team lead checks the figures every Friday.');
      await expect(doc).not.toContainText(l.onCallText);

      // 2. Propose it, then record it as signed (both dates default to today).
      await page.getByRole('button', { name: l.propose }).click();
      await expect(page.getByTestId('version-1')).toContainText(l.proposed);
      await page.getByLabel(l.signedBy, { exact: true }).fill('Claire Martin, CMO');
      await page.getByRole('button', { name: l.sign }).click();
      await expect(page.getByTestId('version-1')).toContainText(l.signed);
      await expect(doc).toContainText(l.signature);
      await expect(page.getByRole('group', { name: l.s1 })).toHaveCount(0);
      await expectAccessible(page);

      // 3. Export it: Markdown and the print layout (PDF).
      const md = await download(page, l.exportMd);
      expect(md.name).toBe(l.fileDoc);
      expect(md.text).toContain(`# ${l.title}`);
      expect(md.text).toContain(l.law);
      expect(md.text).toContain('- Everyone, the CEO first, has the right to disconnect.');
      expect(md.text).toContain('- The team lead checks the figures every Friday.');
      expect(md.text).not.toContain(l.onCallText);
      expect(md.text).toContain(l.signature);
      const pdf = await pdfText(page);
      expect(pdf).toContain(l.title);
      expect(pdf).toContain(squash(l.signature));
      expect(pdf).toContain('The team lead checks the figures every Friday.');
      expect(pdf).not.toContain(l.nav);
      expect(pdf).not.toContain(l.save);

      // 4. A slot that crosses midnight, and a notice to copy.
      await page.getByRole('link', { name: l.tabs.slots }).click();
      await page.getByRole('button', { name: l.addSlot }).click();
      const row = page.getByTestId('slot-row').last();
      await fillTime(field(row, lang === 'en' ? 'Start of slot 1' : 'Début du créneau 1'), '22:00');
      await fillTime(field(row, lang === 'en' ? 'End of slot 1' : 'Fin du créneau 1'), '01:00');
      await expect(row.getByText(l.nextDay)).toBeVisible();
      await page.getByRole('button', { name: l.saveSlots }).click();
      await expect(page.getByText(l.slotsSaved)).toBeVisible();
      await expect(page.getByTestId('notice-en-lateEmail').getByRole('textbox')).toHaveValue(L.en.lateEmail);
      await expect(page.getByTestId('notice-fr-lateEmail').getByRole('textbox')).toHaveValue(L.fr.lateEmail);
      await page.getByTestId(`notice-${lang}-lateEmail`).getByRole('button', { name: l.copy }).click();
      await expect(page.getByTestId(`notice-${lang}-lateEmail`).getByRole('status')).toHaveText(l.copied);
      await expectAccessible(page);

      // 5. The week's compliance: Monday's late email, Tuesday's short rest.
      await page.getByRole('link', { name: l.tabs.compliance }).click();
      await expect(page.getByTestId('charter-fig-kept')).toContainText(l.twoOfFour);
      const monday = page.getByTestId('comp-day-2026-11-09');
      await expect(monday.getByRole('cell', { name: l.yes, exact: true })).toBeVisible();
      await expect(monday.getByRole('cell', { name: l.notKept })).toBeVisible();
      await expect(page.getByTestId('comp-day-2026-11-10')).toContainText(l.rest);
      await expect(page.getByTestId('comp-day-2026-11-11').getByRole('cell', { name: l.keptWord, exact: true })).toBeVisible();
      await expectAccessible(page);
      await app.open('/');
      await expect(page.getByTestId('today-charter')).toContainText(l.todayBefore);

      // 6. Monday was a crisis: an exception excuses the late evening and the short rest after it.
      await app.open('/charter/exceptions');
      await fillDate(field(page, l.excDay), '2026-11-09');
      await page.getByLabel(l.reason, { exact: true }).fill('Bad buzz');
      await page.getByLabel(l.recovery, { exact: true }).fill('120');
      await page.getByRole('button', { name: l.record }).click();
      await expect(page.getByText(l.excSaved)).toBeVisible();
      await expect(page.getByRole('cell', { name: 'Bad buzz' })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('link', { name: l.tabs.compliance }).click();
      await expect(page.getByTestId('charter-fig-kept')).toContainText(l.fourOfFour);
      await expect(page.getByTestId('charter-fig-lateEvenings')).toContainText(l.lateExcused);
      await app.open('/');
      await expect(page.getByTestId('today-charter')).toContainText(l.today);
      await expectAccessible(page);
    });
  });
}

test('a month of compliance for management, in dark mode, with its Markdown', async ({ app, page }) => {
  app.server.setNow(NOW);
  await page.clock.setFixedTime(NOW);
  await app.server.core.dispatch('settings.update', { theme: 'dark' });
  // Tracking began on Monday 2 November: the days before it are not counted, this month or this year.
  const cats = (await app.server.core.dispatch('audit.categories.list', undefined)) as { ok: true; value: { id: number; mode: string }[] };
  await app.server.core.dispatch('audit.entries.create', { start: at('2026-11-02', '09:00'), end: at('2026-11-02', '17:00'), categoryId: cats.value.find((c) => c.mode === 'deep')!.id, tz: TZ });
  await app.open('/charter/compliance');
  await page.getByLabel('Show', { exact: true }).selectOption('month');
  await expect(page.getByTestId('comp-period')).toHaveText('Nov 1 – 30, 2026');
  await expect(page.locator('[data-testid^="comp-day-"]')).toHaveCount(30);
  await expectAccessible(page);
  const md = await download(page, 'Export Markdown');
  expect(md.name).toBe('coulisses-charter-compliance-2026-11-01.md');
  expect(md.text).toContain('# How the disconnection charter was kept');
  expect(md.text).toMatch(/\*\*Period\*\* Nov 1\s–\s30, 2026\n/); // the range as on screen
  expect(md.text).toContain('| Figure | This period | Year to date (Nov 2, 2026 – Nov 12, 2026) |');
  expect(md.text).toContain('| Days the charter was kept | 9 of 9 days | 9 of 9 days |');
  expect(md.text).toMatch(/\| Sun, Nov 1 \|.* \| Not tracked yet \|\n\| Mon, Nov 2 \|.* \| Kept \|/);
  expect(md.text.split('\n').filter((line) => /^\| \w{3}, Nov \d+ \|/.test(line))).toHaveLength(30);
});

test('the weekly report for management has a section on the charter, also in its Markdown', async ({ app, page }) => {
  app.server.setNow(NOW);
  await page.clock.setFixedTime(NOW);
  const cats = (await app.server.core.dispatch('audit.categories.list', undefined)) as { ok: true; value: { id: number; mode: string }[] };
  const cat = cats.value.find((c) => c.mode === 'deep')!.id;
  await app.server.core.dispatch('audit.entries.create', { start: at('2026-11-10', '09:00'), end: at('2026-11-10', '21:00'), categoryId: cat, tz: TZ });
  await app.open('/reports/weekly');
  await page.locator('#weekly-period').selectOption('this-week');
  const section = page.locator('section[aria-labelledby="wk-charter"]');
  await expect(section.getByRole('heading', { name: 'Disconnection charter' })).toBeVisible();
  await expect(section).toContainText('No charter signed yet');
  await expect(section.getByTestId('charter-fig-lateEvenings')).toContainText('1');
  await expectAccessible(page);
  const md = await download(page, 'Export Markdown');
  expect(md.text).toContain('## Disconnection charter');
  expect(md.text).toMatch(/\| Late evenings \(as in the audit\) \| 1 \| 1 \|/);
});

test('a draft edited while the refresh after its save is on its way keeps the edit', async ({ app, page }) => {
  const l = L.en;
  await app.open('/charter');
  await page.getByRole('button', { name: l.start }).click();
  const organisation = page.getByLabel(l.organisation, { exact: true });
  await organisation.fill('Acme');
  // The draft's read after the save is held while the user goes on typing.
  const draft = await holdRead(page, 'charter.doc.get');
  await page.getByRole('button', { name: l.save }).click();
  await organisation.fill('Acme Corp');
  draft.release();
  await draft.answered;
  await expect(organisation).toHaveValue('Acme Corp');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  const docs = (await app.server.core.dispatch('charter.docs.list', undefined)) as { value: { id: number }[] };
  const stored = (await app.server.core.dispatch('charter.doc.get', { id: docs.value[0].id })) as { value: { doc: { organisation: string } } };
  expect(stored.value.doc.organisation).toBe('Acme');
});
