/**
 * Furniture that interrupts an article rather than framing it (issue #10): a player's controls, a
 * newsletter box between paragraphs, a live post's label, a box of links or instruments, a tip
 * line, a contact trailer, a paywall's teaser, a consent wall's buttons, a translation note at the
 * end. Each is removed with its reason, and none of them, however often the page prints it, cuts
 * the body short. Invented pages, invented text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_HEADLINE, HARBOUR_BODY } from './harbour-story.ts';

const HEADLINE = HARBOUR_HEADLINE;
const BODY = [
  ...HARBOUR_BODY,
  'The ferry service carries about nine thousand passengers a day across the estuary, most of them travelling to work in the city centre or the port.',
  'A final decision is expected at the board meeting in March, when the members will also consider a request to add two evening sailings on weekdays.',
  'The board said it would publish the revised figures a fortnight before that meeting so that passengers could comment on them.',
];

/** A sign-up box as a browser copies it: one block, its lines one under another. */
const SIGN_UP = [
  'Newsletters',
  "The week's harbour news, in your inbox every Sunday.",
  'Your email address',
  'Subscribe',
  "You're signed up!",
];

const reasonsOf = (removed: ReadonlyArray<{ text: string; reason: string }>, line: string) =>
  removed.filter((r) => r.text.split('\n').includes(line)).map((r) => r.reason);

describe('furniture inside a pasted article', () => {
  const page = [
    'Your privacy choices',
    'We and our partners use cookies on this site to personalise content and measure our audience, with your consent.',
    'Accept all cookies',
    'Reject all',
    'Estuary Courier',
    'News  Sport  Business  Weather',
    '',
    HEADLINE,
    '',
    'Rowan Pike (Estuary Courier)',
    'March 4, 2024',
    '',
    'Read also',
    'Why the port wants a second terminal',
    '',
    BODY[0],
    '',
    'Listen live: the Harbour Hour phone-in',
    'Pause',
    '0:00 / 3:41',
    '',
    BODY[1],
    '',
    ...SIGN_UP,
    '',
    BODY[2],
    '',
    'Key event',
    '',
    BODY[3],
    '',
    'More coverage',
    'Estuary Gazette',
    'Fares explained in four charts',
    '3h',
    '',
    BODY[4],
    '',
    ...SIGN_UP,
    '',
    BODY[5],
    '',
    'Got a tip? Write to the newsdesk at newsdesk@courier.example',
    '',
    BODY[6],
    '',
    'To contact the editor responsible for this story: Sam Hale in Portsea',
    '',
    'This story was translated from the Welsh by our news desk.',
    '',
    ...SIGN_UP,
    '',
    '© 2024 Estuary Courier',
  ].join('\n');
  const article = normalizeText(page);

  it('keeps every paragraph and only those, under the right headline', () => {
    expect(article.headline).toBe(HEADLINE);
    expect(article.paragraphs).toEqual(BODY);
  });

  it('logs each interruption with its reason', () => {
    const removed = article.removed;
    expect(reasonsOf(removed, 'Accept all cookies')).toEqual(['cookie-notice']);
    expect(reasonsOf(removed, 'Pause')).toEqual(['media-widget']);
    expect(reasonsOf(removed, '0:00 / 3:41')).toEqual(['media-widget']);
    expect(reasonsOf(removed, 'Listen live: the Harbour Hour phone-in')).toEqual(['media-widget']);
    expect(reasonsOf(removed, "The week's harbour news, in your inbox every Sunday.")).toContain('promo');
    expect(reasonsOf(removed, 'Your email address')).toContain('promo');
    expect(reasonsOf(removed, 'Key event')).toEqual(['timestamp']);
    expect(reasonsOf(removed, 'Fares explained in four charts')).toEqual(['related-links']);
    expect(reasonsOf(removed, '3h')).toEqual(['timestamp']);
    expect(reasonsOf(removed, 'Got a tip? Write to the newsdesk at newsdesk@courier.example')).toEqual([
      'promo',
    ]);
    expect(
      reasonsOf(removed, 'To contact the editor responsible for this story: Sam Hale in Portsea'),
    ).toEqual(['credits']);
  });

  it("reads the writer's outlet from a bracketed credit, and a translation note is no machine translation", () => {
    expect(article.outlet).toBe('Estuary Courier');
    expect(article.machineTranslated).toBe(false);
    expect(article.paragraphs.join(' ')).not.toContain('translated');
  });

  it('a pitch without a box around it is prose and stays', () => {
    const pitch = 'Commuters will get the revised timetable in their inbox every Sunday from next month.';
    const text = [
      HEADLINE,
      '',
      ...BODY.slice(0, 3).flatMap((p) => [p, '']),
      pitch,
      '',
      ...BODY.slice(3).flatMap((p) => [p, '']),
    ];
    expect(normalizeText(text.join('\n')).paragraphs).toEqual([...BODY.slice(0, 3), pitch, ...BODY.slice(3)]);
  });
});

