/**
 * compare/quotes/continuation: an article's quotes -> the pairs of consecutive quotes that are one
 * statement split by its attribution ("A," she said. "B.") or carried on into the next paragraph.
 *
 * In:  one article's paragraphs and quotes (text, speaker, paragraph, offsets).
 * Out: [earlier quote, next quote] index pairs of that article.
 *
 * Why: outlets cut one statement differently. One prints two sentences as one quote, another
 * splits them around "he said", a third quotes only the second sentence. Word overlap cannot join
 * the two sentences (they share no words); the article that quotes them back to back, credited to
 * one speaker with nothing but an attribution between them, says they are one statement. The
 * clustering (cluster.ts) uses these pairs only as evidence that two groups are one statement, and
 * only when enough articles agree (CONTINUATION.minArticles).
 */
import { words } from '../text.ts';
import { speakerKey } from './similarity.ts';

/** Settings, chosen on the tune half of the hand gold (BENCHMARKS.md, statement groups round 3). */
export const CONTINUATION = {
  /** Most words between the two quotes: the attribution ("he said", "the statement continued"). */
  maxWords: 10,
  /** Whether a quote may continue in the next paragraph (the first ends it, the next opens it). */
  nextParagraph: true,
  /**
   * Articles that must print two groups' quotes back to back before the groups are one statement
   * (0: the rule is off). Two was measured too: the gold splits some statements that two outlets
   * print back to back (a hot-mic transcript, a network's written statement) and joins others.
   */
  minArticles: 3,
};

/** The part of a quote the continuation rule reads. */
export interface PlacedQuote {
  text: string;
  speaker: string | null;
  paragraph: number;
  start: number;
  end: number;
  scare: boolean;
}

/** Quotation marks, closing or opening (straight, curly, single or double, guillemets). */
const MARK = `["'“”‘’«»„]`;
/**
 * The reporter's words between the two halves of a split quote: the first quote closes (after its
 * own comma or end mark), a short attribution without a sentence end inside ("the statement
 * said", "Vlasto, the ABC News investigations chief, tells NPR"), then a full stop, comma or colon
 * and the next quote opens. Words woven around partial quotes ("” in the black community and a “")
 * do not fit: they continue the reporter's sentence, not the speaker's.
 */
const ATTRIBUTION = new RegExp(`^[,.?!…]?\\s*${MARK}\\s*([^.?!"“”«»]*?)\\s*[.,:;—–-]\\s*${MARK}\\s*$`, 'u');
/** The same across a paragraph break: the first paragraph ends with the attribution, the next opens the quote. */
const ENDING = new RegExp(`^[,.?!…]?\\s*${MARK}\\s*([^.?!"“”«»]*?)\\s*[.:]?\\s*$`, 'u');
const OPENING = new RegExp(`^\\s*${MARK}?\\s*$`, 'u');

/** Whether `gap` is an attribution of at most CONTINUATION.maxWords words (see ATTRIBUTION). */
function attribution(gap: string, pattern: RegExp): boolean {
  const m = pattern.exec(gap);
  return m !== null && words(m[1]!).length <= CONTINUATION.maxWords;
}

/** The pairs (see the header). Scare quotes are skipped; they are labels, not statements. */
export function continuations(
  paragraphs: readonly string[],
  quotes: readonly PlacedQuote[],
): [number, number][] {
  const out: [number, number][] = [];
  if (CONTINUATION.minArticles <= 0) return out;
  let previous = -1;
  quotes.forEach((quote, i) => {
    if (quote.scare || !quote.text.trim()) return;
    const p = previous;
    previous = i;
    if (p < 0) return;
    const before = quotes[p]!;
    const key = speakerKey(before.speaker);
    if (key === null || key !== speakerKey(quote.speaker)) return;
    if (before.paragraph === quote.paragraph) {
      if (quote.start < before.end) return;
      const between = paragraphs[quote.paragraph]?.slice(before.end, quote.start) ?? '';
      if (attribution(between, ATTRIBUTION)) out.push([p, i]);
      return;
    }
    if (!CONTINUATION.nextParagraph || quote.paragraph !== before.paragraph + 1) return;
    // The earlier quote and its attribution end a paragraph and the next one opens the following one.
    const after = paragraphs[before.paragraph]?.slice(before.end) ?? '';
    const opening = paragraphs[quote.paragraph]?.slice(0, quote.start) ?? '';
    if (attribution(after, ENDING) && OPENING.test(opening)) out.push([p, i]);
  });
  return out;
}
