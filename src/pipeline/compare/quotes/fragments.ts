/**
 * compare/quotes/fragments: whether one quote is a part of another, allowing for the marks outlets
 * put into a quote they cut, and for the small edits between two outlets' transcripts of a sentence.
 *
 * In:  two QuoteItems (their raw text, folded words and content stems).
 * Out: isFragmentOf — the part's words are the whole's words in a row, where an elision ("...",
 *      "…", "[…]") or an editorial insertion in brackets ("[sic]", "[rein in]") in the part may
 *      stand for any few words of the whole, and the whole's own bracketed insertions are not
 *      needed; isShortFragmentOf — a phrase under five words found word for word in a longer quote
 *      of the same speaker, or of an organisation and a person ("fair process" in "I want a fair
 *      process where…"); sentenceContained — some sentence of one quote is, character for
 *      character, nearly all inside the other (one statement cut sentence by sentence by different
 *      outlets, with a word or a comma changed: "the likes of which" / "the like of which").
 *
 * Why characters: word overlap cannot tell a sentence with one word changed ("his" / "this") from a
 * different sentence with the same content words; the share of a sentence's character 4-grams
 * found in the other quote can, and it does not care about punctuation, case or hyphens (the text
 * is compared as folded words joined by single spaces). Thresholds: FRAGMENT below, chosen on the
 * tune half of the hand gold (bench/quote-sweep.ts; BENCHMARKS.md has the curve).
 */
import { STOPWORDS, stem, words } from '../text.ts';
import type { QuoteItem } from './item.ts';

/** A contained fragment's minimum size, and the sentence-containment settings. */
export const FRAGMENT = {
  minWords: 5,
  minContent: 3,
  /** A shorter fragment needs the same speaker and this many content words (>= 99: off). */
  shortMinContent: 2,
  /**
   * Words from which a same-speaker phrase needs only one content word ("I am not a bully", "No one
   * should be above the law."), reprinted or inside a longer quote of that speaker (>= 99: off).
   */
  fewContentMinWords: 4,
  /** Most words of the whole an elision or a bracket in the part may stand for. */
  gapWords: 40,
  /** A sentence counts as inside the other quote when this share of its 4-grams is (>1: off). */
  sentenceContainment: 0.9,
  /** Whether an organisation and a person count as one speaker for a short fragment. */
  organisations: true,
};

/** An elision or a bracketed insertion: where a quote's words stop being the speaker's in a row. */
const CUT = /\[[^\]]*\]|\.\s?\.\s?\.|…/gu;
const HAS_CUT = /\[[^\]]*\]|\.\s?\.\s?\.|…/u;
/** Sentence ends (a full stop, ?, ! or an elision followed by a space). */
const SENTENCE_END = /(?<=[.!?…])["'”’)\]]*\s+/u;

interface Cuts {
  /** Whether the text has an elision or brackets at all. */
  marked: boolean;
  /** The folded words between the cuts (one piece when the quote has none). */
  pieces: string[][];
  /** The folded words without the bracketed insertions (the quote as the speaker said it). */
  bare: string[];
  /** Sentences of at least FRAGMENT.minWords words and minContent content stems, as folded text. */
  sentences: string[];
}

const CUTS = new WeakMap<readonly string[], Cuts>();

/** A quote's pieces, bare words and sentences, built once per text (keyed by its shared words). */
function cutsOf(item: QuoteItem): Cuts {
  let cuts = CUTS.get(item.folded);
  if (!cuts) {
    const marked = HAS_CUT.test(item.text);
    const pieces = marked
      ? item.text
          .split(CUT)
          .map((p) => words(p))
          .filter((p) => p.length > 0)
      : [item.folded];
    const bare = marked ? words(item.text.replace(/\[[^\]]*\]/gu, ' ')) : item.folded;
    const sentences: string[] = [];
    for (const s of item.text.split(SENTENCE_END)) {
      const w = words(s.replace(CUT, ' '));
      if (w.length < FRAGMENT.minWords) continue;
      const content = new Set(w.filter((x) => !STOPWORDS.has(x)).map(stem));
      if (content.size >= FRAGMENT.minContent) sentences.push(w.join(' '));
    }
    cuts = { marked, pieces, bare, sentences };
    CUTS.set(item.folded, cuts);
  }
  return cuts;
}

/** The index just after `piece` found in `whole` at or after `from` (and within `gap` of it), or -1. */
function find(piece: readonly string[], whole: readonly string[], from: number, gap: number): number {
  const last = Math.min(whole.length - piece.length, from + gap);
  for (let i = whole.indexOf(piece[0]!, from); i >= 0 && i <= last; i = whole.indexOf(piece[0]!, i + 1)) {
    let k = 1;
    while (k < piece.length && whole[i + k] === piece[k]) k++;
    if (k === piece.length) return i + piece.length;
  }
  return -1;
}

