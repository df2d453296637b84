// The reply composer's pure half: assembling the five sandwich steps with their variables, and
// the warnings shown before a reply is copied (design.md "Reply protocol"; the sandwich method
// and the escalation protocol of our source articles):
// - a public reply that asks for personal data (email, phone, order number…) → move to private;
// - the third public exchange with the same person → move to private;
// - an absolute promise ("never", "always", "guaranteed"…) → promise only what is certain.
import { hasPersonalData } from './personalData';
import { SANDWICH_STEPS, type CaseVisibility, type SandwichStep } from './constants';

/** `{name}`-style variables: letters, digits and _ , up to 30 characters. */
const VARIABLE = /\{([A-Za-z_][A-Za-z0-9_]{0,29})\}/g;

/** The variable names used in `text`, in order of first use, each once. */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map((m) => m[1]))];
}

/** `text` with each `{variable}` that has a non-empty value replaced; the others are kept as written. */
export function fillVariables(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(VARIABLE, (whole, name: string) => (values[name]?.trim() ? values[name].trim() : whole));
}

/**
 * The reply: each step's text (in the order of SANDWICH_STEPS) with its variables filled, the
 * empty steps left out, joined by a space (one paragraph, as replies are posted).
 */
export function assembleReply(steps: Partial<Record<SandwichStep, string>>, values: Readonly<Record<string, string>>): string {
  return SANDWICH_STEPS.map((s) => fillVariables((steps[s] ?? '').trim(), values))
    .filter((s) => s !== '')
    .join(' ');
}

/** Lower case without accents, for matching words in either language. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

// Words that ask for personal data, in English and French (folded: no accents). Bare "address"
// is left out ("we will address this").
const PERSONAL_DATA_WORDS = [
  'email',
  'e-mail',
  'mail address',
  'phone',
  'telephone',
  'mobile number',
  'order number',
  'order id',
  'order reference',
  'postal address',
  'home address',
  'your address',
  'date of birth',
  'account number',
  'card number',
  'courriel',
  'adresse mail',
  'numero de telephone',
  'numero de portable',
  'votre portable',
  'numero de commande',
  'n° de commande',
  'reference de commande',
  'votre adresse',
  'adresse postale',
  'date de naissance',
  'numero client',
  'numero de carte',
  'iban',
];

// Absolute promises (folded), in English and French.
const ABSOLUTE_WORDS = ['never', 'always', 'guarantee', 'guaranteed', 'guarantees', 'promise', 'promised', 'forever', '100%', '100 %', 'jamais', 'toujours', 'garanti', 'garantie', 'garantis', 'garanties', 'garantissons', 'promets', 'promettons', 'promis', 'a vie'];

/** `text` folded character by character, with where each folded character came from in `text`. */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let i = 0;
  for (const ch of text) {
    const piece = fold(ch);
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
    i += ch.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/**
 * The words of `list` found in `text` as whole words (compared folded: no accents, any case), in
 * the list's order, each as the reply writes it ("JAMAIS", "numéro de commande"), so that the
 * warning quotes the user's own words.
 */
function wordsFound(text: string, list: readonly string[]): string[] {
  const { folded, origin } = foldWithOrigin(text);
  const found: string[] = [];
  for (const w of list) {
    const m = new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').exec(folded);
    if (m) found.push(text.slice(origin[m.index], origin[m.index + m[0].length]));
  }
  return found;
}

/** A warning of the composer; `bridge`: propose the type's bridge reply to private messages. */
export type ComposerWarning =
  | { kind: 'personalDataRequest'; words: string[]; bridge: true }
  | { kind: 'personalDataShown'; bridge: true }
  | { kind: 'thirdExchange'; exchange: number; bridge: true }
  | { kind: 'absolutePromise'; words: string[]; bridge: false }
  | { kind: 'missingVariable'; names: string[]; bridge: false };

export interface ComposerContext {
  /** Where the reply will be posted. */
  visibility: CaseVisibility;
  /** Public replies already sent to the same person (all their cases, see the store). */
  publicExchanges: number;
  /** The user's order-number pattern, to spot an order number written in the reply. */
  orderPattern?: RegExp | null;
}

/** The exchange at which the composer proposes the bridge to private (the third public one). */
export const BRIDGE_AT_EXCHANGE = 3;

/**
 * The warnings for `reply` in its context, in a fixed order: personal data asked for in public,
 * personal data written in public, the third public exchange with the same person, absolute
 * promises, variables left unfilled. A private reply gets only the last two.
 */
export function composerWarnings(reply: string, ctx: ComposerContext): ComposerWarning[] {
  const out: ComposerWarning[] = [];
  if (ctx.visibility === 'public') {
    const asked = wordsFound(reply, PERSONAL_DATA_WORDS);
    if (asked.length) out.push({ kind: 'personalDataRequest', words: asked, bridge: true });
    if (hasPersonalData(reply, ctx.orderPattern)) out.push({ kind: 'personalDataShown', bridge: true });
    const exchange = ctx.publicExchanges + 1;
    if (exchange >= BRIDGE_AT_EXCHANGE) out.push({ kind: 'thirdExchange', exchange, bridge: true });
  }
  const promises = wordsFound(reply, ABSOLUTE_WORDS);
  if (promises.length) out.push({ kind: 'absolutePromise', words: promises, bridge: false });
  const missing = variablesIn(reply);
  if (missing.length) out.push({ kind: 'missingVariable', names: missing, bridge: false });
  return out;
}
