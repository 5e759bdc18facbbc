/**
 * emit/check: every file a journalist edits under content/stories/<story>/ -> the problems in it,
 * each an InputError with file, line and what to do (empty when all is well).
 *
 *   index.mdx         MDX syntax (with a plain hint for < and {), frontmatter, components and their
 *                     attributes (lib/component-props.ts), references to quote groups, figure groups,
 *                     articles and paragraphs that do not exist
 *   notes/*.mdx       the same, plus `group:` naming a group that exists
 *   articles/*.mdx    (with `articles: true`) everything mdxToArticle checks: frontmatter, syntax,
 *                     <Quote>/<Fig> attributes
 *
 * Run by `explainer ingest` after it writes (against the new story.json) and by `explainer build`
 * before Astro starts, so a broken edit is named in the journalist's terms, not in Astro's.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { EXPLAINER_COMPONENTS, describePropsProblem, didYouMean } from '../../lib/component-props.ts';
import { InputError, describeZodIssues } from '../../lib/errors.ts';
import { NoteSchema, StoryIndexSchema, type StoryData } from '../../lib/model.ts';
import { mdxToArticle, parseFrontmatter, parseMdxBody, splitFrontmatter } from './article-mdx.ts';
import { readIfExists, readManifest, sha256, type StringMemo } from './files.ts';

export interface CheckOptions {
  /** Also check the article MDX files edited by hand (build does; ingest already read them back). */
  articles?: boolean;
  /** Group ids the story had before this ingest: a reference to one of them "no longer exists". */
  previousGroups?: ReadonlySet<string>;
  /**
   * Remembers which index and note texts had no problem against which story (ingest's MdxMemo):
   * such a text is not parsed again while it and the ids it may refer to stay the same.
   */
  memo?: StringMemo;
}

const CLEAN = 'clean';

/**
 * Every problem in the files a journalist edits under `storyDir`, each naming file and line (empty
 * when all is well).
 */
export function checkStoryContent(
  storyDir: string,
  story: StoryData,
  options: CheckOptions = {},
): InputError[] {
  const problems: InputError[] = [];
  const context = storyContext(story, options.previousGroups ?? new Set());
  // A text with no problem has none while the ids it can name are the same (the story's slug and
  // earlier groups only word a problem), so the memo keeps only that answer.
  const memo = options.memo;
  const ids = memo === undefined ? '' : contextKey(context);
  const check = (file: string, source: string, kind: 'index' | 'note'): InputError[] => {
    if (memo === undefined) return checkMdx(file, source, context, kind);
    const key = `check\0${sha256(`${kind}\0${ids}\0${source}`)}`;
    if (memo.get(key) === CLEAN) return [];
    const found = checkMdx(file, source, context, kind);
    if (found.length === 0) memo.set(key, CLEAN);
    return found;
  };
  const index = join(storyDir, 'index.mdx');
  const indexSource = readIfExists(index);
  if (indexSource !== null) problems.push(...check(index, indexSource, 'index'));
  for (const name of listMdx(join(storyDir, 'notes'))) {
    const file = join(storyDir, 'notes', name);
    problems.push(...check(file, readIfExists(file) ?? '', 'note'));
  }
  if (options.articles) {
    // Files still as ingest wrote them were checked when written: only edited ones are parsed (a
    // 1,000-article story's MDX is megabytes, parsed again on every build otherwise).
    const written = readManifest(storyDir).files;
    for (const name of listMdx(join(storyDir, 'articles'))) {
      const file = join(storyDir, 'articles', name);
      const source = readIfExists(file) ?? '';
      if (written[`articles/${name}`] === sha256(source)) continue;
      try {
        mdxToArticle(source, file);
      } catch (error) {
        if (error instanceof InputError) problems.push(error);
        else throw error;
      }
    }
  }
  return problems;
}

