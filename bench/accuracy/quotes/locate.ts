/**
 * bench:accuracy quotes: where a predicted quote sits in the corpus text, and whether it matches a
 * gold quote.
 *
 * In:  a predicted quote, its article (normalized paragraphs) and the corpus paragraphs.
 * Out: its corpus paragraph and span (p = -1 when its text is not found there); overlapOK: the
 *      spans overlap by at least half of the shorter one.
 */
import type { Article, Quote } from '../../../src/lib/model.ts';

export interface Located {
  quote: Quote;
  /** Corpus paragraph and span, or p = -1 when the text is not found there. */
  p: number;
  start: number;
  end: number;
}

const squash = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** A predicted quote's position in the corpus paragraphs (its paragraph found by text). */
export function locate(quote: Quote, article: Article, corpus: string[]): Located {
  const paragraph = squash(article.paragraphs[quote.paragraph] ?? '');
  const text = quote.text;
  const order = corpus
    .map((c, i) => ({
      i,
      score: squash(c) === paragraph ? 2 : squash(c).includes(paragraph.slice(0, 60)) ? 1 : 0,
    }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  for (const { i } of order) {
    const at = corpus[i]!.indexOf(text);
    if (at >= 0) return { quote, p: i, start: at, end: at + text.length };
  }
  return { quote, p: -1, start: 0, end: 0 };
}

export const overlapOK = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && shared >= 0.5 * shorter;
};
