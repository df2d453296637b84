// Veille end to end, as a new user would, in both languages: add sources (by address and OPML),
// see that nothing is requested while fetching is off, turn it on, fetch from a feed server on
// the loopback address, triage by keyboard, annotate, write the week's report (a recommendation
// without a citation is refused), export it as Markdown and PDF in either language, deliver it
// and record management's answer. The request guard records every request of this process (the
// browser-mode server runs here): none with fetching off, then only to the feed server.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startFeedServer, type FeedServer } from '../helpers/feedServer';
import { installRequestGuard, type RequestGuard } from '../helpers/requestGuard';
import { expect, expectAccessible, holdRead, test } from './fixtures';

// Thursday 5 March 2026, 15:30 in Paris: ISO week 10.
const NOW = Date.UTC(2026, 2, 5, 14, 30);

const L = {
  en: {
    emptyTitle: 'Start your monitoring',
    sourcesTab: 'Sources',
    inboxTab: 'Inbox',
    reportsTab: 'Weekly reports',
    measuresTab: 'Measures',
    fetchNow: 'Fetch now',
    allOff: 'Fetching is off for every source: the app makes no request.',
    feedAddress: 'Feed address',
    addFeed: 'Add the feed',
    badUrl: 'Enter a full web address starting with https:// or http://.',
    opmlFile: 'OPML file',
    willImport: 'Will be imported',
    line: 'Line',
    importSources: 'Import the sources (1)',
    imported: 'Sources imported: 1; skipped: 0.',
    fetchNamed: (name: string) => `Fetch “${name}”`,
    done: 'Sources read: 2 · new items: 4 · problems: 0',
    read: 'Read',
    toTriage: 'To triage',
    kept: 'Kept',
    keep: 'Keep',
    weak: 'Weak signal',
    theme: 'Theme',
    question: 'Monitoring question it answers',
    implication: 'Implication for the brand',
    saveAnnotation: 'Save the annotation',
    saved: 'Saved',
    addLink: 'Add a link',
    address: 'Address',
    addTheLink: 'Add the link',
    duplicate: 'This link is already in your monitoring as “Short video keeps growing on LinkedIn”; nothing was added.',
    openReport: 'Open the report',
    addRecommendation: 'Add a recommendation',
    recommendation: 'Recommendation',
    add: 'Add',
    citationRequired: 'Each insight, weak signal and recommendation must cite at least one item from your monitoring.',
    addInsight: 'Add an insight',
    insight: 'Insight',
    reportLanguage: 'Report language',
    otherLanguage: 'fr',
    exportMarkdown: 'Export as Markdown',
    exportPdf: 'Export as PDF',
    mdHeading: '## Recommandations',
    mdFile: 'veille-2026-S10.md',
    docTitle: 'Monitoring report, week 10 of 2026',
    docKicker: 'Weekly intelligence report',
    deliver: 'Deliver to management',
    accepted: 'Accepted',
    adoption: 'Recommendations accepted by management: 1 of 1',
    allReports: '← All reports',
    adoptedCell: 'Accepted: 1 of 1 (pending: 0)',
    funnel: 'From reading to the report',
  },
  fr: {
    emptyTitle: 'Commencez votre veille',
    sourcesTab: 'Sources',
    inboxTab: 'À trier',
    reportsTab: 'Rapports hebdomadaires',
    measuresTab: 'Mesures',
    fetchNow: 'Récupérer maintenant',
    allOff: 'La récupération est désactivée pour toutes les sources : l’app ne fait aucune requête.',
    feedAddress: 'Adresse du flux',
    addFeed: 'Ajouter le flux',
    badUrl: 'Saisissez une adresse web complète commençant par https:// ou http://.',
    opmlFile: 'Fichier OPML',
    willImport: 'Sera importé',
    line: 'Ligne',
    importSources: 'Importer les sources (1)',
    imported: 'Sources importées : 1 ; ignorées : 0.',
    fetchNamed: (name: string) => `Récupérer « ${name} »`,
    done: 'Sources lues : 2 · nouveaux éléments : 4 · problèmes : 0',
    read: 'Lu',
    toTriage: 'À trier',
    kept: 'Gardés',
    keep: 'Garder',
    weak: 'Signal faible',
    theme: 'Thème',
    question: 'Question de veille à laquelle il répond',
    implication: 'Implication pour la marque',
    saveAnnotation: 'Enregistrer l’annotation',
    saved: 'Enregistrée',
    addLink: 'Ajouter un lien',
    address: 'Adresse',
    addTheLink: 'Ajouter le lien',
    duplicate: 'Ce lien est déjà dans votre veille sous le titre « Short video keeps growing on LinkedIn » ; rien n’a été ajouté.',
    openReport: 'Ouvrir le rapport',
    addRecommendation: 'Ajouter une recommandation',
    recommendation: 'Recommandation',
    add: 'Ajouter',
    citationRequired: 'Chaque enseignement, signal faible et recommandation doit citer au moins un élément de votre veille.',
    addInsight: 'Ajouter un enseignement',
    insight: 'Enseignement',
    reportLanguage: 'Langue du rapport',
    otherLanguage: 'en',
    exportMarkdown: 'Exporter en Markdown',
    exportPdf: 'Exporter en PDF',
    mdHeading: '## Recommendations',
    mdFile: 'veille-2026-W10.md',
    docTitle: 'Rapport de veille, semaine 10 de 2026',
    docKicker: 'Rapport de veille hebdomadaire',
    deliver: 'Remettre à la direction',
    accepted: 'Acceptée',
    adoption: 'Recommandations acceptées par la direction : 1 sur 1',
    allReports: '← Tous les rapports',
    adoptedCell: 'Acceptées : 1 sur 1 (en attente : 0)',
    funnel: 'De la lecture au rapport',
  },
} as const;

