/**
 * paragraphFurniture: the whole-paragraph furniture rules shared by the text and HTML normalizers,
 * on invented paragraphs (each removal carries its reason; article text and subheads stay).
 */
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/pipeline/normalize/furniture.ts';
import { cueOf } from '../../src/pipeline/normalize/text/cues.ts';

const lede =
  'The council voted on Tuesday to extend the night bus service to the new estate, officials said.';
const second = 'The service will start in the spring and run every half hour until two in the morning.';

describe('paragraphFurniture', () => {
  it('removes a highlights block before the lede, with its reason', () => {
    const result = paragraphFurniture([
      'Key points',
      'Night buses extended',
      'Service starts in spring',
      lede,
      second,
    ]);
    expect(result.paragraphs).toEqual([lede, second]);
    expect(result.removed.map((r) => r.reason)).toEqual(['highlights', 'highlights', 'highlights']);
  });

  it('keeps a lede that merely starts with a highlights word', () => {
    const text = 'Highlights of the budget include a new bus depot and longer library hours, the mayor said.';
    expect(paragraphFurniture([text, second]).paragraphs).toEqual([text, second]);
  });

  it('removes correction notes only at the edges of the body', () => {
    const note = 'Clarification: This story has been updated to say the vote was unanimous.';
    const middle =
      'Correction: the council says the figures it gave last week were wrong, and has published new ones.';
    const result = paragraphFurniture([lede, middle, second, note]);
    expect(result.paragraphs).toEqual([lede, middle, second]);
    expect(result.removed).toEqual([{ text: note, reason: 'correction-note' }]);
  });

  it('removes a note that the article is a translation at its end, not a sentence about translating', () => {
    const note = 'This report was translated from the Portuguese by our foreign desk.';
    const middle =
      'Translated by volunteers, the leaflets reached every estate before the vote, the council said.';
    const result = paragraphFurniture([lede, middle, second, note]);
    expect(result.paragraphs).toEqual([lede, middle, second]);
    expect(result.removed).toEqual([{ text: note, reason: 'correction-note' }]);
    // A sentence that opens with the words, closing the body, is still the article's.
    expect(paragraphFurniture([lede, second, middle]).paragraphs).toEqual([lede, second, middle]);
  });

  it('keeps short capital subheads but removes a long shouted link', () => {
    const subhead = 'A LONG WAIT FOR BUSES';
    const link = 'COUNCIL LEADER SAYS NEW ESTATE WILL GET ITS OWN SCHOOL AND CLINIC BY NEXT YEAR';
    const result = paragraphFurniture([lede, subhead, link, second]);
    expect(result.paragraphs).toEqual([lede, subhead, second]);
    expect(result.removed).toEqual([{ text: link, reason: 'promo-link' }]);
  });

  it('moves agency file captions to captions and drops stray punctuation', () => {
    const caption = 'FILE - This 2029 file photo shows a night bus at the depot.';
    const result = paragraphFurniture([caption, lede, '”', '.', second, '%']);
    expect(result.paragraphs).toEqual([lede, second, '%']);
    expect(result.captions).toEqual([caption]);
  });

  it('removes author names and a masthead opening the body, not a lede or a short first line', () => {
    const result = paragraphFurniture(['Ann Lee and Tom Ross', 'HARBOUR POST', lede, second]);
    expect(result.paragraphs).toEqual([lede, second]);
    expect(result.removed.map((r) => r.reason)).toEqual(['byline', 'byline']);
    // Not followed by a sentence: a heading-like first line stays (the normalizer's other rules decide).
    expect(paragraphFurniture(['Ann Lee', 'Night buses extended', lede]).paragraphs).toHaveLength(3);
  });

  it('never empties the body on shape alone', () => {
    expect(paragraphFurniture(['“', '.']).paragraphs).toEqual(['“', '.']);
    // The last paragraph is never taken as a highlight item: the body goes on after the block.
    expect(paragraphFurniture(['Story highlights', 'Night buses extended']).paragraphs).toEqual([
      'Night buses extended',
    ]);
  });
});

// Whole pages, pasted and HTML, with a body that mentions Facebook and Twitter: the fixtures
// tests/fixtures/normalize-{text,html}/iso-date-share-bar.
describe('share bars', () => {
  it('are furniture however the verbs and platforms are strung together', () => {
    for (const line of [
      'Share on Facebook  Share on Twitter  Email',
      'Share this article',
      'Facebook Twitter LinkedIn Email Print',
      'Copy link',
      'Share via WhatsApp | Share on LinkedIn',
      'Teilen auf Facebook',
    ])
      expect(cueOf(line)?.reason, line).toBe('share-bar');
  });
  it('are not sentences or headings that mention a platform', () => {
    for (const line of [
      'The mayor posted the plan on Facebook.',
      'Share prices fell on Twitter news',
      'Why the council left Twitter',
      'Facebook and Twitter respond to the ruling',
      'On this story',
      'Comment on this story',
      'Text to the council',
    ])
      expect(cueOf(line)?.reason, line).not.toBe('share-bar');
  });
});
