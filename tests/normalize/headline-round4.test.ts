/**
 * Headlines round 4 (issue #10): what sits just above a pasted page's headline and may be taken
 * for it — a player's or share box's copy of the headline behind a label, a site's tagline, a
 * prompt to the reader, a series label, a banner for another story, a kicker, a ticker, a pager, a
 * programme's or an edition's name, a form's title, a "Live" badge — and the near misses each
 * rule must leave alone (a headline that addresses the reader, a headline opening with a label).
 * Invented pages, invented text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_BODY, HARBOUR_HEADLINE, blankSeparated } from './harbour-story.ts';

const HEADLINE = HARBOUR_HEADLINE;
const headlineOf = (lines: readonly string[]) => normalizeText(lines.join('\n')).headline;
/** The page from the headline down: the headline, the line under it (a standfirst, or none), byline, date, body. */
const story = (headline = HEADLINE, under = ''): string[] => [
  headline,
  under,
  'By Rowan Pike',
  'March 4, 2024',
  '',
  ...blankSeparated(HARBOUR_BODY),
];

describe('the headline printed again behind a label', () => {
  it("a video player's 'Now playing:' line over the headline", () => {
    const page = ['Video', 'Local news', '▶ 4:12', `Now playing: ${HEADLINE}`, '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("a share box's 'Share:' copy over the headline", () => {
    const page = ['The Estuary Courier', '', `Share: ${HEADLINE}`, '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('a headline that opens with a label and is printed once keeps its label', () => {
    const headline = `Analysis: ${HEADLINE}`;
    const page = ['The Estuary Courier', '', ...story(headline)];
    expect(headlineOf(page)).toBe(headline);
  });
});

describe("the site's own voice over the headline, sharing a lede word by chance", () => {
  it("a tagline with the paper's founding year ('city' is in the lede)", () => {
    const page = ['The Estuary Courier', 'Serving the city and its harbour towns since 1921', '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('a prompt to the reader right over the headline', () => {
    const page = ['Someone sent you a story about the city', '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("a series label ('A Courier special report') naming the site", () => {
    const page = ['A City Courier special report', '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('a banner for another story in capitals over the headline', () => {
    const page = ['BREAKING: City council approves new budget', '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('a headline that speaks to the reader stays the headline over a standfirst with no full stop', () => {
    const headline = 'What you need to know about the fare rise';
    const dek = 'The harbour board delays the rise after months of commuter protests';
    const page = ['The Estuary Courier', '', ...story(headline, dek)];
    expect(headlineOf(page)).toBe(headline);
  });

  it('a headline that speaks to the reader stays the headline when nothing under it shares more', () => {
    const headline = 'What you need to know about the harbour board vote';
    const page = ['The Estuary Courier', '', ...story(headline)];
    expect(headlineOf(page)).toBe(headline);
  });
});

describe('other lines that sit over a headline', () => {
  it('a kicker naming the topic over the headline', () => {
    const page = ['The Estuary Courier', '', 'Ferry fare protests', '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('a short headline over a long standfirst with no full stop stays the headline', () => {
    const headline = 'Ferry fare rise delayed';
    const dek =
      'Harbour board delays the ferry fare rise until the spring after months of commuter protests across the city and its towns';
    const page = ['The Estuary Courier', '', headline, '', ...story(dek)];
    expect(headlineOf(page)).toBe(headline);
  });

  it('a ticker line of prices and a weather line', () => {
    const page = [
      'FTSE 7,412 ▲ 0.4%  |  Brent $82.10 ▼ 1.2%  |  GBP/USD 1.27',
      'Today 14° / 8° Showers',
      '',
      ...story(),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("a pager ('Page 2 of 4') and a 'Live' badge", () => {
    const page = ['Page 2 of 4', 'LIVE', '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("a station's programme name and a town edition's name", () => {
    const page = ['Estuary FM Breakfast Show', 'Harbour Towns edition', '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("a call-out form's title above the story", () => {
    const page = ['Were you affected by the fare rise?', 'Tell us your story', '', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });
});

describe('a related box between the byline and the lede', () => {
  it('the line over its own byline stays the headline though highlights under it share more', () => {
    const headline = 'Harbour chiefs buy more time on a plan that split the estuary';
    const page = [
      'The Estuary Courier',
      'March 4, 2024',
      headline,
      'By Rowan Pike, Staff Writer',
      'Story highlights The harbour board voted to delay the ferry fare rise',
      'Commuters said the increase would price them out',
      'RECOMMENDED',
      'EXCLUSIVE',
      'Where the ring road plan stands after a wet summer',
      '4 hours ago',
      '',
      'Councillors seek a say on the ferry timetable',
      '',
      ...blankSeparated(HARBOUR_BODY),
    ];
    expect(headlineOf(page)).toBe(headline);
  });
});

describe('widgets, feeds and meta lines around the headline', () => {
  it("a ticker of other stories in mixed case ('Breaking: …' shares 'ferry')", () => {
    const page = [
      'Breaking: Ferry services suspended as storm hits the coast',
      'The Estuary Courier',
      'News  Sport  Opinion',
      '',
      ...story(),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("the story's page 2 under a pager repeats the headline with '(page 2)'", () => {
    const page = [
      'The Estuary Courier',
      '',
      ...story(),
      'Page 1 of 3',
      'Next page ›',
      '',
      `${HEADLINE} (page 2)`,
      '',
      'The board will meet again in March to consider the figures and hear from the ferry operator about its costs.',
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("a call-out form under the byline ('Were you affected by the ferry fare rise?')", () => {
    const form = [
      'Were you affected by the ferry fare rise?',
      'Share your experience',
      'Your name',
      'Email',
      'Submit',
    ];
    const page = [
      'The Estuary Courier',
      '',
      HEADLINE,
      '',
      'By Rowan Pike',
      'March 4, 2024',
      '',
      ...form,
      '',
      ...blankSeparated(HARBOUR_BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("a prediction market's question over its prices, above the headline", () => {
    const market = [
      'Markets',
      'Will the harbour board delay the ferry fare rise again?',
      'Yes 62¢  No 38¢',
      '$1.2m vol',
    ];
    expect(headlineOf([...market, '', ...story()])).toBe(HEADLINE);
  });

  it('a question headline over its own byline stays the headline', () => {
    const headline = 'Will the harbour board ever drop the ferry fare rise?';
    expect(headlineOf(['The Estuary Courier', '', ...story(headline)])).toBe(headline);
  });

  it("a neighbours' feed: the post's message over the shared story's headline and its site", () => {
    const post = [
      'Riverside Neighbours',
      'Maria from Riverside · 2h',
      'Does anyone know if the ferry fare rise is still going ahead? my commute already costs a fortune',
      '',
      HEADLINE,
      'estuarycourier.co.uk',
      '',
    ];
    expect(headlineOf([...post, ...blankSeparated(HARBOUR_BODY)])).toBe(HEADLINE);
    const lower = post.map((line) =>
      line.startsWith('Does') ? 'anyone know if the ferry fare rise is still happening' : line,
    );
    expect(headlineOf([...lower, ...blankSeparated(HARBOUR_BODY)])).toBe(HEADLINE);
  });

  it("an edition's line with its date, and a 'Published … · Updated …' line", () => {
    expect(
      headlineOf(['The Estuary Courier', 'Harbour towns edition · Monday 4 March 2024', '', ...story()]),
    ).toBe(HEADLINE);
    const dated = [
      'The Estuary Courier',
      'Harbour news · Published March 4, 2024 · Updated 13 hours later',
      '',
    ];
    expect(headlineOf([...dated, ...story()])).toBe(HEADLINE);
  });

  it("a station's live badge and its player over the headline; a document viewer's toolbar", () => {
    expect(headlineOf(['● LIVE', 'Harbour Radio 98.4 FM', 'Listen live', '', ...story()])).toBe(HEADLINE);
    const viewer = ['harbour-board-ferry-fares.pdf', 'Page 1 / 4', 'Zoom 100%', 'Download', 'Print', ''];
    const capitals = HEADLINE.toUpperCase();
    expect(headlineOf([...viewer, ...story(capitals)])).toBe(capitals);
  });

  it('a medical review credit under the headline, and a share text repeating the headline', () => {
    const review =
      'Medically reviewed by Dr. Jane Roe, MD — Written by Rowan Pike — Updated on March 4, 2024';
    const page = ['The Estuary Courier', '', HEADLINE, '', review, '', ...blankSeparated(HARBOUR_BODY)];
    expect(headlineOf(page)).toBe(HEADLINE);
    const share = `Share this: ${HEADLINE} via @EstuaryCourier`;
    const shared = ['The Estuary Courier', '', HEADLINE, '', share, '', 'By Rowan Pike', 'March 4, 2024', ''];
    expect(headlineOf([...shared, ...blankSeparated(HARBOUR_BODY)])).toBe(HEADLINE);
  });
});

describe("a video's title, a content note and a page named after a person", () => {
  it("a playlist item's title under its duration, right over the headline", () => {
    const page = ['Video', 'Local news', '4:58', 'Explained: how the city budget works', ...story()];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('a headline sharing one lede word over a standfirst with no full stop stays the headline', () => {
    const headline = 'A long winter on the water for the city';
    const dek = 'Harbour board delays the ferry fare rise after months of commuter protests';
    const page = ['The Estuary Courier', '', ...story(headline, dek)];
    expect(headlineOf(page)).toBe(headline);
  });

  it('a content note over the story, the byline over a headline that reads as a question', () => {
    const headline = "Fares up by a fifth. Is this the harbour board's worst winter?";
    const page = [
      'CITY DESK',
      'Reader advisory: the following report describes distress among commuters.',
      'Rowan Pike | The Estuary Courier',
      'Posted: Mar 4, 2024 / 01:07 PM',
      headline,
      ...HARBOUR_BODY,
    ];
    expect(headlineOf(page)).toBe(headline);
  });

  it('a headline opening with the name of the page it is on, over its own byline', () => {
    const headline = 'Imogen Sallow: Give commuters a fair deal on the estuary';
    const page = [
      'Imogen Sallow',
      'Serving the estuary since 2010',
      'Home',
      'News',
      'Contact',
      '',
      ...story(headline),
    ];
    expect(headlineOf(page)).toBe(headline);
  });
});

describe('links and readings over the headline', () => {
  it('a link ending in its arrow and a weather reading, each sharing a lede word', () => {
    expect(headlineOf(['Go to the full city site →', '', ...story()])).toBe(HEADLINE);
    expect(headlineOf(['The Estuary Courier', 'Today 14° / 8° Showers over the city', '', ...story()])).toBe(
      HEADLINE,
    );
  });
});
