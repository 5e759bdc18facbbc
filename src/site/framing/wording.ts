/**
 * framing/wording: how each outlet words the story — its attribution verbs, its distinctive words
 * and its choice among contested names — with the paragraph each cell rests on.
 *
 * In:  the story view (the outlet profiles the pipeline computed).
 * Out: VerbRow[], WordsColumn[], NamingRow[].
 */
import type { StoryView } from '../story.ts';
import { columns, paragraphWith, topInOrder, type Column, type Evidence } from './evidence.ts';

/** One attribution verb: its total over every outlet and a count per column. */
export interface VerbRow {
  verb: string;
  /** Why the verb is loaded (from the pipeline's one lexicon), or null when neutral. */
  loaded: string | null;
  total: number;
  cells: { count: number; evidence: Evidence | null }[];
}

/** How often one outlet uses `verb`, as its profile counted it. */
function verbCount(view: StoryView, articleId: string, verb: string): number {
  return view.profile(articleId).verbs[verb] ?? 0;
}

/** Attribution verbs, most used first (totals over every outlet), with a cell per column of `cols`. */
export function verbRows(view: StoryView, cols: Column[] = columns(view), limit = Infinity): VerbRow[] {
  const verbs = new Map<string, number>();
  // Why each verb is loaded, as the first outlet profile (reading order) that lists it says.
  const loaded = new Map<string, string>();
  for (const article of view.ordered) {
    const profile = view.profile(article.id);
    for (const [verb, n] of Object.entries(profile.verbs)) verbs.set(verb, (verbs.get(verb) ?? 0) + n);
    for (const [verb, why] of Object.entries(profile.loadedVerbs))
      if (why && !loaded.has(verb)) loaded.set(verb, why);
  }
  return [...verbs]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([verb, total]) => ({
      verb,
      loaded: loaded.get(verb) ?? null,
      total,
      cells: cols.map((c) => {
        const count = verbCount(view, c.article, verb);
        const quote = view.article(c.article)?.quotes.find((q) => q.verb === verb);
        return {
          count,
          evidence: count > 0 ? { article: c.article, paragraph: quote?.paragraph ?? null } : null,
        };
      }),
    }));
}

/** One outlet's most distinctive words, each with where it first appears. */
export interface WordsColumn extends Column {
  words: { word: string; z: number; count: number; others: number; evidence: Evidence }[];
}

/** The first `limit` distinctive words of each column's outlet (the pipeline's log-odds ranking). */
export function distinctiveWords(view: StoryView, limit = 8, cols: Column[] = columns(view)): WordsColumn[] {
  return cols.map((c) => {
    const article = view.article(c.article);
    const words = view
      .profile(c.article)
      .distinctiveWords.slice(0, limit)
      .map((w) => ({
        ...w,
        evidence: {
          article: c.article,
          paragraph: w.paragraph ?? (article ? paragraphWith(article, w.word) : null),
        },
      }));
    return { ...c, words };
  });
}

/** One contested name (concept) and the variants each column's outlet uses for it. */
export interface NamingRow {
  concept: string;
  cells: { variant: string; count: number; evidence: Evidence }[][];
}

/**
 * Contested names used by any outlet (alphabetical), with a cell per column of `cols`; past
 * `limit`, the names the most outlets use.
 */
export function namingRows(view: StoryView, cols: Column[] = columns(view), limit = Infinity): NamingRow[] {
  const users = new Map<string, number>();
  for (const article of view.ordered)
    for (const concept of new Set(view.profile(article.id).naming.map((n) => n.concept)))
      users.set(concept, (users.get(concept) ?? 0) + 1);
  const concepts = topInOrder([...users.keys()].sort(), limit, (concept) => [users.get(concept) ?? 0]);
  return concepts.map((concept) => ({
    concept,
    cells: cols.map((c) => {
      const article = view.article(c.article);
      return view
        .profile(c.article)
        .naming.filter((n) => n.concept === concept)
        .map((n) => ({
          variant: n.variant,
          count: n.count,
          evidence: { article: c.article, paragraph: article ? paragraphWith(article, n.variant) : null },
        }));
    }),
  }));
}
