// A week of the reply protocol as a new user runs it, in screenshots: cases logged Monday to
// Friday (most through the API, two with the C key), replies, hand-overs, verbatims, then the
// board, a case, the composer, the digest, the SLA report, the protocol to sign and Today, at 1024
// and 1280 px, in English and French, light and dark, into docs/screenshots/protocol-week/ (not
// committed). Usage: npm run build && npx tsx scripts/protocolWeek.ts
// Narrow the run with LANGS=fr THEMES=dark WIDTHS=1024 (comma-separated).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startBrowserServer } from '../src/main/browser-mode/server';
import { localWallTimeToInstant } from '../src/shared/time';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';

const TZ = 'Europe/Paris';
const at = (day: string, hh: number, mm = 0) => localWallTimeToInstant(day, hh * 60 + mm, TZ);
// Friday 27 November 2026 (ISO week 48), 17:30 in Paris.
const NOW = at('2026-11-27', 17, 30);
const list = (name: string, all: readonly string[]) => (process.env[name] ? process.env[name]!.split(',').filter((x) => all.includes(x)) : [...all]);
const langs = list('LANGS', ['en', 'fr']) as ('en' | 'fr')[];
const themes = list('THEMES', ['light', 'dark']) as ('light' | 'dark')[];
const widths = list('WIDTHS', ['1024', '1280']).map(Number);
const outDir = path.resolve('docs/screenshots/protocol-week');
fs.mkdirSync(outDir, { recursive: true });

