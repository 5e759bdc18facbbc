/**
 * The removed-boilerplate list of an article page written as one string (src/site/removed-list.ts):
 * the markup Astro's template gave it (the 1,000-article story's pages built before and after the
 * change are byte-identical: BENCHMARKS.md, "Build ratio round 4"), and text escaped as Astro
 * escapes it, so a removed block can never become markup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../src/lib/story-file.ts';
import { removedListHtml } from '../../src/site/removed-list.ts';

describe('removedListHtml', () => {
  it('writes each block as the template did: the text quoted, then its reason', () => {
    expect(
      removedListHtml([
        { text: 'Share on Facebook\nShare on Twitter', reason: 'share-bar' },
        { text: 'Here’s What Sugar Does & Why', reason: 'related-links' },
      ]),
    ).toBe(
      '<ul><li><q>Share on Facebook\nShare on Twitter</q> <span class="meta">— share-bar</span></li>' +
        '<li><q>Here’s What Sugar Does &amp; Why</q> <span class="meta">— related-links</span></li></ul>',
    );
  });

  it('escapes markup in the text and the reason', () => {
    const html = removedListHtml([
      { text: `<script>alert("x")</script> <img src=x onerror='y'>`, reason: '<b>footer</b>' },
    ]);
    expect(html).toBe(
      '<ul><li><q>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &lt;img src=x onerror=&#39;y&#39;&gt;</q>' +
        ' <span class="meta">— &lt;b&gt;footer&lt;/b&gt;</span></li></ul>',
    );
  });

  it('covers every removed block of the bundled story', () => {
    const FILE = 'content/stories/nato-ukraine-aid/story.json';
    const story = parseStoryFile(FILE, readFileSync(FILE, 'utf8'));
    for (const article of story.articles) {
      const html = removedListHtml(article.removed);
      expect(html.match(/<li>/g)?.length ?? 0).toBe(article.removed.length);
      expect(html).not.toMatch(/<(?!\/?(ul|li|q|span)[ >])/);
    }
  });
});
