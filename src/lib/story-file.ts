/**
 * story.json text -> StoryData, checked against the model. One reader for everything that loads a
 * story's computed data (the site's view model, `explainer build`'s search index), so both refuse a
 * damaged file the same way: an InputError naming the file and what to do.
 */
import { describeZodIssues, InputError } from './errors.ts';
import { StoryDataSchema, type StoryData } from './model.ts';

/** story.json text -> StoryData, or an InputError naming the file (bad JSON, or what the model refuses). */
export function parseStoryFile(file: string, text: string): StoryData {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InputError(file, `is not valid JSON (${(error as Error).message}); run ingest again`);
  }
  const parsed = StoryDataSchema.safeParse(raw);
  if (!parsed.success)
    throw new InputError(
      file,
      `does not match the story model: ${describeZodIssues(parsed.error.issues.slice(0, 3))}; run ingest again`,
    );
  return parsed.data;
}
