/**
 * Boxes of group l's kinds, on invented pages and lines (no corpus text): a box pasted as one block
 * inside spaced story paragraphs goes whole when it holds the site's furniture, a notice, a
 * button's label, two timeline entries or two "Site: headline" links (text/boxes.ts); the site's
 * own tools and pleas are notices (normalize/notices.ts) in both normalizers; a writer's beat line
 * and an update note are furniture wherever the rules say (normalize/furniture.ts). Story lines
 * and lists that look alike stay.
 */
import { describe, expect, it } from 'vitest';
import { paragraphFurniture } from '../../src/pipeline/normalize/furniture.ts';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { noticeReason } from '../../src/pipeline/normalize/notices.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_BODY_CITING_NEWSROOMS, HARBOUR_HEADLINE } from './harbour-story.ts';

const BODY = HARBOUR_BODY_CITING_NEWSROOMS;

/** A pasted page: a menu, the headline and byline, the body with blocks after some paragraphs, a footer. */
function pasted(blocks: ReadonlyMap<number, readonly string[]>, tail: readonly string[] = []): string {
  const body = BODY.flatMap((p, i) => [p, '', ...(blocks.has(i) ? [...blocks.get(i)!, ''] : [])]);
  return [
    'Home',
    'Local',
    '',
    HARBOUR_HEADLINE,
    'By Rowan Pike',
    'March 4, 2024',
    '',
    ...body,
    ...tail,
    'Terms',
    'Privacy',
  ].join('\n');
}

const PLEA = [
  'Looks like an ad blocker is on',
  'Adverts keep our harbour reporting free. Please allow ads on this site, or become a member.',
  'I’ve turned it off',
  'Show me how',
  'Continue anyway',
];
const TIMELINE = [
  'The fare dispute so far',
  'Feb. 2023 — The board first floats a rise',
  'Oct. 2023 — Commuters petition the council',
  'Jan. 2024 — The board sets a vote date',
  'Expand every entry',
];
const NETWORK = [
  'Across our titles',
  'Quayside Echo: Why the night ferry matters to shift workers',
  'Pier Weekly: The board’s budget in four charts',
];
const BEHIND = [
  'Behind this report',
  'Why we wrote this: commuters asked what the vote means for them.',
  'This story was reviewed by a second editor before publication.',
  'Sources: board minutes, interviews',
];

describe('a box pasted as one block inside the story', () => {
  it('removes an ad-blocker plea with its buttons, a timeline, a list of the network’s links', () => {
    const result = normalizeText(
      pasted(
        new Map([
          [0, PLEA],
          [1, TIMELINE],
          [2, NETWORK],
        ]),
      ),
    );
    expect(result.paragraphs).toEqual(BODY);
    expect(result.subheads).toEqual([]);
    const removed = result.removed.flatMap((r) => r.text.split('\n'));
    for (const line of [...PLEA, ...TIMELINE, ...NETWORK]) expect(removed, line).toContain(line);
    // Each line logged with a reason from the shared vocabulary: the notice's, else the box's.
    const reasons = new Map(result.removed.flatMap((r) => r.text.split('\n').map((t) => [t, r.reason])));
    expect(reasons.get(PLEA[0]!)).toBe('ad');
    expect(reasons.get(PLEA[1]!)).toBe('reader-appeal');
    expect(reasons.get(TIMELINE[1]!)).toBe('widget');
  });

  it('removes a "behind the story" box after the story, before the footer', () => {
    const result = normalizeText(pasted(new Map(), [...BEHIND, '']));
    expect(result.paragraphs).toEqual(BODY);
    expect(result.subheads).toEqual([]);
  });

  it('keeps a list in the story (no anchor), a lone button-like line, and blocks on an unspaced page', () => {
    const list = [
      'The three options the board weighed:',
      'a smaller rise',
      'a rise in two steps',
      'no rise at all',
    ];
    const kept = normalizeText(pasted(new Map([[1, list]])));
    for (const item of list.slice(1)) expect(kept.paragraphs.join('\n')).toContain(item);
    expect(kept.paragraphs).toEqual(expect.arrayContaining([...BODY]));
    // Dated lines of the story's own, one per paragraph (spaced), are not a timeline box.
    const dated = [
      'Jan. 2024 — The board set a vote date, its chair said in a letter to members.',
      'March 2024 — It voted.',
    ];
    const story = normalizeText(
      pasted(
        new Map([
          [1, [dated[0]!]],
          [2, [dated[1]!]],
        ]),
      ),
    );
    expect(story.paragraphs).toEqual(expect.arrayContaining(dated));
  });
});