describe("a paywall's teaser", () => {
  const teaser = `${(BODY[0] ?? '').split(' ').slice(0, 12).join(' ')}…`;
  it('is furniture when the full story follows the offer', () => {
    const page = [
      HEADLINE,
      '',
      'By Rowan Pike',
      '',
      teaser,
      '',
      'Unlock full access for £1 a month',
      'Continue reading',
      '',
      ...BODY.flatMap((p) => [p, '']),
    ];
    const article = normalizeText(page.join('\n'));
    expect(article.paragraphs).toEqual(BODY);
    expect(reasonsOf(article.removed, teaser)).toEqual(['subscription']);
  });
  it('stays when the page stops at the paywall: it is all the reader has', () => {
    const page = [
      HEADLINE,
      '',
      'By Rowan Pike',
      '',
      BODY[1],
      '',
      teaser,
      '',
      'Unlock full access for £1 a month',
      'Continue reading',
      '',
    ];
    expect(normalizeText(page.join('\n')).paragraphs).toContain(teaser);
  });
});

describe('furniture inside a saved article', () => {
  const html = `<!doctype html><html lang="en"><head><title>${HEADLINE}</title></head><body>
<main><article><h1>${HEADLINE}</h1>
<div class="summary"><div>Key points</div><div>The fare rise has been put back until the spring at the earliest</div><div>The board will publish new figures before its March meeting</div></div>
<p>${BODY[0]}</p><p>${BODY[1]}</p>
<div class="box"><div>Read also</div><div>Why the port wants a second terminal</div></div>
<p>Timetable</p>
<p>${BODY[2]}</p><p>${BODY[3]}</p>
<div class="quotes"><div>In this article</div><div>PORT</div><div>412.50</div><div>+1.2%</div><div>Follow</div></div>
${BODY.slice(4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
</article></main></body></html>`;
  const article = normalizeHtml(html);

  it('drops the highlights, the links and the instruments, and keeps a short subhead after a box', () => {
    expect(article.paragraphs.filter((p) => p !== 'Timetable')).toEqual(BODY);
    expect([...article.paragraphs, ...article.subheads]).toContain('Timetable');
  });
  it('logs them with their reasons', () => {
    expect(reasonsOf(article.removed, 'Why the port wants a second terminal')).toEqual(['related-links']);
    expect(reasonsOf(article.removed, '412.50')).toEqual(['related-links']);
    expect(reasonsOf(article.removed, 'The board will publish new figures before its March meeting')).toEqual(
      ['highlights'],
    );
  });
});

describe("an opinion page's and a comments page's furniture", () => {
  it('an ad skip link, the views disclaimer and the author bio are not body', () => {
    const bio = 'Rowan Pike is a contributing writer for the Estuary Courier. Follow him on X @rowanpike.';
    const disclaimer = 'The views expressed in this column are those of the author.';
    const page = [
      'Opinion',
      '',
      HEADLINE,
      'By Rowan Pike',
      '',
      ...BODY.slice(0, 3).flatMap((p) => [p, '']),
      'Advertisement',
      'Skip advert',
      '',
      ...BODY.slice(3).flatMap((p) => [p, '']),
      bio,
      '',
      disclaimer,
    ];
    const article = normalizeText(page.join('\n'));
    expect(article.paragraphs).toEqual(BODY);
    expect(reasonsOf(article.removed, 'Skip advert')).toEqual(['ad']);
    expect(reasonsOf(article.removed, bio)).toEqual(['credits']);
    expect(reasonsOf(article.removed, disclaimer)).toEqual(['footer']);
  });
  it("a closing paragraph about a writer's career is the article's", () => {
    const profile =
      'Pike, who covered the harbour for two decades, is a reporter whose work on the ferry contracts won a national prize in 2019, and he said on Monday that he would retire in the summer.';
    const page = [HEADLINE, '', ...BODY.flatMap((p) => [p, '']), profile];
    expect(normalizeText(page.join('\n')).paragraphs).toEqual([...BODY, profile]);
  });
  it('a comments link with its count under the byline does not hide the headline', () => {
    const page = [
      'Sections',
      'Search',
      '',
      HEADLINE,
      'Rowan Pike',
      'March 4, 2024',
      'Join the discussion: 2.4K comments',
      '',
      ...BODY.flatMap((p) => [p, '']),
    ];
    expect(normalizeText(page.join('\n')).headline).toBe(HEADLINE);
  });
});
