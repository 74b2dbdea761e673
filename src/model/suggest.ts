import { distance } from "fastest-levenshtein";

/**
 * The candidate nearest to `word` by edit distance, if it is close enough to be a likely typo:
 * at most `maxDistance` edits (default: a third of the word, at least 2).
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(2, Math.floor(word.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** A misspelt key: stricter than ids, since keys are short ("k1" is not a typo of "id"). */
export const closestKey = (key: string, allowed: Iterable<string>) => closest(key, allowed, Math.max(1, Math.floor(key.length / 3)));
