/**
 * Headlines round 3 (issue #10): lines that share a lede word by chance (a site's tagline, a form
 * field, a case caption) above the story's own headline, a related box under the headline, a
 * round-up's shared story without a byline, a page named after the person its headline opens
 * with, and the near misses each rule must leave alone. Invented pages, invented text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { contentWords } from '../../src/pipeline/normalize/text/stopwords.ts';
import { HARBOUR_HEADLINE, HARBOUR_BODY, blankSeparated } from './harbour-story.ts';

const HEADLINE = HARBOUR_HEADLINE;
const BODY = HARBOUR_BODY;
const body = blankSeparated;
const headlineOf = (lines: readonly string[]) => normalizeText(lines.join('\n')).headline;

describe('a line sharing one lede word by chance gives way to the headline under it', () => {
  it("a site's tagline over its menu (it shares 'city' with the lede)", () => {
    const page = [
      'The Estuary Courier',
      'Serving the city and its harbour towns since 1921',
      'News',
      'Sport',
      'Opinion',
      'Puzzles',
      '',
      HEADLINE,
      '',
      'By Rowan Pike',
      'March 4, 2024',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("a CMS preview: a 'Status:' field sharing a word, a 'Web headline' label, then the headline", () => {
    const page = [
      'Desk Pro',
      'Stories',
      'Assignments',
      'Help',
      '',
      'Slug: 240304-harbour-board',
      'Desk: City',
      'Status: Ready for a month of checks',
      'Length: 412 words',
      'Web headline',
      '',
      HEADLINE,
      '',
      'SEO title: (same as web headline)',
      'Social headline: (not set)',
      'Byline: Rowan Pike',
      'Body text',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('a court exhibit: the caption in capitals shares one word, the exhibit labels stand between', () => {
    const page = [
      'Case 2:24-cv-00412   Document 31-2   Filed 04/02/24   Page 7 of 19',
      '',
      'IN THE DISTRICT COURT FOR THE HARBOUR COUNTY',
      'Appendix of Exhibits, Volume I',
      '',
      'EXHIBIT 4',
      '',
      'Estuary Courier',
      '',
      HEADLINE,
      '',
      'By Rowan Pike',
      'Published March 4, 2024',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('a promotion sharing a word and a section label over the headline are no list of highlights', () => {
    const page = [
      'Supply chain',
      'Policy',
      'Events',
      'Nominations are open for this month of awards',
      'Policy & regulation',
      '',
      HEADLINE,
      '',
      'By Rowan Pike',
      '4 March 2024',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it('near miss: a headline sharing one word stays over a standfirst right under it that shares more', () => {
    const headline = 'Ferry riders win a reprieve';
    const standfirst =
      'The harbour board delays its fare rise until the spring after months of commuter protests';
    const page = [headline, standfirst, '', 'By Rowan Pike', 'March 4, 2024', '', ...body(BODY)];
    expect(headlineOf(page)).toBe(headline);
  });

  it("near miss: a live blog's headline stays over its byline and the first post's title under it", () => {
    const headline = 'Ferry riders win a reprieve';
    const page = [
      'LIVE',
      headline,
      'Key points',
      'We will bring you the latest as it happens',
      'Reporting by Rowan Pike',
      'Share',
      '',
      'Harbour board delays fare rise after protests by commuters',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(headline);
  });

  it('near miss: a list of story highlights under a weak headline is not taken for it', () => {
    const headline = 'Ferry riders win a reprieve';
    const page = [
      'City desk',
      headline,
      'Keyword hits: 3',
      'Full text',
      '',
      'Harbour board delays the fare rise until the spring',
      'Commuter groups say they will keep campaigning',
      'A monthly ticket would have cost a fifth more',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(headline);
  });
});

describe('a related box under the headline', () => {
  it('its last, uncued link shares two lede words; the headline above the box shares more', () => {
    const page = [
      'Estuary Courier',
      '',
      HEADLINE,
      '',
      'By Rowan Pike',
      'March 4, 2024',
      '',
      'More on this story',
      'Analysis: what comes next for the port',
      '',
      'Ferry timetables change across the city as a new winter schedule starts',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });
});

describe("a shared story's headline inside the body region, without a byline", () => {
  it("a link round-up: the post's own notes above, 'The main event:', the story's headline and source", () => {
    const page = [
      'Side Notes',
      'Home',
      'Archive',
      'About',
      '',
      'Links for March 4',
      'Posted March 4, 2024 by Maren Stolz',
      '',
      'Short list today. The lead item is long, so grab a coffee and settle in.',
      '',
      'Northfield Gazette: An essay on why nobody trusts official statistics any more, with footnotes.',
      '',
      'The main event:',
      '',
      HEADLINE,
      'Via the Estuary Courier, March 4',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });

  it("near miss: a caption inside the region stays body furniture when the page's headline over its byline shares its words", () => {
    const page = [
      'Newsroom',
      'Press clips',
      '',
      HEADLINE,
      'Estuary Courier | March 4, 2024',
      'By Rowan Pike',
      '',
      'Coverage is shared with permission for non-commercial use. Links open the original.',
      '',
      'Commuters queue for the morning ferry at the harbour | Courier photo Ferry fares on hold',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE);
  });
});

describe('a headline written as a statement and a question reads as prose', () => {
  const headline = "Fares on hold after the 'commuter revolt.' Is this the harbour board's turning point?";

  it('over its byline, it wins over a tagline above the menu', () => {
    const page = [
      'The student paper of Estuary College since 1931',
      'Campus',
      'City',
      'Sport',
      '',
      headline,
      '',
      'By Rowan Pike',
      'March 4, 2024',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(headline);
  });

  it("under a post's note, without a byline, it is the shared story's headline", () => {
    const page = [
      'Linkhub',
      'Home',
      'Jobs',
      'Maren Stolz',
      '9h · Edited',
      '',
      'Worth reading for anyone who takes the boat to work. Sharing the full text below.',
      '',
      headline,
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(headline);
  });
});

describe('a page named after the person its headline opens with', () => {
  it("'Imogen Sallow: …' under a first line 'Imogen Sallow' is the headline, not a running head", () => {
    const headline = 'Imogen Sallow: Harbour board will delay the ferry fare rise';
    const page = [
      'Imogen Sallow',
      'Community',
      'Schools',
      'Notices',
      '',
      headline,
      '',
      'By Rowan Pike',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(headline);
  });

  it('near miss: a running head in capitals after the name stays furniture', () => {
    const page = [
      'Record of Proceedings',
      'Daily Edition',
      'Browse',
      '',
      'RECORD OF PROCEEDINGS — HARBOUR BOARD OF COMMUTERS',
      '[Page 12]',
      '',
      HEADLINE.toUpperCase(),
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(HEADLINE.toUpperCase());
  });
});

describe('nothing above the body shares the lede (the body opens on a summary box)', () => {
  it("the line over the byline is the headline, not the site's name on the first line", () => {
    const headline = 'Ferry riders win a reprieve';
    const page = [
      'The Estuary Courier Online',
      'Economy',
      '',
      headline,
      'By Rowan Pike',
      'Updated March 4, 2024',
      '',
      'Quick take',
      'Critics say the move could be challenged; supporters call it overdue and welcome.',
      'Officials have not set a date for the next step, according to people familiar with it.',
      'The dispute centres on how much authority one office should have over the others.',
      '',
      ...body(BODY),
    ];
    expect(headlineOf(page)).toBe(headline);
  });
});

describe('contentWords', () => {
  it('a quoted word is the word', () => {
    expect(contentWords("Board may go 'nuclear' on fares")).toContain('nuclear');
  });
});
