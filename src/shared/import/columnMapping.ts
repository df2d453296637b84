// Column mapping for the user's own spreadsheets: which column of a CSV holds which value.
//
// Pure and generic: a caller names its roles (the time import: date, start, end, duration,
// project, description; another import its own), this module suggests a mapping from the header
// names, checks one, and gives the header's signature under which a chosen mapping is saved and
// offered the next time a file with the same header comes in. The renderer's ColumnMapper
// component edits a mapping with these same rules.

/** A role a column can play, and the header names (any language) that suggest it. */
export interface ColumnRole<R extends string = string> {
  role: R;
  /** Header names that suggest this role, compared with normalizeHeader(). */
  synonyms: readonly string[];
}

/** role → index of its column in the header (absent: no column plays that role). */
export type ColumnMapping<R extends string = string> = Partial<Record<R, number>>;

/** A header name as compared: no accents, lower case, single spaces, no unit in brackets kept apart. */
export function normalizeHeader(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The signature of a header: its normalized names in order, joined. Two files with the same
 * columns in the same order have the same signature (case, accents and spacing ignored).
 */
export function headerSignature(names: readonly string[]): string {
  return names.map(normalizeHeader).join('\u001f').slice(0, 2000);
}

/**
 * A suggested mapping: each role gets the first column whose normalized name is one of its
 * synonyms, or else contains one as a whole word ("Durée (h)" suggests duration by "duree").
 * A column is given to one role at most.
 */
export function suggestMapping<R extends string>(names: readonly string[], roles: readonly ColumnRole<R>[]): ColumnMapping<R> {
  const normalized = names.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping<R> = {};
  const pick = (match: (name: string, synonym: string) => boolean) => {
    for (const { role, synonyms } of roles) {
      if (mapping[role] !== undefined) continue;
      const index = normalized.findIndex((n, i) => !taken.has(i) && synonyms.some((s) => match(n, normalizeHeader(s))));
      if (index >= 0) {
        mapping[role] = index;
        taken.add(index);
      }
    }
  };
  pick((n, s) => n === s);
  pick((n, s) => new RegExp(`(^|[^a-z0-9])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9])`).test(n));
  return mapping;
}

export type MappingProblem<R extends string> = { code: 'missing_role'; roles: R[] } | { code: 'shared_column'; column: number } | { code: 'no_such_column'; column: number };

/**
 * Problems of a mapping for a header of `columnCount` columns: a column index out of range, a
 * column given to two roles, or a requirement not met. `required` lists alternatives: each inner
 * list needs at least one of its roles mapped ([['start'], ['end', 'duration']]).
 */
export function mappingProblems<R extends string>(mapping: ColumnMapping<R>, columnCount: number, required: readonly (readonly R[])[]): MappingProblem<R>[] {
  const problems: MappingProblem<R>[] = [];
  const seen = new Set<number>();
  for (const index of Object.values(mapping) as (number | undefined)[]) {
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= columnCount) problems.push({ code: 'no_such_column', column: index });
    else if (seen.has(index)) problems.push({ code: 'shared_column', column: index });
    seen.add(index);
  }
  for (const alternatives of required) {
    if (!alternatives.some((r) => mapping[r] !== undefined)) problems.push({ code: 'missing_role', roles: [...alternatives] });
  }
  return problems;
}
