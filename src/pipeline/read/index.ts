/**
 * read: paths on disk -> RawDocument[] (+ the story's config and warnings).
 *
 * A story is a folder of .txt / .md / .html / .htm / .html.gz files plus an optional story.yaml
 * (title, slug, summary, and per source file what its text cannot say: outlet, url, language,
 * published, headline, id). This is the only stage that touches the input file system.
 *
 * One bad file never stops a story: a file that cannot be an article (binary, empty, undecodable,
 * unreadable, an unsupported type such as .pdf) is `refused` with its reason and the others are read.
 * Problems with the folder itself or with story.yaml are an InputError naming the file (and line).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { InputError, describeZodIssues, type Warning } from '../../lib/errors.ts';
import { StoryConfigSchema, type RawDocument, type StoryConfig } from '../../lib/model.ts';
import { decodeSource } from './decode.ts';

export const STORY_CONFIG_FILE = 'story.yaml';
const TEXT_EXTENSIONS = ['.txt', '.md', '.text'];
const HTML_EXTENSIONS = ['.html', '.htm', '.html.gz', '.htm.gz', '.xhtml'];
/** Files larger than this on disk are refused: no news article is that big. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

export interface ReadResult {
  config: StoryConfig;
  documents: RawDocument[];
  warnings: Warning[];
  /** Files that cannot be articles, each with its reason (the CLI names them and exits 3). */
  refused: Refusal[];
}

export interface Refusal {
  file: string;
  reason: string;
  line?: number | undefined;
}

/** Types people save articles as that explainer cannot read, with what to do instead. */
const UNSUPPORTED =
  /\.(pdf|docx?|odt|rtf|pages|epub|xlsx?|pptx?|png|jpe?g|gif|webp|heic|mhtml?|webarchive|zip)$/i;
const SAVE_HINT = 'save the page as HTML (.html) or copy its text into a .txt file';

function unsupportedReason(name: string): string {
  const ext = /\.[^./]+$/.exec(name)?.[0]?.toLowerCase() ?? '';
  if (UNSUPPORTED.test(name)) return `unsupported type (${ext}): ${SAVE_HINT}`;
  return `not an article file (${ext || 'no extension'}; explainer reads .txt, .md, .html, .htm, .html.gz): ${SAVE_HINT}`;
}

