import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startBrowserServer } from '../src/main/browser-mode/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { seedMonth, type DispatchFn } from '../tests/helpers/seedMonth';

const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/protocol', '/protocol/replies?case=2', '/protocol/learning', '/protocol/measures', '/protocol/setup', '/', '/reports/weekly'];
const outDir = '/tmp/shots';
fs.mkdirSync(outDir, { recursive: true });
const NOW = Date.UTC(2026, 10, 19, 14, 30);
const H = 3_600_000;
const widths = (process.env.WIDTHS ?? '1024,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];
const langs = (process.env.LANGS ?? 'en,fr').split(',') as ('en' | 'fr')[];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const lang of langs) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-shots-'));
  const server = await startBrowserServer({ dataDir, rendererDir: 'out/renderer', version: 'shots', language: lang, tz: 'Europe/Paris', testHooks: true, fixedNow: NOW });
  const d = server.core.dispatch as DispatchFn;
  await seedMonth(d, { now: NOW, tz: 'Europe/Paris', language: lang });
  const types = ((await d('protocol.types.list', undefined)) as { value: { id: number }[] }).value;
  const log = async (i: number, at: number, text: string, channel: string, tags: string[], extra: Record<string, unknown> = {}) => {
    server.setNow(at);
    const r = (await d('protocol.case.log', { typeId: types[i].id, channel, text, tags, tz: 'Europe/Paris', ...extra })) as { ok: boolean; value: { id: number }; error?: unknown };
    if (!r.ok) throw new Error(JSON.stringify(r));
    return r.value.id;
  };
  const fr = lang === 'fr';
  const a = await log(0, NOW - 26 * H, fr ? 'Où est ma commande CMD-2024551 ? appelez-moi au 06 12 34 56 78' : 'Where is my order CMD-2024551? call me on 06 12 34 56 78', 'Instagram', ['delivery'], { author: '@lea', reach: 1200 });
  const b = await log(1, NOW - 5 * H, fr ? 'L’appli plante au paiement depuis la mise à jour' : 'The app crashes at checkout since the update', 'X', ['app', 'checkout'], { author: '@max' });
  await log(0, NOW - 40 * 60_000, fr ? 'Vous livrez en Belgique ?' : 'Do you deliver to Belgium?', 'Facebook', ['delivery']);
  await log(2, NOW - 2 * H, fr ? 'Un influenceur accuse la marque de greenwashing' : 'An influencer accuses the brand of greenwashing', 'TikTok', ['sustainability'], { reach: 85000 });
  const e = await log(0, NOW - 50 * H, fr ? 'Colis abîmé' : 'Damaged parcel', 'Instagram', ['delivery']);
  server.setNow(NOW - 3 * H);
  await d('protocol.case.act', { id: b, action: 'private' });
  await d('protocol.case.act', { id: b, action: 'hand' });
  await d('protocol.case.act', { id: a, action: 'reply' });
  await d('protocol.case.act', { id: e, action: 'reply' });
  await d('protocol.case.act', { id: e, action: 'wait' });
  const r = await log(0, NOW - 30 * H, fr ? 'Horaires du magasin ?' : 'Shop opening hours?', 'Facebook', ['store']);
  server.setNow(NOW - 29 * H);
  await d('protocol.case.act', { id: r, action: 'reply' });
  await d('protocol.case.act', { id: r, action: 'resolve' });
  await d('protocol.verbatims.create', { caseId: a, text: fr ? 'Trois semaines sans nouvelles, écrivez-moi à lea@exemple.fr' : 'Three weeks without news, write to me at lea@example.com', tag: 'delivery', productArea: fr ? 'Logistique' : 'Logistics', tz: 'Europe/Paris' });
  await d('protocol.vendor.commit', { base64: Buffer.from('date,count\n2026-11-16,42\n2026-11-17,38\n2026-11-18,51\n').toString('base64'), fileName: 'v.csv' });
  server.setNow(NOW);
  for (const theme of themes) {
    await d('settings.update', { theme, language: lang });
    for (const width of widths) {
      const context = await browser.newContext({ locale: fr ? 'fr-FR' : 'en-US', timezoneId: 'Europe/Paris', viewport: { width, height: Number(process.env.HEIGHT ?? 900) }, colorScheme: theme });
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      for (const route of routes) {
        await page.goto(`${server.url}#${route}`);
        await page.waitForSelector('main#main h1');
        await page.waitForTimeout(600);
        const name = `${route === '/' ? 'today' : route.replace(/^\//, '').replace(/[/?=&]/g, '-')}-${lang}-${theme}-${width}.png`;
        await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.FULL === '1' });
        console.log(name);
      }
      if (process.env.DIALOG) {
        await page.goto(`${server.url}#/protocol`);
        await page.waitForSelector('.case-card');
        await page.locator('.case-card').first().click();
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(outDir, `case-dialog-${lang}-${theme}-${width}.png`) });
        await page.keyboard.press('Escape');
        await page.keyboard.press('c');
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(outDir, `log-dialog-${lang}-${theme}-${width}.png`) });
      }
      await context.close();
    }
  }
  await server.close();
}
await browser.close();
