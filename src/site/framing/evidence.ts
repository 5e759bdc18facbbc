/**
 * framing/evidence: what every framing table is built on — the columns (one per outlet, in
 * reading order), where in an article a cell's evidence is, and picking the most informative rows.
 *
 * In:  the story view (site/story.ts).
 * Out: Column[], Evidence, paragraphWith (first paragraph naming a term), topInOrder.
 */
import type { Article } from '../../lib/model.ts';
import { outletLabel, type StoryView } from '../story.ts';

/** Where in an article a cell's evidence is: a paragraph index, or null for the article as a whole. */
export interface Evidence {
  article: string;
  paragraph: number | null;
}

/** First paragraph mentioning a term (whole-word, case-insensitive), or null. */
export function paragraphWith(article: Article, term: string): number | null {
  // The framing page asks this for hundreds of (article, term) pairs: a plain lower-case search
  // rules out most paragraphs before the Unicode whole-word regex (compiled once per term) runs.
  // One search of the whole article's text answers, without a call per paragraph, for every
  // term the article does not contain.
  const needle = term.toLowerCase();
  const lower = lowerText(article);
  if (!lower.all.includes(needle)) return null;
  const re = wholeWord(term);
  const index = lower.paragraphs.findIndex(
    (text, i) => text.includes(needle) && re.test(article.paragraphs[i]!),
  );
  return index < 0 ? null : index;
}

const wholeWordCache = new Map<string, RegExp>();
function wholeWord(term: string): RegExp {
  let re = wholeWordCache.get(term);
  if (!re) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu');
    wholeWordCache.set(term, re);
  }
  return re;
}

/** An article's paragraphs in lower case, one by one and joined by newlines. */
interface LowerText {
  paragraphs: string[];
  all: string;
}
const lowerCache = new WeakMap<Article, LowerText>();
function lowerText(article: Article): LowerText {
  let lower = lowerCache.get(article);
  if (!lower) {
    const paragraphs = article.paragraphs.map((p) => p.toLowerCase());
    lower = { paragraphs, all: paragraphs.join('\n') };
    lowerCache.set(article, lower);
  }
  return lower;
}

/** One outlet's column of a framing table: its article and the outlet's label. */
export interface Column {
  article: string;
  outlet: string;
}

/** Every outlet of the story as a column, in reading order. */
export function columns(view: StoryView): Column[] {
  return view.ordered.map((a) => ({ article: a.id, outlet: outletLabel(a) }));
}

/** The n most informative of `items` (disputed first, then most widely reported), in their own order. */
export function topInOrder<T>(items: T[], n: number, score: (item: T) => number[]): T[] {
  if (items.length <= n) return items;
  const ranked = items
    .map((item, index) => ({ item, index, key: score(item) }))
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
      return a.index - b.index;
    })
    .slice(0, n);
  return ranked.sort((a, b) => a.index - b.index).map((r) => r.item);
}
