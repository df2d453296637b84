import { chromium } from '@playwright/test';
import type { BrowserServer } from '../src/main/browser-mode/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { median } from './lib';

const SCREENS = ['/', '/audit', '/calendar', '/career', '/reports', '/settings'];

/** Navigation to the Today screen's charts drawn, and JS heap after every screen, on two databases. */
export async function measureBrowser(big: BrowserServer, empty: BrowserServer, runs: number): Promise<{ paintBig: number; paintEmpty: number; heapBig: number; heapEmpty: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  const paint = async (server: BrowserServer) => {
    const page = await browser.newPage();
    const t0 = Date.now();
    await page.goto(`${server.url}#/`);
    await page.waitForSelector('main#main h1');
    await page.waitForSelector('main [data-today-ready]', { timeout: 30_000 });
    // then the next frame, so the blocks are painted
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const ms = Date.now() - t0;
    await page.close();
    return ms;
  };
  const big1: number[] = [];
  const empty1: number[] = [];
  await paint(big);
  await paint(empty);
  for (let i = 0; i < runs; i++) {
    big1.push(await paint(big));
    empty1.push(await paint(empty));
  }
  const heap = async (server: BrowserServer) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}#/`);
    for (const s of SCREENS) {
      await page.evaluate((r) => (location.hash = `#${r}`), s);
      await page.waitForSelector('main#main h1');
      await page.waitForTimeout(300);
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    await page.close();
    return usedSize;
  };
  const heapBig = await heap(big);
  const heapEmpty = await heap(empty);
  await browser.close();
  return { paintBig: median(big1), paintEmpty: median(empty1), heapBig, heapEmpty };
}
