/**
 * search-records: a story's data and its explainer's MDX -> the records of the static search index
 * (Pagefind custom records): one per article (headline, standfirst, every paragraph) and one for
 * the explainer (the journalist's text, without components' attributes or code).
 *
 * Built from story.json and index.mdx rather than from the rendered pages, so the index is written
 * while Astro renders the site (src/cli/build-site.ts) instead of after it, on the core Astro leaves
 * idle. URLs are site paths without the base path: the search page gives Pagefind its base.
 * Pure: no file access.
 */
import type { Root, RootContent } from 'mdast';
import type { StoryData } from '../lib/model.ts';
import { articleTitle, outletName } from '../lib/outlet.ts';
import { parseMdxBody } from '../pipeline/emit/article-mdx.ts';

export interface SearchRecord {
  url: string;
  content: string;
  /** Every page of the site is `<html lang="en">`: Pagefind searches the index of the page's language. */
  language: 'en';
  meta: Record<string, string>;
}

export function searchRecords(story: StoryData, explainerMdx: string | null): SearchRecord[] {
  const records: SearchRecord[] = story.articles.map((article) => ({
    url: `/${story.slug}/articles/${article.id}/`,
    content: [article.headline, article.standfirst ?? '', ...article.paragraphs].filter(Boolean).join('\n\n'),
    language: 'en',
    meta: { title: articleTitle(article), outlet: outletName(article) },
  }));
  const explainer = explainerMdx === null ? '' : mdxPlainText(explainerMdx);
  if (explainer) {
    records.unshift({
      url: `/${story.slug}/`,
      content: `${story.title}\n\n${explainer}`,
      language: 'en',
      meta: { title: story.title },
    });
  }
  return records;
}

/** The words a reader sees of an MDX file: text and code spans, blocks apart; no frontmatter, attributes or code. */
export function mdxPlainText(source: string): string {
  const body = source.replace(/^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/, '');
  let tree: Root;
  try {
    tree = parseMdxBody(body, 'index.mdx', 0);
  } catch {
    return ''; // a broken explainer fails the Astro build, which names the file and line
  }
  const blocks: string[] = [];
  const inline = (node: RootContent): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm')
      return '';
    return 'children' in node ? node.children.map((child) => inline(child as RootContent)).join('') : '';
  };
  const visit = (node: RootContent): void => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      // Spaces around a dropped component or expression would otherwise pile up.
      const text = inline(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
    } else if ('children' in node) {
      for (const child of node.children) visit(child as RootContent);
    }
  };
  for (const node of tree.children) visit(node);
  return blocks.join('\n\n');
}
