// Test helper: reads the committed import fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(dir + name));
}
