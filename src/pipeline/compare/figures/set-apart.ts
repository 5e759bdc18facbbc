/**
 * compare/figures/set-apart: words near a money figure that set its sum apart from a parallel
 * sentence's sum, so that two outlets' different values are not read as a disagreement about one.
 *
 * In:  the text on each side of a figure in its sentence (compare/figures/evidence.ts readContext).
 * Out: `narrowedAfter` (the cue, as a key, that makes the sum a share or a stage: "in the county alone", "so far this year",
 *      "outside North America"), `relativeTimes` ("last year's", "this year": one key per time
 *      named relative to the article's date), and `leadName` (a capitalised first word of the
 *      sentence: "Brussels pledged $400m" vs "Washington pledged $300m").
 *
 * Also `phraseKey`: a quantity phrase with its modifiers, to compare two figures' wording.
 *
 * Why: an invented conflict is worse than a missed one (issue #11). Each cue here comes from a
 * look-alike story in tests/fixtures/conflicts/ that a conflict rule would otherwise flag.
 */
import { quantityKey, quantityWords } from '../../extract/figures/roles.ts';

/** Characters after a figure that may narrow its scope. */
const SCOPE_REACH = 60;
const NARROWING =
  /\b(?:outside|excluding|except|not\s+(?:counting|including)|apart\s+from|net\s+of|alone|so\s+far|to\s+date|(?:in|for|during|over)\s+the\s+(?:first|second|third|last)\s+(?:half|quarter|\w+\s+months))\b/iu;

/**
 * The cue that narrows the sum right after a figure, as a key ("alone", "so-far", "first-half"),
 * or null: two sums narrowed differently (or one not at all) are not one sum.
 */
export function narrowedAfter(right: string): string | null {
  const m = NARROWING.exec(right.slice(0, SCOPE_REACH));
  if (m === null) return null;
  const key = m[0]
    .toLowerCase()
    .replace(/^(?:in|for|during|over)\s+the\s+/u, '')
    .replace(/\s+/gu, '-');
  return key === 'to-date' ? 'so-far' : key;
}

/** "last year's", "this year", "a year earlier", "in the quarter": a time named from the article's own date. */
const RELATIVE_TIME =
  /\b(?:(last|this|next|previous|past|current|(?:in|for|during|over)\s+the)\s+(year|month|week|quarter|season)|a\s+(year|month|week)\s+(?:ago|earlier|before))\b/giu;
/** "in the quarter" and "for the year" are a time of their own (the-quarter), apart from "this year". */
const SAME_AS: Readonly<Record<string, string>> = { previous: 'last', past: 'last', current: 'this' };

/** The relative times written near a figure, as keys ("last-year"); two disjoint sets are two sums. */
export function relativeTimes(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of text.matchAll(RELATIVE_TIME)) {
    if (m[3] !== undefined) keys.add(`last-${m[3].toLowerCase()}`);
    else {
      const which = m[1]!.toLowerCase().replace(/^\w+\s+the$/u, 'the');
      keys.add(`${SAME_AS[which] ?? which}-${m[2]!.toLowerCase()}`);
    }
  }
  return keys;
}

/**
 * The sentence's first word when it is capitalised and not a function word (contentStem gives
 * its stem, or null): a subject name the sentence-internal name check skips, because a capital
 * there says nothing by itself.
 */
export function leadName(left: string, contentStem: (word: string) => string | null): string | null {
  const first = /^\s*["“‘]?(\p{Lu}[\p{L}'’-]*)/u.exec(left)?.[1];
  return first === undefined ? null : contentStem(first);
}

/**
 * A quantity phrase's words as one key: the words before its head, lower case, and the head's key
 * (quantityKey: singular, synonyms folded), without what follows the head ("insured damage from
 * the wildfire" -> "insured damage"). Two phrases that differ in a modifier ("aid" vs "military
 * aid", "holiday sales" vs "online holiday sales") may name a part and its whole.
 */
export function phraseKey(quantity: string | null): string | null {
  const key = quantityKey(quantity);
  if (quantity === null || key === null) return null;
  return [...quantityWords(quantity).slice(0, -1), key].join(' ');
}
