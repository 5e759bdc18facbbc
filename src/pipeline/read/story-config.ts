/**
 * read/story-config: a story folder's story.yaml -> its StoryConfig, checked against the schema;
 * a problem is an InputError at its line. `memo` (config-memo.ts) spares an unchanged story.yaml
 * the YAML parse.
 */
import { readFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';
import { InputError, describeZodIssues } from '../../lib/errors.ts';
import { StoryConfigSchema, isCalendarDate, type StoryConfig } from '../../lib/model.ts';

/**
 * What a story.yaml's text parsed to last time (config-memo.ts): parsing a generated
 * story.yaml of 1,000 sources takes longer than the rest of an unchanged re-ingest. Only the text of
 * a story.yaml that was read without error is remembered; `get` gives undefined when not known.
 */
export interface ConfigMemo {
  get(source: string): unknown;
  set(source: string, parsed: unknown): void;
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
  // A date the site cannot show must fail here, at its line, not later in the site build. (A url
  // that is not a web address is refused by the schema itself: isWebAddress in the model.)
  for (const [name, hints] of Object.entries(parsed.data.sources ?? {})) {
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

/** A file system error's reason, in words a journalist can act on. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? String(error);
}