function listMdx(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.mdx') && !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

interface Context {
  slug: string;
  quoteGroups: Set<string>;
  figureGroups: Set<string>;
  paragraphs: Map<string, number>;
  previous: ReadonlySet<string>;
}

function storyContext(story: StoryData, previous: ReadonlySet<string>): Context {
  return {
    slug: story.slug,
    quoteGroups: new Set(story.analysis.quoteGroups.map((g) => g.id)),
    figureGroups: new Set(story.analysis.figureGroups.map((g) => g.id)),
    paragraphs: new Map(story.articles.map((a) => [a.id, a.paragraphs.length])),
    previous,
  };
}

/** What an index or note text is checked against, as one hash: the group ids, articles and paragraph counts. */
function contextKey(context: Context): string {
  const hash = createHash('sha256');
  // Ids are slugs (no line breaks or NULs): one per line, the three lists apart.
  for (const id of context.quoteGroups) hash.update(`${id}\n`);
  hash.update('\0');
  for (const id of context.figureGroups) hash.update(`${id}\n`);
  hash.update('\0');
  for (const [id, count] of context.paragraphs) hash.update(`${id} ${count}\n`);
  return hash.digest('hex');
}

function checkMdx(file: string, source: string, context: Context, kind: 'index' | 'note'): InputError[] {
  const problems: InputError[] = [];
  let root: Root;
  let bodyLine: number;
  try {
    const parts = splitFrontmatter(source, file);
    bodyLine = parts.bodyLine;
    const data = parseFrontmatter(parts.yaml, file);
    const schema = kind === 'index' ? StoryIndexSchema : NoteSchema;
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const key = String(parsed.error.issues[0]?.path[0] ?? '');
      const index = parts.yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
      problems.push(
        new InputError(
          file,
          `frontmatter: ${describeZodIssues(parsed.error.issues)}${kind === 'note' ? ' (a note starts with ---, group: <group-id>, ---)' : ''}`,
          index >= 0 ? index + 2 : 1,
        ),
      );
    } else if (kind === 'note') {
      const group = (parsed.data as { group: string }).group;
      const index = parts.yaml.split('\n').findIndex((line) => line.startsWith('group:'));
      const missing = missingGroup(group, context);
      if (missing) problems.push(new InputError(file, `group: ${missing}`, index >= 0 ? index + 2 : 1));
    }
    root = parseMdxBody(parts.body, file, bodyLine);
  } catch (error) {
    if (error instanceof InputError) return [...problems, error];
    throw error;
  }
  const visit = (nodes: RootContent[]): void => {
    for (const node of nodes) {
      const line = node.position ? node.position.start.line + bodyLine : undefined;
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const problem = checkElement(node, context);
        if (problem) problems.push(new InputError(file, problem, line));
      } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        if (!/^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(node.value))
          problems.push(
            new InputError(
              file,
              `{${node.value.slice(0, 40)}}: text in braces is read as code; write \\{ and \\} for literal braces`,
              line,
            ),
          );
      }
      if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit(root.children);
  return problems;
}

function checkElement(node: MdxJsxFlowElement | MdxJsxTextElement, context: Context): string | null {
  const name = node.name;
  // Fragments and HTML elements (lower-case) render as they are.
  if (!name || !/^[A-Z]/.test(name)) return null;
  const spec = EXPLAINER_COMPONENTS[name];
  const known = Object.keys(EXPLAINER_COMPONENTS);
  if (!spec) {
    const guess = didYouMean(name, known);
    return `unknown component <${name}>${guess ? ` (did you mean <${guess}>?)` : ''}; the explainer can use ${known.map((k) => `<${k}>`).join(', ')}`;
  }
  const props: Record<string, unknown> = {};
  const opaque = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') continue;
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else {
      try {
        props[attribute.name] = JSON.parse(value.value) as unknown;
      } catch {
        // Code, not a plain value: its attribute name is still checked, its value is not.
        opaque.add(attribute.name);
        props[attribute.name] = undefined;
      }
    }
  }
  const checked = Object.fromEntries(Object.entries(props).filter(([key]) => !opaque.has(key)));
  for (const key of opaque) if (!(key in spec.schema.shape)) checked[key] = null;
  const problem = describePropsProblem(name, checked, spec.schema);
  if (problem) return problem;
  for (const [prop, kind] of Object.entries(spec.refs)) {
    const value = props[prop];
    if (typeof value !== 'string') continue;
    if (kind === 'article') {
      const count = context.paragraphs.get(value);
      if (count === undefined) {
        const guess = didYouMean(value, [...context.paragraphs.keys()]);
        return `<${name} ${prop}="${value}">: no such article in this story${guess ? ` (did you mean ${guess}?)` : ''}; article ids are the file names in articles/`;
      }
      const paragraph = props.paragraph;
      if (typeof paragraph === 'number' && paragraph >= count)
        return `<${name} article="${value}" paragraph={${paragraph}}>: that article has paragraphs 0–${count - 1}`;
    } else {
      const missing = missingGroup(value, context, kind);
      if (missing) return `<${name} ${prop}="${value}">: ${missing}`;
    }
  }
  return null;
}

/** Why `id` names no group of the story (null if it does). */
function missingGroup(id: string, context: Context, kind?: 'quoteGroup' | 'figureGroup'): string | null {
  const quote = kind ? kind === 'quoteGroup' : id.startsWith('q-');
  const ids = quote ? context.quoteGroups : context.figureGroups;
  if (ids.has(id)) return null;
  const what = quote ? 'quote group' : 'figure group';
  const page = quote ? 'quotes' : 'figures';
  const gone = context.previous.has(id)
    ? ` (it existed before this ingest: its ${quote ? 'quotes' : 'figures'} were removed or changed)`
    : '';
  const guess = didYouMean(id, [...ids]);
  return `no ${what} ${id} in this story${gone}${guess ? `; did you mean ${guess}?` : ''}; ids are on /${context.slug}/${page}/ and in story.json`;
}
