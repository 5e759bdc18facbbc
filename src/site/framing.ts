/**
 * How each outlet framed the story, shaped for the framing page: every cell carries the paragraph
 * it rests on, so a reader can check it. The profiles themselves come from the pipeline.
 */
import type { Article } from '../lib/model.ts';
import { clip } from './format.ts';
import { outletLabel, type StoryView } from './story.ts';

/** Where in an article a cell's evidence is: a paragraph index, or null for the article as a whole. */
export interface Evidence {
  article: string;
  paragraph: number | null;
}

/** First paragraph mentioning a term (whole-word, case-insensitive), or null. */
export function paragraphWith(article: Article, term: string): number | null {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu');
  const index = article.paragraphs.findIndex((p) => re.test(p));
  return index < 0 ? null : index;
}

export interface Column {
  article: string;
  outlet: string;
}

export function columns(view: StoryView): Column[] {
  return view.ordered.map((a) => ({ article: a.id, outlet: outletLabel(a) }));
}

export interface CoverageRow {
  kind: 'figure' | 'quote' | 'entity';
  id: string;
  label: string;
  /** Link to the row's own page section (figure/quote group), when there is one. */
  groupHref: 'figures' | 'quotes' | null;
  /** Per column: evidence when the outlet reports it, null when it omits it. */
  cells: (Evidence | null)[];
  count: number;
  conflict: boolean;
}

export function coverageRows(view: StoryView): CoverageRow[] {
  const cols = columns(view);
  const rows: CoverageRow[] = [];
  for (const group of view.data.analysis.figureGroups) {
    const cells = cols.map((c) => {
      const member = group.members.find((m) => m.article === c.article);
      const fig = member ? view.article(c.article)?.figures[member.figure] : undefined;
      return member ? { article: c.article, paragraph: fig?.paragraph ?? null } : null;
    });
    rows.push({
      kind: 'figure',
      id: group.id,
      label: group.label,
      groupHref: 'figures',
      cells,
      count: cells.filter(Boolean).length,
      conflict: group.conflict !== null,
    });
  }
  for (const group of view.data.analysis.quoteGroups) {
    const cells = cols.map((c) => {
      const member = group.members.find((m) => m.article === c.article);
      const quote = member ? view.article(c.article)?.quotes[member.quote] : undefined;
      return member ? { article: c.article, paragraph: quote?.paragraph ?? null } : null;
    });
    const who = group.speaker ? `${group.speaker.split(' ').at(-1)}: ` : '';
    rows.push({
      kind: 'quote',
      id: group.id,
      label: `${who}“${clip(group.text, 60)}”`,
      groupHref: 'quotes',
      cells,
      count: cells.filter(Boolean).length,
      conflict: false,
    });
  }
  for (const entity of view.data.analysis.entities) {
    const cells = cols.map((c) => {
      if (!entity.articles.includes(c.article)) return null;
      const article = view.article(c.article);
      return { article: c.article, paragraph: article ? paragraphWith(article, entity.name) : null };
    });
    rows.push({
      kind: 'entity',
      id: `entity-${entity.name}`,
      label: entity.name,
      groupHref: null,
      cells,
      count: cells.filter(Boolean).length,
      conflict: false,
    });
  }
  return rows;
}

export interface VerbRow {
  verb: string;
  total: number;
  cells: { count: number; evidence: Evidence | null }[];
}

export function verbRows(view: StoryView): VerbRow[] {
  const cols = columns(view);
  const verbs = new Map<string, number>();
  const countIn = (articleId: string, verb: string): number => {
    const profile = view.profile(articleId);
    if (profile) return profile.verbs[verb] ?? 0;
    return view.article(articleId)?.quotes.filter((q) => q.verb === verb).length ?? 0;
  };
  for (const c of cols) {
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
    .map(([verb, total]) => ({
      verb,
      total,
      cells: cols.map((c) => {
        const count = countIn(c.article, verb);
        const quote = view.article(c.article)?.quotes.find((q) => q.verb === verb);
        return {
          count,
          evidence: count > 0 ? { article: c.article, paragraph: quote?.paragraph ?? null } : null,
        };
      }),
    }));
}

export interface WordsColumn extends Column {
  words: { word: string; z: number; count: number; evidence: Evidence }[];
}

export function distinctiveWords(view: StoryView, limit = 8): WordsColumn[] {
  return columns(view).map((c) => {
    const article = view.article(c.article);
    const words = (view.profile(c.article)?.distinctiveWords ?? []).slice(0, limit).map((w) => ({
      ...w,
      evidence: { article: c.article, paragraph: article ? paragraphWith(article, w.word) : null },
    }));
    return { ...c, words };
  });
}

export interface NamingRow {
  concept: string;
  cells: { variant: string; count: number; evidence: Evidence }[][];
}

export function namingRows(view: StoryView): NamingRow[] {
  const cols = columns(view);
  const concepts = new Set<string>();
  for (const c of cols) for (const n of view.profile(c.article)?.naming ?? []) concepts.add(n.concept);
  return [...concepts].sort().map((concept) => ({
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
      headline: a.headline,
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
