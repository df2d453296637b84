// The example job-description lines (design.md "Presets"), offered until the user pastes their
// own. They live in the catalogue (audit.job.example, one line each); a line taken from the
// example keeps the key of its position ('job.0' …), so that a language switch can rename it.
import { LANGUAGES, translator, type Language } from '../i18n';

/** The example lines in `language`, in order. */
export function jobExampleLines(language: Language): string[] {
  return translator(language)('audit.job.example').split('\n');
}

/** The key of an example line ('job.3'), whatever its language, or null for a line the user wrote. */
export function jobExampleKeyOf(text: string): string | null {
  for (const language of LANGUAGES) {
    const i = jobExampleLines(language).indexOf(text);
    if (i >= 0) return `job.${i}`;
  }
  return null;
}

/** The example line a key stands for, per language, or null for an unknown key. */
export function jobExampleNames(key: string): Record<Language, string> | null {
  const m = /^job\.(\d+)$/.exec(key);
  if (!m) return null;
  const i = Number(m[1]);
  const out = {} as Record<Language, string>;
  for (const language of LANGUAGES) {
    const line = jobExampleLines(language)[i];
    if (line === undefined) return null;
    out[language] = line;
  }
  return out;
}
