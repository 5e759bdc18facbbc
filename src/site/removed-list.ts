/**
 * What the normalizer removed from an article (story.json's `removed`: each block's text and the
 * reason) -> the list an article page shows under "Removed as boilerplate", as one HTML string.
 *
 * Why a string: a page's list has no components, and through Astro's template every item was a few
 * nodes, each escaped and rendered on its own (18,000 items, 4.5 MB of text on a 1,000-article
 * story). The saving did not show above the noise of a shared machine (BENCHMARKS.md, "Build ratio
 * round 4"); the bytes are the same, since text is escaped by Astro's own function. Pure: no file
 * access.
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