/**
 * True when `part` is `whole`'s words in a row (see the header for elisions and brackets): at
 * least five words with three content words, so stock phrases ("the rule of law", "a very good
 * man") do not join unrelated statements.
 */
export function isFragmentOf(part: QuoteItem, whole: QuoteItem): boolean {
  const n = part.folded.length;
  if (n < FRAGMENT.minWords || part.stems.size < FRAGMENT.minContent || n >= whole.folded.length)
    return false;
  if (find(part.folded, whole.folded, 0, whole.folded.length) >= 0) return true;
  // Only a quote with an elision or brackets can be a cut version of the other in pieces.
  const pc = cutsOf(part);
  const wc = cutsOf(whole);
  if (!pc.marked && !wc.marked) return false;
  // Every piece of three words or more in order (a lone "and" between two elisions is found
  // anywhere, so short pieces are not evidence), the first anywhere and each next within gapWords
  // of the previous; together at least minWords words.
  let at = 0;
  let first = true;
  let matched = 0;
  for (const piece of pc.pieces) {
    if (piece.length < 3) continue;
    at = find(piece, wc.bare, at, first ? wc.bare.length : FRAGMENT.gapWords);
    if (at < 0) return false;
    first = false;
    matched += piece.length;
  }
  return matched >= FRAGMENT.minWords;
}

/**
 * True when `part` is a short fragment (under FRAGMENT.minWords words, two content words or more)
 * found word for word in `whole`, and both outlets credit it to one speaker: a phrase woven into a
 * reporter's sentence ("a fair process") is too short to identify a statement by itself, but the
 * same speaker saying it inside a longer quote is. An organisation credited by one outlet and a
 * person by the other ("the White House" and its press secretary) count as one speaker here, and
 * only here: organisations speak through people, but two statements of the same story share its
 * institutions' names, so a looser match than word for word would join different statements.
 */
export function isShortFragmentOf(part: QuoteItem, whole: QuoteItem): boolean {
  const n = part.folded.length;
  const content = part.stems.size;
  // A phrase of few content words: under minWords words with shortMinContent, or from
  // fewContentMinWords words with one (a fragment with minContent content words is isFragmentOf's).
  const short = n < FRAGMENT.minWords && content >= FRAGMENT.shortMinContent;
  const few = n >= FRAGMENT.fewContentMinWords && content >= 1 && content < FRAGMENT.minContent;
  if (n < 2 || (!short && !few)) return false;
  if (part.speakerKey === null || whole.speakerKey === null || n > whole.folded.length) return false;
  // The very same words: a reprint with two content words or more joins before any scoring (cluster.ts).
  if (n === whole.folded.length && !(few && part.folded.every((w, i) => w === whole.folded[i]))) return false;
  if (part.speakerKey !== whole.speakerKey && (part.personal === whole.personal || !FRAGMENT.organisations))
    return false;
  return find(part.folded, cutsOf(whole).bare, 0, whole.folded.length) >= 0;
}

/** Character 4-grams of a folded text (words joined by single spaces), kept per text. */
const GRAMS = new Map<string, Set<string>>();
function grams(text: string): Set<string> {
  let out = GRAMS.get(text);
  if (!out) {
    out = new Set();
    for (let i = 0; i + 4 <= text.length; i++) out.add(text.slice(i, i + 4));
    if (GRAMS.size > 50_000) GRAMS.clear();
    GRAMS.set(text, out);
  }
  return out;
}

/** The largest share of one sentence's character 4-grams found in the other quote (0 when none). */
export function sentenceContainment(a: QuoteItem, b: QuoteItem): number {
  let best = 0;
  for (const [part, whole] of [
    [a, b],
    [b, a],
  ] as const) {
    const sentences = cutsOf(part).sentences;
    if (sentences.length === 0) continue;
    const other = grams(cutsOf(whole).bare.join(' '));
    for (const s of sentences) {
      const mine = grams(s);
      let n = 0;
      for (const g of mine) if (other.has(g)) n++;
      best = Math.max(best, n / mine.size);
    }
  }
  return best;
}

/** True when some sentence of one quote is nearly all inside the other (FRAGMENT.sentenceContainment). */
export function sentenceContained(a: QuoteItem, b: QuoteItem): boolean {
  if (FRAGMENT.sentenceContainment > 1) return false;
  return sentenceContainment(a, b) >= FRAGMENT.sentenceContainment;
}
