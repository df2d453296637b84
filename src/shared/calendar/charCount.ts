// Characters of a post as each platform counts them.
//
// - X: the weighted length of X's own twitter-text library (any URL counts 23; emoji, CJK and
//   most characters outside Latin-1 and general punctuation count 2; text normalized to NFC).
//   Source: developer.x.com "Counting characters" and twitter-text's config v3.
// - Every other channel (Instagram, LinkedIn, Facebook, TikTok, YouTube, Threads and the user's
//   own): Unicode code points. These platforms state their limits in characters and document no
//   weighting rule (Instagram caption 2,200, LinkedIn post 3,000, Threads post 500), so a code
//   point is one character, an emoji of several code points counts each of them.
import twitter from 'twitter-text';
import { SEED_NAME_KEY } from './types';

export type CountingRule = 'x' | 'codePoints';

const X_NAMES = new Set(['x', 'twitter', 'x (twitter)', 'x/twitter', 'x / twitter', 'twitter/x', 'twitter / x']);

/** The counting rule of a channel, from its name: the seeded 'channel.x', or a channel the user named X or Twitter. */
export function countingRuleOf(channel: { name: string } | null | undefined): CountingRule {
  if (!channel) return 'codePoints';
  if (SEED_NAME_KEY.test(channel.name)) return channel.name === 'channel.x' ? 'x' : 'codePoints';
  return X_NAMES.has(channel.name.trim().toLowerCase()) ? 'x' : 'codePoints';
}

/** Unicode code points of `text`. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

/** Characters of `text` as the channel's platform counts them (see the rules above). */
export function charCount(text: string, channel?: { name: string } | null): number {
  return countingRuleOf(channel) === 'x' ? twitter.parseTweet(text).weightedLength : codePoints(text);
}