describe('the site talking about its own tools', () => {
  it('names each notice by what it is', () => {
    expect(noticeReason('It looks like you’re using an ad blocker.')).toBe('ad');
    expect(noticeReason('Please switch off your ad blocker to keep reading.')).toBe('ad');
    expect(noticeReason('Odds supplied by Tallybet · 21+ only · Gamble responsibly')).toBe('ad');
    expect(noticeReason('Use these buttons to change the font size and the contrast.')).toBe('site-tools');
    expect(noticeReason('Your settings are saved for your next visit.')).toBe('site-tools');
    expect(noticeReason('Settings are stored in this browser only.')).toBe('site-tools');
    expect(noticeReason('This report is also available in several languages.')).toBe('site-tools');
    expect(
      noticeReason('Automated translations can contain mistakes; the English text is the version of record.'),
    ).toBe('site-tools');
    expect(noticeReason('Get breaking alerts when this story changes')).toBe('site-tools');
    expect(noticeReason('You can turn notifications off in your settings.')).toBe('site-tools');
    expect(noticeReason('Notifications powered by Pingwell')).toBe('site-tools');
    expect(noticeReason('Follow this story')).toBe('site-tools');
    expect(noticeReason('This site follows the transparency standards of the Coastal Press Council.')).toBe(
      'site-tools',
    );
    expect(noticeReason('This story was fact-checked by the standards desk.')).toBe('method-note');
    expect(noticeReason('Why we did this story: the vote affects 40,000 commuters.')).toBe('method-note');
    expect(noticeReason('Questions about this story? Email the newsroom.')).toBe('reader-appeal');
    expect(noticeReason('A version of this article appears in print on March 5, 2024.')).toBe('edition-note');
    expect(noticeReason('This article appears in the April 2024 issue of Harbour Monthly.')).toBe(
      'edition-note',
    );
  });

  it('keeps story sentences about ads, alerts, languages and standards', () => {
    for (const line of [
      '“Ad blockers are killing small newsrooms,” the board chair said.',
      'The board said it would get alerts to commuters by text before each sailing.',
      'The ferry timetable is published in three languages at every pier.',
      'Inspectors said the operator follows the safety standards of the maritime agency.',
      'This article’s author appeared before the board in 2019.',
      'Alerts were sent to 4,000 phones when the ferry broke down.',
    ])
      expect(noticeReason(line), line).toBe(null);
  });

  it('removes the same notices from a saved page', () => {
    const html = `<html><head><title>${HARBOUR_HEADLINE}</title></head><body><article><h1>${HARBOUR_HEADLINE}</h1>${BODY.map(
      (p) => `<p>${p}</p>`,
    ).join(
      '',
    )}<p>Alerts powered by Pingwell</p><p>Use the toolbar to change text size, spacing and contrast.</p></article></body></html>`;
    const result = normalizeHtml(html);
    expect(result.paragraphs).toEqual(BODY);
    expect(result.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['site-tools']));
  });
});

describe('a writer’s beat line and an update note', () => {
  it('removes "X covers Y." closing the body and an update note standing mid-body', () => {
    const note = 'Correction: An earlier version of this story gave the wrong date for the vote.';
    const input = [
      ...BODY.slice(0, 2),
      note,
      ...BODY.slice(2),
      'Rowan Pike covers transport and the waterfront.',
    ];
    const result = paragraphFurniture(input);
    expect(result.paragraphs).toEqual(BODY);
    expect(result.removed).toEqual([
      { text: note, reason: 'correction-note' },
      { text: 'Rowan Pike covers transport and the waterfront.', reason: 'credits' },
    ]);
  });

  it('keeps a story sentence that says who covers what, and one quoting a correction', () => {
    const line = 'Ada Brennick covers the cost of the night ferry from her own pocket, she said.';
    expect(paragraphFurniture([...BODY, line]).paragraphs).toContain(line);
  });
});

