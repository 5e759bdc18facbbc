// The props of an article body's <P>, <Quote> and <Fig> (lib/component-props.ts), which the site's
// ArticleParagraph/ArticleQuote/ArticleFigure parse at render: every element ingest wrote for the
// bundled story passes, and a misspelt or ill-typed attribute fails naming it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  ArticleFigurePropsSchema,
  ArticleParagraphPropsSchema,
  ArticleQuotePropsSchema,
  parseProps,
} from '../../src/lib/component-props.ts';
import { readAttributes } from '../../src/pipeline/emit/article-attributes.ts';
import { splitFrontmatter } from '../../src/pipeline/emit/article-read.ts';

const SCHEMAS = {
  P: ArticleParagraphPropsSchema,
  Quote: ArticleQuotePropsSchema,
  Fig: ArticleFigurePropsSchema,
};
const dir = 'content/stories/nato-ukraine-aid/articles';

/** Every <P>, <Quote> and <Fig> of the bundled story's article files, with its attributes as MDX passes them. */
function elements(): { name: keyof typeof SCHEMAS; props: Record<string, unknown> }[] {
  const found: { name: keyof typeof SCHEMAS; props: Record<string, unknown> }[] = [];
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
    const path = join(dir, file);
    const tree = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .parse(splitFrontmatter(readFileSync(path, 'utf8'), path).body);
    const walk = (node: { type: string }): void => {
      const element = node as MdxJsxTextElement;
      if (
        element.type === 'mdxJsxTextElement' &&
        (element.name === 'P' || element.name === 'Quote' || element.name === 'Fig')
      )
        found.push({ name: element.name, props: readAttributes(element, path) });
      for (const child of (node as { children?: { type: string }[] }).children ?? []) walk(child);
    };
    walk(tree);
  }
  return found;
}

describe('article body props', () => {
  it('every element ingest wrote renders with its props checked', () => {
    const found = elements();
    expect(new Set(found.map((e) => e.name))).toEqual(new Set(['P', 'Quote', 'Fig']));
    for (const { name, props } of found) expect(() => parseProps(name, SCHEMAS[name], props)).not.toThrow();
  });

  it('names a misspelt attribute, a wrong value and a missing paragraph number', () => {
    expect(() => parseProps('Quote', ArticleQuotePropsSchema, { n: 0, speker: 'A' })).toThrow(
      /^<Quote>: unknown attribute speker \(did you mean speaker\?\)/,
    );
    expect(() => parseProps('Fig', ArticleFigurePropsSchema, { n: 0, kind: 'cash' })).toThrow(
      /^<Fig n=\{0\} kind="cash">: kind: /,
    );
    expect(() => parseProps('P', ArticleParagraphPropsSchema, {})).toThrow(/^<P>: n: /);
  });

  it('takes what a figure is of as `of`, the attribute ingest writes', () => {
    expect(parseProps('Fig', ArticleFigurePropsSchema, { n: 1, kind: 'money', of: 'fine' }).of).toBe('fine');
    expect(() => parseProps('Fig', ArticleFigurePropsSchema, { n: 1, quantity: 'fine' })).toThrow(
      /unknown attribute quantity/,
    );
  });
});
