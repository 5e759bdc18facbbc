import type { APIRoute } from 'astro';
import { loadStory } from '../../../site/load.ts';
import { storyPaths } from '../../../site/paths.ts';

export const getStaticPaths = storyPaths;

/** The figure groups as story.json has them: variants, relations and the rates used, computed once by the pipeline. */
export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory(params.story);
  const body = {
    story: story.slug,
    statedRates: story.data.analysis.rates,
    groups: story.data.analysis.figureGroups,
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
