/**
 * emit/explainer: StoryData -> the first draft of content/stories/<story>/index.mdx, the explainer a
 * journalist rewrites (never overwritten once edited; see emit/index.ts).
 *
 * The draft is plain, sourced prose plus components the site renders from story.json:
 * <KeyFigures />, <Chart group="…" /> (FigureChart), <QuoteGroup id="…" />, <Timeline />, <OutletAgreement />,
 * and <SourceLink article="…" paragraph={n}>…</SourceLink> around every claim taken from an article.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { statementMembers, type QuoteGroup, type StoryData, type StoryIndex } from '../../lib/model.ts';
import { outletName } from '../../lib/outlet.ts';
import { expressionAttribute, frontmatterBlock, literalAttribute, serializeMdx } from './article-mdx.ts';

/** The explainer's frontmatter: title, summary, date range and outlets of the story. */
export function storyIndex(story: StoryData): StoryIndex {
  const dates = story.articles
    .map((article) => article.published)
    .filter((date): date is string => date !== null)
    .sort();
  const outlets = [...new Set(story.articles.map(outletName))];
  return {
    title: story.title,
    slug: story.slug,
    summary: story.summary,
    outlets,
    firstPublished: dates[0] ?? null,
    lastPublished: dates.at(-1) ?? null,
    articleCount: story.articles.length,
  };
}

/** The first draft of index.mdx: sourced prose and the components the site fills from story.json. */
export function explainerDraft(story: StoryData): string {
  const { analysis } = story;
  const children: RootContent[] = [];
  const byId = new Map(story.articles.map((article) => [article.id, article]));

  children.push(
    comment(
      'First draft written by `explainer ingest`. Rewrite freely: once you edit this file, ingest leaves it alone.',
    ),
  );

  children.push(heading('What happened'));
  children.push(...whatHappened(story));

  const money = analysis.figureGroups.filter((group) => group.kind === 'money');
  if (money.length > 0) {
    // The cards already list each figure with its outlets; a bullet list below them said it twice.
    children.push(heading('The key figures'));
    children.push(flow('KeyFigures', []));
    const biggest = [...money].sort((a, b) => b.members.length - a.members.length)[0]!;
    children.push(flow('Chart', [literalAttribute('group', biggest.id)]));
  }

  const quoted = analysis.quoteGroups.filter((group) => group.members.length > 0);
  if (quoted.length > 0) {
    children.push(heading('What was said'));
    const versions = (group: QuoteGroup) => statementMembers(group).length;
    const widest = [...quoted].sort((a, b) => versions(b) - versions(a)).slice(0, 3);
    for (const group of widest) children.push(flow('QuoteGroup', [literalAttribute('id', group.id)]));
  }

  children.push(heading('Timeline'));
  if (story.articles.some((article) => article.published)) children.push(flow('Timeline', []));
  else children.push(text('None of the articles states when it was published, so there is no timeline.'));

  // One article has nothing to compare with: no "where outlets agree" section (see comparable()).
  if (!comparable(story)) {
    const root: Root = { type: 'root', children };
    return frontmatterBlock(storyIndex(story)) + serializeMdx(root);
  }
  children.push(heading('Where outlets agree and where they differ'));
  const conflicts = analysis.figureGroups.filter((group) => group.conflict);
  for (const group of conflicts) {
    const first = group.members[0];
    const article = first ? byId.get(first.article) : undefined;
    const figure = article && first ? article.figures[first.figure] : undefined;
    const sentence: PhrasingContent[] = [{ type: 'text', value: `Outlets disagree. ${group.conflict} ` }];
    if (article && figure) sentence.push(sourceLink(article.id, figure.paragraph, 'See the source.'));
    children.push({ type: 'paragraph', children: sentence });
  }
  children.push(flow('OutletAgreement', []));

  const root: Root = { type: 'root', children };
  return frontmatterBlock(storyIndex(story)) + serializeMdx(root);
}

/** Whether the story has two articles or more: only then does the draft compare outlets. */
function comparable(story: StoryData): boolean {
  return story.articles.length > 1;
}

/**
 * "What happened", from what most outlets agree on rather than any one outlet's lede: the figures
 * and statements reported by more than half of the outlets (at least two), each linked to where the
 * first of them says it, and the people and organisations most of them name. A story whose outlets
 * share nothing says so.
 */
