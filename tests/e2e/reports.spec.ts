import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, holdRead } from './fixtures';
import { field, fillDate } from './fields';
import { seedMonth, type SeedSummary } from '../helpers/seedMonth';
import { makeReportFormat } from '../../src/shared/reports/format';

const TZ = 'Europe/Paris';
const NOW = Date.UTC(2026, 10, 19, 14, 30); // Thursday 19 November 2026, 15:30 in Paris

const TEXT = {
  en: {
    tabs: { weekly: 'Weekly report', trend: 'Trend', career: 'Career portfolio' },
    saveConclusions: 'Save to the audit',
    weeklyTitle: 'Weekly report for management',
    weeklyHeadings: ['Key figures', 'Where the time goes', 'Interruptions by channel', 'Out-of-scope work', 'Invisible work', 'Proposed batch rhythm', 'Conclusions'],
    tracked: 'Tracked time',
    showData: 'Show the numbers',
    exportMd: 'Export Markdown',
    exportPdf: 'Export PDF',
    trendTitle: 'Trend report',
    trendFrom: 'From',
    trendTo: 'To',
    careerTitle: 'Career portfolio',
    careerBits: ['Three-year plan', 'Audit a typical week and share the findings', 'Google Analytics', 'Move replies to two daily slots', 'Analytics and KPIs'],
    nav: 'Settings',
    oos: 'Printing flyers for the event',
  },
  fr: {
    tabs: { weekly: 'Rapport hebdomadaire', trend: 'Tendances', career: 'Portfolio de carrière' },
    saveConclusions: 'Enregistrer dans l’audit',
    weeklyTitle: 'Rapport hebdomadaire pour la direction',
    weeklyHeadings: ['Chiffres clés', 'Où passe le temps', 'Interruptions par canal', 'Travail hors périmètre', 'Travail invisible', 'Rythme de travail proposé', 'Conclusions'],
    tracked: 'Temps suivi',
    showData: 'Afficher les chiffres',
    exportMd: 'Exporter en Markdown',
    exportPdf: 'Exporter en PDF',
    trendTitle: 'Rapport de tendances',
    trendFrom: 'Du',
    trendTo: 'Au',
    careerTitle: 'Portfolio de carrière',
    careerBits: ['Plan sur trois ans', 'Auditer une semaine type et partager les conclusions', 'Google Analytics', 'Passer les réponses sur deux créneaux par jour', 'Analyse de données et KPI'],
    nav: 'Réglages',
    oos: "Impression des flyers de l'événement",
  },
} as const;

const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

/** Waits until every chart of the page is drawn (they are lazy-loaded). */
async function chartsDrawn(page: Page) {
  await expect(page.locator('.report-doc')).toBeVisible();
  const figures = await page.locator('.chart-figure').count();
  await expect(page.locator('.chart-figure-box .recharts-wrapper')).toHaveCount(figures);
}

async function markdownOf(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file!, 'utf8') };
}

/** The report's print layout rendered to PDF by Chromium, as text (pdftotext). */
async function pdfText(page: Page): Promise<{ text: string; pages: number }> {
  await page.emulateMedia({ media: 'print' });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-pdf-')), 'report.pdf');
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').filter((p) => p.trim()).length;
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return { text: squash(text), pages };
}

