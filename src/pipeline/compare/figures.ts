/**
 * compare/figures: every article's figures -> FigureGroups, one per quantity the coverage reports.
 *
 * In:  the story's articles (`id`, `outlet`, `source`, `figures` with quantity/role/relations).
 * Out: FigureGroup[] — the same quantity as reported by several outlets in one group, with its
 *      variants (each distinct value as printed, its outlets, and its relation to the reference
 *      value: same, rounding, stated conversion, conflict), a label, a per-year value, and the
 *      `rounding` / `conflict` sentences the explainer draft and the CLI use.
 *
 * How (helpers in compare/figures/):
 *  1. items.ts: every money figure gets a comparable value in the story's most used currency,
 *     converted with its own article's stated rate first, else the story's (compare/rates.ts), and
 *     the context its sentence gives it (evidence.ts).
 *  2. Partitions keep apart what is never the same quantity: kind (+ unit), and for money the role
 *     class (a part never meets its total; per-unit amounts, thresholds, earlier values and
 *     differences only meet their own kind). Within a partition figures are sorted by value and
 *     swept once: a figure joins the nearest open group whose period and years agree, which holds
 *     no other value from the same article (two values in one article are two quantities, unless
 *     one restates the other), and — for money — with positive evidence from another article's
 *     member (evidence.ts): no contradicting modifier, and a shared quantity noun or distinctive
 *     context word. Values that round with every member at their printed precision (an unhedged
 *     sum is exact; a bound reaches one way) need one sign (two when the value is round enough to
 *     recur by chance; one more when its article prints other sums of about its size: items.ts
 *     `crowded`); values that differ, and so would be a conflict, need two signs shared with one
 *     member, stay within `conflictTolerance`, name no payer or item the other paragraph lacks,
 *     and neither may be ambiguous: when an article prints another sum of about the same size, the
 *     other value must clearly match this one (more signs, or the same role where the near sum has
 *     another), and an article that prints the other value too never disagrees with it
 *     (conflict-evidence.ts, with the names and scope that set two sentences apart).
 *  3. Money with the same face value in two currencies and evidence is joined: "40 billion euros"
 *     vs "$40 billion" is a classic mix-up that must show (unless a stated rate makes them equal).
 *  4. Stated conversions and restatements join their source's group; they never make a conflict.
 *  5. Variants (compare/figure-variants.ts): a conflict only between different outlets' values
 *     beyond rounding (the coarser written precision; whole dollars for cents), a bound the other
 *     meets, and stated conversion.
 */
import type { Article, Figure, FigureGroup } from '../../lib/model.ts';
import { roundingRelation } from './figures/precision.ts';
import { buildGroup } from './figures/build-group.ts';
import { conflictEvidence, roundsTogether, sameNamedQuantity } from './figures/conflict-evidence.ts';
import { commonStemsIn, contradicts, paragraphStemCounts, signs, type Evidence } from './figures/evidence.ts';
import {
  collectItems,
  distinctiveValue,
  roleClass,
  figureArticle,
  steps,
  storyCurrency,
  type FigureArticle,
  type Item,
} from './figures/items.ts';
import { NO_MEMO, type CompareMemo, type StorySum } from './memo.ts';
import { joinScaleSlips } from './figures/scale-slips.ts';
import { UnionFind } from './union-find.ts';
import { Converter, statedRates } from './rates.ts';

export { roundingRelation, writtenStep } from './figures/precision.ts';
export { distinctiveValue } from './figures/items.ts';
/** The stated rates of a story, as stored in story.json (`analysis.rates`). */
export { statedRates } from './rates.ts';

