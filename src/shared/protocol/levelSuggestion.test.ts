import { describe, expect, it } from 'vitest';
import { levelRaiseSuggestions, normaliseTag } from './levelSuggestion';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const types = [
  { id: 1, level: 1, archived: false },
  { id: 2, level: 4, archived: false },
  { id: 3, level: 2, archived: true },
];
const c = (typeId: number, daysAgo: number, ...tags: string[]) => ({ typeId, openedAt: NOW - daysAgo * DAY, tags });

describe('level-raise suggestions', () => {
  it('suggests the next level when threshold cases of one type share a tag within 7 days', () => {
    const cases = [c(1, 0.5, 'login', 'app'), c(1, 3, 'login'), c(1, 6.9, 'login'), c(1, 2, 'app')];
    expect(levelRaiseSuggestions(cases, types, NOW, 3)).toEqual([{ typeId: 1, tag: 'login', count: 3, firstAt: NOW - 6.9 * DAY, lastAt: NOW - 0.5 * DAY, fromLevel: 1, toLevel: 2 }]);
    expect(levelRaiseSuggestions(cases, types, NOW, 2).map((s) => s.tag)).toEqual(['login', 'app']);
  });

  it('counts only the last 7 days, a case once per tag, one type at a time', () => {
    expect(levelRaiseSuggestions([c(1, 1, 'login'), c(1, 2, 'login'), c(1, 7, 'login')], types, NOW, 3)).toEqual([]);
    expect(levelRaiseSuggestions([c(1, 1, 'login', 'login'), c(1, 2, 'login')], types, NOW, 3)).toEqual([]);
    expect(levelRaiseSuggestions([c(1, 1, 'login'), c(2, 2, 'login'), c(3, 2, 'login')], types, NOW, 2)).toEqual([]);
  });

  it('never suggests above level 4 nor for archived or unknown types', () => {
    expect(levelRaiseSuggestions([c(2, 1, 'x'), c(2, 2, 'x'), c(3, 1, 'x'), c(3, 2, 'x'), c(9, 1, 'x'), c(9, 2, 'x')], types, NOW, 2)).toEqual([]);
  });

  it('a dismissal hides the suggestion until a newer case shares the tag', () => {
    const cases = [c(1, 3, 'login'), c(1, 2, 'login')];
    expect(levelRaiseSuggestions(cases, types, NOW, 2, [{ typeId: 1, tag: 'login', at: NOW - DAY }])).toEqual([]);
    expect(levelRaiseSuggestions([...cases, c(1, 0.1, 'login')], types, NOW, 2, [{ typeId: 1, tag: 'login', at: NOW - DAY }])).toHaveLength(1);
  });

  it('normalises tags', () => {
    expect(normaliseTag('  #Livraison   Express ')).toBe('livraison express');
    expect(normaliseTag('##')).toBe('');
  });
});
