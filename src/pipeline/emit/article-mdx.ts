/**
 * emit/article-mdx: Article <-> the MDX file a journalist edits (both directions, pure).
 *
 *   articleToMdx(article) -> "---\n<YAML frontmatter>\n---\n\n<P n={0}>… <Quote …>…</Quote> …</P>\n…"
 *   mdxToArticle(source, file) -> ArticleText (the article without `removed`, which only story.json
 *     keeps), reading paragraphs, quotes and figures back from the body, so a hand-fixed speaker or
 *     figure flows into the next analysis.
 *
 * Attributes at their default (null, false) are left out of <Quote> and <Fig>: the reader and the
 * site components fill them in, and every attribute is parsed and compiled on every site build.
 * `speaker` is always written, `speaker={null}` being the visible sign of a quote still to attribute.
 *
 * The body is built and read as a syntax tree (mdast + remark-mdx), never by string templates, so
 * any article text — braces, angle brackets, `import` at line start, asterisks — is escaped by the
 * serializer and comes back verbatim.
 *
 * This file writes; reading back is emit/article-read.ts (re-exported here so importers keep one
 * entry point) and the <Quote>/<Fig> attribute checks are emit/article-attributes.ts.
 */
import type { Paragraph, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { Info, State } from 'mdast-util-to-markdown';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import { type Article, type ArticleText, type Figure, type Quote } from '../../lib/model.ts';
import { defaultSpeakerKind } from './article-attributes.ts';

const serializer = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', handlers: { text: textHandler } })
  .use(remarkMdx);

/**
 * remark-stringify's text handler, plus one case it gets wrong: text that starts or ends with a line
 * break right inside a JSX element (`<P n={0}>\nx` or `x\n</P>`, also `x\n  </P>`) puts the tag alone on its line,
 * where MDX reads it as a block tag and the file no longer parses. That line break is written as a
 * character reference instead (`<P n={0}>&#xA;x`), which reads back as "\n".
 */
function textHandler(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] ?? -1;
  // safe() runs every unsafe pattern's regex over the text (most of an ingest's MDX writing time);
  // a pattern always contains its character, so those whose character the text lacks are skipped.
  const unsafe = state.unsafe;
  const scanned = `${info.before}${node.value}${info.after}`;
  state.unsafe = unsafe.filter((pattern) => scanned.includes(pattern.character));
  let value: string;
  try {
    value = state.safe(node.value, {
      ...info,
      afterNode: siblings[index + 1],
      beforeNode: siblings[index - 1],
    });
  } finally {
    state.unsafe = unsafe;
  }
  if (parent?.type === 'mdxJsxTextElement' || parent?.type === 'mdxJsxFlowElement') {
    if (index === 0) value = value.replace(/^[\n\r]/, (eol) => reference(eol));
    // "…\n  </P>": the spaces would be read as the closing tag's indentation and dropped too.
    if (index === siblings.length - 1)
      value = value.replace(/[\n\r]([ \t]*)$/, (match, blank: string) => reference(match[0]!) + blank);
  }
  return value;
}

const reference = (char: string): string => `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`;

// What a body paragraph can hold: see lib/mdx-safe.ts (kept apart so workers need not load remark).
export { mdxSafeParagraph } from '../../lib/mdx-safe.ts';

// ------------------------------------------------------------------------------------------------
// Writing

/** Writes an article as the MDX file a journalist edits (frontmatter + <P> body). */
export function articleToMdx(article: Article | ArticleText): string {
  const { paragraphs, quotes, figures, ...rest } = article;
  const frontmatter: Partial<Article> = { ...rest };
  delete frontmatter.removed;
  const root: Root = {
    type: 'root',
    children: paragraphs.map((text, index) => paragraphNode(text, index, quotes, figures)),
  };
  return frontmatterBlock(frontmatter) + serializeMdx(root);
}

/**
 * YAML frontmatter every reader gives back exactly: `yaml` here (mdxToArticle) and js-yaml in
 * Astro's content layer, whose default schema turns a plain `2024-04-30` into a Date (failing the
 * site's schema). So every string value is a double-quoted JSON string on one line: no plain
 * scalars to be re-typed, no block scalars (`yaml` writes " \n" as a `|+` block that reads back
 * differently), no folding (it mangled escapes in long multi-line strings).
 */
export function frontmatterBlock(data: object): string {
  const yaml = stringifyYaml(data, {
    lineWidth: 0,
    blockQuote: false,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    doubleQuotedAsJSON: true,
    doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
  });
  return `---\n${yaml.trimEnd()}\n---\n\n`;
}

/** Serializes an MDX tree with the project's escaping (shared with the explainer page). */
export function serializeMdx(root: Root): string {
  return serializer.stringify(root);
}

interface Span {
  start: number;
  end: number;
  element: () => MdxJsxTextElement;
}

