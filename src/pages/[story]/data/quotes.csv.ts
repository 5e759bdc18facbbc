import type { APIRoute } from 'astro';
import { quotesCsv } from '../../../site/csv.ts';
import { loadStory } from '../../../site/load.ts';
import { storyPaths } from '../../../site/paths.ts';

export const getStaticPaths = storyPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory(params.story);
  return new Response(quotesCsv(story), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
