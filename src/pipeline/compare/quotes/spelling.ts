/**
 * compare/quotes/spelling: when two different strings are one word — a word family the light stemmer
 * split, or one word spelt two ways — and the set overlap both checks count with.
 *
 * In:  two stems or two folded words. Out: true or false (sameSpelling: character-trigram Dice at
 *      least `dice`, QUOTE_MATCH.trigramDice in similarity.ts).
 */

/** How many members of the smaller set the larger has. */
export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Two stems of one word family the suffix rules split ("plan"/"plann", "predict"/"predicta"). */
export const sameFamily = (x: string, y: string): boolean =>
  Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x));

const TRIGRAMS = new Map<string, Set<string>>();
function trigrams(word: string): Set<string> {
  let grams = TRIGRAMS.get(word);
  if (!grams) {
    grams = new Set();
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
    if (TRIGRAMS.size > 50_000) TRIGRAMS.clear();
    TRIGRAMS.set(word, grams);
  }
  return grams;
}

/** One word spelt two ways ("Zelensky"/"Zelenskyy", "organise"/"organize"): trigram Dice. */
export function sameSpelling(x: string, y: string, dice: number): boolean {
  if (Math.min(x.length, y.length) < 5 || Math.abs(x.length - y.length) > 2) return false;
  // Cheap gate before the trigram sets (the hot path at scale): spellings of one word share their
  // first letter ("Zelensky"/"Zelenskyy") or their last two ("Wolodymyr"/"Volodymyr").
  const xn = x.length;
  const yn = y.length;
  if (
    x.charCodeAt(0) !== y.charCodeAt(0) &&
    (x.charCodeAt(xn - 1) !== y.charCodeAt(yn - 1) || x.charCodeAt(xn - 2) !== y.charCodeAt(yn - 2))
  )
    return false;
  const gx = trigrams(x);
  const gy = trigrams(y);
  return (2 * overlap(gx, gy)) / (gx.size + gy.size) >= dice;
}