/** How a file is read by its name's extension (html or text), or null for a file explainer does not read. */
export function sourceFormat(name: string): 'text' | 'html' | null {
  const lower = name.toLowerCase();
  if (HTML_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'html';
  if (TEXT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'text';
  return null;
}

/**
 * What a story.yaml's text parsed to last time (cache.ts openConfigMemo): parsing a generated
 * story.yaml of 1,000 sources takes longer than the rest of an unchanged re-ingest. Only the text of
 * a story.yaml that was read without error is remembered; `get` gives undefined when not known.
 */
export interface ConfigMemo {
  get(source: string): unknown;
  set(source: string, parsed: unknown): void;
}

/** Reads a story folder: its story.yaml and every source file in it (sorted by name). */
export function readStory(dir: string, memo?: ConfigMemo): ReadResult {
  const stat = statOrThrow(dir);
  if (!stat.isDirectory()) {
    throw new InputError(dir, 'is a file, not a story folder (give the folder that holds the articles)');
  }
  const config = readStoryConfig(join(dir, STORY_CONFIG_FILE), memo);
  const warnings: Warning[] = [];
  const names = listFiles(dir)
    .map((path) => relative(dir, path).split('\\').join('/'))
    .filter((name) => name !== STORY_CONFIG_FILE)
    .sort();
  const documents: RawDocument[] = [];
  const refused: Refusal[] = [];
  for (const name of names) {
    if (sourceFormat(name) === null) {
      refused.push({ file: join(dir, name), reason: unsupportedReason(name) });
      continue;
    }
    const hints = config.sources?.[name] ?? {};
    const doc = readDocument(join(dir, name), name, hints, warnings);
    if ('reason' in doc) refused.push(doc);
    else documents.push(doc);
  }
  for (const key of Object.keys(config.sources ?? {})) {
    if (!names.includes(key)) {
      warnings.push({
        file: join(dir, STORY_CONFIG_FILE),
        message: `sources.${key}: no such file in the story folder`,
      });
    }
  }
  if (documents.length === 0) noDocuments(dir, refused);
  return { config, documents: dropDuplicates(documents, warnings), warnings, refused };
}

/**
 * Nothing readable: one refused file is the error itself (its line, its reason); several are named
 * by the CLI before this error.
 */
export function noDocuments(dir: string, refused: Refusal[]): never {
  if (refused.length === 1) throw new InputError(refused[0]!.file, refused[0]!.reason, refused[0]!.line);
  if (refused.length > 1)
    throw new RefusedAll(dir, `none of its ${refused.length} files can be read as an article`, refused);
  throw new InputError(dir, 'holds no article files (.txt, .md or .html)');
}

/** Every file of the input was refused: the CLI names each before the error. */
export class RefusedAll extends InputError {
  readonly refused: Refusal[];
  constructor(file: string, message: string, refused: Refusal[]) {
    super(file, message);
    this.refused = refused;
  }
}

/** Reads loose files and folders given on the command line (for `extract`). */
export function readPaths(paths: string[]): ReadResult {
  const documents: RawDocument[] = [];
  const warnings: Warning[] = [];
  const refused: Refusal[] = [];
  let config: StoryConfig = {};
  for (const path of paths) {
    const stat = statOrThrow(path);
    if (stat.isDirectory()) {
      let story: ReadResult;
      try {
        story = readStory(path);
      } catch (error) {
        // A folder with nothing readable is one more refusal among the paths given.
        if (error instanceof RefusedAll) refused.push(...error.refused);
        else if (error instanceof InputError && paths.length > 1)
          refused.push({ file: error.file, reason: error.message, line: error.line });
        else throw error;
        continue;
      }
      if (!config.title) config = story.config;
      documents.push(...story.documents.map((doc) => ({ ...doc, path: join(path, doc.name) })));
      warnings.push(...story.warnings);
      refused.push(...story.refused);
    } else if (UNSUPPORTED.test(path)) {
      refused.push({ file: path, reason: unsupportedReason(path) });
    } else {
      if (sourceFormat(path) === null && !path.endsWith('.gz')) {
        warnings.push({ file: path, message: 'unknown extension; read as plain text' });
      }
      const doc = readDocument(path, basename(path), {}, warnings);
      if ('reason' in doc) refused.push(doc);
      else documents.push({ ...doc, path });
    }
  }
  if (documents.length === 0) noDocuments(paths.join(' '), refused);
  return { config, documents: dropDuplicates(documents, warnings), warnings, refused };
}

function readDocument(
  path: string,
  name: string,
  hints: RawDocument['hints'],
  warnings: Warning[],
): RawDocument | Refusal {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    return { file: path, reason: `cannot be opened (${systemReason(error)})` };
  }
  if (stat.isDirectory()) return { file: path, reason: 'is a folder, expected an article file' };
  // Reading a pipe or device could block forever or never end.
  if (!stat.isFile())
    return {
      file: path,
      reason: 'is not a regular file (a pipe, socket or device); expected an article file',
    };
  if (stat.size > MAX_SOURCE_BYTES) {
    return { file: path, reason: `is ${(stat.size / 1048576).toFixed(0)} MB; the limit is 64 MB` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { file: path, reason: `cannot be read (${systemReason(error)})` };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { file: path, reason: decoded.reason, line: decoded.line };
  for (const message of decoded.warnings) warnings.push({ file: path, message });
  const format = sourceFormat(name) ?? (/^\s*<(!doctype html|html)/i.test(decoded.text) ? 'html' : 'text');
  return { path, name, format, text: decoded.text, hints };
}

/** story.yaml is optional; when present it must parse and match the schema exactly. */
export function readStoryConfig(path: string, memo?: ConfigMemo): StoryConfig {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new InputError(path, `cannot be read (${systemReason(error)})`);
  }
  const known = memo?.get(source);
  if (known !== undefined) {
    try {
      return checkedConfig(path, known, () => undefined);
    } catch {
      // Not expected (only text that passed is remembered): the full parse below says where.
    }
  }
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    // linePos is only filled in with prettyErrors; pos (character offsets) always is.
    // An error at the very end (an unclosed bracket or quote) is reported on the last written line.
    const lastLine = source.trimEnd().split('\n').length;
    const line = Math.min(
      yamlError.linePos?.[0]?.line ?? source.slice(0, yamlError.pos[0]).split('\n').length,
      lastLine,
    );
    throw new InputError(path, `invalid YAML: ${yamlError.message.split('\n')[0]}`, line);
  }
  if (document.contents !== null && !isMap(document.contents)) {
    throw new InputError(path, 'must be a mapping of keys (title, slug, summary, sources)', 1);
  }
  const value: unknown = document.toJS() ?? {};
  const config = checkedConfig(path, value, (keyPath) => lineOfKey(document, source, keyPath));
  memo?.set(source, value);
  return config;
}

/**
 * story.yaml's parsed value checked against the schema and the rules below, or an InputError at
 * the line `lineOf` gives for the offending key.
 */
function checkedConfig(
  path: string,
  value: unknown,
  lineOf: (keyPath: ReadonlyArray<PropertyKey>) => number | undefined,
): StoryConfig {
  const parsed = StoryConfigSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // An unknown key's issue points at its parent: point at the key itself.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const line = lineOf([...issue.path, ...keys.slice(0, 1)]);
    throw new InputError(path, describeZodIssues(parsed.error.issues), line);
  }
  // A date the site cannot show must fail here, at its line, not later in the site build; a url
  // the site links to must be a web address (a javascript: or data: URL would run in the reader).
  for (const [name, hints] of Object.entries(parsed.data.sources ?? {})) {
    const url = hints?.url;
    if (url !== null && url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
      const line = lineOf(['sources', name, 'url']);
      throw new InputError(
        path,
        `sources.${name}.url: "${url.slice(0, 80)}" is not a web address; write an http:// or https:// URL, or null`,
        line,
      );
    }
    const published = hints?.published;
    if (published !== null && published !== undefined && !isCalendarDate(published)) {
      const line = lineOf(['sources', name, 'published']);
      throw new InputError(
        path,
        `sources.${name}.published: "${published}" is not a date; write it as YYYY-MM-DD (2024-04-30) or null`,
        line,
      );
    }
  }
  return parsed.data;
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The line of the YAML node at a zod issue's path (or its nearest parent), for the journalist. */
function lineOfKey(
  document: ReturnType<typeof parseDocument>,
  source: string,
  path: ReadonlyArray<PropertyKey>,
): number | undefined {
  const keyPath = path.filter((part) => typeof part === 'string' || typeof part === 'number');
  for (let depth = keyPath.length; depth > 0; depth--) {
    const parent = document.getIn(keyPath.slice(0, depth - 1), true) as unknown;
    const pair = isMap(parent)
      ? parent.items.find(
          (item) => String((item.key as { value?: unknown })?.value) === String(keyPath[depth - 1]),
        )
      : undefined;
    const range = (pair?.key as { range?: [number, number] } | undefined)?.range;
    if (range) return source.slice(0, range[0]).split('\n').length;
  }
  return undefined;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    throw new InputError(dir, `cannot be listed (${systemReason(error)})`);
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    // Symbolic links (to a file, or dangling) and other special files are listed too: readDocument
    // reads the target or names the problem, rather than the article silently going missing.
    else if (!entry.isSymbolicLink() || !isDirectoryLink(path)) files.push(path);
  }
  return files;
}

/** A symbolic link to a folder is not followed (it could loop); a dangling link is listed. */
function isDirectoryLink(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Byte-identical (after decoding) articles are one article: keep the first, warn about the rest. */
function dropDuplicates(documents: RawDocument[], warnings: Warning[]): RawDocument[] {
  const seen = new Map<string, string>();
  return documents.filter((doc) => {
    const hash = createHash('sha256').update(doc.text.trim()).digest('hex');
    const first = seen.get(hash);
    if (first) {
      warnings.push({ file: doc.path, message: `skipped: same text as ${first}` });
      return false;
    }
    seen.set(hash, doc.path);
    return true;
  });
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    throw new InputError(path, `cannot be opened (${systemReason(error)})`);
  }
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? String(error);
}
