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
import { isCheckedStory, storyJsonDownload, type FileStamp } from '../lib/checked-stories.ts';
import { parseCheckedStoryFile, parseStoryFile } from '../lib/story-file.ts';
import { STORIES_DIR } from './content-root.ts';
import { storyView, type StoryView } from './story.ts';

/**
 * One view model per story per build (a promise, so pages rendered concurrently share it). Keyed by
 * the file's modification time too, so `astro dev` picks up a re-ingest without a restart.
 */
const views = new Map<string, Promise<StoryView>>();
/** The view loadStory last gave for each story, for the components rendered inside its page. */
const latest = new Map<string, StoryView>();

/** The story's view model; throws with the story named when story.json is missing. */
export async function loadStory(slug: string | undefined): Promise<StoryView> {
  if (!slug) throw new Error('loadStory: no story in the route');
  const file = join(STORIES_DIR, slug, 'story.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npx explainer ingest\` for this story`);
  const { size, mtimeMs } = statSync(file);
  const key = `${slug}@${mtimeMs}`;
  let view = views.get(key);
  if (!view) {
    view = readView(file, { size, mtimeMs });
    views.set(key, view);
    view.catch(() => views.delete(key));
  }
  const ready = await view;
  latest.set(slug, ready);
  return ready;
}

/**
 * story.json -> its view. Checked against the model unless `explainer build`, which started this
 * build, has checked these very bytes (lib/checked-stories.ts): ~0.2 s of the render thread at
 * 1,000 articles, and one copy of the story less for the garbage collector.
 */
async function readView(file: string, stamp: FileStamp): Promise<StoryView> {
  try {
    const text = await readFile(file, 'utf8');
    const checked = isCheckedStory(file, stamp);
    return storyView(checked ? parseCheckedStoryFile(file, text) : parseStoryFile(file, text));
  } catch (error) {
    // Astro shows an error's message, not its file: put the file in the message.
    throw error instanceof InputError ? new Error(error.format(), { cause: error }) : error;
  }
}

/**
 * The story's view as its page loaded it, at once: for the <Quote> and <Fig> components of an
 * article body, thousands per build, rendered after their page awaited loadStory. Synchronous, so
 * they render without a promise each, and without a stat each (measurable at 1,000 articles).
 */
export function pageStory(slug: string | undefined): StoryView {
  const view = slug ? latest.get(slug) : undefined;
  if (!view) throw new Error(`pageStory: the page did not load story ${slug ?? '(none)'} before its body`);
  return view;
}

/**
 * The element tree of an article's compiled MDX body (what its `Content` returns, given the
 * components), for site/article-body.ts to write out as one string; null when the module is not
 * the plain MDX module that holds (a layout, imported styles or scripts, a body that throws):
 * the page then renders the body through Astro as before. The module is the one render() loaded
 * (`astro:content-module-imports`, Astro's map of content modules), not a second compile.
 */
export async function articleBodyTree(
  entry: CollectionEntry<'articles'>,
  components: Record<string, unknown>,
): Promise<unknown> {
  const { default: contentModules } = await import('astro:content-module-imports');
  const load = entry.filePath ? contentModules.get(entry.filePath) : undefined;
  const wrapper = (await load?.())?.default;
  // A module with styles or scripts of its own puts them in the page's head through Astro.
  if (
    typeof wrapper?.getMod !== 'function' ||
    wrapper.collectedStyles?.length ||
    wrapper.collectedLinks?.length ||
    wrapper.collectedScripts?.length
  )
    return null;
  const mod = await wrapper.getMod();
  if (typeof mod?.Content !== 'function' || mod.frontmatter?.layout) return null;
  try {
    return mod.Content({ components });
  } catch {
    return null; // Astro renders it again, and reports the problem in its own terms
  }
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
  return storyJsonDownload(await readFile(join(STORIES_DIR, story.slug, 'story.json')));
}
