/**
 * compare/quotes/words: scare-quoted words ('lynching', 'witch hunt') -> the one statement group
 * whose quote they are lifted from, as `word` members.
 *
 * In:  each article's quotes (what this step reads of them: `PlacedQuote`) and the statement groups
 *      as clusters of QuoteItems (index.ts).
 * Out: for each cluster (by index), the scare quotes that join it: { article, quote } pairs.
 *
 * A scare quote joins a group only when the article attributes it to a speaker and its words are,
 * word for word (case and punctuation aside, whole words), a piece of a quote by that speaker in
 * exactly ONE group, the quote a statement of `hostMinWords` words or more (not itself a title:
 * "Hannity"); in several groups or none it stays out (precision first: never guess whose word it
 * is). An unattributed scare quote stays out: on unannotated corpus events those were often the
 * reporter's own label ('coup') or another speaker's word. A scare quote without a rare word is
 * not distinctive and stays out: stop words (compare/text's, lib/lexicon/stopwords) and everyday
 * words by their general-English frequency (background.ts, as the distinctive words use it). A
 * scare quote nested inside a quote of a candidate group (quotation marks within quotation marks)
 * is that quote's own words, not an echo. An article repeating the word joins once.
 */
import type { Quote } from '../../../lib/model.ts';
import { backgroundRate } from '../background.ts';
import { STOPWORDS, words } from '../text.ts';
import type { QuoteItem } from './item.ts';
import { speakerKey } from './similarity.ts';

/** How distinctive a scare quote must be to say whose word it is (tuned on the tune split). */
export const QUOTED_WORD = {
  minLetters: 4,
  /** The most common a word may be in general English (share of tokens, background.ts): 10 per million. */
  maxRate: 10e-6,
  /** The fewest words a quote holding it may have: a statement, not itself a title or label. */
  hostMinWords: 4,
};

/**
 * True when the scare quote's words say whose they are: one of them is rare in general English
 * (background.ts: 'lynching', 'deplorables', 'mafia'), not an everyday word ('important', 'rude',
 * 'palace') that many speakers use, nor a stop word or a number.
 */
export function distinctive(folded: string[]): boolean {
  return folded.some(
    (w) =>
      w.length >= QUOTED_WORD.minLetters &&
      !STOPWORDS.has(w) &&
      !/\d/u.test(w) &&
      backgroundRate(w) <= QUOTED_WORD.maxRate,
  );
}

/** True when `piece` occurs in `whole` as a run of whole words. */
function containsRun(whole: string[], piece: string[]): boolean {
  if (piece.length === 0 || piece.length > whole.length) return false;
  outer: for (let i = 0; i + piece.length <= whole.length; i++) {
    for (let j = 0; j < piece.length; j++) if (whole[i + j] !== piece[j]) continue outer;
    return true;
  }
  return false;
}

/** What this step reads of a quote: index.ts keys its memo on exactly these fields. */
export type PlacedQuote = Pick<Quote, 'scare' | 'text' | 'speaker' | 'paragraph' | 'start' | 'end'>;

/** The scare quotes that join each cluster (see the header). */
export function quotedWords(
  articles: ReadonlyArray<{ placed: readonly PlacedQuote[] }>,
  clusters: QuoteItem[][],
): Array<Array<{ article: number; quote: number }>> {
  const joins = clusters.map(() => [] as Array<{ article: number; quote: number }>);
  const seen = clusters.map(() => new Set<string>());
  articles.forEach((article, a) =>
    article.placed.forEach((quote, q) => {
      if (!quote.scare) return;
      const piece = words(quote.text);
      if (!distinctive(piece)) return;
      const nestedIn = (m: QuoteItem): boolean => {
        if (m.article !== a) return false;
        const host = article.placed[m.quote]!;
        return host.paragraph === quote.paragraph && host.start <= quote.start && quote.end <= host.end;
      };
      // Only a scare quote the article attributes is known to be someone's word ("Trump called it a
      // 'lynching'"); a reporter's own label ('coup') may echo anyone. Only its speaker's quotes host it.
      const own = speakerKey(quote.speaker);
      if (own === null) return;
      const hosts = new Set<number>();
      clusters.forEach((members, c) => {
        const hosting = (m: QuoteItem) =>
          m.speakerKey === own && m.folded.length >= QUOTED_WORD.hostMinWords && !nestedIn(m);
        if (members.some((m) => hosting(m) && containsRun(m.folded, piece))) hosts.add(c);
      });
      if (hosts.size !== 1) return;
      const [only] = hosts;
      // Nested in a member of the group: that member's own words, not an echo of them.
      if (clusters[only!]!.some(nestedIn)) return;
      // One article repeating the word (a caption under every photo) joins once.
      const key = `${a} ${piece.join(' ')}`;
      if (seen[only!]!.has(key)) return;
      seen[only!]!.add(key);
      joins[only!]!.push({ article: a, quote: q });
    }),
  );
  return joins;
}
