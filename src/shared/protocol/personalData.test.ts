import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileOrderPattern, hasPersonalData, orderPatternProblem, removePersonalData, showRedactions } from './personalData';

const ORDER = compileOrderPattern(String.raw`\b(?:CMD|ORD)-?\d{5,}\b`);
const clean = (s: string) => removePersonalData(s, { orderPattern: ORDER }).text;

// Each line: what the customer wrote → what may be stored.
const REMOVED: [string, string][] = [
  // French national forms
  ['Rappelez-moi au 06 12 34 56 78 svp', 'Rappelez-moi au [phone] svp'],
  ['mon numéro : 06.12.34.56.78', 'mon numéro : [phone]'],
  ['tel 06-12-34-56-78', 'tel [phone]'],
  ['0612345678 merci', '[phone] merci'],
  ['fixe : 01 23 45 67 89.', 'fixe : [phone].'],
  ['appelez le 09 70 80 90 10', 'appelez le [phone]'],
  // international forms
  ['+33 6 12 34 56 78', '[phone]'],
  ['+33612345678', '[phone]'],
  ['+33 (0)6 12 34 56 78 (mobile)', '[phone] (mobile)'],
  ['0033 6 12 34 56 78', '[phone]'],
  ['call +1 415-555-0132 or (415) 555-0199', 'call [phone] or [phone]'],
  ['UK office +44 20 7946 0958', 'UK office [phone]'],
  ['Berlin +49 30 901820', 'Berlin [phone]'],
  ['Bruxelles +32 2 123 45 67', 'Bruxelles [phone]'],
  ['Zürich +41 44 668 18 00', 'Zürich [phone]'],
  // emails, including accented and bracketed forms
  ['écrivez à jean.dupont@gmail.com', 'écrivez à [email]'],
  ['Marie.Lefèvre+sav@orange.fr, merci', '[email], merci'],
  ['contact: jean (at) exemple (dot) fr', 'contact: [email]'],
  ['jean[at]exemple.com', '[email]'],
  ['Mail: a_b-c@sub.domain.co.uk.', 'Mail: [email].'],
  // order numbers by the user's pattern
  ['commande CMD-2024551 jamais reçue', 'commande [order] jamais reçue'],
  ['order ORD123456 and cmd-778899', 'order [order] and [order]'],
  // several at once
  ['Je suis jean@x.fr, 06 12 34 56 78, commande CMD-99887766', 'Je suis [email], [phone], commande [order]'],
];

// Text that must come back unchanged.
const KEPT = [
  'Livraison prévue le 12/06/2024 à 10:30',
  'le 2024-06-12T10:30:00+02:00',
  'Prix : 1 299,99 € au lieu de 1 499 €',
  'It costs $1,299.99 (was $1,499.00)',
  'En 2024 on a vendu 1 000 000 articles',
  'We sold 123456789 units this year',
  '75011 Paris, 3e étage',
  '-20 % sur la gamme, 3 x 250 g',
  'iOS 17.4.1 et Android 14',
  'Merci @marie_l et @brand_fr !',
  'https://www.example.com/p/0612345678?ref=06-12-34-56-78',
  'voir www.exemple.fr/aide/1234567890',
  '#promo2024 #SAV',
  'SIRET 732 829 320 00074',
  'Look at it point blank',
  'note 4/5, 10 sur 10, 99,9 %',
  'ticket n° 12 et 2x3',
  '',
];

describe('the personal-data remover', () => {
  it.each(REMOVED)('removes personal data: %j', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each(KEPT)('leaves alone: %j', (input) => {
    expect(clean(input)).toBe(input);
  });

  it('counts what it removed', () => {
    expect(removePersonalData('a@b.fr et c@d.com, 06 12 34 56 78, CMD-123456', { orderPattern: ORDER }).removed).toEqual({ email: 2, phone: 1, order: 1 });
    expect(hasPersonalData('rien ici', ORDER)).toBe(false);
    expect(hasPersonalData('06 12 34 56 78', ORDER)).toBe(true);
  });

  it('without an order pattern, order numbers stay (the user sets the pattern)', () => {
    expect(removePersonalData('CMD-2024551').text).toBe('CMD-2024551');
  });

  it('refuses bad order patterns with a reason, accepts good ones', () => {
    expect(orderPatternProblem('')).toBeNull();
    expect(orderPatternProblem(String.raw`\b\d{8}\b`)).toBeNull();
    expect(orderPatternProblem('CMD-[0-9')).toBe('syntax');
    expect(orderPatternProblem('(unclosed')).toBe('syntax');
    expect(orderPatternProblem(String.raw`\d*`)).toBe('matchesEmpty');
    expect(orderPatternProblem('x|')).toBe('matchesEmpty');
    expect(orderPatternProblem('(a+)+$')).toBe('tooComplex');
    expect(orderPatternProblem(String.raw`(\d{2,})*`)).toBe('matchesEmpty');
    expect(orderPatternProblem(String.raw`(\d{2,}){3}`)).toBe('tooComplex');
    expect(orderPatternProblem('a'.repeat(201))).toBe('tooLong');
    expect(compileOrderPattern('CMD-[0-9')).toBeNull();
  });

  it('shows the tokens in the reader’s language', () => {
    const t = (k: string) => ({ 'protocol.redacted.email': 'adresse e-mail', 'protocol.redacted.phone': 'téléphone', 'protocol.redacted.order': 'n° de commande' })[k] ?? k;
    expect(showRedactions('[email] / [phone] / [order]', t)).toBe('[adresse e-mail] / [téléphone] / [n° de commande]');
  });

  it('property: cleaning is idempotent and never leaves a French mobile number or an email behind', () => {
    const mobile = fc.tuple(fc.constantFrom('06', '07'), fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 4, maxLength: 4 }), fc.constantFrom(' ', '.', '-', '')).map(([p, xs, sep]) => [p, ...xs.map((x) => String(x).padStart(2, '0'))].join(sep));
    const email = fc.emailAddress();
    const filler = fc.string({ maxLength: 30 }).map((s) => s.replace(/[@+\d]/g, ' '));
    fc.assert(
      fc.property(filler, fc.oneof(mobile, email), filler, (a, secret, b) => {
        const text = `${a} ${secret} ${b}`;
        const once = clean(text);
        expect(once).not.toContain(secret);
        expect(clean(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
