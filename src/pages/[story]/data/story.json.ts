import type { APIRoute } from 'astro';
import { storyJsonBytes } from '../../../site/load.ts';
import { storyPaths } from '../../../site/paths.ts';

export const getStaticPaths = storyPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await storyJsonBytes(params.story), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
