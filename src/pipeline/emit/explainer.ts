/**
 * emit/explainer: StoryData -> the first draft of content/stories/<story>/index.mdx, the explainer a
 * journalist rewrites (never overwritten once edited; see emit/index.ts).
 *
 * The draft is plain, sourced prose plus components the site renders from story.json:
 * <KeyFigures />, <Chart group="…" /> (FigureChart), <QuoteGroup id="…" />, <Timeline />, <OutletAgreement />,
 * and <SourceLink article="…" paragraph={n}>…</SourceLink> around every claim taken from an article.
 */
import type { ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { Article, FigureGroup, StoryData, StoryIndex } from '../../lib/model.ts';
import { outletName } from '../../lib/outlet.ts';
import { expressionAttribute, frontmatterBlock, literalAttribute, serializeMdx } from './article-mdx.ts';

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
  for (const article of leadArticles(story.articles)) {
    const lede = article.paragraphs[0];
    if (!lede) continue;
    children.push({
      type: 'paragraph',
      children: [
        { type: 'text', value: `${outletName(article)} reported: ` },
        sourceLink(article.id, 0, lede),
      ],
    });
  }

  const money = analysis.figureGroups.filter((group) => group.kind === 'money');
  if (money.length > 0) {
    children.push(heading('The key figures'));
    children.push(flow('KeyFigures', []));
    children.push(figureList(money, byId));
    const biggest = [...money].sort((a, b) => b.members.length - a.members.length)[0]!;
    children.push(flow('Chart', [literalAttribute('group', biggest.id)]));
  }

  const quoted = analysis.quoteGroups.filter((group) => group.members.length > 0);
  if (quoted.length > 0) {
    children.push(heading('What was said'));
    const widest = [...quoted].sort((a, b) => b.members.length - a.members.length).slice(0, 3);
    for (const group of widest) children.push(flow('QuoteGroup', [literalAttribute('id', group.id)]));
  }

  children.push(heading('Timeline'));
  children.push(flow('Timeline', []));

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
    const sentence: PhrasingContent[] = [{ type: 'text', value: `${group.conflict} ` }];
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

/** One lede per outlet, earliest first, at most three: the draft's "what happened". */
function leadArticles(articles: Article[]): Article[] {
  const seen = new Set<string>();
  return [...articles]
    .sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'))
    .filter((article) => {
      const outlet = outletName(article);
      if (seen.has(outlet)) return false;
      seen.add(outlet);
      return true;
    })
    .slice(0, 3);
}

/**
 * One line per money figure, most widely reported first: the figure, then each outlet that gives it,
 * each linked to the sentence it comes from, so every number in the draft carries its source.
 */
function figureList(groups: FigureGroup[], byId: ReadonlyMap<string, Article>): RootContent {
  const items = [...groups]
    .sort((a, b) => b.members.length - a.members.length)
    .slice(0, 6)
    .map((group): ListItem => {
      const sentence: PhrasingContent[] = [
        { type: 'strong', children: [{ type: 'text', value: group.label }] },
        { type: 'text', value: ' — reported by ' },
      ];
      const seen = new Set<string>();
      for (const member of group.members) {
        const article = byId.get(member.article);
        const figure = article?.figures[member.figure];
        if (!article || !figure || seen.has(article.id)) continue;
        if (seen.size > 0) sentence.push({ type: 'text', value: ', ' });
        seen.add(article.id);
        sentence.push(sourceLink(article.id, figure.paragraph, outletName(article)));
      }
      const note = group.conflict ?? group.rounding;
      sentence.push({ type: 'text', value: note ? `. ${note}` : '.' });
      return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: sentence }] };
    });
  return { type: 'list', ordered: false, spread: false, children: items };
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
