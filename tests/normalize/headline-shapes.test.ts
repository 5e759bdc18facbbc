/**
 * Headlines on pages that wrap the article in something else: a printed page whose running head
 * repeats the whole document title, a podcast page with its player controls under the headline,
 * a networking post with the poster's note above the shared article. Invented pages, invented text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

const HEADLINE = 'Harbour board delays ferry fare rise after commuter protests';
const BODY = [
  'The harbour board voted on Monday to delay a planned rise in ferry fares until the spring, after months of protests by commuters who said the increase would price them out of the city.',
  'Board chair Imogen Sallow said the members had listened to the commuters and would look again at the figures before any rise took effect.',
  'The rise would have added about a fifth to the price of a monthly ticket, according to figures the board published in the autumn.',
  'Commuter groups welcomed the delay but said they would keep campaigning until the plan was dropped altogether, and called a meeting for next week.',
];
const body = (paragraphs: readonly string[]) => paragraphs.flatMap((p) => [p, '']);

describe('what a headline is on wrapped pages', () => {
  it('a printed page: the running head repeats "Headline | Site", the headline line is the part', () => {
    const head = `${HEADLINE} | Estuary Courier`;
    const page = [
      '3/4/24, 9:12 PM',
      head,
      'ADVERTISEMENT',
      '',
      'Estuary Courier',
      '',
      HEADLINE,
      '',
      'By Rowan Pike',
      '',
      ...body(BODY.slice(0, 2)),
      'https://courier.example/2024/03/04/harbour-ferry-fares/',
      '1/3',
      '3/4/24, 9:12 PM',
      head,
      '',
      ...body(BODY.slice(2)),
    ].join('\n');
    expect(normalizeText(page).headline).toBe(HEADLINE);
  });
});
