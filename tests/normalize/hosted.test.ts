/**
 * Stories shown inside another tool (issue #10, group f): a monitoring clip, a feed reader, a chat's
 * link preview, a course page, a legislative record, phone screenshots, a light edition — on pages
 * written for these tests (made-up tools, outlets and story). The tool's name is never the outlet;
 * the publisher's credit is, or nothing; the tool's lines are not body.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { citationCredit, publicationCredit } from '../../src/pipeline/normalize/outlet-reprint.ts';
import { screenCue } from '../../src/pipeline/normalize/text/screen-cues.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

const LEDE =
  'The harbour board voted on Tuesday to close the old ferry terminal at Marrow Point after inspectors found the pier unsafe for passengers.';
const BODY = [
  LEDE,
  'Board chair Ines Okafor said the closure would last at least two years while engineers rebuild the pier and its waiting hall.',
  'Commuters will be moved to a temporary landing at Gull Quay, which the board said can take two ferries an hour at peak times.',
];
const HEADLINE = 'Harbour board closes Marrow Point ferry terminal';

describe('a story shown inside another tool', () => {
  it('credits the clip field, never the monitoring service; a blank field gives no outlet', () => {
    const clip = (outlet: string) =>
      [
        'Signalgrid Monitor',
        'Dashboard',
        'Alerts',
        'Client: Port Users Association',
        'Search: "ferry terminal"',
        '',
        HEADLINE,
        '',
        `Media outlet: ${outlet}`,
        'Reach: 120K',
        'Sentiment: Neutral',
        '',
        ...BODY.flatMap((p) => [p, '']),
        '[Image not included in clip]',
        '',
        'Licensed content. For internal monitoring use only; do not redistribute.',
        '© 2024 Signalgrid Monitor',
      ].join('\n');
    const named = normalizeText(clip('The Estuary Courier'));
    expect(named.outlet).toBe('The Estuary Courier');
    expect(named.headline).toBe(HEADLINE);
    expect(named.paragraphs).toEqual(BODY);
    expect(normalizeText(clip('(licensed content partner)')).outlet).toBeNull();
  });

  it('credits the feed trailer, not the copyright of the agency or the reader app', () => {
    const page = [
      'Quillfeed Reader',
      'Today',
      'Starred',
      'estuarycourier.example - All stories  12',
      'Other Feed  40',
      '',
      HEADLINE,
      '',
      ...BODY.flatMap((p) => [p, '']),
      'Copyright 2024 Coastal Wire Service. All rights reserved.',
      '',
      `The post ${HEADLINE} appeared first on The Estuary Courier.`,
    ].join('\n');
    const result = normalizeText(page);
    expect(result.outlet).toBe('The Estuary Courier');
    expect(result.headline).toBe(HEADLINE);
  });

  it('reads a course page: the citation credits the publisher, prompts are not body', () => {
    const page = [
      'Dashboard',
      'Courses',
      'GEOG 210: Coastal Cities',
      '',
      'Week 3 reading',
      '',
      'Read the article below before Friday’s seminar. Note who is quoted.',
      '',
      `Citation: Ada Reyes. “${HEADLINE}.” The Estuary Courier, 4 Mar. 2024.`,
      '',
      HEADLINE,
      '',
      BODY[0],
      '',
      'Pause and reflect: who gains from the closure?',
      '',
      BODY[1],
      '',
      BODY[2],
      '',
      'Discussion questions',
      '1. Who are the sources in this article?',
      '',
      'Powered by Lessonloft',
    ].join('\n');
    const result = normalizeText(page);
    expect(result.outlet).toBe('The Estuary Courier');
    expect(result.headline).toBe(HEADLINE);
    expect(result.paragraphs).toEqual(BODY);
  });

  it('finds the HTML headline under a chat channel title and the publisher by its link preview', () => {
    const html = `<!doctype html><html><head><title>ferries (Channel) - Dockside Team - Chatterbox</title>
<meta property="og:site_name" content="Chatterbox"></head><body>
<div class="sidebar"><div>Dockside Team</div><div># ferries</div></div>
<div class="msg-meta"><div>Ada Reyes</div><div>9:02 AM</div></div>
<div class="unfurl"><img src="https://estuarycourier.example/favicon.ico" alt="The Estuary Courier"><a class="unfurl-title" href="https://estuarycourier.example/news/ferry">${HEADLINE}</a></div>
<main><article>${BODY.map((p, i) => `<p>${p}</p><div class="msg-time"><div>9:0${i + 3}</div></div>`).join('')}
<div class="reactions"><div>👍 3</div></div></article></main></body></html>`;
    const result = normalizeHtml(html);
    expect(result.headline).toBe(HEADLINE);
    expect(result.outlet).toBe('The Estuary Courier');
    expect(result.paragraphs).toEqual(BODY);
  });

  it("takes a pasted link preview's site name when it spells the link's host", () => {
    const page = [
      'Dockside Team',
      '# ferries',
      'Ada Reyes',
      '9:02 AM',
      'https://www.estuarycourier.example/news/ferry-terminal',
      'Estuary Courier',
      HEADLINE,
      '',
      'worth a read before the meeting',
      '',
      ...BODY.flatMap((p) => [p, '', '9:04', '']),
      '👍 3',
    ].join('\n');
    expect(normalizeText(page).outlet).toBe('Estuary Courier');
  });

  it('reads the lines such tools add as what they are', () => {
    expect(screenCue('[[Page H1234]]', '[[Page H1234]]')?.reason).toBe('editor-note');
    expect(screenCue('Wi-Fi 51%', 'Wi-Fi 51%')?.reason).toBe('navigation');
    expect(screenCue('Back   Forward   Share   Tabs', 'Back   Forward   Share   Tabs')?.reason).toBe(
      'navigation',
    );
    const remark = 'Mr. HALVERSON. I yield back the balance of my time.';
    expect(screenCue(remark, remark)?.reason).toBe('proceedings');
    // A story's own sentences are not furniture.
    for (const line of BODY) expect(screenCue(line, line)).toBeNull();
    expect(
      screenCue('Mr. Okafor said the board would meet again.', 'Mr. Okafor said the board would meet again'),
    ).toBeNull();
  });

  it('takes a credit only from a publication field or an MLA reference', () => {
    expect(publicationCredit('Publication: The Estuary Courier')).toBe('The Estuary Courier');
    expect(publicationCredit('Media outlet: (licensed content partner)')).toBeNull();
    expect(citationCredit(`Ada Reyes. “${HEADLINE}.” The Estuary Courier, 4 Mar. 2024.`)).toBe(
      'The Estuary Courier',
    );
    // A fact check's source list and a "how to cite" note in another style name no publisher.
    expect(citationCredit('Lakeshore Gazette, “Officials respond,” June 4, 2014')).toBeNull();
    expect(citationCredit('Ada Reyes, “Harbour plans,” Harwood Institute, May 4, 2019.')).toBeNull();
  });
});
