/**
 * Outlets on pasted pages, round 4 (issue #10): pages that name their outlet once or only in their
 * header — a footer notice with the year after "all rights reserved", the site's own "Follow X on
 * …" line among the footer's legal links, a masthead over the edition's date or between the
 * account links and the menu, a phone's screen header, a freelancer's "Special to X" — and the
 * look-alikes each must leave alone (a person's account, a menu's item, a kicker over a date, a
 * writer's handle on a reporter's card). Invented pages and outlets; no corpus text.
 */
import { describe, expect, it } from 'vitest';
import { creditVote } from '../../src/pipeline/normalize/outlet-lines.ts';
import { footerAccountMention, outletMentions } from '../../src/pipeline/normalize/outlet-mentions.ts';
import { outletFromByline, outletFromCopyright } from '../../src/pipeline/normalize/outlet.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { blankSeparated, HARBOUR_BODY, HARBOUR_HEADLINE, pastedPage } from './harbour-story.ts';

const outlet = (page: string) => normalizeText(page).outlet;
const LEGAL = ['About us', 'Contact the newsroom', 'Terms of use', 'Privacy choices'];
const MENU = ['Politics', 'Business', 'Sport', 'Opinion'];

describe('a footer notice with the year after it', () => {
  it('"X, all rights reserved, 2019" names X; a notice naming nobody names no one', () => {
    expect(outletFromCopyright('Harbourline, all rights reserved, 2019')).toBe('Harbourline');
    expect(outletFromCopyright('The Pine Beacon. All rights reserved. 2019')).toBe('The Pine Beacon');
    expect(outletFromCopyright('All rights reserved, 2019')).toBeNull();
    // "Copyright 2019. X. All Rights Reserved.": a stop after the year.
    expect(outletFromCopyright('Copyright 2019. The Pine Beacon. All Rights Reserved.')).toBe(
      'The Pine Beacon',
    );
    expect(outletFromCopyright('Copyright 2019. All Rights Reserved.')).toBeNull();
    expect(outlet(pastedPage([], [...LEGAL, 'Harbourline, all rights reserved, 2019']))).toBe('Harbourline');
    expect(outlet(pastedPage([], [...LEGAL, '© 2019 All rights reserved.']))).toBeNull();
  });
});

describe("the site's own account line in its footer", () => {
  it('"Follow X on A and B" reads networks the lexicon does not know, as a weak mention', () => {
    expect(outletMentions('Follow The Pine Beacon on Chirpline and Vidmarq')).toEqual([
      { name: 'The Pine Beacon', weak: true },
    ]);
    expect(outletMentions('Follow EBN on Chirpline, Vidmarq and Instagram')).toEqual([
      { name: 'EBN', weak: true },
    ]);
    // A person's account, and a sentence that is no list of networks.
    expect(outletMentions('Follow Rowan Pike on Chirpline')).toEqual([]);
    expect(outletMentions('Follow EBN on the harbour board’s vote tonight')).toEqual([]);
  });

  it('beside the legal links, below the story, it names the site firmly, a one-word name too', () => {
    expect(footerAccountMention('Follow Harbourline on Chirpline and Vidmarq')).toBe('Harbourline');
    expect(footerAccountMention('Follow Rowan Pike on Chirpline')).toBeNull();
    expect(outlet(pastedPage([], [...LEGAL, 'Follow Harbourline on Chirpline and Vidmarq']))).toBe(
      'Harbourline',
    );
    expect(
      outlet(
        pastedPage([], ['Follow The Pine Beacon on Instagram', 'Newsletters', 'Contact', 'Privacy policy']),
      ),
    ).toBe('The Pine Beacon');
  });

  it('elsewhere, or naming a person, it stays weak: alone it names no outlet', () => {
    // Above the story (a partner's or a show's account), and in a footer without legal links.
    expect(outlet(pastedPage(['Follow The Pine Beacon on Chirpline and Vidmarq'], LEGAL))).toBeNull();
    expect(
      outlet(pastedPage([], ['Follow The Pine Beacon on Chirpline', 'More stories', 'Back to top'])),
    ).toBeNull();
    expect(outlet(pastedPage([], [...LEGAL, 'Follow Rowan Pike on Chirpline and Vidmarq']))).toBeNull();
  });
});