describe('runs of field rows, running heads and ornaments (normalize/runs.ts)', () => {
  it('removes a revision history, an episode list, a record’s fields, a running head and breaks', () => {
    const revisions = [
      'Revision history',
      'Rev 3 · Ada Brennick · 6:40 PM',
      'Rev 2 · Tomas Reyl · 4:12 PM',
      'Rev 1 · Ada Brennick · 9:03 AM',
    ];
    const fields = ['Desk: Waterfront', 'Status: Ready for copy edit', 'Slug: ferry-fare-vote'];
    const head = `${HARBOUR_HEADLINE} | Harbour Post`;
    const input = [
      head,
      BODY[0]!,
      '◆ ◆ ◆',
      BODY[1]!,
      head,
      BODY[2]!,
      '⁂',
      ...BODY.slice(3),
      '-30-',
      head,
      ...revisions,
      ...fields,
    ];
    const result = paragraphFurniture(input);
    expect(result.paragraphs).toEqual(BODY);
    const reasons = new Map(result.removed.map((r) => [r.text, r.reason]));
    expect(reasons.get(head)).toBe('repeated-box');
    expect(reasons.get('Revision history')).toBe('metadata');
    expect(reasons.get('Status: Ready for copy edit')).toBe('metadata');
    expect(reasons.get('⁂')).toBe('separator');
  });

  it('keeps two field rows, a table’s repeated cells, and story lines with a colon or a dot', () => {
    const rows = ['Population: 41,000', 'Ferry users: 12,500'];
    const cells = [
      'Eat two hours before you row',
      'Eat two hours before you row',
      'Eat two hours before you row',
    ];
    const said = [
      'Brennick: the vote must wait',
      'Reyl: the board has waited long enough',
      'Pike: commuters want a date',
    ];
    for (const extra of [rows, cells])
      expect(paragraphFurniture([...BODY, ...extra]).paragraphs).toEqual([...BODY, ...extra]);
    // Three "Name: words" lines with no sentence are read as fields: a known cost, counted on the corpus.
    expect(paragraphFurniture([...BODY, ...said]).paragraphs).toEqual(BODY);
  });
});

describe('an embedded post pasted as its text over its own signature line', () => {
  it('removes the post’s text, keeps a story line over a signature that carries the post’s words', () => {
    const post = 'Ferry staff are out on the pier this morning. More soon.';
    const page = pasted(new Map([[1, [post, '', '— Harbour Union (@harbourunion) March 4, 2024']]]));
    const result = normalizeText(page);
    expect(result.paragraphs).toEqual(BODY);
    const intro = 'The union was quick to respond.';
    const kept = normalizeText(
      pasted(new Map([[1, [intro, '', 'We will not stop! — Harbour Union (@harbourunion) March 4, 2024']]])),
    );
    expect(kept.paragraphs).toContain(intro);
  });
});

describe('a pull quote printed with its speaker’s name', () => {
  it('removes the quote whose words stand in a longer paragraph, keeps a line that only shares a name', () => {
    const story = [
      ...BODY,
      'Brennick told the board that “nobody on this pier will pay a penny more until we see the books,” to applause.',
    ];
    const pulled = 'Nobody on this pier will pay a penny more until we see the books Ada Brennick';
    const result = paragraphFurniture([...story.slice(0, 2), pulled, ...story.slice(2)]);
    expect(result.paragraphs).toEqual(story);
    expect(result.removed).toEqual([{ text: pulled, reason: 'pull-quote' }]);
    const own = 'The next vote is set for the spring Harbour Board';
    expect(paragraphFurniture([...story, own]).paragraphs).toContain(own);
  });
});

describe('an aggregator’s source lines and a notice set as a heading', () => {
  it('removes "Via Agency, date" and "Written by Name" over the quoted story', () => {
    const result = paragraphFurniture(['Via Harbour Post, March 4', 'Written by Rowan Pike', ...BODY]);
    expect(result.paragraphs).toEqual(BODY);
    expect(result.removed).toEqual([
      { text: 'Via Harbour Post, March 4', reason: 'credits' },
      { text: 'Written by Rowan Pike', reason: 'byline' },
    ]);
    const story = 'Via the harbour tunnel, commuters save ten minutes.';
    expect(paragraphFurniture([story, ...BODY]).paragraphs).toContain(story);
  });

  it('removes a saved page’s "Republish this story" heading, keeps a story subhead', () => {
    const html = `<html><body><article><h1>${HARBOUR_HEADLINE}</h1>${BODY.slice(0, 2)
      .map((p) => `<p>${p}</p>`)
      .join('')}<h2>Republish this story</h2><h2>What the board decided</h2>${BODY.slice(2)
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;
    const result = normalizeHtml(html);
    expect(result.subheads).toEqual(['What the board decided']);
    expect(result.removed).toEqual(
      expect.arrayContaining([{ text: 'Republish this story', reason: 'share-bar' }]),
    );
  });
});
