/**
 * Isolated Astro projects for the site benchmarks, so builds never touch the checkout's content/
 * or dist/ (a developer's own build lives there):
 *
 *   site project: <tmp>/ with copies of the repo's src, public, tsconfig.json, package.json, a symlink to
 *     node_modules, its own content/ (written by ingest) and dist/, and an astro.config.mjs that
 *     re-exports the repo's config with cacheDir and vite.cacheDir moved into <tmp> (both default
 *     to node_modules/.astro and node_modules/.vite, which are shared through the symlink).
 *   baseline: <tmp>/ with its own tiny config (mdx integration), a glob collection over
 *     content/articles/*.mdx and one [...slug].astro page rendering each entry in a minimal layout:
 *     the floor any MDX site of the same size pays.
 *
 * Astro and Pagefind run with this process's Node (process.execPath, i.e. the project's Node 24)
 * on their JS entry points.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { REPO_DIR } from '../generate.ts';
import { runTimed, type TimedRun } from './proc.ts';

export const ASTRO_BIN = join(REPO_DIR, 'node_modules/astro/bin/astro.mjs');
export const EXPLAINER_BIN = join(REPO_DIR, 'bin/explainer.js');
const LINKED = ['src', 'public', 'tsconfig.json', 'package.json'];
/** Where the real site's sources are: the repo (BENCH_SITE_DIR only to test the harness on a mock site). */
export const SITE_DIR = process.env.BENCH_SITE_DIR ?? REPO_DIR;

/** What is missing for the real site to build at all (empty when it looks buildable). */
export function siteMissing(): string[] {
  const missing: string[] = [];
  if (!existsSync(join(SITE_DIR, 'astro.config.mjs'))) missing.push('astro.config.mjs');
  if (!existsSync(join(SITE_DIR, 'src/pages'))) missing.push('src/pages/');
  if (!existsSync(join(SITE_DIR, 'src/content.config.ts'))) missing.push('src/content.config.ts');
  return missing;
}

export function makeSiteProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'content'), { recursive: true });
  for (const name of LINKED) {
    // Copied, not symlinked: Astro keys a component's <script> compile metadata by its path, and a
    // symlinked src/ gives two paths for one file ("No cached compile metadata found").
    if (existsSync(join(SITE_DIR, name))) cpSync(join(SITE_DIR, name), join(root, name), { recursive: true });
  }
  symlinkSync(join(REPO_DIR, 'node_modules'), join(root, 'node_modules'));
  const config = existsSync(join(SITE_DIR, 'astro.config.mjs'))
    ? `import base from ${JSON.stringify(join(SITE_DIR, 'astro.config.mjs'))};\n`
    : 'const base = {};\n';
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `// Written by bench/lib/site.ts: the repo's config, with every cache kept inside this folder.\n${config}` +
      `export default {\n  ...base,\n  cacheDir: './.astro-cache',\n  vite: { ...(base.vite ?? {}), cacheDir: './.vite-cache' },\n};\n`,
  );
}

const BASELINE_FILES: Record<string, string> = {
  'package.json': '{ "name": "explainer-bench-baseline", "private": true, "type": "module" }\n',
  'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ integrations: [mdx()], cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
    schema: z.object({ title: z.string() }),
  }),
};
`,
  'src/layouts/Base.astro': `---
const { title } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><slot /></main></body>
</html>
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Base from '../layouts/Base.astro';
export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Base title={entry.data.title}><Content /></Base>
`,
};

type Node = { type: string; children?: Node[]; value?: string };

/** Replaces JSX elements by their children and drops expressions/ESM: plain Markdown remains. */
function unwrapJsx(node: Node): void {
  if (!node.children) return;
  const next: Node[] = [];
  for (const child of node.children) {
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
      unwrapJsx(child);
      next.push(...(child.children ?? []));
    } else if (
      child.type === 'mdxFlowExpression' ||
      child.type === 'mdxTextExpression' ||
      child.type === 'mdxjsEsm'
    ) {
      continue;
    } else {
      // Astro 7's MDX processor rejects escaped tags in text (`\\</script>`, which remark-stringify
      // and our emitter write for a literal "</script>" in a page): the baseline sidesteps it.
      if (child.type === 'text' && child.value !== undefined) child.value = child.value.replace(/</g, '‹');
      unwrapJsx(child);
      next.push(child);
    }
  }
  node.children = next;
}

/** Our article MDX (frontmatter + <P>/<Quote>/<Fig> components) -> plain MDX with the same text. */
export function plainMdx(source: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const front = match ? ((parseYaml(match[1]!) ?? {}) as Record<string, unknown>) : {};
  const body = match ? source.slice(match[0].length) : source;
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkStringify);
  const tree = processor.parse(body) as unknown as Node;
  unwrapJsx(tree);
  const markdown = processor.stringify(tree as never);
  const title =
    typeof front.headline === 'string'
      ? front.headline
      : typeof front.title === 'string'
        ? front.title
        : 'Untitled';
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n${markdown}`;
}

/** The baseline project with plain-MDX copies of every article MDX in articlesDir. */
export function makeBaselineProject(root: string, articlesDir: string): number {
  rmSync(root, { recursive: true, force: true });
  for (const [path, text] of Object.entries(BASELINE_FILES)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  symlinkSync(join(REPO_DIR, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  let count = 0;
  for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.mdx'))) {
    writeFileSync(
      join(root, 'content/articles', name),
      plainMdx(readFileSync(join(articlesDir, name), 'utf8')),
    );
    count++;
  }
  return count;
}

export interface BuildResult {
  /** `explainer build` (the site: astro build + search index) or `astro build` (the baseline). */
  run: TimedRun;
  /** HTML pages in dist/. */
  pages: number;
}

export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) n++;
  }
  return n;
}

/**
 * Builds a project as its users do: the site with `explainer build` (Astro and the search index, as
 * `npm run build` does after ingest), the baseline with a bare `astro build`.
 */
export async function buildProject(
  root: string,
  options: { site: boolean; echo?: boolean; cold?: boolean },
): Promise<BuildResult> {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  // A repeat build starts cold like the first: without Astro's cached data store.
  if (options.cold) rmSync(join(root, '.astro-cache'), { recursive: true, force: true });
  const args = options.site
    ? [EXPLAINER_BIN, 'build', '--root', root, '--quiet']
    : [ASTRO_BIN, 'build', '--root', root];
  const run = await runTimed(process.execPath, args, {
    cwd: root,
    echo: options.echo,
    timeoutMs: 30 * 60_000,
  });
  return { run, pages: countHtml(join(root, 'dist')) };
}
