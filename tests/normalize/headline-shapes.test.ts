/**
 * Headlines on pages that wrap the article in something else: a printed page whose running head
 * repeats the whole document title, a podcast page with its player controls under the headline,
 * a networking post with the poster's note above the shared article. Invented pages, invented text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_HEADLINE, HARBOUR_BODY, blankSeparated } from './harbour-story.ts';

const HEADLINE = HARBOUR_HEADLINE;
const BODY = HARBOUR_BODY;
const body = blankSeparated;

describe('what a headline is on wrapped pages', () => {
  it('a printed page: the running head repeats "Headline | Site", the headline line is the part', () => {
    const head = `${HEADLINE} | Estuary Courier`;
    const page = [
      '3/4/24, 9:12 PM',
      head,
      'ADVERTISEMENT',
      '',
      'Estuary Courier',
      '',
      HEADLINE,
      '',
      'By Rowan Pike',
      '',
      ...body(BODY.slice(0, 2)),
      'https://courier.example/2024/03/04/harbour-ferry-fares/',
      '1/3',
      '3/4/24, 9:12 PM',
      head,
      '',
      ...body(BODY.slice(2)),
    ].join('\n');
    expect(normalizeText(page).headline).toBe(HEADLINE);
  });

  it('a podcast page: the player controls under the headline are no menu that hides it', () => {
    const page = [
      'Tidewater Audio',
      'Browse shows',
      'Latest episodes',
      'Sign in',
      'Harbour Hour',
      'A podcast from the Estuary Courier',
      'Episode 12 · March 4, 2024',
      '',
      HEADLINE,
      '',
      '▶ Listen · 21:04',
      '−15s',
      '+30s',
      '1.25×',
      'Queue',
      'Transcript',
      '',
      ...body(BODY),
    ].join('\n');
    const article = normalizeText(page);
    expect(article.headline).toBe(HEADLINE);
    expect(article.paragraphs).toEqual(BODY);
  });

  it("a networking post: the shared article's headline under the poster's note", () => {
    const page = [
      'Linkhub',
      'Home',
      'My network',
      'Jobs',
      'Messages',
      'Profile',
      'Maren Stolz',
      'Transport planner, regional council',
      '9h · Edited',
      '+ Follow',
      '',
      'I do not often share news here, but this one matters to a lot of people in my network. Full article below.',
      '',
      HEADLINE,
      '',
      'By Rowan Pike · 2024-03-04',
      '',
      ...body(BODY),
    ].join('\n');
    const article = normalizeText(page);
    expect(article.headline).toBe(HEADLINE);
    expect(article.paragraphs).toEqual(BODY);
  });

  it('a lone subheading with a date under it, below a headline that shares the lede, is not taken', () => {
    const page = [
      HEADLINE,
      '',
      'By Rowan Pike',
      '',
      BODY[0],
      '',
      'What the board said on Monday',
      'March 4, 2024',
      '',
      ...body(BODY.slice(1)),
    ].join('\n');
    expect(normalizeText(page).headline).toBe(HEADLINE);
  });

  it("a web clip: the clipper's source address is never the headline", () => {
    const page = [
      'Web clip 04.03.2024',
      'Source URL: https://courier.example/2024/03/04/harbour-board-ferry-fare-rise-delayed/',
      'Clipped: March 4, 2024',
      '',
      ...body(BODY),
    ].join('\n');
    expect(normalizeText(page).headline).not.toMatch(/https?:/u);
  });

  it("a link round-up's saved page: the shared article's sub-heading over the post's own <h1>", () => {
    const html = `<!doctype html><html><head><title>Weekend reading, no. 12 – Side Notes</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/">Archive</a></li></ul></nav>
<h1>Weekend reading, no. 12</h1><div class="entry-meta">Posted March 4, 2024 by Maren Stolz</div>
<p>Short list today. The lead item is long, so grab a coffee.</p>
<h2><a href="https://courier.example/harbour">${HEADLINE}</a></h2>
<div class="source">Via the Estuary Courier, March 4</div><div class="source-byline">Written by Rowan Pike</div>
<main><article>${BODY.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
    expect(normalizeHtml(html).headline).toBe(HEADLINE);
    const own = html
      .replace(`<h1>Weekend reading, no. 12</h1>`, `<h1>${HEADLINE}</h1>`)
      .replace(/Weekend reading, no\. 12/u, HEADLINE);
    expect(normalizeHtml(own).headline).toBe(HEADLINE);
  });
});
