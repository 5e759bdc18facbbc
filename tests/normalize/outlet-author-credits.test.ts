/**
 * Outlets on pasted pages, round 3, on invented lines and pages (no corpus text): a cross-link
 * between the paragraphs ("(Also on X: …)", weak), the byline's author credited under a picture
 * ("Jane Doe/X", firm like "By Jane Doe, X"), and the byline's author named as "X's Jane Doe"
 * (firm). (normalize/outlet-notes.ts, text/site-name.ts)
 */
import { describe, expect, it } from 'vitest';
import { bylineAuthorKeys } from '../../src/pipeline/normalize/outlet-lines.ts';
import {
  authorPictureCredit,
  authorPossessive,
  outletNotes,
} from '../../src/pipeline/normalize/outlet-notes.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { bylinedPage } from './harbour-story.ts';

/** The page builder with its middle lines set between the body's paragraphs (no footer unless given). */
const page = (
  top: readonly string[],
  under: readonly string[],
  between: readonly string[],
  footer: readonly string[] = [],
): string => bylinedPage(top, under, footer, between);

describe('a cross-link between the paragraphs', () => {
  it('reads "(Also on X: headline)" as a weak name, never a day or a month', () => {
    const weak = (line: string) =>
      outletNotes(line)
        .filter((c) => c.weak)
        .map((c) => c.name);
    expect(weak('( Also on HARBOUR POST: Ferry fares rise again)')).toEqual(['HARBOUR POST']);
    expect(weak('Also on The Harbour Post: Pier repairs delayed')).toEqual(['The Harbour Post']);
    expect(weak('Also on Tuesday: the board votes')).toEqual([]);
    expect(weak('Also on March 5: a second hearing')).toEqual([]);
    expect(weak('He also on Monday said: no')).toEqual([]);
  });

  it('confirms a masthead line that alone names no one, and alone names no one itself', () => {
    const link = '( Also on HARBOURPOST: Pier repairs delayed again)';
    expect(normalizeText(page(['Harbourpost'], [], [])).outlet).toBeNull();
    expect(normalizeText(page([], [], [link])).outlet).toBeNull();
    expect(normalizeText(page(['Harbourpost'], [], [link])).outlet).toBe('Harbourpost');
  });
});

describe('the byline’s author credited under a picture', () => {
  const authors = bylineAuthorKeys('Rowan Pike');

  it('names the author’s newsroom only where the photographer is the byline’s author', () => {
    expect(authorPictureCredit('Rowan Pike/Harbour Post', authors)).toMatchObject({
      name: 'Harbour Post',
      weight: 3,
    });
    expect(authorPictureCredit('Commuters at the pier. (Rowan Pike/Harbourpost)', authors)?.name).toBe(
      'Harbourpost',
    );
    expect(authorPictureCredit('Tamsin Ord/Harbour Post', authors)).toBeNull();
    expect(authorPictureCredit('Rowan Pike/Getty Images', authors)).toBeNull();
    expect(authorPictureCredit('Rowan Pike/Tamsin Ord', authors)).toBeNull();
    expect(authorPictureCredit('Rowan Pike/Harbour Post', new Set())).toBeNull();
  });

  it('names the outlet on a gallery page; another photographer’s credit alone does not', () => {
    const gallery = (credit: string) =>
      normalizeText(page(['Photos', 'Video'], ['1 of 12', 'Commuters at the pier.', credit], [])).outlet;
    expect(gallery('Rowan Pike/Harbourpost')).toBe('Harbourpost');
    expect(gallery('Tamsin Ord/Harbourpost')).toBeNull();
  });
});

describe('the byline’s author named as "X’s Jane Doe"', () => {
  it('names the newsroom, never a person’s or a part of a longer name', () => {
    const writers = ['Rowan Pike'];
    expect(authorPossessive("HARBOUR POST's Rowan Pike reported from the quay.", writers)?.name).toBe(
      'HARBOUR POST',
    );
    expect(authorPossessive('He told The Harbour Post’s Rowan Pike on Monday.', writers)?.name).toBe(
      'The Harbour Post',
    );
    expect(authorPossessive("Mayor Ann Lee's Rowan Pike", writers)).toBeNull();
    expect(authorPossessive("HARBOUR POST's Rowan Pikeman said", writers)).toBeNull();
    expect(authorPossessive("HARBOUR POST's Tamsin Ord said", writers)).toBeNull();
  });

  it('names the outlet of a page whose only credit is the writer’s bio under the story', () => {
    const bio = "HARBOUR POST's Rowan Pike reported from the quay. Follow him on social media.";
    expect(normalizeText(page([], [], [], [bio])).outlet).toBe('HARBOUR POST');
    expect(normalizeText(page([], [], [], ["HARBOUR POST's Tamsin Ord contributed."])).outlet).toBeNull();
  });
});
