/**
 * A copy of a string that holds only its own characters.
 *
 * V8 makes a slice of 13 characters or more a view of its parent, so a name phrase sliced
 * from an article keeps the whole article text alive for as long as a story keeps the
 * phrase: on the 100k synthetic stream that was more than half of the clusterer's memory.
 * Whatever a long-lived story or term table keeps from an article goes through here.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
