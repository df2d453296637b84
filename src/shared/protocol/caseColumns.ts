// The column roles of a social inbox's CSV export, for the case import's column-mapping step.
// The mapping itself is the time import's (src/shared/import/columnMapping.ts: suggestMapping,
// mappingProblems, headerSignature) and so is the step on screen (components/ColumnMapper.tsx).
import type { ColumnMapping, ColumnRole } from '../import/columnMapping';

export const CASE_COLUMN_ROLES = ['openedAt', 'text', 'channel', 'type', 'author', 'link', 'visibility', 'reach', 'tags'] as const;
export type CaseColumnRole = (typeof CASE_COLUMN_ROLES)[number];
export type CaseColumnMapping = ColumnMapping<CaseColumnRole>;

/**
 * Header names that suggest each role, in English and French, as inbox tools (Agorapulse,
 * Hootsuite, Sprout Social, Meta Business Suite exports) and people name them. Compared after
 * normalizeHeader (no accents, lower case); an exact name wins over a name contained as a word.
 */
export const CASE_ROLE_SYNONYMS: readonly ColumnRole<CaseColumnRole>[] = [
  { role: 'openedAt', synonyms: ['date', 'datetime', 'date time', 'timestamp', 'created', 'created at', 'created_at', 'received', 'received at', 'received_at', 'date de creation', 'cree le', 'recu le', 'horodatage', 'date et heure', 'time'] },
  { role: 'text', synonyms: ['message', 'text', 'texte', 'content', 'contenu', 'body', 'comment', 'commentaire', 'corps'] },
  { role: 'channel', synonyms: ['network', 'channel', 'platform', 'source', 'social network', 'social_network', 'reseau', 'reseau social', 'canal', 'plateforme'] },
  { role: 'type', synonyms: ['request type', 'request_type', 'type de demande', 'category', 'categorie', 'type'] },
  { role: 'author', synonyms: ['author', 'user', 'from', 'username', 'user name', 'handle', 'profile', 'name', 'auteur', 'utilisateur', 'nom', 'profil', 'pseudo'] },
  { role: 'link', synonyms: ['link', 'url', 'permalink', 'lien'] },
  { role: 'visibility', synonyms: ['visibility', 'public private', 'public/private', 'visibilite', 'prive public', 'public/prive'] },
  { role: 'reach', synonyms: ['followers', 'followers count', 'followers_count', 'reach', 'audience', 'abonnes', 'portee'] },
  { role: 'tags', synonyms: ['tags', 'tag', 'labels', 'label', 'etiquettes', 'etiquette', 'libelles'] },
];

/** A case needs its date and its text; the other columns are optional. */
export const CASE_REQUIRED_ROLES: readonly (readonly CaseColumnRole[])[] = [['openedAt'], ['text']];