export const FIGURE_MATCH = {
  /**
   * Relative distance between two money values, beyond what their written precision explains,
   * that may still be one quantity reported differently ($63bn vs $65bn, $50,000 vs "roughly
   * $60,000"): only with two independent signs of the same quantity (evidence.ts).
   */
  conflictTolerance: 0.2,
  /**
   * The same, when every member and the new figure name one quantity in their own words ("$1.2bn
   * in insured damage" vs "insured damage from the wildfire reached $1.6bn"): the noun says what
   * is measured, so outlets further apart still disagree about one sum. Every other guard of a
   * conflict (two signs, no other name or scope, no ambiguous near sum, period and years) holds.
   */
  namedConflictTolerance: 0.3,
  /** Counts, percentages, durations…: these are usually written exactly. */
  otherTolerance: 0.02,
  /**
   * Open groups are dropped once values exceed anchor × window (+ its coarsest rounding step):
   * the widest tolerance's reach, 1 / (1 - namedConflictTolerance).
   */
  window: 1 / (1 - 0.3),
};

/** Same value, or one the other's written digits explain ($1.375bn ~ $1.4bn; "$300" is exact). */
function writtenRounding(a: Item, b: Item): boolean {
  return roundingRelation(a.value, steps(a).written, b.value, steps(b).written) !== 'conflict';
}

interface Open {
  anchor: Item;
  /** The coarsest precision among the members ("about $300bn" makes the group's $300bn ± 50bn). */
  step: number;
  /** The member with the largest value so far (values come sorted): the nearest to the next one. */
  last: Item;
  root: number;
  period: Figure['period'];
  years: number | null;
  members: Item[];
  /** Article -> the value it contributed (two different ones would be two quantities). */
  amounts: Map<number, number>;
}

/**
 * The strongest evidence between a figure and any member of another article in a group; null when
 * a member contradicts it. An article's own mentions are no evidence across outlets (its second,
 * unlinked "$1 million" may be another sum).
 */
function groupEvidence(group: Item[], item: Item, common: Set<string>): Evidence | null {
  const best: Evidence = { any: 0, distinctive: 0 };
  for (const member of group) {
    if (contradicts(member.context!, item.context!)) return null;
    if (member.article === item.article) continue;
    const ev = signs(member.context!, item.context!, common);
    best.any = Math.max(best.any, ev.any);
    best.distinctive = Math.max(best.distinctive, ev.distinctive);
  }
  return best;
}

/**
 * Enough evidence to join two values that round together: one shared sign for a distinctive value
 * ("$8.3bn"), two signs not common to the story for a round one ("$1 billion" recurs by chance).
 * One more sign when either article prints another sum of nearly the same size (Item.crowded): in
 * a list of prices or of tranches an equal value is often a coincidence.
 */
function enoughToJoin(ev: Evidence, a: Item, b: Item): boolean {
  const extra = a.crowded || b.crowded ? 1 : 0;
  return distinctiveValue(a.fig) && distinctiveValue(b.fig)
    ? ev.any >= 1 + extra && ev.distinctive >= extra
    : ev.distinctive >= 2 + extra;
}

/**
 * For a face value printed in two currencies only, and two figures nothing says are different sums:
 * the two paragraphs share at least MIX_UP_PARAGRAPH_SIGNS words not common to the story, and both
 * state the same period and a distinctive value. A sentence that names a sum by what came
 * before it ("We are talking about 40 billion euros annually.") has no words of its own to
 * compare; its paragraph has ("at the level achieved since the invasion").
 */
function sameSetting(articles: readonly FigureArticle[], a: Item, b: Item, common: Set<string>): boolean {
  if (a.fig.period === null || a.fig.period !== b.fig.period) return false;
  if (!distinctiveValue(a.fig) || !distinctiveValue(b.fig)) return false;
  const words = (item: Item) =>
    paragraphStemCounts([articles[item.article]!.paragraphs[item.fig.paragraph] ?? '']).keys();
  const other = new Set(words(b));
  let shared = 0;
  for (const stem of words(a)) if (other.has(stem) && !common.has(stem)) shared++;
  return shared >= MIX_UP_PARAGRAPH_SIGNS;
}

/** Words a currency mix-up's two paragraphs must share beyond the story's topic (sameSetting). */
const MIX_UP_PARAGRAPH_SIGNS = 3;

