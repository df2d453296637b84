import { describe, expect, it } from 'vitest';
import { charCount, countingRuleOf } from './charCount';
import { scheduleBlocker } from './exportCommon';
import type { Channel, ContentItem } from './types';

const X = { name: 'channel.x' };
const link = 'https://example.org/' + 'a'.repeat(97); // 117 characters

describe('charCount', () => {
  it('X: a URL counts 23, so 240 letters and a 117-character link are within 280', () => {
    expect(link).toHaveLength(117);
    expect(charCount('a'.repeat(240) + ' ' + link, X)).toBe(264);
    expect(charCount('a'.repeat(240) + ' ' + link + ' ', X)).toBe(265);
    expect(charCount('a'.repeat(240) + ' ' + link, { name: 'channel.linkedin' })).toBe(358);
  });

  it('X: emoji and CJK count 2: 150 × 🎉 is 300, over the limit', () => {
    expect(charCount('🎉'.repeat(150), X)).toBe(300);
    expect(charCount('会議', X)).toBe(4);
    expect(charCount('🎉'.repeat(150), { name: 'channel.instagram' })).toBe(150);
  });

  it('the rule follows the channel: the seeded X, or one the user named X or Twitter', () => {
    expect(countingRuleOf(X)).toBe('x');
    expect(countingRuleOf({ name: 'Twitter' })).toBe('x');
    expect(countingRuleOf({ name: ' X ' })).toBe('x');
    expect(countingRuleOf({ name: 'Xing' })).toBe('codePoints');
    expect(countingRuleOf(undefined)).toBe('codePoints');
  });

  it('the export skips a post by the same count', () => {
    const channel = { id: 3, name: 'channel.x', color: '#000', cadencePerWeek: 5, charLimit: 280, archived: false } as Channel;
    const item = { id: 1, status: 'ready', channelId: 3, publishAt: 1 } as ContentItem;
    expect(scheduleBlocker(item, channel, 'a'.repeat(240) + ' ' + link)).toBeNull();
    expect(scheduleBlocker(item, channel, '🎉'.repeat(150))).toMatchObject({ reason: 'over-limit', params: { length: 300, limit: 280 } });
  });
});