type Dispatch = (channel: string, input?: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
async function call<T>(dispatch: Dispatch, channel: string, input?: unknown): Promise<T> {
  const r = await dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** Monday to Friday of week 48 (and two cases the week before, for the digest's change). */
async function seedWeek(dispatch: Dispatch): Promise<void> {
  const types = await call<{ id: number; level: number }[]>(dispatch, 'protocol.types.list');
  const [simple, bug, threat] = types;
  const rows: { day: string; h: number; m: number; type: number; channel: string; text: string; author: string; tags: string[]; visibility?: 'public' | 'private'; reach?: number; acts: [string, number, number][] }[] = [
    { day: '2026-11-17', h: 10, m: 5, type: simple.id, channel: 'Instagram', text: 'Do you ship to Belgium?', author: '@lea', tags: ['shipping'], acts: [['reply', 10, 40], ['resolve', 11, 0]] },
    { day: '2026-11-18', h: 15, m: 20, type: bug.id, channel: 'Facebook', text: 'Checkout page blank on Android', author: '@max', tags: ['checkout'], acts: [['reply', 16, 0], ['hand', 16, 10]] },
    { day: '2026-11-23', h: 9, m: 12, type: simple.id, channel: 'Instagram', text: 'Where is my order CMD-2024551? call 06 12 34 56 78', author: '@jeanne', tags: ['delivery'], acts: [['reply', 9, 40], ['private', 9, 45], ['resolve', 11, 0]] },
    { day: '2026-11-23', h: 14, m: 3, type: bug.id, channel: 'X', text: 'App crashes at login since the update', author: '@ana', tags: ['login', 'app'], acts: [['reply', 14, 50], ['hand', 15, 0]] },
    { day: '2026-11-24', h: 8, m: 40, type: bug.id, channel: 'Facebook', text: 'Cannot log in, tried three times', author: '@paul', tags: ['login'], acts: [['reply', 10, 55], ['hand', 11, 0]] },
    { day: '2026-11-24', h: 21, m: 15, type: threat.id, channel: 'TikTok', text: 'Your brand lies about the ingredients, video coming', author: '@troll_42', tags: ['ingredients'], reach: 48000, acts: [['reply', 21, 40], ['hand', 21, 45]] },
    { day: '2026-11-25', h: 11, m: 30, type: simple.id, channel: 'LinkedIn', text: 'Are you hiring interns?', author: 'Marc D.', tags: [], acts: [['reply', 12, 0], ['resolve', 12, 5]] },
    { day: '2026-11-26', h: 16, m: 45, type: bug.id, channel: 'Instagram', text: 'Login code never arrives by SMS', author: '@sofia', tags: ['login'], acts: [['reply', 17, 20]] },
    { day: '2026-11-27', h: 10, m: 10, type: simple.id, channel: 'Facebook', text: 'Refund still not received, write to me at jo@example.com', author: '@jo', tags: ['refund'], visibility: 'private', acts: [['reply', 10, 30], ['wait', 10, 31]] },
    { day: '2026-11-27', h: 16, m: 50, type: simple.id, channel: 'Instagram', text: 'Do you have the blue one in M?', author: '@nina', tags: ['stock'], acts: [] },
  ];
  for (const r of rows) {
    const c = await call<{ id: number }>(dispatch, 'protocol.case.log', { typeId: r.type, channel: r.channel, text: r.text, author: r.author, tags: r.tags, visibility: r.visibility ?? 'public', reach: r.reach ?? null, at: at(r.day, r.h, r.m), tz: TZ });
    for (const [action, h, m] of r.acts) await call(dispatch, 'protocol.case.act', { id: c.id, action, at: at(r.day, h, m) });
  }
  for (const [text, tag] of [
    ['Login code never arrives, I am stuck outside my account', 'login'],
    ['Since the update the app closes when I log in, my email is a.b@example.com', 'login'],
    ['Three tries and still no access', 'login'],
    ['Where is my parcel? Order CMD-2024551', 'delivery'],
  ] as const)
    await call(dispatch, 'protocol.verbatims.create', { text, tag, tz: TZ });
  await call(dispatch, 'protocol.vendor.commit', { base64: Buffer.from('date,count\n2026-11-23,42\n2026-11-24,57\n2026-11-25,38\n2026-11-26,61\n2026-11-27,44\n').toString('base64'), fileName: 'vendor.csv' });
}

/** A screenshot; `tall` shows the whole page (the app scrolls inside its main area, so the window grows). */
async function shot(page: Page, name: string, tall = false): Promise<void> {
  const size = page.viewportSize()!;
  if (tall) await page.setViewportSize({ width: size.width, height: 2200 });
  await page.waitForTimeout(400);
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
  if (tall) await page.setViewportSize(size);
  console.log(name);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const lang of langs) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-protocol-week-'));
  const server = await startBrowserServer({ dataDir, rendererDir: 'out/renderer', version: 'shots', language: lang, tz: TZ, testHooks: true, fixedNow: NOW });
  const dispatch = server.core.dispatch as unknown as Dispatch;
  await call(dispatch, 'settings.update', { language: lang, setupDone: true });
  await seedWeek(dispatch);
  let logged = false;
  for (const theme of themes) {
    for (const width of widths) {
      await call(dispatch, 'settings.update', { theme });
      const context = await browser.newContext({ locale: lang === 'fr' ? 'fr-FR' : 'en-US', timezoneId: TZ, viewport: { width, height: 900 }, colorScheme: theme });
      const page = await context.newPage();
      await page.clock.setFixedTime(NOW);
      const tag = `${lang}-${theme}-${width}`;
      const open = async (route: string) => {
        await page.goto(`${server.url}#${route}`);
        await page.waitForSelector('main#main h1');
      };
      // C from Today: the three-field dialog
      await open('/');
      await page.keyboard.press('c');
      await page.waitForSelector('#log-type');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Instagram');
      await page.keyboard.press('Tab');
      await page.keyboard.type('The payment page freezes, my number is +33 6 12 34 56 78');
      await shot(page, `01-log-case-${tag}`);
      if (!logged) {
        await page.keyboard.press('Enter');
        logged = true;
      } else await page.keyboard.press('Escape');
      await open('/protocol');
      await shot(page, `02-board-${tag}`, true);
      await page.locator('.case-card').first().click();
      await shot(page, `03-case-${tag}`, true);
      await page.keyboard.press('Escape');
      const board = await call<{ cases: { id: number; author: string }[] }>(dispatch, 'protocol.cases.board', { tz: TZ });
      const sofia = board.cases.find((c) => c.author === '@sofia') ?? board.cases[0];
      await open(`/protocol/replies?case=${sofia.id}`);
      await page.locator('#step-action').fill(lang === 'fr' ? 'Envoyez-nous votre numéro de commande, cela n’arrivera plus jamais.' : 'Send us your order number, this will never happen again.');
      await shot(page, `04-composer-${tag}`, true);
      // a social inbox's export: "Posted" is no header the app knows, the mapping step asks for it
      await open('/protocol');
      await page.locator('.actions, .board-actions, main').getByRole('button', { name: lang === 'fr' ? 'Importer des cas' : 'Import cases' }).first().click();
      const csv = 'Posted;Network;Message;Author;Type\n2026-11-26 08:15;Instagram;Where is my order?;@lea;Question\n26/11/2026 09:02;X;App down again;@max;Bug\n';
      await page.locator('#import-cases-file').setInputFiles({ name: 'inbox.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.waitForSelector('.import-mapping');
      await shot(page, `04b-import-${tag}`, true);
      await page.keyboard.press('Escape');
      await open('/protocol/learning');
      await shot(page, `05-digest-${tag}`, true);
      await open('/protocol/measures');
      await shot(page, `06-sla-report-${tag}`, true);
      await open('/protocol/setup');
      await shot(page, `07-setup-${tag}`, true);
      await page.emulateMedia({ media: 'print' });
      await shot(page, `08-protocol-print-${tag}`, true);
      await page.emulateMedia({ media: 'screen' });
      await open('/protocol/learning');
      await page.emulateMedia({ media: 'print' });
      await shot(page, `09-digest-print-${tag}`, true);
      await page.emulateMedia({ media: 'screen' });
      await open('/');
      await shot(page, `10-today-${tag}`);
      await open('/reports/weekly');
      await page.locator('#wk-protocol').scrollIntoViewIfNeeded();
      await shot(page, `11-weekly-${tag}`);
      await context.close();
    }
  }
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
await browser.close();