let feeds: FeedServer;
let guard: RequestGuard;
test.beforeAll(async () => {
  feeds = await startFeedServer();
});
test.afterAll(async () => {
  await feeds.close();
});
test.beforeEach(() => {
  guard = installRequestGuard();
});
test.afterEach(() => {
  guard.dispose();
});

/** Connections this process opened, except to the app's own server (the page's requests arrive there; the server opens none). */
const outgoing = () => guard.connections.map((c) => c.replace(/^::ffff:/, ''));

async function openTab(page: Page, name: string) {
  await page.getByRole('navigation', { name: /sections|Rubriques/ }).getByRole('link', { name, exact: true }).click();
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`Veille (${lang})`, () => {
    test.use({ appLanguage: lang });
    const T = L[lang];

    test('sources, fetching off then on, triage by keyboard, annotation, the weekly report delivered and exported', async ({ page, app }) => {
      test.setTimeout(120_000);
      app.server.setNow(NOW);
      await page.clock.setFixedTime(new Date(NOW));
      page.on('dialog', (d) => void d.accept());
      feeds.hits.length = 0;

      // A new user: an empty inbox that says where to start.
      await app.open('/veille');
      await expect(page.getByRole('heading', { name: T.emptyTitle })).toBeVisible();
      await expect(page.getByRole('button', { name: T.fetchNow })).toBeDisabled();
      await expect(page.getByText(T.allOff)).toBeVisible();
      await expectAccessible(page);

      // Sources: one by address (fetching left off, the default), one from an OPML export.
      await openTab(page, T.sourcesTab);
      await page.getByLabel(T.feedAddress).fill('trends.example/feed');
      await page.getByRole('button', { name: T.addFeed }).click();
      await expect(page.getByText(T.badUrl)).toBeVisible();
      await page.getByLabel(T.feedAddress).fill(`${feeds.origin}/rss.xml`);
      await page.getByRole('button', { name: T.addFeed }).click();
      await expect(page.getByRole('rowheader', { name: new RegExp(`${feeds.host}/rss.xml`) })).toBeVisible();
      const opml = `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="1.0">\n<body>\n<outline text="Competitors">\n<outline type="rss" text="Brand Watch Notes" xmlUrl="${feeds.origin}/atom.xml"/>\n</outline>\n</body>\n</opml>\n`;
      await page.getByLabel(T.opmlFile, { exact: true }).setInputFiles({ name: 'feedly.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });
      const previewRow = page.getByRole('row', { name: /Brand Watch Notes/ }).filter({ hasText: T.willImport });
      await expect(previewRow).toContainText('5');
      await expect(previewRow).toContainText('Competitors');
      await expectAccessible(page);
      await page.getByRole('button', { name: T.importSources }).click();
      await expect(page.getByText(T.imported)).toBeVisible();

      // Fetching is off for both: "Fetch now" stays disabled and not one request has left.
      await expect(page.getByRole('button', { name: T.fetchNow })).toBeDisabled();
      expect(feeds.hits).toEqual([]);
      expect(guard.requests).toEqual([]);
      expect(outgoing()).toEqual([]);

      // Turned on, per source: the fetch goes to the feed server only, and the log shows it.
      await page.getByRole('checkbox', { name: T.fetchNamed(feeds.host) }).check();
      await page.getByRole('checkbox', { name: T.fetchNamed('Brand Watch Notes') }).check();
      await page.getByRole('button', { name: T.fetchNow }).click();
      // Slow by nature under load: this first job of the server starts the job worker thread (its
      // parsers and its own database connection) before the two feeds are parsed. Measured 7.7 s
      // (9.6 s from the TypeScript source) at a load average of 21 on 2 cores, 88 ms once warm;
      // the run went past the 10 s expectation in 2 of 6 runs under a CPU burner.
      await expect(page.getByText(T.done)).toBeVisible({ timeout: 30_000 });
      expect(feeds.hits.sort()).toEqual(['GET /atom.xml', 'GET /rss.xml']);
      expect(new Set(outgoing())).toEqual(new Set([feeds.host]));
      await expect(page.getByRole('rowheader', { name: /Social Trends Weekly/ }).first()).toBeVisible();
      await expect(page.locator('section[aria-labelledby="log-h"] tbody tr')).toHaveCount(2);
      await expect(page.locator('section[aria-labelledby="log-h"] tbody')).toContainText(T.read);

      // Triage by keyboard: the inbox holds the four new items, oldest first.
      await openTab(page, T.inboxTab);
      const list = page.getByRole('listbox');
      await expect(list.getByRole('option')).toHaveCount(4);
      await list.focus();
      await expect(list.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByRole('heading', { level: 2, name: 'Short video keeps growing on LinkedIn' })).toBeVisible();
      await expect(page.getByText('Brands that post weekly see more reach.')).toBeVisible();
      await page.keyboard.press('y'); // keep the video story
      await expect(list.getByRole('option')).toHaveCount(3);
      await page.keyboard.press('s'); // star (and keep) the paid groups story
      await expect(list.getByRole('option')).toHaveCount(2);
      await page.keyboard.press('j');
      await page.keyboard.press('x'); // skip the last one
      await expect(list.getByRole('option')).toHaveCount(1);
      await expect(page.getByRole('button', { name: new RegExp(`^${T.kept}`) })).toContainText('2');
      await expectAccessible(page);

      // Annotate the starred item as a weak signal.
      await page.getByRole('button', { name: new RegExp(`^${T.kept}`) }).click();
      await page.getByRole('option', { name: /A competitor tests paid community groups/ }).click();
      await page.getByRole('radio', { name: T.weak }).check();
      await page.getByLabel(T.theme).fill('Community');
      await page.getByLabel(T.question).fill('Do fans pay for community?');
      await page.getByLabel(T.implication).fill('Keep our group free');
      await page.getByRole('button', { name: T.saveAnnotation }).click();
      await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${T.saved}$`) })).toBeVisible();

      // A link added by hand that is already there (tracking parameters, www.): refused in words.
      await page.getByRole('button', { name: T.addLink }).click();
      await page.getByRole('dialog').getByLabel(T.address).fill('http://www.trends.example/linkedin-video/?utm_source=newsletter');
      await page.getByRole('dialog').getByRole('button', { name: T.addTheLink }).click();
      await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(T.duplicate);
      await page.keyboard.press('Escape');

      // The week's report: a recommendation without a citation is refused, then cites the video.
      await openTab(page, T.reportsTab);
      await page.getByRole('button', { name: T.openReport }).click();
      await page.getByRole('button', { name: T.addRecommendation }).click();
      await page.getByLabel(T.recommendation, { exact: true }).fill('Post one short video a week on LinkedIn');
      await page.getByRole('button', { name: T.add, exact: true }).click();
      await expect(page.getByRole('alert')).toContainText(T.citationRequired);
      await page.getByRole('checkbox', { name: /Short video keeps growing on LinkedIn/ }).check();
      await page.getByRole('button', { name: T.add, exact: true }).click();
      await expect(page.locator('.veille-doc')).toContainText('Post one short video a week on LinkedIn');
      await page.getByRole('button', { name: T.addInsight }).click();
      await page.getByLabel(T.insight, { exact: true }).fill('Paid community groups appear at a competitor');
      await page.getByRole('checkbox', { name: /A competitor tests paid community groups/ }).check();
      await page.getByRole('button', { name: T.add, exact: true }).click();
      await expect(page.locator('.veille-doc')).toContainText('Paid community groups appear at a competitor');
      await expect(page.locator('.veille-doc h2')).toHaveText(T.docTitle);
      await expectAccessible(page);

      // Exports in the other language: Markdown from main, the document below re-rendered for PDF.
      await page.getByLabel(T.reportLanguage).selectOption(T.otherLanguage);
      await expect(page.locator('.veille-doc')).toHaveAttribute('lang', T.otherLanguage);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: T.exportMarkdown }).click()]);
      expect(download.suggestedFilename()).toBe(T.mdFile);
      const md = fs.readFileSync((await download.path())!, 'utf8');
      expect(md).toContain(T.mdHeading);
      expect(md).toContain('[Short video keeps growing on LinkedIn](https://trends.example/linkedin-video)');
      await page.getByLabel(T.reportLanguage).selectOption(lang);
      const pdf = await pdfText(page);
      expect(pdf.toLowerCase()).toContain(T.docKicker.toLowerCase());
      expect(pdf).toContain('Post one short video a week on LinkedIn');
      expect(pdf).not.toContain(T.exportPdf);
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void ((window as unknown as { printed: number }).printed += 1);
      });
      await page.getByRole('button', { name: T.exportPdf }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

      // Delivered: management accepts the recommendation; the reports list shows what was adopted.
      await page.getByRole('button', { name: T.deliver }).click();
      await page.getByRole('radio', { name: T.accepted }).check();
      await expect(page.locator('.veille-doc')).toContainText(T.adoption);
      await page.getByRole('link', { name: T.allReports }).click();
      await expect(page.getByRole('row').filter({ hasText: T.adoptedCell })).toBeVisible();
      await expectAccessible(page);

      await openTab(page, T.measuresTab);
      await expect(page.getByRole('heading', { name: T.funnel })).toBeVisible();
      await expectAccessible(page);
      // From start to end, requests went only to the feed server's host.
      expect(new Set(outgoing())).toEqual(new Set([feeds.host]));
    });
  });
}

/** The page's print layout rendered to PDF by Chromium, as text (pdftotext). */
async function pdfText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-veille-pdf-')), 'report.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return text.replace(/\s+/g, ' ');
}

test('a category ticked while the list of monitoring categories is still being refreshed keeps the ones ticked before', async ({ app, page }) => {
  const cats = ((await app.server.core.dispatch('audit.categories.list', undefined)) as { value: { id: number; name: string; archived: boolean }[] }).value.filter((c) => !c.archived);
  const [a, b, c] = cats;
  await app.server.core.dispatch('veille.settings.update', { monitoringCategoryIds: [a.id] });
  await app.open('/veille/measures');
  await page.locator('summary', { hasText: 'Audit categories that count as monitoring' }).click();
  await expect(page.getByRole('checkbox', { name: a.name, exact: true })).toBeChecked();
  // The refresh after ticking B is held: C is ticked from the refreshed list, not from the one before B.
  const settings = await holdRead(page, 'veille.settings.get');
  // (click, not check: the box shows the stored choice, so it turns on only once the write is read back)
  await page.getByRole('checkbox', { name: b.name, exact: true }).click();
  setTimeout(settings.release, 1000);
  await page.getByRole('checkbox', { name: c.name, exact: true }).click();
  await settings.answered;
  await expect(page.getByRole('checkbox', { name: c.name, exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: b.name, exact: true })).toBeChecked();
  const stored = ((await app.server.core.dispatch('veille.settings.get', undefined)) as { value: { monitoringCategoryIds: number[] } }).value.monitoringCategoryIds;
  expect([...stored].sort((x, y) => x - y)).toEqual([a.id, b.id, c.id].sort((x, y) => x - y));
});
