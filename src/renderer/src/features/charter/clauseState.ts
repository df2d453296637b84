// The clause editor's state per section: which preset clauses are picked (with their edited text,
// or null for the catalogue's), and the user's own clauses; to and from the stored sections.
import { SECTION_KEYS, presetsOf, type SectionKey } from '../../../../shared/charter/catalogue';
import type { CharterSections } from '../../../../shared/contract/charter';

export interface SectionState {
  key: SectionKey;
  /** picked preset → its edited text, or null for the catalogue's text */
  picked: Record<string, string | null>;
  own: string[];
}

export function toState(sections: CharterSections): SectionState[] {
  return sections.map((s) => ({
    key: s.key,
    picked: Object.fromEntries(s.clauses.filter((c) => c.preset !== null).map((c) => [c.preset!, c.text])),
    own: s.clauses.filter((c) => c.preset === null).map((c) => c.text ?? ''),
  }));
}

/** Back to stored sections: picked presets in catalogue order, then the user's clauses (empty ones dropped). */
export function fromState(state: SectionState[]): CharterSections {
  return SECTION_KEYS.map((key, i) => {
    const s = state[i];
    return {
      key,
      clauses: [
        ...presetsOf(key)
          .filter((p) => p in s.picked)
          .map((preset) => ({ preset, text: s.picked[preset] })),
        ...s.own.map((text) => text.trim()).filter(Boolean).map((text) => ({ preset: null, text })),
      ],
    };
  });
}
