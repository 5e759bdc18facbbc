/**
 * Outlets by agreement of the page's furniture (text/furniture-agree.ts, issue #10): a name two
 * independent furniture lines print (a blog theme's site title and the credit line over the story),
 * or the page's first line confirmed by the story naming one of its staff, names the outlet; a menu
 * printed twice, a section kicker repeating a menu item, a call to action and a category label in
 * capitals do not. Invented pages and outlets; no corpus text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { blankSeparated, HARBOUR_BODY, HARBOUR_HEADLINE } from './harbour-story.ts';

const FOOTER = ['Uncategorized', 'Log in', 'Entries feed', 'Proudly powered by a blog engine'];

/** A blog theme's page: site title over the menu, the post's meta line, then `credit` over the story. */
function blogPage(site: string, credit: string, menu = ['Home', 'About', 'Contact']): string {
  return [
    'Skip to content',
    site,
    'Just another news reposting site',
    ...menu,
    '',
    HARBOUR_HEADLINE,
    'Posted on March 4, 2024 by admin',
    credit,
    '',
    ...blankSeparated(HARBOUR_BODY),
    ...FOOTER,
  ].join('\n');
}

describe('names the furniture agrees on', () => {
  it('a site title and a credit line over the story name the outlet, in its own case', () => {
    expect(normalizeText(blogPage('Estuary Herald', 'ESTUARY HERALD')).outlet).toBe('Estuary Herald');
  });

  it('the first line, confirmed by the story naming one of its staff', () => {
    const body = [
      ...HARBOUR_BODY,
      "As WQRN's Tamsin Cole reported last month, the board had warned of a rise.",
    ];
    const page = ['WQRN', '', HARBOUR_HEADLINE, 'March 4, 2024', '', ...blankSeparated(body)].join('\n');
    expect(normalizeText(page).outlet).toBe('WQRN');
    // Without the staff credit the first line alone names nobody.
    const bare = ['WQRN', '', HARBOUR_HEADLINE, 'March 4, 2024', '', ...blankSeparated(HARBOUR_BODY)].join(
      '\n',
    );
    expect(normalizeText(bare).outlet).toBeNull();
  });
});

describe('repeats that are not the site', () => {
  it("a section kicker repeating the menu's first item", () => {
    const page = [
      'The independent student paper since 1915',
      'Campus',
      'City',
      'Sports',
      'Campus',
      '',
      HARBOUR_HEADLINE,
      'By Rowan Pike',
      '',
      ...blankSeparated(HARBOUR_BODY),
      ...FOOTER,
    ].join('\n');
    expect(normalizeText(page).outlet).toBeNull();
  });

  it('a call to action and a category in capitals, each printed twice', () => {
    expect(normalizeText(blogPage('Follow Estuary Sport', 'Follow Estuary Sport')).outlet).toBeNull();
    expect(normalizeText(blogPage('VISUAL MARKETING', 'VISUAL MARKETING')).outlet).toBeNull();
  });

  it('a two-word name without a medium word reads as a person: no outlet (a known gap)', () => {
    expect(normalizeText(blogPage('Estuary Ledger', 'ESTUARY LEDGER')).outlet).toBeNull();
  });

  it('a byline writer printed twice is a person', () => {
    expect(normalizeText(blogPage('Rowan Pike', 'Rowan Pike')).outlet).toBeNull();
  });
});
