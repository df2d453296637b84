// Screenshots of the charter screens (not committed): npx tsx /tmp/i17/shots.ts [route ...]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startBrowserServer } from '../src/main/browser-mode/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { seedMonth, type DispatchFn } from '../tests/helpers/seedMonth';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/charter', '/charter/slots', '/charter/exceptions', '/charter/compliance', '/', '/reports/weekly'];
const widths = (process.env.WIDTHS ?? '1280').split(',').map(Number);
const langs = (process.env.LANGS ?? 'en,fr').split(',') as ('en' | 'fr')[];
const themes = (process.env.THEMES ?? 'light').split(',') as ('light' | 'dark')[];
const outDir = '/tmp/i17/shots';
fs.mkdirSync(outDir, { recursive: true });
const NOW = Date.UTC(2026, 10, 19, 14, 30);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const lang of langs) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-shots-'));
  const server = await startBrowserServer({ dataDir, rendererDir: '/work/wt-i17/out/renderer', version: 'shots', language: lang, tz: 'Europe/Paris', testHooks: true, fixedNow: NOW });
  const d = server.core.dispatch as DispatchFn;
  await seedMonth(d, { now: NOW, tz: 'Europe/Paris', language: lang });
  const doc = (await d('charter.doc.create', { language: lang })) as { ok: true; value: { id: number } };
  await d('charter.doc.update', { id: doc.value.id, organisation: 'Acme' });
  if (process.env.SIGNED) {
    await d('charter.doc.propose', { id: doc.value.id, on: '2026-11-02' });
    await d('charter.doc.sign', { id: doc.value.id, on: '2026-11-09', by: 'Claire Martin, CMO' });
  }
  await d('charter.slots.save', { slots: [1, 2, 3, 4, 5].flatMap((w) => [{ weekday: w, start: 600, end: 720, channels: ['phone', 'email', 'chat'] }, { weekday: w, start: 900, end: 1020, channels: ['email', 'social'] }]).concat([{ weekday: 5, start: 1320, end: 60, channels: ['social'] }]) });
  await d('charter.exception.create', { day: '2026-11-12', reason: lang === 'fr' ? 'Bad buzz sur la vidéo de lancement' : 'Bad buzz on the launch video', minutes: 150, recoveryMinutes: 180 });
  for (const theme of themes) {
    await d('settings.update', { theme, language: lang });
    for (const width of widths) {
      const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-US', timezoneId: 'Europe/Paris', viewport: { width, height: Number(process.env.HEIGHT ?? 900) }, colorScheme: theme });
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      for (const route of routes) {
        await page.goto(`${server.url}#${route}`);
        await page.waitForSelector('main#main h1');
        await page.waitForTimeout(700);
        const name = `${route === '/' ? 'today' : route.replace(/^\//, '').replace(/[/?=&]/g, '-')}-${lang}-${theme}-${width}.png`;
        await page.screenshot({ path: path.join(outDir, name), fullPage: !!process.env.FULL });
        console.log(name);
      }
      await context.close();
    }
  }
  await server.close();
}
await browser.close();
