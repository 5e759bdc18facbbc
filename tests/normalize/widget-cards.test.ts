/**
 * Widgets of group k's kinds, on invented pages and lines (no corpus text): a widget's card pasted
 * as one block between spaced paragraphs (text/boxes.ts), the notes a poll, a results table, a
 * sponsor and a shopping box print (normalize/widgets.ts, normalize/notices.ts), and the outlet
 * such furniture names (a name-first copyright, a shopping disclosure, a desk named after the
 * site: normalize/outlet.ts, normalize/outlet-desks.ts). Story lines that look alike stay.
 */
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/pipeline/normalize/furniture.ts';
import { noticeReason } from '../../src/pipeline/normalize/notices.ts';
import { outletFromCopyright } from '../../src/pipeline/normalize/outlet.ts';
import { outletFromDesk } from '../../src/pipeline/normalize/outlet-desks.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { isWidgetAnchor, widgetLineReason } from '../../src/pipeline/normalize/widgets.ts';
import { HARBOUR_BODY_CITING_NEWSROOMS, HARBOUR_HEADLINE } from './harbour-story.ts';

const BODY = HARBOUR_BODY_CITING_NEWSROOMS;

/** A pasted page: a menu, the headline and byline, the body with blocks after some paragraphs, a footer. */
function pasted(blocks: ReadonlyMap<number, readonly string[]>, top: readonly string[] = ['Home', 'Local']) {
  const body = BODY.flatMap((p, i) => [p, '', ...(blocks.has(i) ? [...blocks.get(i)!, ''] : [])]);
  return [
    ...top,
    '',
    HARBOUR_HEADLINE,
    'By Rowan Pike',
    'March 4, 2024',
    '',
    ...body,
    'Terms',
    'Privacy',
  ].join('\n');
}

const POLL = [
  'Reader poll',
  'Should the fare rise be dropped?',
  'Yes',
  'No',
  'Not sure',
  'Vote',
  'View results',
];
const PRODUCT = ['Our pick', 'Waterproof commuter jacket', '$64 at Quayside Supply', 'Check price'];
const RESULTS = [
  'Harbour Board · Seat 2',
  'Ada Brennick (Ind.) 54% 3,120',
  'Tomas Reyl (Lab.) 46% 2,657',
  '71% of expected vote counted',
  'Results: Tallyhouse Data',
];
const EVENT = [
  'Ferry Futures: a live evening',
  'Join our reporters and the board for a conversation on what comes next.',
  'Tuesday, 7 p.m. · Pier Hall',
  'Get tickets',
  'Add to calendar',
];
const MAP = [
  'Where it happened',
  'Ferry terminal',
  'Pier Hall',
  'Zoom in',
  'Zoom out',
  'Map data © Tilewright contributors',
];

describe('a widget card pasted as one block', () => {
  it('removes every line of a poll, a product card, a results table, an event promo and a map', () => {
    const blocks = new Map([
      [0, POLL],
      [1, PRODUCT],
      [2, RESULTS],
      [3, EVENT],
      [4, MAP],
    ]);
    const result = normalizeText(pasted(blocks));
    expect(result.paragraphs).toEqual(BODY);
    expect(result.subheads).toEqual([]);
    const removed = result.removed.flatMap((r) => r.text.split('\n'));
    for (const line of [...POLL, ...PRODUCT, ...RESULTS, ...EVENT])
      expect(removed.join('\n')).toContain(line);
  });

  it('keeps a block with no button or credit (a list in the story), and a lone short line', () => {
    const list = [
      'The three options the board weighed:',
      'a smaller rise',
      'a rise in two steps',
      'no rise at all',
    ];
    const result = normalizeText(pasted(new Map([[1, list]])));
    for (const item of list.slice(1)) expect(result.paragraphs.join('\n')).toContain(item);
    expect(result.paragraphs).toEqual(expect.arrayContaining([...BODY]));
  });

  it('reads buttons and credits as anchors, never a story line', () => {
    for (const line of [
      'Vote',
      'View results',
      'Get tickets',
      'Add to watchlist',
      'Check price',
      'Zoom in',
      'Full quote',
    ])
      expect(isWidgetAnchor(line), line).toBe(true);
    expect(isWidgetAnchor('Results: Tallyhouse Data')).toBe(true);
    for (const line of [
      'Voters',
      'See you in court, the chair said.',
      'Get out',
      'Results were mixed for the board.',
    ])
      expect(isWidgetAnchor(line), line).toBe(false);
  });
});

