/**
 * Reading the collections (the only module that touches astro:content besides the pages' render()).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { STORIES_DIR } from './content-root.ts';
import { storyView, type StoryView } from './story.ts';

const views = new Map<string, StoryView>();

/** The story's view model; throws with the story named when story.json is missing. */
export async function loadStory(slug: string | undefined): Promise<StoryView> {
  if (!slug) throw new Error('loadStory: no story in the route');
  const cached = views.get(slug);
  if (cached) return cached;
  const entry = await getEntry('storyData', slug);
  if (!entry)
    throw new Error(
      `content/stories/${slug}/story.json is missing: run \`npx explainer ingest\` for this story`,
    );
  const view = storyView(entry.data);
  views.set(slug, view);
  return view;
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
