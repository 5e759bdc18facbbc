/**
 * framing/coverage: which outlet reports which fact — every figure group, quote group and name of
 * the story, with the outlets that carry it and, per cell, the paragraph that shows it.
 *
 * In:  the story view.
 * Out: CoverageFact[] (the facts, pipeline order) and CoverageRow[] (with a cell per column).
 */
import { statementMembers } from '../../lib/model.ts';
import { clip } from '../format.ts';
import type { StoryView } from '../story.ts';
import { columns, paragraphWith, type Column, type Evidence } from './evidence.ts';

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
      // What the figure measures, when the pipeline knows it: "€100bn (proposal)" and "€100bn over
      // 5 years (potential commitment)" are two rows a reader must be able to tell apart.
      label: group.quantity ? `${group.label} (${group.quantity})` : group.label,
      groupHref: 'figures',
      articles,
      count: articles.size,
      conflict: group.conflict !== null,
    });
  }
  for (const group of view.data.analysis.quoteGroups) {
    const articles = known(statementMembers(group).map((m) => m.article));
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
export function evidenceOf(view: StoryView, fact: CoverageFact, article: string): Evidence | null {
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

/** Every fact with a cell per column of `cols` (evidence, or null where the outlet omits it). */
export function coverageRows(view: StoryView, cols: Column[] = columns(view)): CoverageRow[] {
  return coverageFacts(view).map((fact) => ({
    ...fact,
    cells: cols.map((c) => evidenceOf(view, fact, c.article)),
  }));
}
