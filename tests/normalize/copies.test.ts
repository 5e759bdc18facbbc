/**
 * Stories that reach the reader as a copy of something else: a think tank's republication, a
 * forum repost, a news database record, a forwarded newsletter, a print page's text view, a web
 * archive capture, a fact check. Invented pages, invented outlets: the outlet is the story's
 * original publisher, never the page that republishes it, and the copy's furniture is not body.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import {
  isReprintMarker,
  isReprintNote,
  reprintCredit,
  runningHead,
  senderCredit,
  signedUpFor,
  sourceCredit,
} from '../../src/pipeline/normalize/outlet-reprint.ts';
import { outletFromCopyright } from '../../src/pipeline/normalize/outlet.ts';
import { copyCue } from '../../src/pipeline/normalize/text/copy-cues.ts';
import { cueOf } from '../../src/pipeline/normalize/text/cues.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_HEADLINE, HARBOUR_BODY_CITING_NEWSROOMS } from './harbour-story.ts';

const HEADLINE = HARBOUR_HEADLINE;
const BODY = HARBOUR_BODY_CITING_NEWSROOMS;
const ORG = 'Tidewater Institute for Public Policy';

/** A think tank's page republishing an op-ed: its name in the logo, the title and the footer. */
function thinkTank(origin: string): string {
  return [
    ORG,
    'Research',
    'Experts',
    'Events',
    '',
    'Op-Ed',
    '',
    HEADLINE,
    '',
    'Rowan Pike',
    'Senior fellow',
    'March 4, 2024',
    '',
    ...BODY.flatMap((p) => [p, '']),
    origin,
    '',
    `Rowan Pike is a senior fellow in transport studies at the ${ORG}.`,
    '',
    'Cite this commentary',
    `Rowan Pike, “${HEADLINE},” ${ORG}, March 4, 2024.`,
    '',
    `© 2024 ${ORG}`,
    'Privacy',
  ].join('\n');
}

