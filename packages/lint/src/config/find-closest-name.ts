/** Edit distance between two strings (Levenshtein), case-insensitive. */
function distance(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      current.push(Math.min(current[j - 1]! + 1, previous[j]! + 1, previous[j - 1]! + cost));
    }
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * Finds the candidate closest to a misspelt name, for "did you mean" hints.
 *
 * @returns the closest candidate within a third of the name's length (at least 2 edits), or
 *   undefined when nothing is close.
 * @example
 * findClosestName('no-shoutin', ['no-shouting', 'max-words']); // 'no-shouting'
 */
export function findClosestName(name: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const value =
      candidate.endsWith(name) || name.endsWith(candidate) ? 1 : distance(name, candidate);
    if (value < bestDistance) {
      best = candidate;
      bestDistance = value;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
