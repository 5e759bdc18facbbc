/**
 * compare/quotes/phrases: what a short quote's words say about identity, beyond counting them.
 *
 * In:  a quote's text, or two QuoteItems (one a phrase of at most three content words).
 * Out: isTitle — the quote is a name or a title written in capitals ("Meet the Press", "Fox &
 *      Friends", "State of the Union", "Make America Great Again"), not a statement: it identifies
 *      no statement, and two outlets printing it are not quoting one statement; phraseNear — a
 *      phrase's shared content words sit together in the longer quote, as a quoted phrase's words
 *      would, not scattered over it.
 *
 * Why: a phrase of two or three content words is all contained, as a bag of stems, in any long
 * enough quote ("serious questions", "played a role" inside a 300-word statement that uses
 * "serious", "question", "play" and "role" apart). In one story that is rare; over many stories
 * (every event of the news-events corpus grouped as one story: bench/quote-mix.ts) it chained
 * programme titles, stock phrases and unrelated statements into one group. Both checks were chosen
 * on the tune half of the hand gold and that mixed-corpus count (BENCHMARKS.md, round 6).
 */
import { STOPWORDS, words } from '../text.ts';
import type { QuoteItem } from './item.ts';

/** Tunables, exported so tests and the bench can see them. */
export const PHRASE = {
  /** Whether quotes written as titles group with nothing (off only to measure it). */
  titles: true,
  /** Most words of a title ("The Lead with Jake Tapper"); longer capitalised runs are headlines. */
  titleWords: 8,
  /**
   * A phrase of at most this many content stems matches a longer quote by its content words only
   * when they sit together there (>= 0; 0: off).
   */
  nearStems: 3,
  /** Whether a phrase's words found together count (false: a phrase never matches a longer quote by content words). */
  window: true,
  /** Whether a phrase of two content words may match a quote credited to someone else (by its words). */
  speakersPhrase: false,
  /**
   * Words the phrase's window in the longer quote may have beyond the phrase's own length. 3 until
   * round 5 of #10; 1 moves nothing on tune and cuts a fifth of the cross-topic pairs of bench/quote-mix.ts
   * ("He's gonna be great" in "He did a great job. But we're gonna…"), for a few paraphrased cuts
   * with a name or a word inserted ("thrilled to nominate Carson" / "…to nominate Dr. Ben Carson").
   */
  nearSlack: 1,
};

/** The words title case leaves in lower case. */
const TITLE_MINOR = new Set(
  'a an the and or nor but of in on at to for by with from into as vs de la le du von van'.split(' '),
);

const TOKEN = /[\p{L}\p{N}]+(?:['’&.-][\p{L}\p{N}]+)*|&/gu;

/**
 * True when the text is a title or a name: a short run of words with no comma or sentence end
 * inside, whose every word that is not a function word opens with a capital (or is a number), with
 * at least two such words and not in capitals throughout (a shouted "NO COLLUSION" is speech).
 */
export function isTitle(text: string): boolean {
  const body = text.trim().replace(/[.!?,;:]+["'”’]*$/u, '');
  if (!body || /[,;!?]|\.\s/u.test(body)) return false;
  const tokens = body.match(TOKEN) ?? [];
  if (tokens.length < 2 || tokens.length > PHRASE.titleWords) return false;
  if (body === body.toUpperCase()) return false;
  let capitals = 0;
  for (const [i, token] of tokens.entries()) {
    if (token === '&') continue;
    const folded = words(token)[0] ?? '';
    const capital = /^[\p{Lu}\p{N}]/u.test(token);
    // Articles, short prepositions and conjunctions may be lower case inside a title ("Face the
    // Nation", "Tales of a Gen X"), as title case writes them; a verb or a negation may not ("This
    // is not just North Carolina" is a sentence about a name); the first word may not.
    if (!capital && (i === 0 || !TITLE_MINOR.has(folded))) return false;
    if (capital && !STOPWORDS.has(folded)) capitals++;
  }
  return capitals >= 2;
}

/**
 * True unless `phrase` (the item with fewer content stems) has at most PHRASE.nearStems stems, `whole`
 * is longer than it by more than PHRASE.nearSlack words, and the stems they share are spread over
 * `whole` (the shortest stretch of `whole` holding each shared stem is longer than the phrase plus
 * PHRASE.nearSlack words) or some were matched only by word family or spelling (`fuzzy`).
 */
export function phraseNear(phrase: QuoteItem, whole: QuoteItem, fuzzy = false): boolean {
  if (
    phrase.stems.size > PHRASE.nearStems ||
    whole.sequence.length <= phrase.sequence.length + PHRASE.nearSlack
  )
    return true;
  // A word family or a spelling variant ("truthful" / "truth") found somewhere in a long quote is
  // chance: a phrase matches a longer quote only by its very stems.
  if (fuzzy || !PHRASE.window) return false;
  const shared = new Set([...phrase.stems].filter((s) => whole.stems.has(s)));
  const limit = phrase.sequence.length + PHRASE.nearSlack;
  const seq = whole.sequence;
  const seen = new Map<string, number>();
  let start = 0;
  for (let end = 0; end < seq.length; end++) {
    const s = seq[end]!;
    if (!shared.has(s)) continue;
    seen.set(s, (seen.get(s) ?? 0) + 1);
    // Shrink from the left while every shared stem is still inside the window.
    while (seen.size === shared.size) {
      if (end - start + 1 <= limit) return true;
      const left = seq[start++]!;
      const n = seen.get(left);
      if (n === undefined) continue;
      if (n === 1) seen.delete(left);
      else seen.set(left, n - 1);
    }
  }
  return false;
}