describe("a writer's handle on a reporter's card", () => {
  it('lends the writer no weight: the card names a person, never the outlet', () => {
    const card = ['Rowan Pike', 'Rowan Pike covers the harbour.', 'Chirpline: @rowanpike', 'Follow'];
    expect(outlet(pastedPage([], [...card, ...LEGAL]))).toBeNull();
    expect(outlet(pastedPage([], [...card, ...LEGAL, 'Follow Harbourline on Chirpline and Vidmarq']))).toBe(
      'Harbourline',
    );
  });
});

describe('a masthead over the whole header', () => {
  it("over the edition's date line and the menu, a one-word or capitals name is the masthead", () => {
    expect(
      outlet(pastedPage(['HARBOURLINE', 'TUESDAY, MARCH 4, 2024', 'Today’s paper · 48°F', ...MENU], LEGAL)),
    ).toBe('HARBOURLINE');
    expect(outlet(pastedPage(['Harbourline', 'Tue 4 Mar 2024', 'Politics', 'Business'], LEGAL))).toBe(
      'Harbourline',
    );
  });

  it('over two account links, or between the account links and the menu', () => {
    expect(outlet(pastedPage(['Harbourline', 'Subscribe', 'Log in', '☰ Sections'], LEGAL))).toBe(
      'Harbourline',
    );
    expect(outlet(pastedPage(['Subscribe', 'Sign in', 'Pine Beacon', ...MENU], LEGAL))).toBe('Pine Beacon');
    expect(
      outlet(
        pastedPage(
          ['Subscribe', 'Sign in', 'Part of the Meridian Local News network', 'Pine Beacon', ...MENU],
          LEGAL,
        ),
      ),
    ).toBe('Pine Beacon');
  });

  it("is not a menu's item, a kicker over a date, or a name with one account link", () => {
    // An aggregator's menu: "Sign in" above, then "Home", "For you", "Following" and sections.
    expect(
      outlet(pastedPage(['News', 'Sign in', 'Home', 'For you', 'Following', ...MENU], LEGAL)),
    ).toBeNull();
    expect(outlet(pastedPage(['ANALYSIS', 'Tuesday, March 4, 2024'], LEGAL))).toBeNull();
    expect(outlet(pastedPage(['Harbourline', 'Subscribe'], LEGAL))).toBeNull();
    expect(outlet(pastedPage(['Pine Beacon', ...MENU], LEGAL))).toBeNull();
  });
});

describe("a phone's screen header", () => {
  it('counts where the story itself prints the same name under the writer', () => {
    const screen = (time: string) => [time, 'Wi-Fi 87%', '‹', 'Pine Beacon', '⋯', ''];
    const page = [
      ...screen('7:08'),
      HARBOUR_HEADLINE,
      '',
      'By Rowan Pike',
      'March 4, 2024 · 3 min read',
      '',
      'Rowan Pike',
      '',
      'PINE BEACON',
      '',
      ...blankSeparated(HARBOUR_BODY.slice(0, 2)),
      ...screen('7:09'),
      ...blankSeparated(HARBOUR_BODY.slice(2, 3)),
      ...screen('7:10'),
      ...blankSeparated(HARBOUR_BODY.slice(3)),
      ...screen('7:11'),
    ].join('\n');
    expect(outlet(page)?.toLowerCase()).toBe('pine beacon');
  });
});

describe('a freelancer\'s "Special to X"', () => {
  it('names the paper, one word too; "Special Correspondent" is a job', () => {
    expect(outletFromByline('By Rowan Pike, Special to The Pine Beacon')).toBe('The Pine Beacon');
    expect(creditVote('By Rowan Pike, Special to Harbourline')).toEqual({
      name: 'Harbourline',
      weight: 3,
      provenance: false,
    });
    // A bare one word after the comma may be a place: it weighs little.
    expect(creditVote('By Rowan Pike, Harbourline')?.weight).toBe(1);
    expect(outletFromByline('By Rowan Pike, Special Correspondent')).toBeNull();
  });
});
