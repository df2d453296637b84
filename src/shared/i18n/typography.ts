// French typography for the catalogue's sentences (issue 14, "French units and typography").

/**
 * A copy of a resource tree (nested objects of strings) in which every space before a French
 * "high" punctuation mark (: ; ! ? ») and after « is a no-break space (U+00A0), so that a line
 * never starts with the mark ("… pour toutes les sources\n: l’app …"). The rule is the
 * Lexique des règles typographiques en usage à l’Imprimerie nationale (espace insécable before
 * the colon, the semicolon, the question and exclamation marks, inside guillemets). Applied to
 * the catalogue's templates only, before interpolation, so user text is never changed.
 */
export function frenchSpacing<T>(tree: T): T {
  if (typeof tree === 'string') return tree.replace(/ ([:;!?»])/g, '\u00a0$1').replace(/« /g, '«\u00a0') as T;
  if (Array.isArray(tree)) return tree.map((x) => frenchSpacing(x)) as T;
  if (tree && typeof tree === 'object') return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, frenchSpacing(v)])) as T;
  return tree;
}
