// Takes screenshots of every screen, in English and French, light and dark, into docs/screenshots/.
// Usage: npm run build && npx tsx scripts/screenshots.ts [route ...]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startBrowserServer } from '../src/main/browser-mode/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { seedMonth, type DispatchFn } from '../tests/helpers/seedMonth';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/audit', '/audit/report', '/audit/proposal', '/calendar', '/calendar/sessions', '/career', '/career/charts', '/reports/weekly', '/reports/trend', '/reports/career', '/settings', '/charter', '/charter/slots', '/charter/compliance'];
const outDir = path.resolve('docs/screenshots');
fs.mkdirSync(outDir, { recursive: true });
// A realistic month (the e2e seed), on a fixed clock: Thursday 19 November 2026, 15:30 in Paris.
const NOW = Date.UTC(2026, 10, 19, 14, 30);
const seed = !process.env.NO_SEED;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const lang of ['en', 'fr'] as const) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-shots-'));
  const server = await startBrowserServer({ dataDir, rendererDir: 'out/renderer', version: 'shots', language: lang, tz: 'Europe/Paris', testHooks: true, fixedNow: seed ? NOW : null });
  if (seed) await seedMonth(server.core.dispatch as DispatchFn, { now: NOW, tz: 'Europe/Paris', language: lang });
  for (const theme of ['light', 'dark'] as const) {
    await server.core.dispatch('settings.update', { theme, language: lang });
    const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-US', timezoneId: 'Europe/Paris', viewport: { width: 1360, height: 860 }, colorScheme: theme });
    const page = await context.newPage();
    if (seed) await page.clock.setFixedTime(NOW);
    for (const route of routes) {
      await page.goto(`${server.url}#${route}`);
      await page.waitForSelector('main#main h1');
      await page.waitForTimeout(400);
      const name = `${route === '/' ? 'today' : route.replace(/^\//, '').replace(/[/?=&]/g, '-')}-${lang}-${theme}.png`;
      await page.screenshot({ path: path.join(outDir, name), fullPage: false });
      console.log(name);
    }
    await context.close();
  }
  await server.close();
}
await browser.close();
