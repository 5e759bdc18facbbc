/**
 * Saved pages' boxes told by structure alone (normalize/html/structure.ts), on invented pages (no
 * corpus text, no wording of the benchmark layouts): blocks after the <article> outside it, a
 * widget built around buttons, a closing box of headings over lists, a box of bare lines in a
 * story set in <p>. Look-alikes stay: a story set in <div>s, an interview's questions over their
 * answers, a paragraph with a button in it, a text the page also shows in its menu.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { HARBOUR_BODY_CITING_NEWSROOMS, HARBOUR_HEADLINE } from './harbour-story.ts';

const BODY = HARBOUR_BODY_CITING_NEWSROOMS;

/** A saved page: masthead, headline, the story in <main><article>, `inside` after paragraph 3, `after` the article. */
function page(options: {
  inside?: string;
  end?: string;
  after?: string;
  paragraph?: (p: string) => string;
}): string {
  const paragraph = options.paragraph ?? ((p: string) => `<p>${p}</p>`);
  const body = BODY.map((p, i) => paragraph(p) + (i === 2 ? (options.inside ?? '') : '')).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HARBOUR_HEADLINE}</title></head>
<body>
<div class="masthead"><a href="/">Estuary Courier</a></div>
<h1>${HARBOUR_HEADLINE}</h1>
<main><article>
${body}
${options.end ?? ''}
</article></main>
${options.after ?? ''}
<div class="page-foot"><div>About us</div><div>Contact</div></div>
</body></html>`;
}

const story = (html: string) => {
  const article = normalizeHtml(html);
  return [...article.paragraphs, ...article.subheads];
};

describe('normalize/html/structure: boxes by structure', () => {
  it('cuts a feed after the article that the chosen container took in', () => {
    // Short next to the story (the story holds four in five of the words): a long rail is not
    // told from a story continued outside its <article>, and stays.
    const feed = `<section class="feed"><h2>From around the quay</h2>
<div>Nell P. · Old Town</div><div>Grey kayak seen drifting near the slipway?</div><div>Like · Reply</div>
<div>Aled M. · Old Town</div><div>Bake sale at the lifeboat station on Sunday.</div><div>Like · Reply</div>
<p>Old Town news in your inbox, every morning.</p></section>`;
    expect(story(page({ after: feed }))).toEqual([...BODY]);
  });

  it('cuts a widget built around buttons, keeps a paragraph holding a button', () => {
    const viewer = `<div class="viewer"><h3>Fare review, appendix B</h3><span>Page 1 of 12</span>
<div class="tools"><button>Zoom in</button><button>Zoom out</button><button>Download</button></div>
<p>Marked passages were chosen by our desk.</p><small>Hosted by Pagebin</small></div>`;
    expect(story(page({ inside: viewer }))).toEqual([...BODY]);
    const withButton = page({
      paragraph: (p) => (p === BODY[1] ? `<p>${p} <button>Listen</button></p>` : `<p>${p}</p>`),
    });
    expect(story(withButton)).toEqual([...BODY]);
  });

  it('cuts a closing box of headings over lists, keeps an interview’s questions', () => {
    const sources = `<section class="notes"><h2>References</h2><ol><li><a href="/a">Port authority annual report</a></li>
<li><a href="/b">Ferry users survey</a></li></ol><h2>Changes to this page</h2><ul><li>First filed: March 4</li>
<li>Checked: March 5</li></ul><h3>Our standards</h3><p>We cite public records and named sources wherever we can.</p></section>`;
    expect(story(page({ end: sources }))).toEqual([...BODY]);
    const interview = `<section class="qa"><h4>Q: Favourite crossing?</h4><p>A: The early boat in winter.</p>
<h4>Q: Longest delay?</h4><p>A: Three hours, in fog.</p><h4>Q: Best view?</h4><p>A: From the upper deck.</p></section>`;
    const kept = story(page({ end: interview }));
    expect(kept).toContain('Q: Longest delay?');
    expect(kept).toContain('A: Three hours, in fog.');
  });

  it('cuts a box of bare lines in a story set in <p>, keeps a story set in <div>s', () => {
    const details = `<div class="facts"><div>Filed</div><div>04.03.2024</div><div>Desk</div><div>Harbour and transport</div></div>`;
    expect(story(page({ inside: details }))).toEqual([...BODY]);
    const divStory = page({ paragraph: (p) => `<div>${p}</div>` });
    expect(story(divStory)).toEqual([...BODY]);
  });

  it('keeps a story line the page also shows in a widget', () => {
    // The same words in a menu box with a button and as a one-line paragraph of the story.
    const line = 'The vote was close.';
    const html = page({ end: `<p>${line}</p>` }).replace(
      '<div class="masthead">',
      `<div class="menu"><button>Menu</button><div>${line}</div></div><div class="masthead">`,
    );
    expect(story(html)).toContain(line);
  });
});
