/**
 * compare/quotes/polarity: which content words a quote says "not" about, so a negation vetoes a
 * match only when the two versions disagree about the same words.
 *
 * In:  two QuoteItems (their raw text: clause breaks are punctuation, which folded words lose).
 * Out: polarityConflict — some content stem both versions use is negated at every use in one and
 *      at no use in the other ("we will sign the deal" / "we will not sign the deal").
 *
 * Why: agreement.ts counts negations over the stretch two versions share, which cannot tell a
 * negation of the shared words from one in a clause only one outlet printed: "He was taken to the
 * hospital and has been released. He has sustained no injuries and the investigation is ongoing"
 * against a version without the injuries clause, or two transcripts of one answer in a different
 * order ("No one wanted her in jail. We just wanted the licenses given out" / "I just want the
 * licenses given out. I don't want her in jail"). Both were vetoed on un-annotated corpus events;
 * the negation's scope (from the negator to the end of its clause) tells them apart.
 */
import { STOPWORDS, stem, words } from '../text.ts';
import { NEGATORS, NOT_NEGATING } from './agreement.ts';
import type { QuoteItem } from './item.ts';

/** Tunables, exported so tests and the bench can see them. */
export const POLARITY = {
  /** Whether a negation vetoes only a disagreement about shared words (off: any, as before). */
  scoped: true,
};

/** A clause ends at punctuation or at a conjunction that starts a new clause. */
const CLAUSE = /[.,;:!?…()[\]"“”—–]+|\s-\s|\b(?:and|but|or|because|while|although|though)\b/iu;

interface Polarity {
  /** Content stems used at least once outside a negation's scope. */
  plain: Set<string>;
  /** Content stems used at least once inside a negation's scope. */
  negated: Set<string>;
}

const CACHE = new WeakMap<readonly string[], Polarity>();

function polarityOf(item: QuoteItem): Polarity {
  let p = CACHE.get(item.folded);
  if (p) return p;
  p = { plain: new Set(), negated: new Set() };
  for (const clause of item.text.split(CLAUSE)) {
    const folded = words(clause ?? '');
    let inScope = false;
    folded.forEach((w, i) => {
      if (NEGATORS.has(w) && !NOT_NEGATING.has(`${w} ${folded[i + 1] ?? ''}`)) inScope = true;
      else if (!STOPWORDS.has(w)) (inScope ? p!.negated : p!.plain).add(stem(w));
    });
  }
  CACHE.set(item.folded, p);
  return p;
}

/** True when a content stem of both is negated at every use in one and at none in the other. */
export function polarityConflict(a: QuoteItem, b: QuoteItem): boolean {
  const pa = polarityOf(a);
  const pb = polarityOf(b);
  const onlyNegated = (p: Polarity, s: string) => p.negated.has(s) && !p.plain.has(s);
  const onlyPlain = (p: Polarity, s: string) => p.plain.has(s) && !p.negated.has(s);
  for (const s of pa.negated) if (onlyNegated(pa, s) && onlyPlain(pb, s)) return true;
  for (const s of pb.negated) if (onlyNegated(pb, s) && onlyPlain(pa, s)) return true;
  return false;
}
