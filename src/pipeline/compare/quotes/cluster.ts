/**
 * compare/quotes/cluster: QuoteItems -> clusters of items that are one statement.
 *
 * In:  every quote of the story as a QuoteItem.
 * Out: the clusters, each a list of items, its first item the longest version (the reference).
 *
 * Scale: candidate generation is blocked through an inverted index, never all pairs. Quotes are
 * visited longest first; each one looks up the clusters that share one of its rarest content stems
 * and is scored only against a few exemplars of the best-voted candidates. The index holds cluster
 * ids, not quote ids, so a statement repeated by thousands of articles costs one posting, not
 * thousands. A quote joins the one cluster it is most like: a quote resembling two clusters (a
 * two-sentence version of two shorter quotes) does not merge them, which would chain different
 * sentences into one statement (measured on the hand gold: pair precision 0.75 -> 0.88).
 */
import { increment } from '../text.ts';
import { UnionFind } from '../union-find.ts';
import { joinClauses } from './clauses.ts';
import { CONTINUATION } from './continuation.ts';
import { PHRASE } from './phrases.ts';
import { QUOTE_MATCH, boundedSimilarity, threshold, type QuoteItem } from './similarity.ts';

interface Cluster {
  members: QuoteItem[];
  exemplars: QuoteItem[];
  keys: Set<string>;
}

/**
 * The members a quote is scored against: the cluster's exemplars, never one of its own article (an
 * article is no evidence for itself: its repeats and its two cuts of one sentence say nothing
 * about what other outlets quoted). When every exemplar is its own article's, a few members from
 * other articles stand in.
 */
function comparedWith(cluster: Cluster, item: QuoteItem): QuoteItem[] {
  const others = cluster.exemplars.filter((e) => e.article !== item.article);
  if (others.length === cluster.exemplars.length || cluster.members.length === cluster.exemplars.length)
    return others;
  if (!QUOTE_MATCH.ownStandIns && others.length > 0) return others;
  // An exemplar of the item's own article is left out; other articles' members stand in for it,
  // up to the same number of comparisons: a version another outlet printed of a sentence the
  // reference holds is no exemplar (its words are all the reference's) but is that outlet's evidence.
  const standIns = cluster.members.filter((m) => m.article !== item.article && !others.includes(m));
  return [...others, ...standIns.slice(0, QUOTE_MATCH.exemplars - others.length)];
}

/** Cluster the quotes (see the header for the algorithm). Exported for tests and the bench. */
export function clusterQuotes(items: QuoteItem[], links: readonly Link[] = []): QuoteItem[][] {
  const df = new Map<string, number>();
  for (const item of items) for (const s of item.stems) increment(df, s);

  // Longest first: the first member of a cluster is its reference, and shorter (truncated)
  // versions are then compared with the full text they are contained in.
  const order = [...items].sort(
    (a, b) => b.text.length - a.text.length || a.article - b.article || a.quote - b.quote,
  );

  const uf = new UnionFind();
  const clusters: Cluster[] = [];
  const index = new Map<string, number[]>();

  // A stem no other quote has (df 1) can find no cluster: the lookup keys are the rarest stems
  // that some other quote shares, else a quote whose rarest words are its own never meets the
  // longer version it overlaps.
  const keysOf = (item: QuoteItem): string[] =>
    [...item.stems]
      .filter((s) => !QUOTE_MATCH.sharedKeys || df.get(s)! > 1)
      .sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, QUOTE_MATCH.keys);

  const addKeys = (id: number, keys: string[]) => {
    const cluster = clusters[id]!;
    for (const key of keys) {
      if (cluster.keys.has(key)) continue;
      cluster.keys.add(key);
      const posting = index.get(key);
      if (posting) posting.push(id);
      else index.set(key, [id]);
    }
  };

  // Texts already placed, word for word (folded), with the article that first quoted them.
  const placed = new Map<string, { id: number; article: number }>();

  for (const item of order) {
    const keys = keysOf(item);
    const text = item.folded.join(' ');
    // The same words another article quoted join that quote's group directly (two content words or
    // more: "It's wrong" is too little to say which statement): a reprint must not be lost to a
    // longer quote that merely contains it, which scores the same. It also skips the scoring.
    const reprinted = item.stems.size >= 2 && !(PHRASE.titles && item.title) ? placed.get(text) : undefined;
    if (reprinted && reprinted.article !== item.article) {
      const id = uf.find(reprinted.id);
      clusters[id]!.members.push(item);
      addKeys(id, keys);
      continue;
    }
    const votes = new Map<number, number>();
    for (const key of keys) {
      const posting = index.get(key);
      if (!posting || posting.length > QUOTE_MATCH.postingCap) continue;
      const seen = new Set<number>();
      for (const id of posting) {
        const root = uf.find(id);
        if (seen.has(root)) continue;
        seen.add(root);
        increment(votes, root);
      }
    }
    const candidates = [...votes]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, QUOTE_MATCH.candidates)
      .map(([id]) => id);

    // The one cluster it is most like: joining two statements through a quote that resembles
    // both (a two-sentence version of two quotes) would chain unrelated sentences together.
    let joined: number | null = null;
    let best = 0;
    for (const id of candidates) {
      const cluster = clusters[id]!;
      for (const exemplar of comparedWith(cluster, item)) {
        // Exact whenever it can matter (>= the threshold and > best); cheap bounds skip the rest.
        const min = threshold(exemplar, item);
        const score = boundedSimilarity(exemplar, item, min, best);
        if (score >= min && score > best) {
          best = score;
          joined = id;
        }
      }
    }

    if (joined === null) {
      const id = uf.add();
      clusters.push({ members: [item], exemplars: [item], keys: new Set() });
      if (!placed.has(text)) placed.set(text, { id, article: item.article });
      // Indexed by every content stem of its reference (longest first), so a fragment of it finds
      // it through the fragment's own rarest words; lookups stay capped by postingCap.
      addKeys(id, [...item.stems]);
      continue;
    }
    const cluster = clusters[joined]!;
    cluster.members.push(item);
    if (!placed.has(text)) placed.set(text, { id: joined, article: item.article });
    // A member that brings new vocabulary (a different translation) or a new word order (a
    // paraphrase, whose fragments are not fragments of the reference) becomes an exemplar, so the
    // cluster can be found and matched through it too. Verbatim reprints add nothing.
    if (cluster.exemplars.length < QUOTE_MATCH.exemplars) {
      const fresh = [...item.stems].filter((s) => !cluster.exemplars.some((e) => e.stems.has(s))).length;
      const reprint = cluster.exemplars.some((e) => ` ${e.folded.join(' ')} `.includes(` ${text} `));
      if (fresh >= 2 || (QUOTE_MATCH.wordOrderExemplars && !reprint)) cluster.exemplars.push(item);
    }
    addKeys(joined, keys);
  }

  // A lone cut of two or three words joins the one group whose quote it is a clause of (clauses.ts).
  joinClauses(clusters.map((cluster) => cluster.members));
  mergeContinued(clusters, uf, links);
  const groups: QuoteItem[][] = [];
  clusters.forEach((cluster, id) => {
    if (uf.find(id) === id && cluster.members.length > 0) groups.push(cluster.members);
  });
  return groups;
}