/** One body paragraph: <P n={i}> wrapping text with Quote and Fig elements at their offsets. */
function paragraphNode(text: string, index: number, quotes: Quote[], figures: Figure[]): Paragraph {
  const spans: Span[] = [];
  quotes.forEach((quote, n) => {
    if (quote.paragraph === index)
      spans.push({ start: quote.start, end: quote.end, element: () => quoteElement(quote, n) });
  });
  figures.forEach((figure, n) => {
    if (figure.paragraph === index)
      spans.push({ start: figure.start, end: figure.end, element: () => figureElement(figure, n) });
  });
  const valid = spans.filter(
    (span) =>
      span.start < span.end && span.end <= text.length && text.slice(span.start, span.end).trim() !== '',
  );
  const p = jsxText('P', [expressionAttribute('n', index)]);
  p.children = inlineChildren(text, 0, text.length, valid);
  return { type: 'paragraph', children: [p] };
}

/** Text between `from` and `to` with the spans in it as elements; nested spans go inside, overlapping ones are dropped. */
function inlineChildren(text: string, from: number, to: number, spans: Span[]): PhrasingContent[] {
  const ordered = spans
    .filter((span) => span.start >= from && span.end <= to)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const children: PhrasingContent[] = [];
  let cursor = from;
  for (let i = 0; i < ordered.length; i++) {
    const span = ordered[i]!;
    if (span.start < cursor) continue; // overlaps one already placed
    if (span.start > cursor) children.push(textNode(text.slice(cursor, span.start)));
    const inner = ordered.slice(i + 1).filter((other) => other.start >= span.start && other.end <= span.end);
    const element = span.element();
    element.children = inlineChildren(text, span.start, span.end, inner);
    children.push(element);
    cursor = span.end;
  }
  if (cursor < to) children.push(textNode(text.slice(cursor, to)));
  return children;
}

function quoteElement(quote: Quote, n: number): MdxJsxTextElement {
  return jsxText(
    'Quote',
    withoutDefaults([
      expressionAttribute('n', n),
      literalAttribute('speaker', quote.speaker),
      (quote.speakerKind ?? null) === defaultSpeakerKind(quote.speaker)
        ? null
        : literalAttribute('speakerKind', quote.speakerKind ?? null),
      quote.verb === null ? null : literalAttribute('verb', quote.verb),
      quote.partial ? expressionAttribute('partial', true) : null,
      quote.scare ? expressionAttribute('scare', true) : null,
    ]),
  );
}

function figureElement(figure: Figure, n: number): MdxJsxTextElement {
  return jsxText(
    'Fig',
    withoutDefaults([
      expressionAttribute('n', n),
      literalAttribute('kind', figure.kind),
      figure.amount === null ? null : expressionAttribute('amount', figure.amount),
      figure.currency === null ? null : literalAttribute('currency', figure.currency),
      figure.currencyInferred ? expressionAttribute('currencyInferred', true) : null,
      figure.period === null ? null : literalAttribute('period', figure.period),
      figure.years === null ? null : expressionAttribute('years', figure.years),
      figure.conversionOf === null ? null : expressionAttribute('conversionOf', figure.conversionOf),
      figure.unit === null ? null : literalAttribute('unit', figure.unit),
      ...figureMeaningAttributes(figure),
    ]),
  );
}

/**
 * What a money figure is of, for the journalist to correct: `of="lump sum"`,
 * `role="part"`, `partOf={0}`, `restatementOf={2}` (indexes of figures in the same article).
 * Read back by figureFrom like a corrected speaker.
 */
export function figureMeaningAttributes(figure: Figure): Array<MdxJsxAttribute | null> {
  return [
    figure.quantity === null ? null : literalAttribute('of', figure.quantity),
    figure.role === null ? null : literalAttribute('role', figure.role),
    figure.partOf === null ? null : expressionAttribute('partOf', figure.partOf),
    figure.restatementOf === null ? null : expressionAttribute('restatementOf', figure.restatementOf),
  ];
}

/** The attributes worth writing: a null entry is one at its default (see the header). */
function withoutDefaults(attributes: Array<MdxJsxAttribute | null>): MdxJsxAttribute[] {
  return attributes.filter((attribute) => attribute !== null);
}

function jsxText(name: string, attributes: MdxJsxAttribute[]): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name, attributes, children: [] };
}

function textNode(value: string): Text {
  return { type: 'text', value };
}

/**
 * A string attribute (`speaker="…"`), or `{null}` when there is no value. A value MDX would not
 * give back from quotes — `&…;` is decoded as a character reference there, a line break's
 * indentation is dropped, NUL becomes U+FFFD — is written as a JSON string expression instead
 * (`speaker={"AT\u0026T"}`), which mdxToArticle reads back exactly.
 */
export function literalAttribute(name: string, value: string | null): MdxJsxAttribute {
  if (value === null || /[&\r\n\0]/.test(value)) return expressionAttribute(name, value);
  return { type: 'mdxJsxAttribute', name, value };
}

/**
 * A JSON literal as an expression attribute (`n={3}`, `partial={false}`, `years={null}`). Braces
 * and `&` inside strings are written as \u escapes: MDX finds the end of `{…}` by counting braces.
 */
export function expressionAttribute(name: string, value: number | boolean | null | string): MdxJsxAttribute {
  const json = JSON.stringify(value).replace(
    /[{}&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return {
    type: 'mdxJsxAttribute',
    name,
    value: { type: 'mdxJsxAttributeValueExpression', value: json },
  };
}

/** Reading back, re-exported so importers keep one entry point. */
export { mdxToArticle, parseFrontmatter, parseMdxBody, splitFrontmatter } from './article-read.ts';
