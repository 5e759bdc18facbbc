/**
 * View model of one story: lookups the pages and components need, shaped from story.json.
 * Pure (no Astro imports), so it is unit-testable and never does analysis of its own: groups,
 * diffs, conflicts and profiles all come from the pipeline.
 */
import { articleTitle, outletName } from '../lib/outlet.ts';
import type {
  Article,
  DiffPart,
  FigureGroup,
  OutletProfile,
  QuoteGroup,
  QuoteRelation,
  StoryData,
} from '../lib/model.ts';
import { statementMembers } from '../lib/model.ts';

export interface StoryView {
  data: StoryData;
  slug: string;
  articles: Article[];
  article(id: string): Article | undefined;
  /** Display name of the outlet behind an article. */
  outlet(articleId: string): string;
  /**
   * The pipeline's profile of an article (the model requires one per article, so a story.json
   * without it is refused when read); throws for an id that is not an article of the story.
   */
  profile(articleId: string): OutletProfile;
  quoteGroup(id: string): QuoteGroup | undefined;
  figureGroup(id: string): FigureGroup | undefined;
  /** The group a given quote / figure of an article belongs to. */
  groupOfQuote(articleId: string, quote: number): QuoteGroup | undefined;
  groupOfFigure(articleId: string, figure: number): FigureGroup | undefined;
  /** Articles in reading order for comparisons: dated first (earliest first), then by outlet. */
  ordered: Article[];
}

/** The outlet's name as the pipeline gives it (src/lib/outlet.ts), so pages and analysis agree. */
export const outletLabel = outletName;

export function storyView(data: StoryData): StoryView {
  const byId = new Map(data.articles.map((a) => [a.id, a]));
  const profiles = new Map(data.analysis.outlets.map((p) => [p.article, p]));
  const quoteGroups = new Map(data.analysis.quoteGroups.map((g) => [g.id, g]));
  const figureGroups = new Map(data.analysis.figureGroups.map((g) => [g.id, g]));
  const quoteMember = new Map<string, QuoteGroup>();
  for (const g of data.analysis.quoteGroups)
    for (const m of g.members) quoteMember.set(`${m.article}#${m.quote}`, g);
  const figureMember = new Map<string, FigureGroup>();
  for (const g of data.analysis.figureGroups)
    for (const m of g.members) figureMember.set(`${m.article}#${m.figure}`, g);
  const ordered = [...data.articles].sort(
    (a, b) =>
      (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
      outletLabel(a).localeCompare(outletLabel(b)),
  );
  return {
    data,
    slug: data.slug,
    articles: data.articles,
    article: (id) => byId.get(id),
    outlet: (id) => {
      const article = byId.get(id);
      return article ? outletLabel(article) : (profiles.get(id)?.outlet ?? id);
    },
    profile: (id) => {
      const profile = profiles.get(id);
      if (!profile) throw new Error(`story ${data.slug} has no article ${id}`);
      return profile;
    },
    quoteGroup: (id) => quoteGroups.get(id),
    figureGroup: (id) => figureGroups.get(id),
    groupOfQuote: (article, quote) => quoteMember.get(`${article}#${quote}`),
    groupOfFigure: (article, figure) => figureMember.get(`${article}#${figure}`),
    ordered,
  };
}

// ------------------------------------------------------------------------------------------------
// Quotes

export interface QuoteVersion {
  article: string;
  outlet: string;
  paragraph: number | null;
  speaker: string | null;
  verb: string | null;
  text: string;
  /**
   * Word diff against the reference version; null for the reference itself, for a paraphrase
   * (reworded or translated: a word diff would mark nearly every word, so it is labelled instead)
   * and for another sentence of the statement (nothing to compare it with).
   */
  parts: DiffPart[] | null;
  /** How this version renders the statement (the pipeline decides: compare/quotes/relation.ts). */
  relation: QuoteRelation;
  reference: boolean;
  partial: boolean;
}

export interface QuoteGroupView {
  id: string;
  speaker: string | null;
  text: string;
  outlets: string[];
  versions: QuoteVersion[];
  /** How many versions differ in wording from the reference. */
  changed: number;
  /** Scare-quoted words lifted from the statement (relation `word`), each where it was printed. */
  words: QuotedWord[];
}

/** A scare-quoted word or phrase taken from a statement ('lynching') and where each outlet printed it. */
export interface QuotedWord {
  text: string;
  sources: Array<{ article: string; outlet: string; paragraph: number | null }>;
}

export function quoteGroupView(view: StoryView, group: QuoteGroup): QuoteGroupView {
  const diffs = new Map<string, DiffPart[][]>();
  for (const d of group.diff) diffs.set(d.article, [...(diffs.get(d.article) ?? []), d.parts]);
  // One entry per word as printed (trailing punctuation aside), listing every outlet that printed it.
  const quotedWords: QuotedWord[] = [];
  for (const member of group.members) {
    if (member.relation !== 'word') continue;
    const quote = view.article(member.article)?.quotes[member.quote];
    if (!quote) continue;
    const text = quote.text.trim().replace(/[.,;:!?]+$/u, '');
    let entry = quotedWords.find((w) => w.text.toLowerCase() === text.toLowerCase());
    if (!entry) quotedWords.push((entry = { text, sources: [] }));
    entry.sources.push({
      article: member.article,
      outlet: view.outlet(member.article),
      paragraph: quote.paragraph,
    });
  }
  const versions = statementMembers(group).map((member, index): QuoteVersion => {
    const article = view.article(member.article);
    const quote = article?.quotes[member.quote];
    const queue = diffs.get(member.article);
    const diffed = index === 0 ? null : (queue?.shift() ?? null);
    const parts = member.relation === 'paraphrase' || member.relation === 'sentence' ? null : diffed;
    return {
      article: member.article,
      outlet: view.outlet(member.article),
      paragraph: quote?.paragraph ?? null,
      speaker: quote?.speaker ?? null,
      verb: quote?.verb ?? null,
      text: quote?.text ?? (index === 0 ? group.text : ''),
      parts,
      relation: member.relation,
      reference: index === 0,
      partial: quote?.partial ?? false,
    };
  });
  const changed = versions.filter(
    (v) => v.relation === 'paraphrase' || v.parts?.some((p) => p.added || p.removed),
  ).length;
  return {
    id: group.id,
    speaker: group.speaker,
    text: group.text,
    outlets: [...new Set(versions.map((v) => v.outlet))],
    versions,
    changed,
    words: quotedWords,
  };
}

// ------------------------------------------------------------------------------------------------
// Timeline

export interface TimelineItem {
  date: string | null;
  outlet: string;
  headline: string;
  article: string;
}

export function timeline(view: StoryView): TimelineItem[] {
  return view.ordered.map((a) => ({
    date: a.published,
    outlet: outletLabel(a),
    headline: articleTitle(a),
    article: a.id,
  }));
}
