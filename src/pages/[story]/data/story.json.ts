import type { APIRoute } from 'astro';
import { storyJsonText } from '../../../site/load.ts';
import { storyPaths } from '../../../site/paths.ts';

export const getStaticPaths = storyPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await storyJsonText(params.story), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
