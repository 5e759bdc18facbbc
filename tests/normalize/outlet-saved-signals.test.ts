/**
 * Outlets on saved HTML, round 1 (issue #10): the signals a saved page has and a paste lacks, each
 * read where it stands, and each refused where it names something else (a mail's "Fwd:", a date, a
 * menu's channel, a section in og:site_name). Invented pages, invented outlets (the wire agency
 * only as the agency table names it); the story is tests/normalize/harbour-story.ts.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { outletFromTitle } from '../../src/pipeline/normalize/outlet-title.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_BODY, HARBOUR_HEADLINE } from './harbour-story.ts';

const HEADLINE = HARBOUR_HEADLINE;
const BODY = HARBOUR_BODY.map((p) => `<p>${p}</p>`).join('\n');
const STORY_URL = 'https://www.harbourpost.example/local/2024/03/04/ferry-fares';

/** A saved page: head extras, what stands above the story, the story, the footer. */
function page(head: string, above: string, footer = '', h1 = `<h1>${HEADLINE}</h1>`): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
${above}
${h1}
<main><article>
${BODY}
</article></main>
<div class="footer">${footer}</div></body></html>`;
}

describe('the <title> names the site beside the headline', () => {
  it('reads "Outlet: Headline", a section or share part between, and never a mail field', () => {
    expect(outletFromTitle(`Harbour Post: ${HEADLINE}`, HEADLINE)).toBe('Harbour Post');
    expect(outletFromTitle(`${HEADLINE} | Archive | Harbour Post`, HEADLINE)).toBe('Harbour Post');
    expect(outletFromTitle(`${HEADLINE} | Shared | Harbour Post`, HEADLINE)).toBe('Harbour Post');
    expect(outletFromTitle(`Harbour Post | Local | ${HEADLINE}`, HEADLINE)).toBe('Harbour Post');
    expect(outletFromTitle(`Fwd: ${HEADLINE}`, HEADLINE)).toBeNull();
    expect(outletFromTitle(`Subject: ${HEADLINE}`, HEADLINE)).toBeNull();
    // A section in the site's place names a part of a site.
    expect(outletFromTitle(`${HEADLINE} | Features | Culture Desk`, HEADLINE)).toBeNull();
    // A headline with a colon of its own is not split into a name.
    expect(outletFromTitle('Ferry board: fares rise delayed', 'Ferry board: fares rise delayed')).toBeNull();
  });

  it('names the outlet from the title prefix and the page address, an app shell around it', () => {
    const html = page(
      `<title>Harbour Post: ${HEADLINE}</title><meta property="og:url" content="${STORY_URL}">`,
      '<div class="app-bar"><div>Open in app</div></div>',
    );
    expect(normalizeHtml(html).outlet).toBe('Harbour Post');
  });

  it('reads a print-out running header ("Headline | Outlet") when the <title> is a file name', () => {
    const header = `<div class="pdf-head"><div>3/4/24, 3:12 PM</div><div>${HEADLINE} | Harbour Post</div></div>`;
    const html = page(
      '<title>document.pdf</title>',
      header,
      `<div>${STORY_URL}</div>`,
      `<p class="ft10"><b>${HEADLINE}</b></p>`,
    );
    expect(normalizeHtml(html).outlet).toBe('Harbour Post');
  });

  it('does not take a mail field printed over the headline ("Subject: Headline")', () => {
    const html = page(
      `<title>${HEADLINE}</title>`,
      `<div class="mail-headers"><div>From: Rowan Pike</div><div>Subject: ${HEADLINE}</div></div>`,
    );
    expect(normalizeHtml(html).outlet).toBeNull();
  });
});

describe('credits and sources beside the headline', () => {
  it('reads each line of a byline box, not the box run together', () => {
    const html = page(
      `<title>${HEADLINE}</title>`,
      '<div class="byline"><div>By Rowan Pike, Harbour Post</div><div>Published March 4, 2024</div></div>',
    );
    expect(normalizeHtml(html).outlet).toBe('Harbour Post');
  });

  it("credits the site a feed reader's item links to when a name beside it spells that address", () => {
    const html = page(
      `<title>${HEADLINE} – Feedwell</title><meta name="application-name" content="Feedwell">`,
      '<div class="feed-list"><div>Harbour Post  40</div><div>Lakeside Policy Blog  150</div></div><div class="item-source"><div>Harbour Post · 18h</div></div>',
      '',
      `<h1><a href="${STORY_URL}">${HEADLINE}</a></h1>`,
    );
    expect(normalizeHtml(html).outlet).toBe('Harbour Post');
  });

  it('credits a clipping\'s "Source: Outlet, address" where the name spells the address', () => {
    const html = page(
      '<title>Harbour Post clip, Mar 4</title>',
      `<p><span>Source: Harbour Post, ${STORY_URL}</span></p>`,
    );
    expect(normalizeHtml(html).outlet).toBe('Harbour Post');
  });
});

describe('site statements weighed by evidence', () => {
  it("takes an agency on the agency's own address over a registration-suffixed publisher", () => {
    const html = page(
      `<title>${HEADLINE}</title><meta property="og:site_name" content="Reuters"><meta property="og:url" content="https://www.reuters.com/article/ferry-fares">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${HEADLINE}","publisher":{"@type":"Organization","name":"Brightwater Information Ltd"}}</script>`,
      '<header><img src="/logo.svg" alt="Reuters"></header>',
      '<div>© 2024 Brightwater Information. All rights reserved.</div>',
    );
    expect(normalizeHtml(html).outlet).toBe('Reuters');
  });

  it("drops a section's name in og:site_name and reads the logo image by its file name", () => {
    const html = page(
      `<title>${HEADLINE} | Features | Culture Desk</title><meta property="og:site_name" content="Culture Desk"><meta property="og:url" content="${STORY_URL}">`,
      '<div class="utility"><img src="/wordmark.svg" alt="Harbour Post"></div><header class="section-masthead"><div class="section-name">Culture Desk</div></header>',
      '<div>© 2024 Lakeshore Media Group</div>',
    );
    expect(normalizeHtml(html).outlet).toBe('Harbour Post');
  });

  it("never takes a menu's or share bar's channel, a date or a year as the publisher", () => {
    const head = `<title>${HEADLINE} | Harbour Post</title><meta property="og:site_name" content="Harbour Post"><meta property="og:url" content="${STORY_URL}">`;
    const menu = page(
      head,
      '<ul class="header__channels"><li class="header__channel">Lists</li></ul><a class="channel-name" href="/healthcare">Healthcare</a>',
    );
    expect(normalizeHtml(menu).outlet).toBe('Harbour Post');
    const dated = page(head, '', '<p><small>First published on March 4, 2024 / 8:16 AM</small></p>');
    expect(normalizeHtml(dated).outlet).toBe('Harbour Post');
    const own = page(head, '<div class="channel-deals"><span>Harbour Post Top Deals</span></div>');
    expect(normalizeHtml(own).outlet).toBe('Harbour Post');
  });
});

describe('the masthead is never the headline', () => {
  it('passes over a trusted masthead and takes the question headline under its credits', () => {
    const question = "Ferry fares on hold. Is this the harbour board's turning point?";
    const text = [
      'The Harbour Monitor',
      'COURTS',
      'By Rowan Pike',
      'Updated 8 hours ago',
      '',
      question,
      '',
      ...HARBOUR_BODY.flatMap((p) => [p, '']),
    ].join('\n');
    const article = normalizeText(text);
    expect(article.headline).toBe(question);
    expect(article.outlet).toBe('The Harbour Monitor');
  });
});
