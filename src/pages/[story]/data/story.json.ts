import type { APIRoute } from 'astro';
import { storyJsonByCli } from '../../../lib/checked-stories.ts';
import { storyJsonBytes } from '../../../site/load.ts';
import { storyPaths } from '../../../site/paths.ts';

/**
 * Under `explainer build` the CLI copies each story.json it checked into the site (the same bytes,
 * src/cli/build-site.ts): through a Response here, 25 MB for a 1,000-article story, the file was
 * copied four times on Astro's render thread (BENCHMARKS.md, "Build ratio round 4").
 */
export const getStaticPaths = async () => (storyJsonByCli() ? [] : storyPaths());

export const GET: APIRoute = async ({ params }) =>
  new Response(await storyJsonBytes(params.story), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
