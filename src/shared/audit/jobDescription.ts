// A pasted job description, read line by line: which lines are responsibilities and which look
// like a title or a heading ("Job description — Social Media Manager", "Main missions:"), and, for
// each category, the line it most likely belongs to. Pure, runtime-neutral; French and English.

/** One line of a pasted job description: its text (bullet and numbering removed) and whether it looks like a title or heading. */
export interface JobLine {
  text: string;
  heading: boolean;
}

/** Words that open a heading line when followed by nothing, a colon or a dash (lowercase, without accents). */
const HEADING_WORDS = [
  'job description',
  'fiche de poste',
  'description de poste',
  'description du poste',
  'intitule du poste',
  'intitule',
  'job title',
  'title',
  'position',
  'poste',
  'missions',
  'mission',
  'main missions',
  'missions principales',
  'responsibilities',
  'main responsibilities',
  'key responsibilities',
  'responsabilites',
  'activites',
  'activities',
  'duties',
  'profil',
  'profile',
  'competences',
  'skills',
  'requirements',
  'about the role',
  'about us',
  'a propos',
  'rattachement',
  'reporting line',
  'reports to',
];

const BULLET = /^\s*(?:[-*•·–—]|\d+[.)]|[a-z][.)])\s+/i;

/** Lowercase, accents removed (é → e), apostrophes unified. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .toLowerCase();
}

/**
 * Whether a line (bullet already removed) looks like a title or heading: a Markdown heading (#),
 * a line ending with a colon, a line in capitals, or a heading word alone or followed by a colon,
 * a dash or a bar (HEADING_WORDS: "Job description — …", "Missions", "Profil"…).
 * A bulleted line is never a heading.
 */
export function isHeadingLine(line: string, bulleted = false): boolean {
  if (bulleted) return false;
  const s = line.trim();
  if (s.startsWith('#') || s.endsWith(':')) return true;
  const letters = s.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase()) return true;
  const f = fold(s);
  return HEADING_WORDS.some((w) => f === w || [':', ' :', ' —', ' –', ' -', ' |'].some((sep) => f.startsWith(w + sep)));
}

/**
 * The lines of a pasted job description: one per non-empty line, bullets and numbering removed,
 * spaces collapsed, at most 500 characters, duplicates (ignoring case) skipped; each says whether
 * it looks like a title or heading (isHeadingLine), which the user is offered to leave out.
 */
export function splitJobDescription(text: string): JobLine[] {
  const seen = new Set<string>();
  const out: JobLine[] = [];
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const bulleted = BULLET.test(raw);
    const line = raw.replace(BULLET, '').replace(/\s+/g, ' ').trim().slice(0, 500);
    const text = line.replace(/^#+\s*/, '');
    const key = text.toLocaleLowerCase();
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    out.push({ text, heading: isHeadingLine(line, bulleted) });
  }
  return out;
}

// ---- suggestions -------------------------------------------------------------------------------

/** Words that carry no meaning for the match (English and French, folded). */
const STOP = new Set(
  'a an and the of to for in on with or by at from as its our your their s d l de du des la le les et ou en sur pour par avec aux au un une dans son sa ses leur leurs autres other others all toutes tous across social media reseaux sociaux brand marque'.split(
    ' ',
  ),
);

/**
 * Concept groups: words of a category and of a job-description line that mean the same job, in
 * English and French (folded, compared by their first five letters). They map the seeded
 * categories (migration 0020) to the seeded example lines (audit.job.example), and carry over to
 * the user's own words when they are close.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['content', 'contenu', 'creation', 'create', 'creer', 'produce', 'produire', 'brief', 'briefer'],
  ['strategy', 'strategie', 'planning', 'planification', 'calendar', 'calendrier', 'editorial', 'editoriale', 'objectives', 'objectifs'],
  ['monitoring', 'monitor', 'veille', 'reputation', 'market', 'marche'],
  ['paid', 'payante', 'publicite', 'advertising', 'campaigns', 'campagnes'],
  ['moderation', 'moderate', 'moderer', 'animate', 'animer', 'community', 'communaute'],
  ['customer', 'clients', 'replies', 'reponses', 'community', 'communaute'],
  ['crisis', 'crises', 'crise'],
  ['reporting', 'report', 'analytics', 'analyses', 'measure', 'mesurer', 'results', 'resultats', 'compte', 'kpis'],
  ['meetings', 'reunions', 'coordinate', 'coordonner', 'departments', 'services'],
  ['requests', 'demandes', 'ponctuelles', 'departments', 'services', 'coordinate', 'coordonner'],
  ['admin', 'administratif', 'email', 'mails', 'coordinate', 'coordonner'],
];

const stem = (w: string) => w.replace(/s$/, '').slice(0, 5);

function words(text: string): Set<string> {
  return new Set(
    fold(text)
      .split(/[^a-z]+/)
      .filter((w) => w.length > 1 && !STOP.has(w))
      .map(stem),
  );
}

const GROUP_STEMS = GROUPS.map((g) => new Set(g.map(stem)));

/** The concept groups a set of stems touches. */
function groupsOf(stems: Set<string>): Set<number> {
  const out = new Set<number>();
  GROUP_STEMS.forEach((g, i) => {
    for (const s of stems) if (g.has(s)) out.add(i);
  });
  return out;
}

/**
 * How well a category name matches a job-description line: 2 per word they share that belongs to
 * no concept group (first five letters, accents and plurals ignored), and 1 per word of the line
 * in a concept group (GROUPS) the category's words belong to. 0: no match.
 */
export function matchScore(categoryName: string, line: string): number {
  const a = words(categoryName);
  const ga = groupsOf(a);
  let score = 0;
  for (const w of words(line)) {
    const groups = groupsOf(new Set([w]));
    if (groups.size === 0) score += a.has(w) ? 2 : 0;
    else if ([...groups].some((g) => ga.has(g))) score += 1;
  }
  return score;
}

/**
 * A suggested line for each category that has none and is not archived: the line with the best
 * matchScore (ties: the earlier line), when any scores above 0. Category id → line id.
 */
export function suggestResponsibilities(
  categories: readonly { id: number; name: string; responsibilityId: number | null; archived: boolean }[],
  lines: readonly { id: number; text: string }[],
): Map<number, number> {
  const out = new Map<number, number>();
  for (const c of categories) {
    if (c.archived || c.responsibilityId !== null) continue;
    let best: { id: number; score: number } | null = null;
    for (const l of lines) {
      const score = matchScore(c.name, l.text);
      if (score > 0 && (best === null || score > best.score)) best = { id: l.id, score };
    }
    if (best) out.set(c.id, best.id);
  }
  return out;
}
