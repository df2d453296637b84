// The part of twitter-text (no bundled types) that Coulisses uses.
declare module 'twitter-text' {
  interface ParsedTweet {
    /** Length as X counts it (URLs 23, weighted characters 2). */
    weightedLength: number;
    valid: boolean;
    permillage: number;
  }
  const twitter: { parseTweet(text: string): ParsedTweet };
  export default twitter;
}
