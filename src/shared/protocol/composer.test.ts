import { describe, expect, it } from 'vitest';
import { assembleReply, composerWarnings, fillVariables, variablesIn, type ComposerContext } from './composer';
import { compileOrderPattern } from './personalData';

const publicCtx = { visibility: 'public' as const, publicExchanges: 0 };
const kinds = (reply: string, ctx: ComposerContext = publicCtx) => composerWarnings(reply, ctx).map((w) => w.kind);

describe('the reply composer', () => {
  it('assembles the five steps in order, fills the variables, leaves out empty steps', () => {
    const steps = { close: 'Thanks, {name}.', fast: 'Hello {name}!', empathy: '  ', action: 'We check {issue} by {deadline}.' };
    expect(assembleReply(steps, { name: 'Léa', issue: 'your parcel' })).toBe('Hello Léa! We check your parcel by {deadline}. Thanks, Léa.');
    expect(variablesIn('Hi {name}, {name} and {brand} — {not a var} {x1}')).toEqual(['name', 'brand', 'x1']);
    expect(fillVariables('{name}', { name: '   ' })).toBe('{name}');
  });

  it('warns when a public reply asks for personal data, in English or French, and proposes the bridge', () => {
    const w = composerWarnings('Could you send us your order number and your email?', publicCtx);
    expect(w[0]).toEqual({ kind: 'personalDataRequest', words: ['email', 'order number'], bridge: true });
    expect(kinds('Pouvez-vous nous donner votre numéro de téléphone ?')).toEqual(['personalDataRequest']);
    expect(kinds('Envoyez votre adresse postale et le n° de commande')).toEqual(['personalDataRequest']);
    // the warning quotes the reply's own words, accents and case kept
    expect(composerWarnings('Envoyez-nous votre Numéro de commande.', publicCtx)[0]).toMatchObject({ words: ['Numéro de commande'] });
    // the same reply in private is fine
    expect(kinds('Could you send us your order number?', { visibility: 'private', publicExchanges: 5 })).toEqual([]);
    // words that only look alike are not requests
    expect(kinds('We will address this today. Our phones are ringing.')).toEqual([]);
  });

  it('warns when a public reply contains personal data', () => {
    expect(kinds('Call us back on 06 12 34 56 78.')).toEqual(['personalDataShown']);
    const orderPattern = compileOrderPattern(String.raw`\bCMD-\d{6}\b`);
    expect(composerWarnings('Your CMD-123456 has left.', { ...publicCtx, orderPattern }).map((w) => w.kind)).toEqual(['personalDataShown']);
  });

  it('warns at the third public exchange with the same person, not before', () => {
    expect(kinds('Thanks!', { visibility: 'public', publicExchanges: 1 })).toEqual([]);
    expect(composerWarnings('Thanks!', { visibility: 'public', publicExchanges: 2 })).toEqual([{ kind: 'thirdExchange', exchange: 3, bridge: true }]);
    expect(kinds('Thanks!', { visibility: 'private', publicExchanges: 7 })).toEqual([]);
  });

  it('warns on absolute promises, in English and French, whole words only', () => {
    expect(composerWarnings('This will never happen again, guaranteed.', publicCtx)).toEqual([{ kind: 'absolutePromise', words: ['never', 'guaranteed'], bridge: false }]);
    expect(composerWarnings('Cela n’arrivera JAMAIS, c’est garanti à vie', publicCtx)[0]).toMatchObject({ kind: 'absolutePromise', words: ['JAMAIS', 'garanti', 'à vie'] });
    expect(kinds('We always reply', { visibility: 'private', publicExchanges: 0 })).toEqual(['absolutePromise']);
    expect(kinds('Nevertheless, the alwaysOn mode is on our roadmap.')).toEqual([]);
  });

  it('reminds of unfilled variables', () => {
    expect(composerWarnings('Hello {name}', publicCtx)).toEqual([{ kind: 'missingVariable', names: ['name'], bridge: false }]);
  });
});