for (const lang of ['en', 'fr'] as const) {
  test.describe(`Reports (${lang})`, () => {
    test.use({ appLanguage: lang });
    const T = TEXT[lang];
    const fmt = makeReportFormat(lang === 'fr' ? 'fr-FR' : 'en-US', TZ);
    let seed: SeedSummary;

    test.beforeEach(async ({ app, page }) => {
      app.server.setNow(NOW);
      await page.clock.setFixedTime(NOW);
      seed = await seedMonth(async (c, i) => await app.server.core.dispatch(c, i) as never, { now: NOW, tz: TZ, language: lang });
    });

    test('weekly report: figures, charts with tables, Markdown and PDF', async ({ app, page }) => {
      const r = await app.server.core.dispatch('audit.report', { from: seed.savedAudit.from, to: seed.savedAudit.to, tz: TZ }) as {
        ok: true;
        value: { metrics: { trackedMinutes: number; minutesByMode: { deep: number }; interruptions: { count: number } } };
      };
      const m = r.value.metrics;
      const tracked = fmt.duration(m.trackedMinutes);
      const deep = fmt.duration(m.minutesByMode.deep);

      await app.open('/reports');
      await expect(page).toHaveURL(/#\/reports\/weekly$/);
      await expect(page.getByRole('link', { name: T.tabs.weekly })).toHaveAttribute('aria-current', 'page');
      await chartsDrawn(page);
      await expect(page.getByRole('heading', { name: T.weeklyTitle })).toBeVisible();
      await expect(page.locator('#weekly-period')).toHaveValue(`audit:${seed.savedAudit.id}`);
      await expect(page.locator('#weekly-conclusions')).toHaveValue(seed.savedAudit.conclusions);
      const figure = page.locator('.rp-figure').filter({ hasText: T.tracked });
      await expect(figure.locator('dd')).toHaveText(tracked);
      for (const h of T.weeklyHeadings) await expect(page.getByRole('heading', { level: 3, name: h })).toBeVisible();

      // A chart's numbers on demand.
      const toggle = page.getByRole('button', { name: T.showData }).first();
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await toggle.click();
      await expect(page.getByRole('button', { name: T.showData })).toHaveCount(1);
      await expect(page.locator('.chart-figure-data:not(.collapsed) table').first()).toBeVisible();
      await expectAccessible(page);

      const md = await markdownOf(page, T.exportMd);
      expect(md.name).toMatch(/^coulisses-weekly-report-2026-11-09\.md$/);
      expect(md.text).toContain(`# ${T.weeklyTitle}`);
      for (const h of T.weeklyHeadings) expect(md.text).toContain(`## ${h}`);
      expect(md.text).toContain(`| ${T.tracked} | ${tracked} |`);
      expect(md.text).toContain(seed.savedAudit.conclusions);
      expect(md.text).toContain(T.oos);

      // Edited conclusions go into the exports.
      await page.locator('#weekly-conclusions').fill(`${seed.savedAudit.conclusions}\nPS 42`);
      expect((await markdownOf(page, T.exportMd)).text).toContain('PS 42');

      const pdf = await pdfText(page);
      expect(pdf.text).toContain(T.weeklyTitle);
      for (const h of T.weeklyHeadings) expect(pdf.text).toContain(h);
      expect(pdf.text).toContain(squash(`${T.tracked} ${tracked}`));
      expect(pdf.text).toContain(squash(deep));
      expect(pdf.text).toContain(squash(seed.savedAudit.conclusions));
      expect(pdf.text).toContain('PS 42');
      expect(pdf.text).not.toContain(T.nav);
      expect(pdf.text).not.toContain(T.exportPdf);
      expect(pdf.pages).toBeGreaterThanOrEqual(2);
      expect(pdf.pages).toBeLessThanOrEqual(4);

      // "Export PDF" prints the same layout (Electron's and the browser's print dialog both save PDF).
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void ((window as unknown as { printed: number }).printed += 1);
      });
      await page.getByRole('button', { name: T.exportPdf }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    });

    test('conclusions typed while the saved audits are read, or refreshed after a save, are kept', async ({ app, page }) => {
      // The saved audits are read slowly: the conclusions field waits for them, so what is typed is never replaced.
      const field = page.locator('#weekly-conclusions');
      const first = await holdRead(page, 'audit.saved.list');
      await app.open('/reports/weekly');
      setTimeout(first.release, 1000);
      await field.fill('Typed while reading');
      await first.answered;
      await expect(field).toHaveValue('Typed while reading');

      // Saving refreshes the saved audits; typing on while that refresh is held keeps the new text.
      const second = await holdRead(page, 'audit.saved.list');
      await page.getByRole('button', { name: T.saveConclusions }).click();
      await field.fill('Typed while reading, then more');
      second.release();
      await second.answered;
      await expect(field).toHaveValue('Typed while reading, then more');
      const stored = ((await app.server.core.dispatch('audit.saved.list', undefined)) as { value: { id: number; conclusions: string }[] }).value;
      expect(stored.find((a) => a.id === seed.savedAudit.id)?.conclusions).toBe('Typed while reading');
    });

    test('trend report: weeks of the range with the saved audit marked', async ({ page, app }) => {
      await app.open('/reports/trend');
      await chartsDrawn(page);
      await expect(page.getByRole('heading', { name: T.trendTitle })).toBeVisible();
      await fillDate(field(page, T.trendFrom), seed.firstDay);
      await fillDate(field(page, T.trendTo), seed.lastDay);
      await expect(page.locator('.report-doc tbody tr').last()).toBeVisible();
      await chartsDrawn(page);
      await expectAccessible(page);
      const rows = page.locator('section[aria-labelledby="tr-table"] tbody tr');
      await expect(rows).toHaveCount(5);
      await expect(rows.filter({ hasText: seed.savedAudit.name })).toHaveCount(1);

      const md = await markdownOf(page, T.exportMd);
      expect(md.name).toBe(`coulisses-trend-report-${seed.firstDay}-${seed.lastDay}.md`);
      expect(md.text).toContain(`# ${T.trendTitle}`);
      const tableRows = md.text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
      expect(tableRows).toHaveLength(6);
      expect(tableRows.filter((l) => l.includes(seed.savedAudit.name))).toHaveLength(1);

      const pdf = await pdfText(page);
      expect(pdf.text).toContain(T.trendTitle);
      expect(pdf.text).toContain(seed.savedAudit.name);
      expect(pdf.text).toContain(fmt.civil('2026-11-09'));
      expect(pdf.text).not.toContain(T.nav);
    });

    test('career portfolio: plan, certifications, decisions, skills', async ({ page, app }) => {
      await app.open('/reports/career');
      await chartsDrawn(page);
      await expect(page.getByRole('heading', { name: T.careerTitle, level: 2 })).toBeVisible();
      for (const bit of T.careerBits) await expect(page.locator('.report-doc').getByText(bit, { exact: false }).first()).toBeVisible();
      await expectAccessible(page);

      const md = await markdownOf(page, T.exportMd);
      expect(md.name).toBe('coulisses-career-portfolio-2026-11-19.md');
      expect(md.text).toContain(`# ${T.careerTitle}`);
      for (const bit of T.careerBits) expect(md.text).toContain(bit);

      const pdf = await pdfText(page);
      expect(pdf.text).toContain(T.careerTitle);
      for (const bit of T.careerBits) expect(pdf.text).toContain(bit);
      expect(pdf.text).not.toContain(T.nav);
    });
  });
}

test('reports for a brand-new user say there is nothing yet, in dark mode too', async ({ app, page }) => {
  await app.server.core.dispatch('settings.update', { theme: 'dark' });
  await app.open('/reports/weekly');
  await expect(page.getByText('No time was tracked in this period yet.')).toBeVisible();
  await expectAccessible(page);
  await app.open('/reports/trend');
  await expect(page.getByText('No time was tracked in this range.')).toBeVisible();
  await expectAccessible(page);
  await app.open('/reports/career');
  await expect(page.getByText('No career plan yet.')).toBeVisible();
  await expectAccessible(page);
});
