import type { APIRoute } from 'astro';
import { figureRows, moneyGroups, statedRates } from '../../../site/figures.ts';
import { loadStory } from '../../../site/load.ts';
import { storyPaths } from '../../../site/paths.ts';

export const getStaticPaths = storyPaths;

export const GET: APIRoute = async ({ params }) => {
  const story = await loadStory(params.story);
  const rates = statedRates(story.articles);
  const money = new Set(moneyGroups(story));
  const body = {
    story: story.slug,
    currency: rates.base,
    statedRates: rates.stated,
    groups: story.data.analysis.figureGroups.map((group) => ({
      ...group,
      rows: money.has(group) ? figureRows(story, group, rates) : undefined,
    })),
  };
  return new Response(`${JSON.stringify(body, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
