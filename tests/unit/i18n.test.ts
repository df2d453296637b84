import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/shared/contract/result';
import { catalogueFiles, LANGUAGES, resources } from '../../src/shared/i18n/resources';

// The whole catalogue: renderer, main-process (menu, tray, exported files) and shared strings.
const en = resources.en.translation;
const fr = resources.fr.translation;
const LOCALES = 'src/shared/i18n/locales';

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

// i18next's plural forms: 'key_one', 'key_other' (and 'key_many' in French, for a million and
// more). A plural key is written once in the code, as 'key' with a count.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (k: string) => k.replace(PLURAL, '');
const bases = (keys: string[]) => [...new Set(keys.map(base))].sort();
const get = (o: unknown, k: string) => k.split('.').reduce((a, p) => (a as Record<string, unknown>)[p], o) as string;

describe('translations', () => {
  it('feature files do not overwrite each other', () => {
    for (const language of LANGUAGES) {
      const dir = path.join(LOCALES, language);
      const owners = new Map<string, string>();
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json'))) {
        for (const top of Object.keys(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))) {
          expect(owners.get(top), `${language}: ${top} defined by ${f} and ${owners.get(top)}`).toBeUndefined();
          owners.set(top, f);
        }
      }
    }
  });

  it('every feature file on disk is merged into the catalogue, in every language', () => {
    for (const language of LANGUAGES) {
      const onDisk = fs.readdirSync(path.join(LOCALES, language)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
      expect(onDisk.sort(), language).toEqual(Object.keys(catalogueFiles[language]).sort());
    }
    expect(fs.readdirSync(LOCALES).sort()).toEqual([...LANGUAGES].sort());
  });

  it('each feature file has the same keys in en and fr', () => {
    for (const [feature, file] of Object.entries(catalogueFiles.en)) {
      const other = catalogueFiles.fr[feature as keyof typeof catalogueFiles.fr];
      expect(bases(flatten(other)), feature).toEqual(bases(flatten(file)));
    }
  });

  it('French uses the typographic apostrophe everywhere, English the straight one', () => {
    expect(frKeys.filter((k) => get(fr, k).includes("'")).map((k) => `${k}: ${get(fr, k)}`)).toEqual([]);
    expect(enKeys.filter((k) => get(en, k).includes('’')).map((k) => `${k}: ${get(en, k)}`)).toEqual([]);
  });

  it('en and fr have exactly the same keys (a plural key with the forms of each language)', () => {
    const enBases = bases(enKeys);
    const frBases = bases(frKeys);
    expect(frBases.filter((k) => !enBases.includes(k))).toEqual([]);
    expect(enBases.filter((k) => !frBases.includes(k))).toEqual([]);
  });

  it('a plural key has exactly the forms of its language plural rules, and {{count}} appears only in plural keys', () => {
    for (const [language, keys] of [['en', enKeys], ['fr', frKeys]] as const) {
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories.sort();
      const plural = new Map<string, string[]>();
      for (const k of keys.filter((k) => PLURAL.test(k))) plural.set(base(k), [...(plural.get(base(k)) ?? []), PLURAL.exec(k)![1]]);
      for (const [k, has] of plural) expect(has.sort(), `${language}: ${k}`).toEqual(forms);
      // i18next picks a form from `count`: a sentence with a count and no plural forms reads "1 semaines".
      const resources = language === 'en' ? en : fr;
      expect(keys.filter((k) => !PLURAL.test(k) && get(resources, k).includes('{{count}}')), language).toEqual([]);
    }
  });

  it('no hand-made plural: a count goes through plural forms, never "(s)" or "(e)s"', () => {
    for (const [language, resources] of [['en', en], ['fr', fr]] as const) {
      const handMade = enKeys.filter((k) => /\w\((?:s|es|e|x|e\)\(s)\)/.test(get(resources, k)));
      expect(handMade, language).toEqual([]);
    }
  });

  it('no value is empty, and fr is not a copy of en where words differ', () => {
    for (const k of enKeys) {
      expect(get(en, k).trim(), k).not.toBe('');
      expect(get(fr, k).trim(), k).not.toBe('');
    }
    const same = enKeys.filter((k) => get(en, k) === get(fr, k) && get(en, k).length > 12);
    expect(same).toEqual([]);
  });

  it('every key in the code exists, and every key is used', () => {
    const code = sources('src/renderer/src') + sources('src/shared') + sources('src/main');
    // Keys built at run time from a known list, checked against that list.
    const dynamic: Record<string, readonly string[]> = {
      'errors.': ERROR_CODES,
      'settings.reason.': ['daily', 'manual', 'pre-migration', 'pre-restore', 'pre-import'],
      'recovery.reason.': ['db_corrupt', 'db_newer', 'db_unopenable', 'db_missing'],
    };
    const literal = new Set([...code.matchAll(/['"`]((?:[a-zA-Z][\w-]*\.)+[\w-]+)['"`]/g)].map((m) => m[1]));
    const used = enKeys.filter((k) => literal.has(base(k)) || Object.entries(dynamic).some(([p, list]) => k.startsWith(p) && list.includes(k.slice(p.length))));
    expect(enKeys.filter((k) => !used.includes(k))).toEqual([]);
    for (const [prefix, list] of Object.entries(dynamic)) for (const item of list) expect(enKeys, `${prefix}${item}`).toContain(`${prefix}${item}`);
    const called = [...code.matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g)].map((m) => m[1]);
    expect(called.filter((k) => !enKeys.includes(k) && !enKeys.some((e) => PLURAL.test(e) && base(e) === k))).toEqual([]);
    // A key that exists only in plural forms needs a count: t('key') alone would show the key.
    const bare = [...code.matchAll(/\bt\(\s*['"]([\w.-]+)['"]\s*\)/g)].map((m) => m[1]);
    expect(bare.filter((k) => !enKeys.includes(k) && enKeys.some((e) => PLURAL.test(e) && base(e) === k))).toEqual([]);
  });
});
