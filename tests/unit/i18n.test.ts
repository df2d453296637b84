import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../src/renderer/src/i18n/resources';

const en = resources.en.translation;
const fr = resources.fr.translation;
import { ERROR_CODES } from '../../src/shared/contract/result';

function flatten(obj: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === 'object' ? flatten(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function sources(dir: string): string {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|tsx)$/.test(d.name) && !d.name.endsWith('.test.ts'))
    .map((d) => fs.readFileSync(path.join(d.parentPath, d.name), 'utf8'))
    .join('\n');
}

const enKeys = flatten(en);
const frKeys = flatten(fr);

describe('translations', () => {
  it('feature files do not overwrite each other', () => {
    const dir = 'src/renderer/src/features';
    const owners = new Map<string, string>();
    for (const f of fs.readdirSync(dir)) {
      const file = path.join(dir, f, 'locales/en.json');
      if (!fs.existsSync(file)) continue;
      for (const top of Object.keys(JSON.parse(fs.readFileSync(file, 'utf8')))) {
        expect(owners.get(top), `${top} defined by ${f} and ${owners.get(top)}`).toBeUndefined();
        owners.set(top, f);
      }
    }
  });

  it('en and fr have exactly the same keys', () => {
    expect(frKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !frKeys.includes(k))).toEqual([]);
  });

  it('no value is empty, and fr is not a copy of en where words differ', () => {
    const get = (o: unknown, k: string) => k.split('.').reduce((a, p) => (a as Record<string, unknown>)[p], o) as string;
    for (const k of enKeys) {
      expect(get(en, k).trim(), k).not.toBe('');
      expect(get(fr, k).trim(), k).not.toBe('');
    }
    const same = enKeys.filter((k) => get(en, k) === get(fr, k) && get(en, k).length > 12);
    expect(same).toEqual([]);
  });

  it('every key in the code exists, and every key is used', () => {
    const code = sources('src/renderer/src') + sources('src/shared');
    // Keys built at run time from a known list, checked against that list.
    const dynamic: Record<string, readonly string[]> = {
      'errors.': ERROR_CODES,
      'settings.reason.': ['daily', 'manual', 'pre-migration', 'pre-restore', 'pre-import'],
      'recovery.reason.': ['db_corrupt', 'db_newer', 'db_unopenable'],
    };
    const literal = new Set([...code.matchAll(/['"`]((?:[a-zA-Z][\w-]*\.)+[\w-]+)['"`]/g)].map((m) => m[1]));
    const used = enKeys.filter((k) => literal.has(k) || Object.entries(dynamic).some(([p, list]) => k.startsWith(p) && list.includes(k.slice(p.length))));
    expect(enKeys.filter((k) => !used.includes(k))).toEqual([]);
    for (const [prefix, list] of Object.entries(dynamic)) for (const item of list) expect(enKeys, `${prefix}${item}`).toContain(`${prefix}${item}`);
    const called = [...code.matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g)].map((m) => m[1]);
    expect(called.filter((k) => !enKeys.includes(k))).toEqual([]);
  });
});
