/**
 * compare/quotes/words: scare-quoted words ('lynching', 'witch hunt') -> the one statement group
 * whose quote they are lifted from, as `word` members.
 *
 * In:  the story's articles and the statement groups as clusters of QuoteItems (index.ts).
 * Out: for each cluster (by index), the scare quotes that join it: { article, quote } pairs.
 *
 * A scare quote joins a group only when its words are, word for word (case and punctuation aside,
 * whole words), a piece of a member of exactly ONE group whose member has a known speaker (the
 * scare quote's own speaker, when the article names one); in several groups or none it stays out
 * (precision first: never guess whose word it is). A scare quote without a rare word is not
 * distinctive and stays out: stop words (compare/text's, lib/lexicon/stopwords) and everyday
 * words by their general-English frequency (background.ts, as the distinctive words use it). A scare quote inside the span of the very
 * quote that contains it (nested quotation marks) is that quote, not an echo of it.
 */
import type { Article } from '../../../lib/model.ts';
import { backgroundRate } from '../background.ts';
import { STOPWORDS, words } from '../text.ts';
import type { QuoteItem } from './item.ts';
import { speakerKey } from './similarity.ts';

/** How distinctive a scare quote must be to say whose word it is (tuned on the tune split). */
export const QUOTED_WORD = {
  minLetters: 4,
  /** The most common a word may be in general English (share of tokens, background.ts): 10 per million. */
  maxRate: 10e-6,
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

/** The scare quotes that join each cluster (see the header). */
export function quotedWords(
  articles: Article[],
  clusters: QuoteItem[][],
): Array<Array<{ article: number; quote: number }>> {
  const joins = clusters.map(() => [] as Array<{ article: number; quote: number }>);
  articles.forEach((article, a) =>
    article.quotes.forEach((quote, q) => {
      if (!quote.scare) return;
      const piece = words(quote.text);
      if (!distinctive(piece)) return;
      const nestedIn = (m: QuoteItem): boolean => {
        if (m.article !== a) return false;
        const host = article.quotes[m.quote]!;
        return host.paragraph === quote.paragraph && host.start <= quote.start && quote.end <= host.end;
      };
      // A scare quote the article attributes is that speaker's word: only their quotes can host it.
      const own = speakerKey(quote.speaker);
      const hosts = new Set<number>();
      clusters.forEach((members, c) => {
        const hosting = (m: QuoteItem) =>
          m.speakerKey !== null && (own === null || m.speakerKey === own) && !nestedIn(m);
        if (members.some((m) => hosting(m) && containsRun(m.folded, piece))) hosts.add(c);
      });
      // A quote nested in one of the candidate groups' members is that member's own words.
      if (hosts.size !== 1) return;
      const [only] = hosts;
      if (clusters[only!]!.some(nestedIn)) return;
      joins[only!]!.push({ article: a, quote: q });
    }),
  );
  return joins;
}