function whatHappened(story: StoryData): RootContent[] {
  const { analysis } = story;
  const outletOf = new Map(story.articles.map((article) => [article.id, outletName(article)]));
  const outlets = new Set(outletOf.values()).size;
  const byId = new Map(story.articles.map((article) => [article.id, article]));
  const reach = (members: Array<{ article: string }>) =>
    new Set(members.map((m) => outletOf.get(m.article))).size;
  const shared = (n: number) => outlets >= 2 && n >= 2 && n * 2 > outlets;
  const share = (n: number) => (n === outlets ? `All ${n} outlets` : `${n} of ${outlets} outlets`);
  /** The `count` groups most outlets share, widest first (a group one outlet reports is not news). */
  const widest = <G extends { members: Array<{ article: string }> }>(groups: G[], count: number): G[] =>
    groups
      .filter((group) => shared(reach(group.members)))
      .sort((a, b) => reach(b.members) - reach(a.members))
      .slice(0, count);
  const out: RootContent[] = [];

  const people = analysis.entities
    .filter((entity) => shared(new Set(entity.articles.map((a) => outletOf.get(a))).size))
    .slice(0, 4)
    .map((entity) => spellings(story, entity.name));
  if (people.length) out.push(text(`Most outlets name ${listOf(people)}.`));

  // Money only: a bare count or duration ("3 of 5 outlets report 6 months") says nothing without
  // the sentence around it; those stay in the agreement table and on the figures page.
  const money = analysis.figureGroups.filter((group) => group.kind === 'money');
  for (const group of widest(money, 3)) {
    const first = group.members[0]!;
    const figure = byId.get(first.article)?.figures[first.figure];
    if (!figure) continue;
    const sentence: PhrasingContent[] = [
      {
        type: 'text',
        value: `${share(reach(group.members))} report ${group.quantity ? `the ${group.quantity} as ` : ''}`,
      },
      sourceLink(first.article, figure.paragraph, group.label),
      // The dispute itself is worded once, in the section on where outlets differ.
      { type: 'text', value: group.conflict ? '; they do not agree on it (below).' : '.' },
    ];
    out.push({ type: 'paragraph', children: sentence });
  }

  // An outlet that prints only a scare-quoted word of the statement does not quote it.
  const statements = widest(
    analysis.quoteGroups
      .filter((group) => group.speaker)
      .map((group) => ({ ...group, members: statementMembers(group) })),
    2,
  );
  for (const group of statements) {
    const first = group.members[0]!;
    const quote = byId.get(first.article)?.quotes[first.quote];
    if (!quote) continue;
    out.push({
      type: 'paragraph',
      children: [
        { type: 'text', value: `${share(reach(group.members))} quote ${group.speaker}: ` },
        sourceLink(first.article, quote.paragraph, `“${clipWords(group.text, 40)}”`),
      ],
    });
  }

  if (out.length === 0 && !comparable(story) && story.articles[0]?.paragraphs[0]) {
    // One article: nothing is shared, its lede says what happened.
    const only = story.articles[0];
    out.push({
      type: 'paragraph',
      children: [
        { type: 'text', value: `${outletName(only)} reported: ` },
        sourceLink(only.id, 0, only.paragraphs[0]!),
      ],
    });
  } else if (out.length === 0) {
    out.push(text('The outlets share no figure or statement: see how each one framed the story.'));
  }
  return out;
}

/**
 * A name as the outlets spell it: "Kiev/Kyiv" when they split between spellings of one place (the
 * outlets' `naming`, most outlets' spelling first), so the draft takes no side the framing page shows.
 */
function spellings(story: StoryData, name: string): string {
  const naming = story.analysis.outlets.flatMap((profile) => profile.naming);
  const concept = naming.find((n) => n.variant === name || n.concept === name)?.concept;
  const outletsBy = new Map<string, number>();
  for (const n of naming)
    if (n.concept === concept) outletsBy.set(n.variant, (outletsBy.get(n.variant) ?? 0) + 1);
  if (outletsBy.size < 2) return name;
  return [...outletsBy]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([variant]) => variant)
    .join('/');
}

function listOf(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The first `max` words, with an ellipsis when cut. */
function clipWords(value: string, max: number): string {
  const words = value.split(/\s+/);
  return words.length <= max ? value : `${words.slice(0, max).join(' ')}…`;
}

function text(value: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

function heading(text: string): RootContent {
  return { type: 'heading', depth: 2, children: [{ type: 'text', value: text }] };
}

function flow(name: string, attributes: MdxJsxAttribute[]): RootContent {
  return { type: 'mdxJsxFlowElement', name, attributes, children: [] };
}

function comment(text: string): RootContent {
  return { type: 'mdxFlowExpression', value: `/* ${text.replace(/\*\//g, '* /')} */` } as RootContent;
}

function sourceLink(article: string, paragraph: number, text: string): PhrasingContent {
  return {
    type: 'mdxJsxTextElement',
    name: 'SourceLink',
    attributes: [literalAttribute('article', article), expressionAttribute('paragraph', paragraph)],
    children: [{ type: 'text', value: text }],
  };
}
