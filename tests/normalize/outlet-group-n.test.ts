/**
 * Outlets and headlines on pasted pages, the round tuned on layout group n (issue #10): what a
 * candidate IS decides it — a town's state after a comma is a place, a ticker's item is another
 * story's headline, not a credit; the site speaking of itself names it (a trust heading, "Published
 * by X since 1921", a reader form's contact note, a newsletter pitch, an edition masthead, a
 * station's call sign with its name; a document's uploader and a funder's network only beside
 * another signal); staff credits; a copyright notice with a second sentence. And the lines that are
 * never the headline: an edition masthead, a ticker's labelled item, a two-label breadcrumb, the
 * site's stream promo. Invented pages and outlets; no corpus text.
 */
import { describe, expect, it } from 'vitest';
import { copyrightVote, creditVote } from '../../src/pipeline/normalize/outlet-lines.ts';
import { outletFromCopyright } from '../../src/pipeline/normalize/outlet.ts';
import { outletFromTitle } from '../../src/pipeline/normalize/outlet-title.ts';
import { isUsState, sentenceLike } from '../../src/pipeline/normalize/outlet-not-names.ts';
import {
  isMastheadLine,
  outletContactNote,
  outletSelf,
  staffCredit,
} from '../../src/pipeline/normalize/outlet-self.ts';
import { labelledItem } from '../../src/pipeline/normalize/text/headline-shapes.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { blankSeparated, HARBOUR_BODY, HARBOUR_HEADLINE, pastedPage } from './harbour-story.ts';

const FOOTER = ['Advertise with us', 'Ethics policy', 'Site map'];
const names = (line: string) => outletSelf(line).map((c) => `${c.name}${c.weak ? ' (weak)' : ''}`);

describe('candidates that are not outlets', () => {
  it("a US state after a town's comma is a place, in any spelling", () => {
    expect(creditVote('Elm Crossing, CT')).toBeNull();
    expect(creditVote('By Rowan Pike, Ohio')).toBeNull();
    expect(isUsState('Conn.')).toBe(true);
    expect(isUsState('AP')).toBe(false);
    // A newsroom after the comma stays one.
    expect(creditVote('By Rowan Pike, The Estuary Courier')?.name).toBe('The Estuary Courier');
  });

  it("a ticker's item is another story's headline, not 'Name · Outlet'", () => {
    expect(creditVote('JUST IN · Airport reopens second runway after inspection')).toBeNull();
    expect(sentenceLike('Airport reopens second runway after inspection')).toBe(true);
    // Joining words and one lower-case word are a name's; a non-Latin name may be in sentence case.
    expect(sentenceLike('The Times of India')).toBe(false);
    expect(sentenceLike('Le Monde diplomatique')).toBe(false);
    expect(sentenceLike('Нормы ГТО и знаний')).toBe(false);
  });

  it('a town bar over the masthead names no state: the edition masthead and the staff byline do', () => {
    const page = [
      'Elm Crossing, CT',
      'Follow this town for updates',
      'Estuary Courier · Elm Crossing edition',
      'Neighborhood News · Metro',
      '',
      HARBOUR_HEADLINE,
      'By Estuary Courier Staff',
      'March 4, 2024',
      '',
      ...blankSeparated(HARBOUR_BODY),
      'Get Elm Crossing news from Estuary Courier in your inbox every morning.',
      ...FOOTER,
    ].join('\n');
    const result = normalizeText(page);
    expect(result.outlet).toBe('Estuary Courier');
    expect(result.headline).toBe(HARBOUR_HEADLINE);
  });

  it('a ticker over a call sign: the station line names the outlet, the items never the headline', () => {
    const page = [
      'KTVL 7 · Estuary Courier',
      'BREAKING · Power restored to most homes after overnight outage',
      'BREAKING · Airport reopens second runway after inspection',
      'Stream our newscasts free, 24 hours a day',
      '',
      HARBOUR_HEADLINE,
      'Rowan Pike, Reporter',
      'March 4, 2024',
      '',
      ...blankSeparated(HARBOUR_BODY),
      'This is a developing story. Check back for updates.',
      ...FOOTER,
      'All material © 2024.',
    ].join('\n');
    const result = normalizeText(page);
    expect(result.outlet).toBe('Estuary Courier');
    expect(result.headline).toBe(HARBOUR_HEADLINE);
    // The same ticker without the station line: no outlet, and none of its items.
    expect(normalizeText(page.replace('KTVL 7 · Estuary Courier\n', '')).outlet).toBeNull();
  });
});

