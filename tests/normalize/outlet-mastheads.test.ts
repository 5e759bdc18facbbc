/**
 * Outlets on pasted pages, round 2 (issue #10): the signals added for pages that name their
 * outlet once — a footer notice printing the name first, an alerts prompt, a paywall's plea, a long
 * read's label, a research desk's credit, a reader's "X · 18h" source line, a staff byline, and a
 * masthead trusted alone by its shape, place and the header around it — and the look-alikes each
 * must leave alone (a photo's credit, a kicker in capitals, a series' title, a press office's
 * menu, a player's label, a person). Invented pages and outlets; no corpus text.
 */
import { describe, expect, it } from 'vitest';
import { copyrightVote, creditVote } from '../../src/pipeline/normalize/outlet-lines.ts';
import { outletFromCopyright } from '../../src/pipeline/normalize/outlet.ts';
import { outletPrompts } from '../../src/pipeline/normalize/outlet-prompts.ts';
import { outletFromDesk } from '../../src/pipeline/normalize/outlet-desks.ts';
import { outletNotes } from '../../src/pipeline/normalize/outlet-notes.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_BODY_CITING_NEWSROOMS, pastedPage } from './harbour-story.ts';

const BYLINE = 'By Rowan Pike';

/** A pasted page whose body cites other newsrooms (harbour-story's pastedPage). */
const pasted = (top: readonly string[], bottom: readonly string[], byline = BYLINE): string =>
  pastedPage(top, bottom, byline, HARBOUR_BODY_CITING_NEWSROOMS);

const outlet = (page: string) => normalizeText(page).outlet;
const FOOTER = ['Contact us', 'Privacy policy'];

describe('a footer notice that prints the name first', () => {
  it('"X · All content © 2024" is the site\'s notice: firm, the name without the notice', () => {
    expect(outletFromCopyright('Estuary Courier · All content © 2024')).toBe('Estuary Courier');
    expect(copyrightVote('The Estuary Courier | All content © 2024', new Set())).toEqual({
      name: 'The Estuary Courier',
      weight: 3,
    });
    expect(outlet(pasted([], [...FOOTER, 'Estuary Courier · All content © 2024']))).toBe('Estuary Courier');
  });

  it('"X © 2024" beside the legal links is the footer\'s notice; elsewhere it may credit a photo', () => {
    expect(
      copyrightVote('Estuary Courier © 2024', new Set(), ['Share your view', 'Terms'])?.weak,
    ).toBeUndefined();
    expect(
      copyrightVote('Estuary Courier © 2024', new Set(), ['Terms · Privacy', undefined])?.weak,
    ).toBeUndefined();
    expect(
      copyrightVote('Meridian Wire © 2024', new Set(), ['The harbour at dawn.', 'Next photo'])?.weak,
    ).toBe(true);
    expect(outlet(pasted([], ['Estuary Courier © 2024', 'Terms', 'Privacy']))).toBe('Estuary Courier');
    // A notice that names nobody ("All content © 2024.") gives no name, beside the legal links too.
    expect(
      copyrightVote('All content © 2024. All rights reserved.', new Set(), ['Privacy policy']),
    ).toBeNull();
    expect(outlet(pasted([], [...FOOTER, 'All content © 2024. All rights reserved.']))).toBeNull();
    // A photographer's credit beside the footer is still a person's.
    expect(copyrightVote('Rowan Pike © 2024', new Set(), ['Privacy policy'])).toBeNull();
  });

  it('a picture agency\'s "X © 2024" under a caption names no outlet alone', () => {
    const page = pasted([], ['The harbour at dawn.', 'Meridian Wire © 2024', 'More photos', 'Next']);
    expect(outlet(page)).toBeNull();
  });
});

describe('prompts and rails of the site', () => {
  it("an alerts prompt names the site; a writer's alerts name nobody", () => {
    expect(outletPrompts('Get breaking news alerts from The Estuary Courier')).toEqual([
      { name: 'The Estuary Courier', weight: 2, provenance: false },
    ]);
    expect(outletPrompts('Turn on alerts from Rowan Pike')).toEqual([]);
    expect(
      outlet(pasted(['Get breaking news alerts from The Estuary Courier', 'Allow', 'Not now'], FOOTER)),
    ).toBe('The Estuary Courier');
  });

  it('"Support X’s journalism" is firm; "Support X" alone stays weak', () => {
    expect(outletPrompts('Support Estuary Courier’s journalism.')[0]?.weak).toBeUndefined();
    expect(
      outlet(pasted(['This article is for subscribers', 'Support Estuary Courier’s journalism.'], FOOTER)),
    ).toBe('Estuary Courier');
    expect(outlet(pasted([], ['Support Harbour Lifeboats', ...FOOTER]))).toBeNull();
  });

  it('a video rail\'s "Videos from X" is weak: alone it names no outlet', () => {
    expect(outletPrompts('Videos from Estuary Courier')[0]?.weak).toBe(true);
    expect(outlet(pasted([], ['Play all', 'Videos from Estuary Courier', ...FOOTER]))).toBeNull();
  });

  it("a long read's label names its newsroom, not a person's", () => {
    expect(outletNotes('A Estuary Courier special report').map((c) => c.name)).toEqual(['Estuary Courier']);
    expect(outletNotes('An Estuary Courier Investigation').map((c) => c.name)).toEqual(['Estuary Courier']);
    expect(outletNotes('A Rowan Pike special report')).toEqual([]);
    expect(outlet(pasted(['An Estuary Courier special report'], FOOTER))).toBe('Estuary Courier');
  });

  it("a research desk's credit is weak: it counts beside a masthead", () => {
    expect(outletFromDesk('Timeline: Estuary Courier research desk')).toEqual({
      name: 'Estuary Courier',
      weak: true,
    });
    expect(
      outlet(pasted([], ['See the full timeline', 'Timeline: Estuary Courier research desk', ...FOOTER])),
    ).toBeNull();
    expect(
      outlet(
        pasted(['Estuary Courier', 'Home › World'], ['Timeline: Estuary Courier research desk', ...FOOTER]),
      ),
    ).toBe('Estuary Courier');
  });
});

