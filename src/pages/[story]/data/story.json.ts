import type { APIRoute } from 'astro';
import { loadStory } from '../../../site/load.ts';
import { storyPaths } from '../../../site/paths.ts';

export const getStaticPaths = storyPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory(params.story);
  return new Response(`${JSON.stringify(story.data, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
