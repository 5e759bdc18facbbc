/**
 * Outlets named by notes and credits, on invented lines and pages (no corpus text): a masthead's
 * statement of its owner, an issue note, a round-up's "Via X", a CMS preview's fields (firm); a
 * picture's, a share's and an embed's credits (weak: they name the outlet only beside a signal of
 * another kind); a republication note followed by another sentence; a wire lede without its city;
 * a writer's contact address; the outlet printed under the byline's names.
 * (normalize/outlet-notes.ts, outlet-reprint.ts, outlet.ts, outlet-site.ts, text/site-name.ts)
 */
import { describe, expect, it } from 'vitest';
import { outletFromDateline } from '../../src/pipeline/normalize/outlet.ts';
import { outletNotes } from '../../src/pipeline/normalize/outlet-notes.ts';
import { reprintCredit } from '../../src/pipeline/normalize/outlet-reprint.ts';
import { contactDomains } from '../../src/pipeline/normalize/outlet-site.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { bylinedPage as page } from './harbour-story.ts';

const names = (line: string, weak: boolean) =>
  outletNotes(line)
    .filter((c) => Boolean(c.weak) === weak)
    .map((c) => c.name);

describe('notes and credits naming the outlet', () => {
  it('reads notes only the site prints as firm', () => {
    expect(names('The Harbour Post is a Quayside Media Co. publication.', false)).toEqual([
      'The Harbour Post',
    ]);
    expect(names('This article appears in the May 2024 issue of Estuary Monthly.', false)).toEqual([
      'Estuary Monthly',
    ]);
    expect(names('An investigation by The Harbour Post', false)).toEqual(['The Harbour Post']);
    expect(names('Via Harbour Post, March 4', false)).toEqual(['Harbour Post']);
    expect(names('Credit line: Harbour Post staff', false)).toEqual(['Harbour Post']);
    expect(names('SEO title: Harbour board delays ferry fare rise | Harbour Post', false)).toEqual([
      'Harbour Post',
    ]);
  });

  it('reads credits of pictures, shares and embeds as weak, and libraries, agencies and jobs not at all', () => {
    expect(names('Commuters at the pier. (Rowan Pike/Harbour Post)', true)).toEqual(['Harbour Post']);
    expect(names('Photographs by Tamsin Ord for Harbour Post', true)).toEqual(['Harbour Post']);
    expect(names('Graphic: Tamsin Ord / Harbour Post', true)).toEqual(['Harbour Post']);
    expect(names('From Harbour Post:', true)).toEqual(['Harbour Post']);
    expect(names('Shared from the Harbour Post app', true)).toEqual(['Harbour Post']);
    expect(names('— Harbour Post (@harbourpost) March 4, 2024', true)).toEqual(['Harbour Post']);
    for (const line of [
      'Commuters at the pier. (Photo by Tamsin Ord/Getty Images)',
      'Commuters at the pier. (Tamsin Ord / Staff Photographer)',
      'Tamsin Ord/AP',
      'Tamsin Ord for Harbour Post',
      'The board is a Quayside institution.',
      'The chair said the plan appears in the draft budget.',
    ])
      expect(outletNotes(line), line).toEqual([]);
  });

  it('reads a republication note that goes on with another sentence, and a wire lede without its city', () => {
    expect(
      reprintCredit('This story was originally published by Harbour Post. Reprinted with permission.'),
    ).toBe('Harbour Post');
    // A stop after an abbreviation ends no sentence: the name is never cut to "U.S".
    expect(reprintCredit('This story was originally published by U.S. Harbour News. Reprinted.')).not.toBe(
      'U.S',
    );
    expect(outletFromDateline('(Harbour Wire) - The harbour board voted on Monday …')).toBe('Harbour Wire');
    expect(outletFromDateline('PORTSEA (Harbour Wire) - The harbour board voted …')).toBe('Harbour Wire');
  });

  it('reads a writer’s contact address, not a press office’s', () => {
    expect(contactDomains(['Contact Rowan Pike at rpike@harbourpost.com.'])).toEqual(['harbourpost']);
    expect(contactDomains(['Rowan Pike can be reached at rpike@harbourpost.com'])).toEqual(['harbourpost']);
    expect(contactDomains(['Media inquiries: press@harbourboard.org'])).toEqual([]);
  });
});

describe('the outlet of a page where two signals agree', () => {
  it('names a masthead a weak credit agrees with, and nobody on either alone', () => {
    const credit = ['Commuters at the pier. (Tamsin Ord/Harbour Post)'];
    expect(normalizeText(page(['Harbour Post', 'Home', 'Local'], credit, ['Terms'])).outlet).toBe(
      'Harbour Post',
    );
    expect(normalizeText(page(['Home', 'Local'], credit, ['Terms'])).outlet).toBeNull();
    // A masthead alone right over the headline (no navigation under it) may be a kicker; over the
    // site's menu it is trusted alone since round 2 (text/masthead.ts).
    expect(normalizeText(page(['Harbour Post'], [], ['Terms'])).outlet).toBeNull();
    expect(normalizeText(page(['Harbour Post', 'Home', 'Local'], [], ['Terms'])).outlet).toBe('Harbour Post');
  });

  it('names a masthead the writer’s contact address spells', () => {
    const footer = ['Contact Rowan Pike at rpike@harbourpost.com.', '', 'Terms'];
    expect(normalizeText(page(['Harbour Post', 'Home', 'Local'], [], footer)).outlet).toBe('Harbour Post');
    expect(normalizeText(page(['Home', 'Local'], [], footer)).outlet).toBeNull();
  });

  it('names a masthead printed again under the byline’s names', () => {
    const credit = ['Rowan Pike and Tamsin Ord', 'HARBOUR POST'];
    expect(normalizeText(page(['HARBOUR POST'], credit, ['Terms'])).outlet).toBe('HARBOUR POST');
    expect(normalizeText(page(['Home'], credit, ['Terms'])).outlet).toBeNull();
  });

  it('keeps "News" in a name a "More from" box prints', () => {
    const more = page(['Harbour News', 'Home', 'Local'], [], ['More from Harbour News', 'Corrections']);
    expect(normalizeText(more).outlet).toBe('Harbour News');
  });

  it('takes a series’ title over "Part 2 of 4" for no masthead', () => {
    const series = page(
      ['The Quiet Ledger', 'Part 2 of 4'],
      [],
      ['More from The Quiet Ledger', 'Corrections'],
    );
    expect(normalizeText(series).outlet).toBeNull();
    const masthead = page(
      ['The Quiet Ledger', 'Home', 'Local'],
      [],
      ['More from The Quiet Ledger', 'Corrections'],
    );
    expect(normalizeText(masthead).outlet).toBe('The Quiet Ledger');
  });

  it('names the publisher a republishing page credits, and the quoted story’s source on a round-up', () => {
    const reprint = [
      'This story was originally published by Harbour Post. Reprinted with permission.',
      '',
      'Terms',
    ];
    expect(normalizeText(page(['Portsea Civic Trust', 'About us', 'Programs'], [], reprint)).outlet).toBe(
      'Harbour Post',
    );
    const roundup = normalizeText(
      page(['Morning Links', 'Home', 'Archive'], ['Via Harbour Post, March 4'], ['Terms']),
    );
    expect(roundup.outlet).toBe('Harbour Post');
  });
});
