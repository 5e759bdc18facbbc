/**
 * paragraphFurniture: the whole-paragraph furniture rules shared by the text and HTML normalizers,
 * on invented paragraphs (each removal carries its reason; article text and subheads stay).
 */
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/pipeline/normalize/furniture.ts';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
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

describe('the site talking about itself or to the reader (group i round)', () => {
  const third = 'Residents of the estate had asked for the service for three years, the council said.';
  const fourth = 'The cost will be met from the transport budget, which rises by a tenth next year.';

  it('removes transcript lines, appeals, republishing terms, funders and method notes, by kind', () => {
    const notices: Array<[string, string]> = [
      ['[00:07] Good evening, and here is the news from the council tonight.', 'transcript'],
      ['This transcript was generated automatically and may contain errors.', 'transcript'],
      ['We have no paywall. Readers like you keep our reporting free.', 'reader-appeal'],
      ['Become a member today and your gift will be doubled.', 'reader-appeal'],
      ['Do you know more about the bus plan? Contact our reporters.', 'reader-appeal'],
      ['Submit your club news by Friday noon.', 'reader-appeal'],
      ['You may republish this story for free under a Creative Commons license.', 'licence'],
      ['Please keep the byline and include the tracking code below.', 'licence'],
      ['Major support comes from the Harbour Civic Fund.', 'funding'],
      ['Mail subscriptions start at $30 a year for seniors.', 'subscription'],
      ['Methodology: the figures come from the council’s published timetables.', 'method-note'],
    ];
    for (const [text, reason] of notices) {
      const result = paragraphFurniture([lede, second, text, third]);
      expect(result.paragraphs, text).toEqual([lede, second, third]);
      expect(result.removed, text).toEqual([{ text, reason }]);
    }
  });

  it('keeps a quoted appeal and a story sentence about a transcript or a donation', () => {
    const kept = [
      '“Readers like you keep us going,” the station manager told the council.',
      'The court released a transcript of the hearing on Monday, and the council published it.',
      'A donor gave the council a gift of land for the new depot last year.',
    ];
    expect(paragraphFurniture([lede, ...kept, second]).paragraphs).toEqual([lede, ...kept, second]);
  });

  it('removes every copy of a notice printed three times between paragraphs, not a sentence printed twice', () => {
    // A house notice of its own ("Listings are free for subscribers") is `site-tools` since the body
    // round on g, i and m; any other short statement printed three times is the box.
    const notice = 'The print office is closed on public holidays this month.';
    const thrice = paragraphFurniture([lede, notice, second, notice, third, notice, fourth]);
    expect(thrice.paragraphs).toEqual([lede, second, third, fourth]);
    expect(thrice.removed.map((r) => r.reason)).toEqual(['repeated-box', 'repeated-box', 'repeated-box']);
    // An aggregator's copy may print a sentence twice; an interview repeats its questions.
    const twice = [lede, third, second, third, fourth];
    expect(paragraphFurniture(twice).paragraphs).toEqual(twice);
    const question = 'What did the council decide about the night buses?';
    const interview = [lede, question, second, question, third, question, fourth];
    expect(paragraphFurniture(interview).paragraphs).toEqual(interview);
  });

  it('reads a byline and its date below a box that opened the body as the byline block', () => {
    const box = 'What happened, who is involved and what comes next, in under a minute.';
    const result = paragraphFurniture([box, 'By Rowan Pike', '4 March 2024', lede, second]);
    expect(result.removed).toEqual([
      { text: 'By Rowan Pike', reason: 'byline' },
      { text: '4 March 2024', reason: 'date' },
    ]);
  });
});

describe('the credits trailer closes the story (group i round)', () => {
  const trailer = 'Reporting by Rowan Pike; Editing by Ada Moss and Kit Lane';
  const standards = 'Every story is checked by a second editor before it is sent out.';
  const notice = 'All prices delayed a minimum of 15 minutes.';
  const body = [
    lede,
    second,
    'Residents of the estate had asked for the service for three years, the council said.',
  ];

  it('pasted: short lines after the trailer are the site’s', () => {
    const page = [
      'Harbour board votes',
      '',
      ...[...body, trailer, standards, notice].flatMap((p) => [p, '']),
    ];
    const result = normalizeText(page.join('\n'));
    expect(result.paragraphs).toEqual(body);
    // Consecutive removed lines are logged as one block, with its reason.
    const after = result.removed.filter((r) => r.reason === 'after-credits').map((r) => r.text);
    expect(after.join('\n')).toBe(`${standards}\n${notice}`);
  });

  it('saved: the same, and a trailer before the story has run closes nothing', () => {
    const html = (paragraphs: readonly string[]) =>
      `<html><head><title>Harbour board votes</title></head><body><article><h1>Harbour board votes</h1>${paragraphs
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`;
    expect(normalizeHtml(html([...body, trailer, standards, notice])).paragraphs).toEqual(body);
    const early = normalizeHtml(html([lede, 'Contact Rowan Pike at the harbour desk.', standards, second]));
    expect(early.paragraphs).toEqual([lede, standards, second]);
  });
});
