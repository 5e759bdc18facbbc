// @ts-check
/**
 * The reader's site. SITE_URL (absolute origin, for canonical/Open Graph URLs and the sitemap) and
 * BASE_PATH (a sub-path like /explainers/, or /) come from the environment, so one build can be
 * deployed to a domain root or below it. Every internal link goes through src/site/url.ts.
 */
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { contentCacheDir, contentRootOf } from './src/lib/content-cache.ts';

const site = process.env.SITE_URL || 'http://localhost:4321';
const rawBase = process.env.BASE_PATH || '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

// One build cache per content folder (EXPLAINER_CONTENT): see src/lib/content-cache.ts.
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const cacheDir = contentCacheDir(projectRoot, contentRootOf(projectRoot));

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), sitemap()],
  // Article text must render verbatim: no typographic quotes or dashes (a quote-comparison tool
  // cannot change the marks it compares), and no GFM autolinks, which read escaped `\<` and `\&`
  // inside a bare URL as part of it and broke pages that quote HTML.
  // No syntax highlighting: Shiki colours a code block with style attributes, which the site's CSP
  // (style-src 'self') blocks and its pages may not carry, so a journalist's code block is a plain
  // <pre><code>. (Build CPU: no measurable change either way; BENCHMARKS.md, "Build ratio round 4".)
  markdown: {
    processor: satteri({ features: { gfm: false, smartPunctuation: false } }),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  build: {
    format: 'directory',
    // A strict CSP (style-src 'self'): every stylesheet is a file, never an inline <style>.
    inlineStylesheets: 'never',
    // Pages are rendered a few at a time: while one waits for its module to load or its file to be
    // written, another renders (rendering one at a time left the main thread idle ~25% of the page
    // phase of a 1,000-article build; see BENCHMARKS.md). Pages share no per-page state.
    concurrency: 4,
  },
  vite: {
    build: {
      // Never turn an asset or script into a data: URL or inline code (CSP script-src 'self').
      assetsInlineLimit: 0,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Each compiled MDX module starts with a directive rolldown does not need to see.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
