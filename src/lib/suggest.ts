import { closest, distance } from 'fastest-levenshtein';

/**
 * "did you mean …?" for a key or name an editor mistyped: the closest known
 * one, if it is close enough to be a slip rather than a different word.
 */
export function didYouMean(typed: string, known: Iterable<string>): string | undefined {
  const candidates = [...known];
  if (candidates.length === 0 || typed === '') return undefined;
  const best = closest(typed, candidates);
  // One slip in a short word, more in a long key: "sumary", "mia-2025-5", "anti-fraud-centre"; not "Card" for "Chart".
  const limit = Math.max(1, Math.floor(Math.max(typed.length, best.length) / 4));
  return distance(typed, best) <= limit ? best : undefined;
}

/** A hint naming the closest known value, else listing them all (up to a dozen). */
export function suggestion(typed: string, known: Iterable<string>, what: string): string {
  const list = [...known];
  const near = didYouMean(typed, list);
  if (near !== undefined) return `did you mean "${near}"?`;
  const shown = list.slice(0, 12).map((k) => `"${k}"`).join(', ');
  return `the ${what} are: ${shown}${list.length > 12 ? `, and ${list.length - 12} more` : ''}`;
}

/** Two hints as one sentence pair: "did you mean "x"? A new source goes …". */
export function joinHints(first: string, second: string): string {
  return /[?.!]$/.test(first) ? `${first} ${second.charAt(0).toUpperCase()}${second.slice(1)}` : `${first}; ${second}`;
}