describe('the notes of polls, results tables, sponsors and shopping boxes', () => {
  it('names each by what it is', () => {
    expect(widgetLineReason('This is not a scientific poll; results reflect only readers who voted.')).toBe(
      'poll',
    );
    expect(widgetLineReason('One vote per reader.')).toBe('poll');
    expect(widgetLineReason('Poll widget by Ballotbox')).toBe('poll');
    expect(widgetLineReason('A checkmark marks a projected winner.')).toBe('results-table');
    expect(widgetLineReason('Sponsor message')).toBe('sponsor');
    expect(noticeReason('Harbour Post journalists reported this story independently of the sponsor.')).toBe(
      'sponsor-note',
    );
    expect(noticeReason('The sponsor had no role in choosing or editing this story.')).toBe('sponsor-note');
    expect(noticeReason('We may earn a commission when you buy through links on this page.')).toBe(
      'affiliate',
    );
  });

  it('keeps story sentences that mention polls, sponsors and commissions', () => {
    for (const line of [
      'The online poll, which the board said was not scientific, drew about 300 votes in two days.',
      'The bill’s sponsor, an independent, said she would bring it back in the spring.',
      'Ticket agents earn a commission on every monthly pass they sell, the board said.',
      'Polls by Meridian Wire show most commuters oppose the rise.',
    ]) {
      expect(widgetLineReason(line), line).toBeNull();
      expect(noticeReason(line), line).toBeNull();
    }
  });

  it('removes a sponsor’s label with the name under it, and keeps the story', () => {
    const result = paragraphFurniture([BODY[0]!, 'Sponsor message', 'Quayside Energy Partners', BODY[1]!]);
    expect(result.paragraphs).toEqual([BODY[0], BODY[1]]);
    expect(result.removed.map((r) => r.reason)).toEqual(['sponsor', 'sponsor']);
  });

  it('never reads another story’s link as a subhead', () => {
    const page = pasted(new Map([[1, MAP]])).replace(
      `${BODY[2]}`,
      `FERRY OPERATOR SEEKS NEW BOARD CHAIR AFTER YEAR OF DISPUTES OVER FARES\n\n${BODY[2]}`,
    );
    const result = normalizeText(page);
    expect(result.subheads).toEqual([]);
    expect(result.paragraphs).toEqual(BODY);
  });
});

describe('outlets named by widget furniture', () => {
  it('reads a name-first copyright, and one whose legal form is followed by another sentence', () => {
    expect(outletFromCopyright('HPN © 2024')).toBe('HPN');
    expect(outletFromCopyright('Harbour Post © 2024. All rights reserved.')).toBe('Harbour Post');
    expect(
      outletFromCopyright('Copyright © 2024 The Harbour Post, LLC. Click here for reprint permission.'),
    ).toBe('The Harbour Post');
    // A photographer's credit, not a site.
    expect(outletFromCopyright('Rowan Pike © 2024')).toBeNull();
    expect(outletFromCopyright('Photo: Rowan Pike © 2024')).toBeNull();
  });

  it('reads a shopping disclosure firmly and a desk named after the site weakly', () => {
    expect(
      outletFromDesk('The Harbour Post may earn a commission when you shop through links in this article.'),
    ).toEqual({
      name: 'The Harbour Post',
      weak: false,
    });
    expect(
      outletFromDesk('We may earn a commission when you shop through links in this article.'),
    ).toBeNull();
    expect(outletFromDesk('Race calls: Harbour Post Decision Desk')).toEqual({
      name: 'Harbour Post',
      weak: true,
    });
    expect(outletFromDesk('Map: Harbour Post graphics')).toEqual({ name: 'Harbour Post', weak: true });
    expect(outletFromDesk('The Harbour Post Decision Desk projected Ada Brennick the winner.')).toBeNull();
  });

  it('names the outlet where a desk agrees with the masthead, and nobody on the desk alone', () => {
    const weather = ['Storm warning until 6 a.m.', 'Harbour Post Weather Team', 'Live radar'];
    const withMasthead = normalizeText(pasted(new Map(), ['Harbour Post', ...weather]));
    expect(withMasthead.outlet).toBe('Harbour Post');
    const alone = normalizeText(pasted(new Map(), weather));
    expect(alone.outlet).toBeNull();
  });

  it('names the outlet from its shopping disclosure under the byline, and from "X © year" with a masthead', () => {
    const disclosure = pasted(new Map()).replace(
      'March 4, 2024\n',
      'March 4, 2024\n\nThe Harbour Post may earn a commission when you shop through links in this article.\n',
    );
    expect(normalizeText(disclosure).outlet).toBe('The Harbour Post');
    expect(normalizeText(disclosure).paragraphs).toEqual(BODY);
    // "X © year" also credits a photo or a clip: between the paragraphs it names the site only
    // beside another signal; beside the footer's legal links ("Terms", "Privacy") it is the
    // site's notice (round 2), unless it names a picture library.
    const credit = new Map([[1, ['Commuters at the pier.', 'Harbour Post © 2024']]]);
    expect(normalizeText(pasted(credit)).outlet).toBeNull();
    expect(normalizeText(`${pasted(new Map())}\nHarbour Post © 2024`).outlet).toBe('Harbour Post');
    expect(normalizeText(`${pasted(new Map())}\nPier Images © 2024`).outlet).toBeNull();
    expect(normalizeText(`${pasted(new Map(), ['Harbour Post', 'Home'])}\nHarbour Post © 2024`).outlet).toBe(
      'Harbour Post',
    );
  });
});
