/**
 * compare/quotes/continuation: an article's quotes -> the pairs of consecutive quotes that are one
 * statement split by its attribution ("A," she said. "B.").
 *
 * In:  one article's paragraphs and quotes (text, speaker, paragraph, offsets).
 * Out: the [earlier quote, next quote] index pairs of that article, with the attribution's words.
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
  /**
   * Articles that must print two groups' quotes back to back before the groups are one statement
   * (0: the rule is off). Two was measured too: the gold splits some statements that two outlets
   * print back to back (a hot-mic transcript, a network's written statement) and joins others.
   */
  minArticles: 3,
  /** ...writing at least this many different attributions (reprints of one wire story are one cut). */
  minWordings: 2,
  /** Most sentence groups one statement may join (see cluster.ts mergeContinued). */
  maxSentences: 2,
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

/** The attribution's folded words when `gap` is one of at most CONTINUATION.maxWords words (see ATTRIBUTION), else null. */
function attribution(gap: string): string | null {
  const m = ATTRIBUTION.exec(gap);
  if (m === null) return null;
  const said = words(m[1]!);
  return said.length <= CONTINUATION.maxWords ? said.join(' ') : null;
}

/** Two quotes of one article printed back to back, and the attribution between them ("the network said"). */
export interface Continuation {
  from: number;
  to: number;
  attribution: string;
}

/** The pairs (see the header). Scare quotes are skipped; they are labels, not statements. */
export function continuations(paragraphs: readonly string[], quotes: readonly PlacedQuote[]): Continuation[] {
  const out: Continuation[] = [];
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
    // One paragraph: a quote continued in the next one is not counted, since a quote that opens a
    // paragraph with its own attribution is as often the speaker's next statement (measured: it
    // added no tune pair, and on the synthetic 2,000-article story it joined separate statements
    // that the generator's paragraph swaps put next to each other).
    if (before.paragraph !== quote.paragraph || quote.start < before.end) return;
    const between = paragraphs[quote.paragraph]?.slice(before.end, quote.start) ?? '';
    const said = attribution(between);
    if (said !== null) out.push({ from: p, to: i, attribution: said });
  });
  return out;
}
