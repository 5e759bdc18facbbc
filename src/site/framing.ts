/**
 * How each outlet framed the story, shaped for the framing page: every cell carries the paragraph
 * it rests on, so a reader can check it. The profiles themselves come from the pipeline.
 */
import type { Article } from '../lib/model.ts';
import { articleTitle } from '../lib/outlet.ts';
import { clip } from './format.ts';
import { outletLabel, type StoryView } from './story.ts';

/** Where in an article a cell's evidence is: a paragraph index, or null for the article as a whole. */
export interface Evidence {
  article: string;
  paragraph: number | null;
}

/** First paragraph mentioning a term (whole-word, case-insensitive), or null. */
export function paragraphWith(article: Article, term: string): number | null {
  // The framing page asks this for hundreds of (article, term) pairs: a plain lower-case search
  // rules out most paragraphs before the Unicode whole-word regex (compiled once per term) runs.
  const needle = term.toLowerCase();
  const re = wholeWord(term);
  const index = lowerParagraphs(article).findIndex(
    (lower, i) => lower.includes(needle) && re.test(article.paragraphs[i]!),
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

const lowerCache = new WeakMap<Article, string[]>();
function lowerParagraphs(article: Article): string[] {
  let lower = lowerCache.get(article);
  if (!lower) {
    lower = article.paragraphs.map((p) => p.toLowerCase());
    lowerCache.set(article, lower);
  }
  return lower;
}

export interface Column {
  article: string;
  outlet: string;
}

export function columns(view: StoryView): Column[] {
  return view.ordered.map((a) => ({ article: a.id, outlet: outletLabel(a) }));
}

/**
 * How much of a large story the framing page shows. A normal story (a handful to a few dozen
 * outlets) is shown in full; past these limits the page shows the most informative outlets and
 * rows, says so, and points to the downloads, which always hold everything.
 */
export const FRAMING_LIMITS = { outlets: 24, rowsPerKind: 30, verbs: 30, names: 30 } as const;

/** One figure, statement or name, with every outlet that reports it (no per-cell evidence yet). */
export interface CoverageFact {
  kind: 'figure' | 'quote' | 'entity';
  id: string;
  label: string;
  /** Link to the row's own page section (figure/quote group), when there is one. */
  groupHref: 'figures' | 'quotes' | null;
  /** Articles (outlets) that report it. */
  articles: Set<string>;
  count: number;
  conflict: boolean;
}

export interface CoverageRow extends CoverageFact {
  /** Per shown column: evidence when the outlet reports it, null when it omits it. */
  cells: (Evidence | null)[];
}

/** Every fact of the story, in the pipeline's order (figures, quotes, names). */
export function coverageFacts(view: StoryView): CoverageFact[] {
  const known = (ids: Iterable<string>) => new Set([...ids].filter((id) => view.article(id)));
  const facts: CoverageFact[] = [];
  for (const group of view.data.analysis.figureGroups) {
    const articles = known(group.members.map((m) => m.article));
    facts.push({
      kind: 'figure',
      id: group.id,
      label: group.label,
      groupHref: 'figures',
      articles,
      count: articles.size,
      conflict: group.conflict !== null,
    });
  }
  for (const group of view.data.analysis.quoteGroups) {
    const articles = known(group.members.map((m) => m.article));
    const who = group.speaker ? `${group.speaker.split(' ').at(-1)}: ` : '';
    facts.push({
      kind: 'quote',
      id: group.id,
      label: `${who}“${clip(group.text, 60)}”`,
      groupHref: 'quotes',
      articles,
      count: articles.size,
      conflict: false,
    });
  }
  for (const entity of view.data.analysis.entities) {
    const articles = known(entity.articles);
    facts.push({
      kind: 'entity',
      id: `entity-${entity.name}`,
      label: entity.name,
      groupHref: null,
      articles,
      count: articles.size,
      conflict: false,
    });
  }
  return facts;
}

/** The evidence of one cell: where in the article the outlet reports the fact. */
function evidenceOf(view: StoryView, fact: CoverageFact, article: string): Evidence | null {
  if (!fact.articles.has(article)) return null;
  if (fact.kind === 'figure') {
    const member = view.figureGroup(fact.id)?.members.find((m) => m.article === article);
    const fig = member ? view.article(article)?.figures[member.figure] : undefined;
    return { article, paragraph: fig?.paragraph ?? null };
  }
  if (fact.kind === 'quote') {
    const member = view.quoteGroup(fact.id)?.members.find((m) => m.article === article);
    const quote = member ? view.article(article)?.quotes[member.quote] : undefined;
    return { article, paragraph: quote?.paragraph ?? null };
  }
  const a = view.article(article);
  return { article, paragraph: a ? paragraphWith(a, fact.label) : null };
}

/** The n most informative of `items` (disputed first, then most widely reported), in their own order. */
function topInOrder<T>(items: T[], n: number, score: (item: T) => number[]): T[] {
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

export function coverageRows(view: StoryView, cols: Column[] = columns(view)): CoverageRow[] {
  return coverageFacts(view).map((fact) => ({
    ...fact,
    cells: cols.map((c) => evidenceOf(view, fact, c.article)),
  }));
}

export interface VerbRow {
  verb: string;
  /** Why the verb is loaded (from the pipeline's one lexicon), or null when neutral. */
  loaded: string | null;
  total: number;
  cells: { count: number; evidence: Evidence | null }[];
}

function verbCount(view: StoryView, articleId: string, verb: string): number {
  const profile = view.profile(articleId);
  if (profile) return profile.verbs[verb] ?? 0;
  return view.article(articleId)?.quotes.filter((q) => q.verb === verb).length ?? 0;
}

/** Attribution verbs, most used first (totals over every outlet), with a cell per column of `cols`. */
export function verbRows(view: StoryView, cols: Column[] = columns(view), limit = Infinity): VerbRow[] {
  const verbs = new Map<string, number>();
  for (const c of columns(view)) {
    const profile = view.profile(c.article);
    const entries = profile
      ? Object.entries(profile.verbs)
      : (view.article(c.article)?.quotes ?? [])
          .filter((q) => q.verb)
          .map((q) => [q.verb!, 1] as [string, number]);
    for (const [verb, n] of entries) verbs.set(verb, (verbs.get(verb) ?? 0) + n);
  }
  return [...verbs]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([verb, total]) => ({
      verb,
      loaded: loadedWhy(view, verb),
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

function loadedWhy(view: StoryView, verb: string): string | null {
  for (const c of columns(view)) {
    const why = view.profile(c.article)?.loadedVerbs[verb];
    if (why) return why;
  }
  return null;
}

export interface WordsColumn extends Column {
  words: { word: string; z: number; count: number; others: number; evidence: Evidence }[];
}

export function distinctiveWords(view: StoryView, limit = 8, cols: Column[] = columns(view)): WordsColumn[] {
  return cols.map((c) => {
    const article = view.article(c.article);
    const words = (view.profile(c.article)?.distinctiveWords ?? []).slice(0, limit).map((w) => ({
      ...w,
      evidence: {
        article: c.article,
        paragraph: w.paragraph ?? (article ? paragraphWith(article, w.word) : null),
      },
    }));
    return { ...c, words };
  });
}

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
  for (const c of columns(view))
    for (const concept of new Set((view.profile(c.article)?.naming ?? []).map((n) => n.concept)))
      users.set(concept, (users.get(concept) ?? 0) + 1);
  const concepts = topInOrder([...users.keys()].sort(), limit, (concept) => [users.get(concept) ?? 0]);
  return concepts.map((concept) => ({
    concept,
    cells: cols.map((c) => {
      const article = view.article(c.article);
      return (view.profile(c.article)?.naming ?? [])
        .filter((n) => n.concept === concept)
        .map((n) => ({
          variant: n.variant,
          count: n.count,
          evidence: { article: c.article, paragraph: article ? paragraphWith(article, n.variant) : null },
        }));
    }),
  }));
}

export interface OutletFacts extends Column {
  headline: string;
  standfirst: string | null;
  lede: string;
  ledeParagraph: number | null;
  published: string | null;
  byline: string | null;
  language: string | null;
  machineTranslated: boolean;
  translationNote: string | null;
  agencies: string[];
  wordCount: number;
  paragraphs: number;
  quotes: number;
  figures: number;
  url: string | null;
}

export function outletFacts(view: StoryView): OutletFacts[] {
  return columns(view).map((c) => {
    const a = view.article(c.article)!;
    const profile = view.profile(c.article);
    const fullLede = profile?.lede ?? a.paragraphs[0] ?? '';
    const ledeIndex = a.paragraphs.indexOf(fullLede);
    const lede = clip(fullLede, 320);
    const agencies = [...new Set([...(profile?.agencies ?? []), ...a.agencies])];
    return {
      ...c,
      headline: articleTitle(a),
      standfirst: a.standfirst,
      lede,
      ledeParagraph: ledeIndex < 0 ? (a.paragraphs.length ? 0 : null) : ledeIndex,
      published: a.published,
      byline: a.byline,
      language: a.language,
      machineTranslated: profile?.machineTranslated ?? a.machineTranslated,
      translationNote: a.translationNote,
      agencies,
      wordCount: profile?.wordCount ?? a.paragraphs.join(' ').split(/\s+/).filter(Boolean).length,
      paragraphs: a.paragraphs.length,
      quotes: a.quotes.filter((q) => !q.scare).length,
      figures: a.figures.length,
      url: a.url,
    };
  });
}

export interface SummaryLine extends Column {
  clauses: { text: string; evidence: Evidence }[];
}

/** The pipeline's per-outlet summary, with each clause's evidence. */
export function summaryLines(view: StoryView, cols: Column[] = columns(view)): SummaryLine[] {
  return cols.map((c) => ({
    ...c,
    clauses: (view.profile(c.article)?.summary ?? []).map((clause) => ({
      text: clause.text,
      evidence: { article: c.article, paragraph: clause.paragraph },
    })),
  }));
}

export interface SpeakerRow {
  speaker: string;
  total: number;
  /** Per shown column: share of that outlet's direct quotes, count and first paragraph. */
  cells: { share: number; count: number; evidence: Evidence | null }[];
}

/** Who is quoted: the most quoted speakers, and each outlet's share of its direct quotes per speaker. */
export function speakerRows(view: StoryView, cols: Column[] = columns(view), limit = 10): SpeakerRow[] {
  const totals = new Map<string, number>();
  for (const c of cols)
    for (const s of view.profile(c.article)?.speakers ?? [])
      totals.set(s.speaker, (totals.get(s.speaker) ?? 0) + s.count);
  const quotedBy = new Map(
    cols.map((c) => [c.article, (view.profile(c.article)?.speakers ?? []).reduce((n, s) => n + s.count, 0)]),
  );
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([speaker, total]) => ({
      speaker,
      total,
      cells: cols.map((c) => {
        const entry = view.profile(c.article)?.speakers.find((s) => s.speaker === speaker);
        const all = quotedBy.get(c.article) ?? 0;
        return entry
          ? {
              share: entry.count / all,
              count: entry.count,
              evidence: { article: c.article, paragraph: entry.paragraph },
            }
          : { share: 0, count: 0, evidence: null };
      }),
    }));
}

// ------------------------------------------------------------------------------------------------
// The framing page's view, computed once per story per build

export interface FramingView {
  /** Every outlet, in reading order. */
  all: Column[];
  /** The outlets the page's tables show (all of them for a normal story), in reading order. */
  shown: Column[];
  /** Every fact (for the explainer's summary of agreement). */
  facts: CoverageFact[];
  /** The matrix rows shown, with cells for the shown outlets. */
  coverage: CoverageRow[];
  /** Facts of each kind left out of the matrix. */
  hiddenRows: Record<CoverageFact['kind'], number>;
  verbs: VerbRow[];
  /** Verbs left out of the verb table. */
  hiddenVerbs: number;
  words: WordsColumn[];
  naming: NamingRow[];
  /** Names left out of the naming table. */
  hiddenNames: number;
  /** Facts of every outlet (the articles index lists them all). */
  outlets: OutletFacts[];
  /** Facts of the shown outlets (headlines and sources tables). */
  outletsShown: OutletFacts[];
}

const framingCache = new Map<string, { view: StoryView; framing: FramingView }>();

/**
 * Everything the framing page, the articles index and the explainer's agreement table need, shaped
 * once per story (module-level cache keyed by story slug) and bounded: past FRAMING_LIMITS, the
 * tables show the most widely reported facts and the outlets that carry most of them.
 */
export function framingView(view: StoryView): FramingView {
  const hit = framingCache.get(view.slug);
  if (hit && hit.view === view) return hit.framing;
  const all = columns(view);
  const facts = coverageFacts(view);
  const kinds = ['figure', 'quote', 'entity'] as const;
  const hiddenRows = { figure: 0, quote: 0, entity: 0 };
  const shownFacts = new Set<CoverageFact>();
  for (const kind of kinds) {
    const part = facts.filter((f) => f.kind === kind);
    const kept = topInOrder(part, FRAMING_LIMITS.rowsPerKind, (f) => [Number(f.conflict), f.count]);
    hiddenRows[kind] = part.length - kept.length;
    for (const f of kept) shownFacts.add(f);
  }
  const keptFacts = facts.filter((f) => shownFacts.has(f));
  const covered = new Map<string, number>();
  for (const f of keptFacts) for (const a of f.articles) covered.set(a, (covered.get(a) ?? 0) + 1);
  const shown = topInOrder(all, FRAMING_LIMITS.outlets, (c) => [covered.get(c.article) ?? 0]);
  const coverage = keptFacts.map((fact) => ({
    ...fact,
    cells: shown.map((c) => evidenceOf(view, fact, c.article)),
  }));
  const allVerbs = verbRows(view, [], Infinity).length;
  const verbs = verbRows(view, shown, FRAMING_LIMITS.verbs);
  const naming = namingRows(view, shown, FRAMING_LIMITS.names);
  const factsAll = outletFacts(view);
  const shownIds = new Set(shown.map((c) => c.article));
  const framing: FramingView = {
    all,
    shown,
    facts,
    coverage,
    hiddenRows,
    verbs,
    hiddenVerbs: allVerbs - verbs.length,
    words: distinctiveWords(view, 8, shown),
    naming,
    hiddenNames: namingRows(view, [], Infinity).length - naming.length,
    outlets: factsAll,
    outletsShown: factsAll.filter((f) => shownIds.has(f.article)),
  };
  framingCache.set(view.slug, { view, framing });
  return framing;
}
