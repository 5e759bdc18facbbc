/**
 * Reading the collections (the only module that touches astro:content besides the pages' render()),
 * and each story's story.json.
 *
 * story.json is read here, once per story per build, rather than as a content collection: it holds
 * every article and the whole analysis (tens of MB for a 1,000-article story), and a collection
 * would copy it into Astro's data store and through the bundler on every build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../lib/errors.ts';
import { parseStoryFile } from '../lib/story-file.ts';
import { STORIES_DIR } from './content-root.ts';
import { storyView, type StoryView } from './story.ts';

/**
 * One view model per story per build (a promise, so pages rendered concurrently share it). Keyed by
 * the file's modification time too, so `astro dev` picks up a re-ingest without a restart.
 */
const views = new Map<string, Promise<StoryView>>();
/** The view loadStory last gave for each story, for the components rendered inside its page. */
const latest = new Map<string, Promise<StoryView>>();

/** The story's view model; throws with the story named when story.json is missing. */
export async function loadStory(slug: string | undefined): Promise<StoryView> {
  if (!slug) throw new Error('loadStory: no story in the route');
  const file = join(STORIES_DIR, slug, 'story.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx explainer ingest\` for this story`);
  const key = `${slug}@${statSync(file).mtimeMs}`;
  const cached = views.get(key);
  if (cached) {
    latest.set(slug, cached);
    return cached;
  }
  const view = (async () => {
    try {
      return storyView(parseStoryFile(file, await readFile(file, 'utf8')));
    } catch (error) {
      // Astro shows an error's message, not its file: put the file in the message.
      throw error instanceof InputError ? new Error(error.format(), { cause: error }) : error;
    }
  })();
  views.set(key, view);
  latest.set(slug, view);
  view.catch(() => views.delete(key));
  return view;
}

/**
 * The story's view as its page loaded it, without checking the file again: for the <Quote> and
 * <Fig> components of an article body, thousands per build, rendered after their page called
 * loadStory (a stat per component was measurable at 1,000 articles).
 */
export function pageStory(slug: string | undefined): Promise<StoryView> {
  return (slug && latest.get(slug)) || loadStory(slug);
}

export async function storyEntries(): Promise<CollectionEntry<'stories'>[]> {
  const all = await getCollection('stories');
  return all.sort(
    (a, b) =>
      (b.data.lastPublished ?? '').localeCompare(a.data.lastPublished ?? '') ||
      a.data.title.localeCompare(b.data.title),
  );
}

export async function articleEntries(story: string): Promise<CollectionEntry<'articles'>[]> {
  return getCollection('articles', (entry) => entry.id.startsWith(`${story}/`));
}

/** Journalists' notes for a story, by group id. */
export async function notesFor(story: string): Promise<Map<string, CollectionEntry<'notes'>>> {
  // Most stories have no notes yet: do not ask for an empty collection (Astro warns on every page).
  const dir = join(STORIES_DIR, story, 'notes');
  if (!existsSync(dir) || !readdirSync(dir).some((name) => name.endsWith('.mdx'))) return new Map();
  const notes = await getCollection('notes', (entry) => entry.id.startsWith(`${story}/`));
  return new Map(notes.map((n) => [n.data.group, n]));
}

/**
 * story.json as ingest wrote it (after loadStory has checked it against the model), as bytes: the
 * download serves the file itself, never decoded and re-encoded (tens of MB for a large story).
 */
export async function storyJsonBytes(slug: string | undefined): Promise<Uint8Array<ArrayBuffer>> {
  const story = await loadStory(slug);
  const bytes = await readFile(join(STORIES_DIR, story.slug, 'story.json'));
  return bytes.at(-1) === 0x0a ? bytes : Buffer.concat([bytes, Buffer.from('\n')]);
}
