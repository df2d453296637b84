// Stable identity of an imported row, to recognise it when the same export is imported again.

import { hash } from 'node:crypto';

export interface RowIdentity {
  start: number;
  end: number;
  project: string;
  description: string;
  tags: string[];
  client?: string;
  user: string;
  email: string;
}

/** "csv1:" + 32 hex digits of SHA-256 over the parsed values (not the raw text, so a re-saved or reordered export gives the same ids). */
export function externalIdOf(row: RowIdentity): string {
  const content = JSON.stringify([row.start, row.end, row.project, row.description, row.tags, row.client ?? '', row.user, row.email]);
  // One-shot hash (Node ≥ 20.12): same digest as createHash().update().digest(), without the Hash object per row.
  return 'csv1:' + hash('sha256', content, 'hex').slice(0, 32);
}
