// Takes screenshots of every screen at 1024, 1280 and 1920 px wide, in English and French, light
// and dark, into docs/screenshots/ (not committed, except docs/screenshot.png for the README), and
// runs axe on each (serious and critical violations are printed and make the script exit non-zero).
// Usage: npm run build && npx tsx scripts/screenshots.ts [route ...]
// Narrow the run with LANGS=fr THEMES=dark WIDTHS=1024 (comma-separated); FIRST_RUN=1 adds the
// guided first run of a new database; NO_SEED=1 shows the screens of a new user.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Page } from '@playwright/test';
import { startBrowserServer } from '../src/main/browser-mode/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { SCREEN_ROUTES } from '../tests/helpers/screens';
import { seedMonth, type DispatchFn } from '../tests/helpers/seedMonth';

const list = (name: string, all: readonly string[]) => (process.env[name] ? process.env[name]!.split(',').filter((x) => all.includes(x)) : [...all]);
const routes = process.argv.slice(2).length ? process.argv.slice(2) : SCREEN_ROUTES;
const langs = list('LANGS', ['en', 'fr']) as ('en' | 'fr')[];
const themes = list('THEMES', ['light', 'dark']) as ('light' | 'dark')[];
const widths = list('WIDTHS', ['1024', '1280', '1920']).map(Number);
const outDir = path.resolve('docs/screenshots');
fs.mkdirSync(outDir, { recursive: true });
// A realistic month (the e2e seed), on a fixed clock: Thursday 19 November 2026, 15:30 in Paris.
const NOW = Date.UTC(2026, 10, 19, 14, 30);
const seed = !process.env.NO_SEED;
const failures: string[] = [];

async function axe(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) failures.push(`${name}: ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const lang of langs) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-shots-'));
  const server = await startBrowserServer({ dataDir, rendererDir: 'out/renderer', version: 'shots', language: lang, tz: 'Europe/Paris', testHooks: true, fixedNow: seed ? NOW : null });
  const dispatch = server.core.dispatch as DispatchFn;
  let seeded = false;
  for (const theme of themes) {
    for (const width of widths) {
      const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-US', timezoneId: 'Europe/Paris', viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      if (seed) await page.clock.setFixedTime(NOW);
      if (process.env.FIRST_RUN && theme === themes[0] && width === widths[0]) {
        // The guided first run, step by step, on the new database.
        await dispatch('settings.update', { theme });
        await page.goto(server.url);
        await page.waitForSelector('main#main h1');
        for (let step = 1; step <= 6; step++) {
          await page.waitForTimeout(300);
          const name = `first-run-${step}-${lang}-${theme}-${width}.png`;
          await page.screenshot({ path: path.join(outDir, name), fullPage: false });
          await axe(page, name);
          console.log(name);
          const next = page.locator('[data-first-run-next]');
          if (!(await next.count())) break;
          await next.click();
        }
      }
      await dispatch('settings.update', { theme, language: lang, setupDone: true });
      if (seed && !seeded) {
        await seedMonth(dispatch, { now: NOW, tz: 'Europe/Paris', language: lang });
        seeded = true;
      }
      for (const route of routes) {
        await page.goto(`${server.url}#${route}`);
        await page.waitForSelector('main#main h1');
        await page.waitForTimeout(400);
        const name = `${route === '/' ? 'today' : route.replace(/^\//, '').replace(/[/?=&]/g, '-')}-${lang}-${theme}-${width}.png`;
        await page.screenshot({ path: path.join(outDir, name), fullPage: false });
        await axe(page, name);
        console.log(name);
      }
      await context.close();
    }
  }
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
await browser.close();
if (failures.length) {
  console.error(`axe: ${failures.length} serious or critical violation(s)\n${failures.join('\n')}`);
  process.exit(1);
}
