/**
 * What the normalizer removed from an article (story.json's `removed`: each block's text and the
 * reason) -> the list an article page shows under "Removed as boilerplate", as one HTML string.
 *
 * Why a string: a page's list is written once and has no components, but through Astro's template
 * every item cost a few text nodes, each escaped and awaited on its own. On a 1,000-article story
 * the lists are 18,000 items and 4.5 MB of text, ~0.3 s of the render thread that way (BENCHMARKS.md,
 * "Build ratio round 2" and "round 4"). Text is escaped by Astro's own function, so the bytes are
 * those the template gave. Pure: no file access.
 */
import { escapeHTML } from 'astro/runtime/server/index.js';
import type { RemovedBlock } from '../lib/model.ts';

/** `<ul>` with one `<li>` per removed block: the text quoted, then its reason. */
export function removedListHtml(removed: readonly RemovedBlock[]): string {
  let html = '<ul>';
  for (const { text, reason } of removed) {
    html += `<li><q>${escapeHTML(text)}</q> <span class="meta">— ${escapeHTML(reason)}</span></li>`;
  }
  return `${html}</ul>`;
}
