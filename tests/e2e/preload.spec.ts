import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNEL_NAMES } from '../../src/shared/contract/channelNames';

// Runs after `electron-vite build` (npm run test:e2e builds first): checks the shipped preload.
test('the preload bundle is small, requires only electron, and exposes every channel (no zod)', () => {
  const file = path.resolve('out/preload/index.cjs');
  const source = fs.readFileSync(file, 'utf8');
  expect(fs.statSync(file).size).toBeLessThan(20 * 1024);
  expect([...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
  expect(source).not.toMatch(/ZodType|safeParse/);
  for (const name of CHANNEL_NAMES) expect(source).toContain(`"${name}"`);
});
