/**
 * story.json text -> StoryData, checked against the model. One reader for everything that loads a
 * story's computed data (the site's view model, `explainer build`'s search index), so both refuse a
 * damaged file the same way: an InputError naming the file and what to do.
 *
 * `explainer build` checks each story.json while Astro starts, and stops Astro when one is damaged;
 * it then tells the Astro build (checked-stories.ts) which files read back exactly as written, so
 * the site parses those as JSON only instead of checking tens of megabytes against the model again.
 */
import { describeZodIssues, InputError } from './errors.ts';
import { StoryDataSchema, type StoryData } from './model.ts';

/** story.json text -> StoryData, or an InputError naming the file (bad JSON, or what the model refuses). */
export function parseStoryFile(file: string, text: string): StoryData {
  return readStoryFile(file, text).story;
}

/**
 * parseStoryFile, and whether the model changed nothing: no default filled in, no field dropped or
 * converted, so JSON.parse of the same text alone gives the same data (`canonical`).
 */
export function readStoryFile(file: string, text: string): { story: StoryData; canonical: boolean } {
  const raw = parseJson(file, text);
  const parsed = StoryDataSchema.safeParse(raw);
  if (!parsed.success)
    throw new InputError(
      file,
      `does not match the story model: ${describeZodIssues(parsed.error.issues.slice(0, 3))}; run ingest again`,
    );
  return { story: parsed.data, canonical: sameJson(raw, parsed.data) };
}

/**
 * story.json text that `explainer build` has checked in this build and found canonical
 * (readStoryFile) -> StoryData, without the model's check.
 */
export function parseCheckedStoryFile(file: string, text: string): StoryData {
  return parseJson(file, text) as StoryData;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `is not valid JSON (${(error as Error).message}); run ingest again`);
  }
}

/** Whether two JSON values are equal (object keys in any order; a key holding undefined is absent). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (x[key] === undefined) continue;
    if (!Object.hasOwn(y, key) || !sameJson(x[key], y[key])) return false;
    keys++;
  }
  for (const key in y) if (y[key] !== undefined) keys--;
  return keys === 0;
}