describe('credits over the headline', () => {
  it('"By X Staff" names the newsroom even in one word', () => {
    expect(creditVote('By Courier Staff')).toMatchObject({ name: 'Courier', weight: 3 });
    expect(outlet(pasted([], FOOTER, 'By Courier Staff'))).toBe('Courier');
    // One word after a comma may be a place: it still needs another signal.
    expect(outlet(pasted([], FOOTER, 'By Rowan Pike, Portsea'))).toBeNull();
  });

  it('a reader\'s "X · 18h" over the headline credits the story\'s source', () => {
    expect(creditVote('Estuary Courier · 18h')).toMatchObject({ name: 'Estuary Courier', provenance: true });
    expect(creditVote('Hear this article read aloud · 4 min')).toBeNull();
    expect(creditVote('Rowan Pike · 3h')).toBeNull();
    expect(outlet(pasted(['Feedreader', 'Today', 'Starred', 'Estuary Courier · 18h'], []))).toBe(
      'Estuary Courier',
    );
  });
});

describe('a masthead alone', () => {
  const MENU = ['Politics', 'Business', 'Sport', 'Opinion'];

  it("is trusted at the top over the site's navigation, account links, tagline or app banner", () => {
    expect(outlet(pasted(['The Estuary Courier', ...MENU], FOOTER))).toBe('The Estuary Courier');
    expect(outlet(pasted(['Estuary News', 'Subscribe', 'Sign in'], FOOTER))).toBe('Estuary News');
    expect(outlet(pasted(['EBN', 'Topics', 'Harbour', 'Ferries'], FOOTER))).toBe('EBN');
    expect(outlet(pasted(['EBN', 'EBN Business'], FOOTER))).toBe('EBN');
    expect(
      outlet(pasted(['The Estuary Courier', 'Serving Pine County since 1899', 'Community'], FOOTER)),
    ).toBe('The Estuary Courier');
    expect(outlet(pasted(['✕', 'The Estuary Courier', 'Free · Google Play', 'Get the app'], FOOTER))).toBe(
      'The Estuary Courier',
    );
    // A bilingual menu under it, read by its Latin-script words.
    expect(outlet(pasted(['English', '中文', 'EBN', '首页 Home', '国际 World'], FOOTER))).toBe('EBN');
    // A ticker's symbols and quotes above it are a widget, not the site's name.
    expect(outlet(pasted(['DOW', '38,654.42', '+0.31%', 'Estuary Times', ...MENU], FOOTER))).toBe(
      'Estuary Times',
    );
    // Language links, a ticker and account links may stand above it.
    expect(outlet(pasted(['English', '日本語', 'Subscribe', 'Estuary Times', ...MENU], FOOTER))).toBe(
      'Estuary Times',
    );
  });

  it('over a newspaper’s tagline, any name is the masthead; over a writer’s "since 2014" none is', () => {
    expect(outlet(pasted(['Pinecrest', 'Serving Greer County since 1901', 'Community'], FOOTER))).toBe(
      'Pinecrest',
    );
    expect(outlet(pasted(['Rowan Pike', 'Vol. 80, No. 32 · Week of March 4, 2024', 'Schools'], FOOTER))).toBe(
      'Rowan Pike',
    );
    expect(outlet(pasted(['Rowan Pike', 'Reporting from the estuary since 2014'], FOOTER))).toBeNull();
  });

  it("is not trusted where a kicker, a column, a series, a feed or someone else's header stands", () => {
    // One plain word is a section's or a topic's as often ("Elections"): it needs an echo.
    expect(outlet(pasted(['Harbourline', ...MENU], FOOTER))).toBeNull();
    expect(outlet(pasted(['Elections', 'Politics'], FOOTER))).toBeNull();
    // A label in capitals right over the headline is a kicker.
    expect(outlet(pasted(['THE BIG READ'], FOOTER))).toBeNull();
    expect(outlet(pasted(['THE HARBOUR NEWS', ...MENU], FOOTER))).toBeNull();
    // An acronym or a name right over the headline, with no header beside it.
    expect(outlet(pasted(['EBN'], FOOTER))).toBeNull();
    expect(outlet(pasted(['The Estuary Courier'], FOOTER))).toBeNull();
    // A series' title over its part line.
    expect(outlet(pasted(['The Hidden Harbour', 'Part 2 of 4'], FOOTER))).toBeNull();
    // An organisation's press page: its own name above the "Press Releases" menu item.
    expect(
      outlet(pasted(['Harbour Commuters Alliance', 'Newsroom', 'Press Releases', 'Media Contacts'], FOOTER)),
    ).toBeNull();
    // A reader app's feed list: the app's name first, then feeds with their counts.
    expect(
      outlet(pasted(['Feedreader', 'Feeds', 'Estuary Courier 197', 'Harbour Post 12'], FOOTER)),
    ).toBeNull();
    // A person's name at the top.
    expect(outlet(pasted(['Rowan Pike', ...MENU], FOOTER))).toBeNull();
  });
});
