// Inputs that pass a channel's contract (zod v4) but are chosen to break business rules: ids that
// may or may not exist, spans reversed, dates far away, texts empty or hostile. Built by walking
// the schema; every leaf draws from a small pool of values that this leaf accepts (so an object of
// many fields still passes its own parse most of the time). Whole-object refinements may still
// refuse a value: the caller keeps only what `safeParse` accepts.
import fc from 'fast-check';
import type { z } from 'zod';

type Def = { type: string; [k: string]: unknown };
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

const T0 = Date.UTC(2026, 2, 2, 8, 0); // Monday 2 March 2026
const NUMBERS = [0, 1, 2, 3, 4, 5, 7, 60, 100, 999_999, -1, 0.5, 1440, 2026, T0, T0 + 3_600_000, T0 - 86_400_000 * 400, T0 + 86_400_000 * 30, 8_640_000_000_000_000];
const STRINGS = [
  '',
  ' ',
  'a',
  'Ünïcødé ’ — 漢字',
  '=1+1',
  'x'.repeat(300),
  'Europe/Paris',
  'UTC',
  'Mars/Olympus',
  '2026-03-02',
  '2026-02-30',
  '2026-W10',
  '2026-03',
  '09:00',
  '25:61',
  '#1a2b3c',
  'https://feeds.example/rss',
  'http://127.0.0.1:9/feed',
  'javascript:alert(1)',
  '00000000-0000-4000-8000-000000000000',
  'FREQ=WEEKLY;BYDAY=MO',
  'en',
  'fr',
];

function leafPool(schema: z.ZodType, pool: readonly unknown[]): fc.Arbitrary<unknown> {
  const fits = pool.filter((v) => schema.safeParse(v).success);
  return fc.constantFrom(...(fits.length ? fits : pool));
}

/** An arbitrary of values shaped like `schema` (mostly accepted by it), `depth` guarding recursion. */
export function contractArbitrary(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: unknown) => contractArbitrary(s as z.ZodType, depth + 1);
  switch (def.type) {
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return depth > 4 ? fc.constant(undefined) : inner((def.getter as () => unknown)());
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const entries = Object.entries(shape);
      return fc
        .tuple(...entries.map(([, s]) => inner(s)))
        .map((values) => {
          const out: Record<string, unknown> = {};
          entries.forEach(([k], i) => {
            if (values[i] !== undefined) out[k] = values[i];
          });
          return out;
        });
    }
    case 'array': {
      let minLength = 0;
      let maxLength = 3;
      for (const c of (def.checks as { _zod: { def: { check: string; minimum?: number; maximum?: number; length?: number } } }[] | undefined) ?? []) {
        const d = c._zod.def;
        if (d.check === 'length_equals') minLength = maxLength = d.length!;
        if (d.check === 'min_length') minLength = d.minimum!;
        if (d.check === 'max_length') maxLength = Math.min(Math.max(minLength, 3), d.maximum!);
      }
      maxLength = Math.max(minLength, maxLength);
      return depth > 4 && minLength === 0 ? fc.constant([]) : fc.array(inner(def.element), { minLength, maxLength });
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(inner));
    case 'record':
      return fc.dictionary(leafPool(def.keyType as z.ZodType, STRINGS) as fc.Arbitrary<string>, inner(def.valueType), { maxKeys: 2 });
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map(inner));
    case 'intersection':
      return fc.tuple(inner(def.left), inner(def.right)).map(([a, b]) => (a && b && typeof a === 'object' && typeof b === 'object' ? { ...a, ...b } : a));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'number':
    case 'int':
      return fc.oneof(leafPool(schema, NUMBERS), fc.integer({ min: -5, max: 50 }));
    case 'string':
      return leafPool(schema, STRINGS);
    default:
      return leafPool(schema, [...STRINGS, ...NUMBERS, null, true, [], {}]);
  }
}