/** Whether a money item may join an open group (period, years, article, evidence, distance). */
function moneyJoins(g: Open, item: Item, common: Set<string>): boolean {
  const ev = groupEvidence(g.members, item, common);
  if (ev === null) return false;
  // Every member must round with it at the two figures' own precision: the group's coarsest
  // step ("about $200" is ± 50) would otherwise carry "$199" and "$235", which conflict, into one
  // group.
  if (g.members.every((member) => roundsTogether(member, item))) {
    // Equal values, or values the written digits round together ("$1.8bn" ~ "$1.84bn"), rarely
    // coincide; a hedge's wide reach ("about $300bn" takes in $250bn-$350bn) needs a sign beyond
    // the story's topic. (One more sign for values that only round together was tried: on the
    // audit story it lost two right pairs for one wrong one; BENCHMARKS.md.)
    const written = g.members.every((member) => writtenRounding(member, item));
    return enoughToJoin(ev, g.anchor, item) && (written || ev.distinctive >= 1);
  }
  const diff = Math.abs(item.value - g.anchor.value);
  const scale = Math.max(Math.abs(item.value), Math.abs(g.anchor.value));
  const tolerance = sameNamedQuantity(g.members, item)
    ? FIGURE_MATCH.namedConflictTolerance
    : FIGURE_MATCH.conflictTolerance;
  return diff <= tolerance * scale && conflictEvidence(g.members, item, common);
}

function sweep(items: Item[], list: number[], partition: string, uf: UnionFind, common: Set<string>) {
  const isMoney = partition.startsWith('money');
  list.sort((x, y) => items[x]!.value - items[y]!.value || x - y);
  let open: Open[] = [];
  for (const i of list) {
    const item = items[i]!;
    // Groups whose anchor is far below this value can never match again (values only grow).
    open = open.filter((g) => item.value <= g.anchor.value * FIGURE_MATCH.window + g.step);
    let best: Open | undefined;
    for (const g of open) {
      if (g.period !== null && item.fig.period !== null && g.period !== item.fig.period) continue;
      if (g.years !== null && item.fig.years !== null && g.years !== item.fig.years) continue;
      // One article giving two values is two quantities, unless they are the same value in its
      // own two currencies ("€1.8bn" and, later, "$1.95bn" at the rate it states).
      const seen = g.amounts.get(item.article);
      if (seen !== undefined && Math.abs(seen - item.value) > 0.01 * Math.abs(item.value)) continue;
      const diff = Math.abs(item.value - g.anchor.value);
      if (isMoney) {
        if (!moneyJoins(g, item, common)) continue;
      } else if (
        diff >
        FIGURE_MATCH.otherTolerance * Math.max(Math.abs(item.value), Math.abs(g.anchor.value))
      )
        continue;
      if (!best || diff < Math.abs(item.value - best.anchor.value)) best = g;
    }
    if (best) {
      uf.union(best.root, i);
      best.period ??= item.fig.period;
      best.years ??= item.fig.years;
      best.members.push(item);
      best.amounts.set(item.article, item.value);
      best.step = Math.max(best.step, steps(item).value);
      best.last = item;
    } else {
      open.push({
        anchor: item,
        step: steps(item).value,
        last: item,
        root: i,
        period: item.fig.period,
        years: item.fig.years,
        members: [item],
        amounts: new Map([[item.article, item.value]]),
      });
    }
  }
}

/** Per article, its paragraphStemCounts as stems and counts (features.ts caches them). */
export interface ParagraphStems {
  stems: readonly string[];
  counts: readonly number[];
}

/** paragraphStemCounts(article.paragraphs) as ParagraphStems. */
export function paragraphStems(article: Pick<Article, 'paragraphs'>): ParagraphStems {
  const counts = paragraphStemCounts(article.paragraphs);
  return { stems: [...counts.keys()], counts: [...counts.values()] };
}