/** Two quotes of one article printed back to back as one statement (continuation.ts). */
export interface Link {
  from: QuoteItem;
  to: QuoteItem;
  /** The attribution's folded words between them ("the network said"). */
  attribution: string;
}

/**
 * Joins two clusters when at least CONTINUATION.minArticles articles print a quote of one right
 * after a quote of the other, credited to one speaker with only an attribution between: the
 * sentences of one statement that outlets cut apart ("A," he said. "B.") or quote one at a time.
 * An article counts once per pair of clusters; its own two quotes are not evidence enough alone.
 * Pairs with the most articles go first, and a statement holds at most CONTINUATION.maxSentences
 * clusters: without a cap, a press conference that outlets reprint answer after answer ("A," he
 * said. "B." ... "C," he added. "D.") would chain into one group of every sentence in it.
 */
function mergeContinued(clusters: Cluster[], uf: UnionFind, links: readonly Link[]): void {
  if (links.length === 0) return;
  const clusterOf = new Map<QuoteItem, number>();
  clusters.forEach((cluster, id) => {
    for (const m of cluster.members) clusterOf.set(m, id);
  });
  const evidence = new Map<
    string,
    { pair: [number, number]; articles: Set<number>; wordings: Set<string> }
  >();
  for (const { from: a, to: b, attribution } of links) {
    const x = clusterOf.get(a);
    const y = clusterOf.get(b);
    if (x === undefined || y === undefined || x === y) continue;
    const pair: [number, number] = x < y ? [x, y] : [y, x];
    const key = `${pair[0]} ${pair[1]}`;
    const entry = evidence.get(key) ?? { pair, articles: new Set<number>(), wordings: new Set<string>() };
    entry.articles.add(a.article);
    entry.wordings.add(attribution);
    evidence.set(key, entry);
  }
  const sentences = new Map<number, number>();
  const count = (root: number) => sentences.get(root) ?? 1;
  const strongest = [...evidence.values()]
    .filter((e) => e.articles.size >= CONTINUATION.minArticles && e.wordings.size >= CONTINUATION.minWordings)
    .sort((a, b) => b.articles.size - a.articles.size || a.pair[0] - b.pair[0] || a.pair[1] - b.pair[1]);
  for (const { pair } of strongest) {
    const [x, y] = [uf.find(pair[0]), uf.find(pair[1])];
    if (x === y || count(x) + count(y) > CONTINUATION.maxSentences) continue;
    sentences.set(Math.min(x, y), count(x) + count(y));
    // Each member keeps the id of its own sentence's group (see QuoteItem.sentence).
    for (const id of [x, y]) for (const m of clusters[id]!.members) m.sentence ??= id;
    const root = uf.union(x, y);
    const other = root === x ? y : x;
    clusters[root]!.members.push(...clusters[other]!.members);
    clusters[other]!.members = [];
  }
}
