import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { startBrowserServer, type BrowserServer } from '../../src/main/browser-mode/server';

export interface AppFixture {
  server: BrowserServer;
  dataDir: string;
  /** Requests the page made to anything but the app's own origin. */
  foreignRequests: string[];
  open(route?: string, lang?: 'en' | 'fr'): Promise<void>;
  restart(): Promise<void>;
}

const outDir = process.env.COULISSES_OUT ?? 'out';
// `electron-vite build --outDir X` puts the renderer under the renderer root (src/renderer/X/renderer).
const rendererDir = [path.resolve(outDir, 'renderer'), path.resolve('src/renderer', outDir, 'renderer')].find((d) => fs.existsSync(path.join(d, 'index.html'))) ?? path.resolve(outDir, 'renderer');

// The job worker as the app runs it: the built bundle beside the main process (electron-vite builds
// it with the renderer). Loading src/main/core/jobWorker.ts through tsx instead compiles the import
// and feed parsers in each test's fresh worker thread: 5 s and more on a loaded 2-core machine
// before the first preview answers, which made import tests miss their 10 s expectations.
const builtWorker = [path.resolve(outDir, 'main/jobWorker.js'), path.resolve('src/renderer', outDir, 'main/jobWorker.js')].find((f) => f.startsWith(process.cwd() + path.sep) && fs.existsSync(f)); // outside the project it would not find node_modules
const jobWorker = builtWorker ? { path: builtWorker } : { path: path.resolve('src/main/core/jobWorker.ts'), typescript: true };

export async function startServer(dataDir: string, language: 'en' | 'fr' = 'en', tz = 'Europe/Paris'): Promise<BrowserServer> {
  return startBrowserServer({ dataDir, rendererDir, version: '0.0.0-test', language, testHooks: true, validateOutput: true, tz, jobWorker });
}

export const test = base.extend<{ app: AppFixture; appLanguage: 'en' | 'fr'; firstRun: boolean }>({
  appLanguage: ['en', { option: true }],
  /** false (default): the guided first run counts as done (skipped), so a test opens the screen it names. */
  firstRun: [false, { option: true }],
  locale: async ({ appLanguage }, use) => use(appLanguage === 'fr' ? 'fr-FR' : 'en-US'),
  timezoneId: 'Europe/Paris',
  // the server (Core's ctx.tz) runs in the page's zone: a test.use({ timezoneId }) moves both
  app: async ({ page, appLanguage, firstRun, timezoneId }, use) => {
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) throw new Error('Run `electron-vite build` first (npm run test:e2e does).');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coulisses-e2e-'));
    const tz = timezoneId ?? 'Europe/Paris';
    let server = await startServer(dataDir, appLanguage, tz);
    if (!firstRun) await server.core.dispatch('settings.update', { setupDone: true });
    const foreignRequests: string[] = [];
    // An attempt the CSP blocks never becomes a request: count the CSP's refusal as an attempt too.
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) foreignRequests.push(`blocked by CSP: ${msg.text().slice(0, 200)}`);
    });
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (!url.startsWith(server.origin + '/')) foreignRequests.push(url);
    });
    const fixture: AppFixture = {
      get server() {
        return server;
      },
      dataDir,
      foreignRequests,
      async open(route = '/') {
        await page.goto(`${server.url}#${route}`);
        await expect(page.locator('main#main, main.recovery')).toBeVisible();
      },
      async restart() {
        const port = Number(new URL(server.origin).port);
        const token = server.token;
        const fixedNow = server.fixedNow();
        await server.close();
        server = await startBrowserServer({ dataDir, rendererDir, version: '0.0.0-test', language: appLanguage, testHooks: true, validateOutput: true, tz, port, token, fixedNow, jobWorker });
      },
    };
    await use(fixture);
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(foreignRequests, 'the page must never leave the app origin').toEqual([]);
  },
});

export { expect };

// axe-core's source, put in a page once per document: @axe-core/playwright's AxeBuilder sent its
// 650 kB again on every call, about 1 s each on a loaded 2-core machine (the app has no frames, the
// one thing AxeBuilder adds over axe.run).
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

/** axe on the current screen (WCAG 2.1 A and AA rules): no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResults> } }).axe.run(document, options).then((r) => ({ violations: r.violations.map((v) => ({ id: v.id, help: v.help, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target.map(String) })) })) })),
    AXE_OPTIONS,
  );
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

/**
 * Holds the page's reads of `channel` (POST /api/<channel>) until `release()`, for tests of a read
 * that lands while the user types. `answered` resolves once the next answer of that channel has
 * reached the page, and the hold is then removed.
 */
export async function holdRead(page: Page, channel: string): Promise<{ release(): void; answered: Promise<void> }> {
  const url = `**/api/${channel}`;
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  const answered = page.waitForResponse(url).then(() => page.unroute(url));
  return { release, answered };
}
