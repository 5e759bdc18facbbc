/**
 * emit/article-read: an article MDX file (possibly hand-edited) -> ArticleText, the reading-back
 * half of article-mdx: split and check the YAML frontmatter, parse the MDX body, and read each
 * <P> with its <Quote>/<Fig> elements; the attribute checks are article-attributes.ts.
 *
 * Errors are one-line InputErrors naming file and line, with a hint for the usual MDX mistakes.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { InputError, describeZodIssues } from '../../lib/errors.ts';
import {
  ArticleFrontmatterSchema,
  type ArticleFrontmatter,
  type ArticleText,
  type Figure,
  type Quote,
} from '../../lib/model.ts';
import { figureFrom, quoteFrom, readAttributes } from './article-attributes.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

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

/** Parses the frontmatter YAML; a syntax error becomes an InputError at the file's line. */
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

/** Reads an article MDX file back into ArticleText; errors name the file and line. */
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
