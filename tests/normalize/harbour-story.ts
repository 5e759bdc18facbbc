/**
 * The invented story the normalizer tests wrap in page furniture (no corpus text): a headline and
 * a body that shares words with it, in two versions — plain, and one whose body names other
 * newsrooms as sources (a channel, a wire), which a page's outlet must never be taken from.
 */
export const HARBOUR_HEADLINE = 'Harbour board delays ferry fare rise after commuter protests';

const LEDE =
  'The harbour board voted on Monday to delay a planned rise in ferry fares until the spring, after months of protests by commuters who said the increase would price them out of the city.';
const CAMPAIGN =
  'Commuter groups welcomed the delay but said they would keep campaigning until the plan was dropped altogether, and called a meeting for next week.';

/** Four paragraphs; tests add their own after them. */
export const HARBOUR_BODY: readonly string[] = [
  LEDE,
  'Board chair Imogen Sallow said the members had listened to the commuters and would look again at the figures before any rise took effect.',
  'The rise would have added about a fifth to the price of a monthly ticket, according to figures the board published in the autumn.',
  CAMPAIGN,
];

/** Six paragraphs naming a channel and a wire as sources inside the story. */
export const HARBOUR_BODY_CITING_NEWSROOMS: readonly string[] = [
  LEDE,
  'Board chair Imogen Sallow told Channel Nine that the members had listened to the commuters and would look again at the figures before any rise took effect.',
  'The rise would have added about a fifth to the price of a monthly ticket, according to Meridian Wire, which first reported the plan in the autumn.',
  CAMPAIGN,
  'The ferry service carries about nine thousand passengers a day across the estuary, most of them travelling to work in the city centre or the port.',
  'A final decision is expected at the board meeting in March, when the members will also consider a request to add two evening sailings on weekdays.',
];

/** Paragraphs as pasted text: each followed by a blank line. */
export const blankSeparated = (paragraphs: readonly string[]): string[] => paragraphs.flatMap((p) => [p, '']);

/**
 * A pasted page by Rowan Pike: top lines, the headline and byline, lines under it (each set apart),
 * the body (with `between` set after its second paragraph), then the footer.
 */
export function bylinedPage(
  top: readonly string[],
  under: readonly string[],
  footer: readonly string[],
  between: readonly string[] = [],
): string {
  const body = [...HARBOUR_BODY];
  body.splice(2, 0, ...between);
  return [
    ...top,
    '',
    HARBOUR_HEADLINE,
    '',
    'By Rowan Pike',
    'March 4, 2024',
    '',
    ...blankSeparated(under),
    ...blankSeparated(body),
    ...footer,
  ].join('\n');
}

/**
 * A pasted page by Rowan Pike: `top` lines, a blank, the headline with the byline and date right under
 * it, the body (blank-separated), then the `bottom` lines as they are.
 */
export function pastedPage(
  top: readonly string[],
  bottom: readonly string[],
  byline = 'By Rowan Pike',
  body: readonly string[] = HARBOUR_BODY,
): string {
  return [...top, '', HARBOUR_HEADLINE, byline, 'March 4, 2024', '', ...blankSeparated(body), ...bottom].join(
    '\n',
  );
}