describe('a page that republishes a story', () => {
  it('names the original publisher when its note does', () => {
    const result = normalizeText(
      thinkTank('This commentary originally appeared in The Estuary Courier on March 4, 2024.'),
    );
    expect(result.outlet).toBe('The Estuary Courier');
    // The note, the bio and the citation box are not the article.
    expect(result.paragraphs).toEqual(BODY);
  });
  it('gets no outlet when the note does not say from whom (never the republisher)', () => {
    expect(normalizeText(thinkTank('Republished with permission.')).outlet).toBeNull();
    expect(normalizeText(thinkTank('Originally published in')).outlet).toBeNull();
  });
  it('reads a publication logo where the note stands in HTML', () => {
    const html = `<!doctype html><html lang="en"><head><title>${HEADLINE} | ${ORG}</title>
<meta property="og:site_name" content="${ORG}"></head><body>
<div class="org-logo"><a href="/">${ORG}</a></div>
<h1>${HEADLINE}</h1>
<p class="origin">Originally published in <img src="/pubs/logo.png" alt="The Estuary Courier"></p>
<main><article>${BODY.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<div class="footer"><div>© 2024 ${ORG}</div></div></body></html>`;
    expect(normalizeHtml(html).outlet).toBe('The Estuary Courier');
    expect(normalizeHtml(html.replace(/ alt="[^"]*"/u, ' alt=""')).outlet).toBeNull();
  });
  it('a forum repost names the story, not the forum', () => {
    const page = (credit: string) =>
      `<!doctype html><html lang="en"><head><title>${HEADLINE}</title>
<meta property="og:site_name" content="Threadhall"></head><body>
<div class="bar"><div>Threadhall</div><div>Log In</div></div>
<div class="meta"><div>Posted by u/harbour_watcher</div><div>3 hr. ago</div></div>
<h1>${HEADLINE}</h1>
<div class="card"><div>www.estuarycourier.co.uk</div></div>
<div class="intro"><div>${credit}</div></div>
<main><article>${BODY.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<div><div>412 comments</div></div></body></html>`;
    expect(normalizeHtml(page('Source: Estuary Courier')).outlet).toBe('Estuary Courier');
    // A poster's "(X)" counts where the linked domain agrees.
    expect(normalizeHtml(page('Copying the text here for mobile users. (Estuary Courier)')).outlet).toBe(
      'Estuary Courier',
    );
    expect(normalizeHtml(page('Copying the text here for mobile users.')).outlet).toBeNull();
    // The poster's note stands before the article's own box: not the story.
    expect(normalizeHtml(page('Copying the text here for mobile users.')).paragraphs).toEqual(BODY);
  });
});

describe('a news database record', () => {
  const record = [
    'Document 3 of 18',
    '',
    HEADLINE,
    '',
    'The Estuary Courier',
    'March 4, 2024 Monday 6:12 PM EST',
    'Copyright 2024 The Estuary Courier All Rights Reserved',
    '',
    'Section: NEWS; Pg. A1',
    'Length: 187 words',
    'Byline: Rowan Pike',
    '',
    'Body',
    '',
    ...BODY.flatMap((p) => [p, '']),
    'Load-Date: March 5, 2024',
    'Language: ENGLISH',
    'Publication-Type: Newspaper',
    '',
    'End of Document',
  ].join('\n');
  it('reads the headline under the record count, the byline field and the copyright', () => {
    const result = normalizeText(record);
    expect(result.headline).toBe(HEADLINE);
    expect(result.byline).toBe('Rowan Pike');
    expect(result.outlet).toBe('The Estuary Courier');
    expect(result.paragraphs).toEqual(BODY);
  });
  it('prefers the <h1> to a search window title that shares no word with it', () => {
    const html = `<!doctype html><html><head><title>Document | Search results</title></head><body>
<div>Document 3 of 18</div><h1>${HEADLINE}</h1><main><article>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;
    expect(normalizeHtml(html).headline).toBe(HEADLINE);
  });
});

describe("a print page's text view", () => {
  it('drops running heads, the jump and its head, and the cutline under a photo credit', () => {
    const page = [
      'e-Edition',
      'A3 | THE ESTUARY COURIER | MONDAY, MARCH 4, 2024',
      '',
      HEADLINE,
      '',
      'BY ROWAN PIKE',
      '',
      ...BODY.slice(0, 3).flatMap((p) => [p, '']),
      'Please see FERRY, Page A7',
      '',
      'A7 | THE ESTUARY COURIER | MONDAY, MARCH 4, 2024',
      '',
      'FERRY',
      'Continued from Page A3',
      '',
      'PHOTO BY TOMAS REED / STAFF',
      'Commuters queue at the quay on Monday morning.',
      '',
      ...BODY.slice(3).flatMap((p) => [p, '']),
      'Page A7 of 32',
    ].join('\n');
    const result = normalizeText(page);
    expect(result.headline).toBe(HEADLINE);
    expect(result.outlet?.toLowerCase()).toBe('the estuary courier');
    expect(result.paragraphs).toEqual(BODY);
    expect(result.subheads).toEqual([]);
    expect(result.captions).toContain('Commuters queue at the quay on Monday morning.');
  });
});

describe('line shapes of copies', () => {
  it('copyright lines without a stop, or with a postal address', () => {
    expect(outletFromCopyright('Copyright 2024 The Estuary Courier All Rights Reserved')).toBe(
      'The Estuary Courier',
    );
    expect(outletFromCopyright('© 2024 Estuary Courier, 1200 Quay Street, Suite 4, Portsea')).toBe(
      'Estuary Courier',
    );
  });
  it('republication markers and credits', () => {
    expect(isReprintMarker('Posted by u/harbour_watcher')).toBe(true);
    expect(isReprintMarker('Posted by Rowan Pike')).toBe(false);
    // Inside the article's prose only a note's shape counts: this is a sentence of the story.
    expect(isReprintNote('Originally published in 1851, the Courier was the first daily on the coast.')).toBe(
      false,
    );
    expect(isReprintNote('Republished with permission.')).toBe(true);
    expect(reprintCredit('This op-ed first appeared in The Estuary Courier on March 4, 2024.')).toBe(
      'The Estuary Courier',
    );
    expect(sourceCredit('2024-03-04 18:12:40 Source: Estuary Courier Editor: Rowan Pike')).toBe(
      'Estuary Courier',
    );
    expect(sourceCredit('Source: Company statement')).toBeNull();
    // A link ends the field; a lower-case word before a colon is no next label (the i flag once
    // let "https:" pass for one, issues #10/#11).
    expect(sourceCredit('Source: Estuary Courier, https://www.courier.example/news/1')).toBe(
      'Estuary Courier',
    );
    expect(sourceCredit('Source: Estuary Courier www.courier.example/news/1')).toBe('Estuary Courier');
    expect(runningHead('A3 | THE ESTUARY COURIER | MONDAY, MARCH 4, 2024')).toBe('THE ESTUARY COURIER');
  });
  it("a newsletter's sender is the outlet only from its own domain, and never the newsletter", () => {
    const newsletters = new Set([
      signedUpFor('You are receiving this email because you signed up for Tide Times.')!,
    ]);
    expect(senderCredit('From: Estuary Courier <newsletters@www.estuarycourier.co.uk>', newsletters)).toBe(
      'Estuary Courier',
    );
    expect(senderCredit('From: Tide Times <hello@mail.tidetimes.news>', newsletters)).toBeNull();
    expect(senderCredit('From: Rowan Pike <rowan@mailbox.example>', newsletters)).toBeNull();
  });
  it('the furniture of copies is cued, the prose around it is not', () => {
    for (const line of [
      'Document 3 of 18',
      'Length: 187 words',
      'End of Document',
      'Saved from https://www.estuarycourier.co.uk/news/ferry',
      'All snapshots from host www.estuarycourier.co.uk',
      'Forwarded this email? Sign up here.',
      'Sponsored by Quayside Savings: plan your retirement today.',
      'Please see FERRY, Page A7',
      'A7 MONDAY, MARCH 4, 2024',
      'RATING:',
      'Our sources',
      'Edit: fixed the formatting, sorry.',
      'Home > World > Harbour board delays ferry fare rise',
    ])
      expect(copyCue(line, line.replace(/[\s:.|»›>]+$/u, '')) ?? cueOf(line), line).not.toBeNull();
    expect(cueOf('相关新闻 Related')?.reason).toBe('related-links');
    for (const line of BODY) expect(cueOf(line), line).toBeNull();
  });
});