/** The story's stems with the number of paragraphs holding each: its articles' ParagraphStems summed. */
const STEM_TOTALS: StorySum<ParagraphStems, Map<string, number>> = {
  name: 'paragraph-stems',
  version: 1,
  empty: () => new Map(),
  isTotal: (value): value is Map<string, number> => value instanceof Map,
  partOf: (features) => features.paragraphStems,
  add(total, { stems, counts }, sign) {
    for (let i = 0; i < stems.length; i++) {
      const n = (total.get(stems[i]!) ?? 0) + sign * counts[i]!;
      if (n === 0) total.delete(stems[i]!);
      else total.set(stems[i]!, n);
    }
  },
};

/**
 * Figures from different articles that state the same quantity, grouped with their variants, so the site
 * can show who printed what. `stems[i]`, when given, is paragraphStems(articles[i]) (cached by ingest).
 * `memo` (compare/memo.ts) reuses the last ingest's groups when what the grouping reads is the
 * same: each article's FigureArticle (figures/items.ts) with only its figures' paragraphs, and the
 * story's common stems (a source edited where it gives no figure, without moving them).
 */
export function groupFigures(
  articles: Article[],
  stems: ReadonlyArray<ParagraphStems | undefined> = [],
  memo: CompareMemo = NO_MEMO,
): FigureGroup[] {
  const common = commonStemsIn(
    memo.sum(STEM_TOTALS, articles.length, (a) => stems[a] ?? paragraphStems(articles[a]!)),
    articles.reduce((n, article) => n + article.paragraphs.length, 0),
  );
  const read = articles.map(figureArticle);
  return memo.whole(
    'figure-groups',
    function* () {
      yield JSON.stringify([...common]);
      for (const article of read) yield JSON.stringify(article);
    },
    () => groupFigureArticles(read, common),
  );
}

function groupFigureArticles(articles: readonly FigureArticle[], common: Set<string>): FigureGroup[] {
  const base = storyCurrency(articles);
  const converter = new Converter(statedRates(articles));
  const items = collectItems(articles, converter, base);
  const uf = new UnionFind(items.length);
  const primaries = items.map((_, i) => i).filter((i) => items[i]!.original === null);

  // 2. Sorted sweep per partition.
  const byPartition = new Map<string, number[]>();
  for (const i of primaries) {
    const list = byPartition.get(items[i]!.partition) ?? [];
    byPartition.set(items[i]!.partition, list);
    list.push(i);
  }
  for (const [partition, list] of byPartition) sweep(items, list, partition, uf, common);
  // 2b. One sum printed at another scale by another outlet ("$4.5bn" vs "$4.5m"): a slip to flag.
  joinScaleSlips(items, primaries, uf, common);

  // 3. Same face value, currency no stated rate converts: join so the mix-up is reported.
  const byFace = new Map<string, number>();
  for (const i of primaries) {
    const item = items[i]!;
    if (item.fig.kind !== 'money' || !item.fig.currency) continue;
    const key = `${item.fig.amount}|${item.fig.period ?? '-'}|${item.fig.years ?? '-'}|${roleClass(item.fig.role)}`;
    const first = byFace.get(key);
    if (first === undefined) byFace.set(key, i);
    else {
      const other = items[first]!;
      if (other.fig.currency === item.fig.currency || other.article === item.article) continue;
      // A modifier saying they are different sums keeps them apart, whatever else they share.
      if (contradicts(other.context!, item.context!)) continue;
      const ev = signs(other.context!, item.context!, common);
      if (enoughToJoin(ev, other, item) || sameSetting(articles, other, item, common)) uf.union(first, i);
    }
  }

  // 4. Conversions and restatements join their source.
  items.forEach((item, i) => {
    if (item.original !== null) uf.union(item.original, i);
  });

  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = uf.find(i);
    const list = clusters.get(root) ?? [];
    clusters.set(root, list);
    list.push(i);
  });

  const built = [...clusters.values()].map((members) => buildGroup(articles, items, members, converter));
  built.sort((a, b) => b.group.members.length - a.group.members.length || a.first - b.first);

  const used = new Map<string, number>();
  return built.map(({ group }) => {
    const seen = used.get(group.id) ?? 0;
    used.set(group.id, seen + 1);
    return seen > 0 ? { ...group, id: `${group.id}-${seen + 1}` } : group;
  });
}
