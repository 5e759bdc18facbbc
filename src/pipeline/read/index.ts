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
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { InputError, type Warning } from '../../lib/errors.ts';
import type { RawDocument, StoryConfig } from '../../lib/model.ts';
import { decodeSource } from './decode.ts';
import { readStoryConfig, systemReason, type ConfigMemo } from './story-config.ts';

export { readStoryConfig, type ConfigMemo };

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
  // Keyed by the text itself, not a hash of it: a Map compares texts only when their lengths and
  // hashes match, so 1,000 sources (8.8 MB) are not encoded and hashed once more (~9 ms of CPU).
  const seen = new Map<string, string>();
  return documents.filter((doc) => {
    const text = doc.text.trim();
    const first = seen.get(text);
    if (first) {
      warnings.push({ file: doc.path, message: `skipped: same text as ${first}` });
      return false;
    }
    seen.set(text, doc.path);
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
