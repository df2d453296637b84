// The single keys of the app: each is handled in one place, listed once in the shortcut sheet
// (KEY_HELP, src/shared/shortcuts.ts) and in the README's "Keyboard" table.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_HELP } from '../../src/shared/shortcuts';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Letters a renderer module handles as a single key: `e.key === 'x' || e.key === 'X'`, or a capture dialog's `useCapture('x'`. */
function handledLetters(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sources(join(root, 'src/renderer/src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\.key === '([a-z])' \|\| \w+\.key === '([A-Z])'/g)) {
      if (m[1].toUpperCase() !== m[2]) continue;
      found.set(m[2], [...(found.get(m[2]) ?? []), file.slice(root.length + 1)]);
    }
    for (const m of text.matchAll(/\buseCapture\('([a-z])'/g)) found.set(m[1].toUpperCase(), [...(found.get(m[1].toUpperCase()) ?? []), file.slice(root.length + 1)]);
  }
  return found;
}

const everywhere = KEY_HELP.filter((k) => k.scope === 'everywhere' && k.keys.length === 1).map((k) => k.keys[0]);

describe('single keys', () => {
  it('every letter the app listens to is handled by one module and listed in the shortcut sheet', () => {
    const letters = handledLetters();
    expect([...letters.keys()].sort()).toEqual(expect.arrayContaining(['C', 'I', 'N']));
    for (const [letter, files] of letters) {
      expect(files, `${letter} handled in ${files.join(', ')}`).toHaveLength(1);
      expect(everywhere, `${letter} (${files[0]}) is missing from KEY_HELP`).toContain(letter);
    }
  });

  it('no key is listed twice in the same scope', () => {
    for (const scope of new Set(KEY_HELP.map((k) => k.scope))) {
      const keys = KEY_HELP.filter((k) => k.scope === scope).map((k) => k.keys.join('+'));
      expect(new Set(keys).size, scope).toBe(keys.length);
    }
  });

  it("the README's shortcut table lists every single key of the sheet", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('## Keyboard\n');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    for (const key of everywhere.filter((k) => /^[A-Z0-9?]$/.test(k))) {
      expect(rows.some((r) => r.split('|')[1].includes(`\`${key}\``)), `README lacks ${key}`).toBe(true);
    }
  });
});