describe('the site speaking of itself', () => {
  it('names the outlet firmly in its own statements', () => {
    expect(names('Why you can trust Estuary Courier')).toEqual(['Estuary Courier']);
    expect(names('Published by The Estuary Courier since 1921')).toEqual(['The Estuary Courier']);
    expect(names('Estuary Courier may contact you before publishing your account.')).toEqual([
      'Estuary Courier',
    ]);
    expect(names('Get Fernbrook news from Estuary Courier in your inbox every morning.')).toEqual([
      'Estuary Courier',
    ]);
    expect(names('Estuary Courier · Fernbrook edition')).toEqual(['Estuary Courier']);
    expect(names('WQRM 7 · Estuary Courier')).toEqual(['Estuary Courier']);
  });

  it("names it only weakly where the line may name someone else's", () => {
    expect(names('Contributed to Paperstack by Estuary Courier')).toEqual(['Estuary Courier (weak)']);
    expect(names('Northvale University provides funding as a member of Estuary Courier.')).toEqual([
      'Estuary Courier (weak)',
    ]);
  });

  it('leaves people, pronouns and story sentences alone', () => {
    expect(names('Why you can trust us')).toEqual([]);
    expect(names('Rowan Pike may contact you')).toEqual([]);
    expect(names('Contributed to Paperstack by Rowan Pike')).toEqual([]);
    // Among the paragraphs only the whole contact note counts: a story's sentence does not.
    expect(outletContactNote('Police may contact you if you saw the crash.')).toEqual([]);
    expect(outletContactNote('Estuary Courier may contact you before publishing your account.')).toHaveLength(
      1,
    );
  });

  it("reads a reader form's contact note between the paragraphs", () => {
    const form = [
      'Were you affected? Share your experience',
      'Your name (or a nickname)',
      'Submit your account',
      'Estuary Courier may contact you before publishing your account.',
    ];
    const body = [...HARBOUR_BODY.slice(0, 2), ...form, ...HARBOUR_BODY.slice(2)];
    expect(normalizeText(pastedPage([], FOOTER, 'By Rowan Pike', body)).outlet).toBe('Estuary Courier');
  });

  it('tells a masthead with its edition or call sign from a headline', () => {
    expect(isMastheadLine('Estuary Courier · Fernbrook edition')).toBe(true);
    expect(isMastheadLine('KDRE-TV · Estuary Courier')).toBe(true);
    expect(isMastheadLine(HARBOUR_HEADLINE)).toBe(false);
  });
});

describe('staff credits and copyright notices', () => {
  it("reads a desk's byline", () => {
    expect(staffCredit('From staff reports | Estuary Courier')).toBe('Estuary Courier');
    expect(staffCredit('Estuary Courier Staff, Reporter')).toBe('Estuary Courier');
    expect(creditVote('From staff reports | NPR')).toEqual({ name: 'NPR', weight: 3, provenance: false });
    expect(staffCredit('Senior Staff, Reporter')).toBeNull();
  });

  it('cuts a notice at its second sentence and at "unless otherwise noted"', () => {
    expect(
      outletFromCopyright(
        'All content © 2024 Estuary Courier. Reproduction without permission is prohibited.',
      ),
    ).toBe('Estuary Courier');
    expect(outletFromCopyright('© 2019 The Republic unless otherwise noted. All rights reserved.')).toBe(
      'The Republic',
    );
    expect(
      outletFromCopyright('© 2019 Estuary Courier - All rights reserved Not affiliated with anyone'),
    ).toBe('Estuary Courier');
  });

  it('reads a title\'s site part after "«"', () => {
    expect(outletFromTitle(`${HARBOUR_HEADLINE} « Estuary Courier`, HARBOUR_HEADLINE)).toBe(
      'Estuary Courier',
    );
  });

  it('takes a longer name-first notice beside the footer links as a weak signal, a person never', () => {
    expect(copyrightVote('Valley Free Beacon © 2018', new Set(), ['Site map'])).toEqual({
      name: 'Valley Free Beacon',
      weight: 3,
      weak: true,
    });
    expect(copyrightVote('Rowan Pike © 2018', new Set(), ['Site map'])).toBeNull();
    // With the masthead over the headline, the two agree.
    const page = pastedPage(
      ['Valley Free Beacon', 'Health › Capitol'],
      [...FOOTER, 'Valley Free Beacon © 2018'],
    );
    expect(normalizeText(page).outlet).toBe('Valley Free Beacon');
  });
});

describe('lines that are never the headline', () => {
  it("a ticker's labelled item and a two-label breadcrumb", () => {
    expect(labelledItem('DEVELOPING · School board names interim superintendent')).toBe(true);
    expect(labelledItem('Neighborhood News · Health & Science')).toBe(true);
    expect(labelledItem(HARBOUR_HEADLINE)).toBe(false);
    expect(labelledItem('Harbour board delays fare rise · commuters protest')).toBe(false);
  });
});
