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
 */
import type { Paragraph, Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Info, State } from 'mdast-util-to-markdown';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parse as parseYaml, stringify as stringifyYaml, YAMLParseError } from 'yaml';
import { didYouMean } from '../../lib/component-props.ts';
import { InputError, describeZodIssues } from '../../lib/errors.ts';
import {
  ArticleFrontmatterSchema,
  FigureSchema,
  QuoteSchema,
  type Article,
  type ArticleFrontmatter,
  type ArticleText,
  type Figure,
  type Quote,
} from '../../lib/model.ts';

const parser = unified().use(remarkParse).use(remarkMdx);
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
  let value = state.safe(node.value, {
    ...info,
    afterNode: siblings[index + 1],
    beforeNode: siblings[index - 1],
  });
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

/** A named speaker is a person unless the file says otherwise (`speakerKind="organisation"`). */
function defaultSpeakerKind(speaker: string | null): Quote['speakerKind'] {
  return speaker === null ? null : 'person';
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
 * What a money figure is of (issue #11), for the journalist to correct: `of="lump sum"`,
 * `role="part"`, `partOf={0}`, `restatementOf={2}` (indexes of figures in the same article).
 * Read back by figureFrom like a corrected speaker.
 */
function figureMeaningAttributes(figure: Figure): Array<MdxJsxAttribute | null> {
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

// ------------------------------------------------------------------------------------------------
// Reading back

/** Splits "---\nyaml\n---\nbody" into its parts; the line where the body starts is kept for messages. */
export function splitFrontmatter(
  source: string,
  file: string,
): { yaml: string; body: string; bodyLine: number } {
  const match = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(source);
  if (!match) throw new InputError(file, 'has no frontmatter: the file must start with a --- block', 1);
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { yaml: match[1]!, body: source.slice(match[0].length), bodyLine };
}

export function parseFrontmatter(yaml: string, file: string): unknown {
  try {
    return parseYaml(yaml, { prettyErrors: false }) ?? {};
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // linePos is only filled in with prettyErrors; pos (character offsets) always is.
      const line = (error.linePos?.[0]?.line ?? yaml.slice(0, error.pos[0]).split('\n').length) + 1; // +1 for the opening ---
      throw new InputError(file, `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, line);
    }
    throw error;
  }
}

/** Parses MDX into a tree; a syntax error becomes an InputError at the file's line. */
export function parseMdxBody(body: string, file: string, bodyLine: number): Root {
  try {
    return parser.parse(body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message: string };
    const line = place.line ? place.line + bodyLine : undefined;
    const reason = (place.reason ?? place.message).split('\n')[0] ?? '';
    throw new InputError(file, `MDX syntax error: ${reason}${mdxHint(reason)}`, line);
  }
}

/** What to do about the usual MDX mistakes in an edited article, appended to the parser's reason. */
function mdxHint(reason: string): string {
  if (/closing brace|expression/i.test(reason)) return '; write \\{ and \\} for literal braces in the text';
  if (/closing tag|opening tag|end tag/i.test(reason))
    return '; every <P …>, <Quote …> and <Fig …> needs its closing </P>, </Quote>, </Fig> (write \\< for a literal <)';
  if (/before name|after `<`|character .* in name|attribute/i.test(reason))
    return '; write \\< for a literal < in the text';
  return '';
}

/** "published: expected string…" -> the line of `published:` in the file and how to fix it. */
function frontmatterIssue(
  yaml: string,
  file: string,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string }>,
): InputError {
  const issue = issues[0]!;
  const key = String(issue.path[0] ?? '');
  const index = key ? yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`)) : -1;
  const line = index >= 0 ? index + 2 : 1; // +1 for the opening ---, +1 as lines count from 1
  let hint = '';
  if (key === 'published') hint = '; write it as "YYYY-MM-DD" (in quotes) or null';
  else if (/expected string/.test(issue.message))
    hint = `; put the text in double quotes (${key}: "…") or write null where allowed`;
  else if (/expected array/.test(issue.message)) hint = `; write a list (${key}: [] or ${key}: ["…"])`;
  else if (/expected boolean/.test(issue.message)) hint = `; write true or false`;
  else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
    hint = `; the field ${key} is required: restore it (see story.json for the generated value)`;
  return new InputError(file, `frontmatter: ${describeZodIssues(issues)}${hint}`, line);
}

export function mdxToArticle(source: string, file: string): ArticleText {
  const { yaml, body, bodyLine } = splitFrontmatter(source, file);
  const parsed = ArticleFrontmatterSchema.safeParse(parseFrontmatter(yaml, file));
  if (!parsed.success) throw frontmatterIssue(yaml, file, parsed.error.issues);
  const frontmatter: ArticleFrontmatter = parsed.data;
  const root = parseMdxBody(body, file, bodyLine);
  const paragraphs: string[] = [];
  const quotes: Quote[] = [];
  const figures: Figure[] = [];
  for (const node of root.children) {
    const element = paragraphElement(node);
    if (!element) continue;
    const paragraph = paragraphs.length;
    let text = '';
    const visit = (children: RootContent[]): void => {
      for (const child of children) {
        if (child.type === 'mdxJsxTextElement' && (child.name === 'Quote' || child.name === 'Fig')) {
          const start = text.length;
          visit(child.children as RootContent[]);
          const spanText = text.slice(start);
          const attrs = readAttributes(child, file, bodyLine);
          if (child.name === 'Quote') quotes.push(quoteFrom(attrs, spanText, paragraph, start, file));
          else figures.push(figureFrom(attrs, spanText, paragraph, start, file));
        } else if ('children' in child) {
          visit(child.children as RootContent[]);
        } else if (
          'value' in child &&
          child.type !== 'mdxTextExpression' &&
          child.type !== 'mdxFlowExpression'
        ) {
          text += child.type === 'inlineCode' ? child.value : child.value;
        } else if (child.type === 'break') {
          text += '\n';
        }
      }
    };
    visit(element.children as RootContent[]);
    paragraphs.push(text);
  }
  return { ...frontmatter, paragraphs, quotes, figures };
}

/** The <P> element of a body paragraph, whether MDX parsed it as flow (one line) or as text inside a paragraph. */
function paragraphElement(node: RootContent): MdxJsxFlowElement | MdxJsxTextElement | null {
  if (node.type === 'mdxJsxFlowElement' && node.name === 'P') return node;
  if (node.type === 'paragraph') {
    const first = node.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
    if (first?.type === 'mdxJsxTextElement' && first.name === 'P') return first;
  }
  return null;
}

type Attributes = Record<string, unknown>;

/**
 * The attributes <Quote> and <Fig> take: the model's fields (so a field added to the model is an
 * attribute at once) but the ones the element's position gives, plus `n`, its number.
 */
const POSITIONAL = new Set(['text', 'paragraph', 'start', 'end']);
/** Fields written under another attribute name (figureElement / figureFrom). */
const ATTRIBUTE_NAME: Record<string, string> = { quantity: 'of' };
const attributeNames = (fields: string[]): string[] => [
  'n',
  ...fields.filter((key) => !POSITIONAL.has(key)).map((key) => ATTRIBUTE_NAME[key] ?? key),
];
const ATTRIBUTES: Record<string, string[]> = {
  Quote: attributeNames(Object.keys(QuoteSchema.shape)),
  Fig: attributeNames(Object.keys(FigureSchema.shape)),
};

function readAttributes(element: MdxJsxTextElement, file: string, bodyLine = 0): Attributes {
  const attrs: Attributes = {};
  const known = ATTRIBUTES[element.name ?? ''] ?? [];
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    if (known.length > 0 && !known.includes(attribute.name)) {
      // A misspelt attribute would silently be at its default (`speker=` leaves the quote unattributed).
      const guess = didYouMean(attribute.name, known);
      const line = element.position ? element.position.start.line + bodyLine : undefined;
      throw new InputError(
        file,
        `<${element.name}>: unknown attribute ${attribute.name}${guess ? ` (did you mean ${guess}?)` : ''}; <${element.name}> takes ${known.join(', ')}`,
        line,
      );
    }
    const value = attribute.value;
    if (value === null || value === undefined) attrs[attribute.name] = true;
    else if (typeof value === 'string') attrs[attribute.name] = value;
    else {
      try {
        attrs[attribute.name] = JSON.parse(value.value);
      } catch {
        const line = element.position ? element.position.start.line + bodyLine : undefined;
        throw new InputError(
          file,
          `<${element.name} ${attribute.name}={${value.value}}>: use a plain value (a number, true, false, null or "text")`,
          line,
        );
      }
    }
  }
  return attrs;
}

function quoteFrom(attrs: Attributes, text: string, paragraph: number, start: number, file: string): Quote {
  const candidate = {
    text,
    speaker: attrs.speaker ?? null,
    speakerKind:
      attrs.speakerKind === undefined
        ? defaultSpeakerKind((attrs.speaker as string | null) ?? null)
        : attrs.speakerKind,
    verb: attrs.verb ?? null,
    paragraph,
    start,
    end: start + text.length,
    partial: attrs.partial ?? false,
    scare: attrs.scare ?? false,
  };
  const parsed = QuoteSchema.safeParse(candidate);
  if (!parsed.success)
    throw new InputError(
      file,
      `<Quote> in paragraph ${paragraph + 1}: ${describeZodIssues(parsed.error.issues)}`,
    );
  return parsed.data;
}

function figureFrom(attrs: Attributes, text: string, paragraph: number, start: number, file: string): Figure {
  const candidate = {
    text,
    kind: attrs.kind ?? 'other',
    amount: attrs.amount ?? null,
    currency: attrs.currency ?? null,
    currencyInferred: attrs.currencyInferred ?? false,
    period: attrs.period ?? null,
    years: attrs.years ?? null,
    conversionOf: attrs.conversionOf ?? null,
    // What the figure is of (see figureMeaningAttributes).
    quantity: attrs.of ?? null,
    role: attrs.role ?? null,
    partOf: attrs.partOf ?? null,
    restatementOf: attrs.restatementOf ?? null,
    unit: attrs.unit ?? null,
    paragraph,
    start,
    end: start + text.length,
  };
  const parsed = FigureSchema.safeParse(candidate);
  if (!parsed.success)
    throw new InputError(
      file,
      `<Fig> in paragraph ${paragraph + 1}: ${describeZodIssues(parsed.error.issues)}`,
    );
  return parsed.data;
}
