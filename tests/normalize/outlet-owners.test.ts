/**
 * Wrong outlets the page's own legal lines and duplicates used to give (issue #10, groups g and h):
 * a copyright beside a company's registration names the owner; "X is a trading name of Y" makes X
 * the masthead; a link to the story's original or "Coverage is shared with permission" marks a
 * copy; a capitals heading before "FOR" and the headline printed twice are no credit lines.
 * Invented pages, invented outlets.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import { outletFromCredit } from '../../src/pipeline/normalize/outlet.ts';
import { copyrightVote } from '../../src/pipeline/normalize/outlet-lines.ts';
import { isReprintMarker } from '../../src/pipeline/normalize/outlet-reprint.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';

const HEADLINE = 'Harbour board delays ferry fare rise after commuter protests';
const BODY = [
  'The harbour board voted on Monday to delay a planned rise in ferry fares until the spring, after months of protests by commuters who said the increase would price them out of the city.',
  'Board chair Imogen Sallow told reporters that the members had listened to the commuters and would look again at the figures before any rise took effect.',
  'The rise would have added about a fifth to the price of a monthly ticket, according to figures the board published in the autumn.',
  'Commuter groups welcomed the delay but said they would keep campaigning until the plan was dropped altogether, and called a meeting for next week.',
];
const MENU = ['Supply chain', 'Policy & regulation', 'Technology', 'Events'];

function pasted(top: readonly string[], bottom: readonly string[], byline = 'By Rowan Pike'): string {
  return [...top, '', HEADLINE, byline, 'March 4, 2024', '', ...BODY.flatMap((p) => [p, '']), ...bottom].join(
    '\n',
  );
}

describe('a copyright beside a company registration names the owner', () => {
  it('marks the copyright as the owner’s only beside a registration or a trading-name line', () => {
    const line = 'Copyright © 2024 Alderway Information Ltd. All rights reserved.';
    expect(copyrightVote(line, new Set())).toEqual({ name: 'Alderway Information', weight: 3 });
    expect(
      copyrightVote(line, new Set(), ['Registered in England and Wales. Company number 1234567.'])?.owner,
    ).toBe(true);
    expect(
      copyrightVote(line, new Set(), ['Estuary Courier is a trading name of Alderway Information Ltd.'])
        ?.owner,
    ).toBe(true);
    // A trading-name line about another company says nothing of this one.
    expect(
      copyrightVote(line, new Set(), ['Estuary Courier is a trading name of Quayside Ltd.'])?.owner,
    ).toBeUndefined();
  });
  it('a registered company named once is no masthead: no outlet rather than the owner', () => {
    const page = pasted(MENU, [
      'Copyright © 2024 Alderway Information Ltd. All rights reserved.',
      'Registered in England and Wales. Company number 1234567.',
    ]);
    expect(normalizeText(page).outlet).toBeNull();
    // Without the registration the copyright names the site, as before.
    expect(
      normalizeText(pasted(MENU, ['Copyright © 2024 Alderway Information Ltd. All rights reserved.'])).outlet,
    ).toBe('Alderway Information');
  });
  it('"X is a trading name of Y" names X beside Y’s copyright', () => {
    const page = pasted(MENU, [
      'Copyright © 2024 Alderway Information Ltd. All rights reserved.',
      'Estuary Courier is a trading name of Alderway Information Ltd.',
    ]);
    expect(normalizeText(page).outlet).toBe('Estuary Courier');
  });
  it('a saved page whose site name is the registered owner takes the brand its address spells', () => {
    const html = `<!doctype html><html lang="en"><head><title>${HEADLINE} - Estuary Courier</title>
<meta property="og:site_name" content="Alderway Information"><meta property="og:url" content="https://www.estuarycourier.com/ferry"></head><body>
<main><article><h1>${HEADLINE}</h1><p class="byline">By Rowan Pike</p>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<div class="footer"><div>Copyright © 2024 Alderway Information. All rights reserved.</div><div>Registered in England and Wales. Company number 1234567.</div></div></body></html>`;
    expect(normalizeHtml(html).outlet).toBe('Estuary Courier');
  });
});

describe('a page that carries a copy of the story names only its source', () => {
  it('reads a link to the original and a permission note as a copy', () => {
    expect(isReprintMarker('Read the original article: https://www.estuarycourier.com/ferry-fares')).toBe(
      true,
    );
    expect(isReprintMarker('Coverage is shared with permission for non-commercial use.')).toBe(true);
    expect(isReprintMarker('This article is republished with permission.')).toBe(true);
    // A photo's permission and a sentence about an original are no such note.
    expect(isReprintMarker('Photo used with permission of the family.')).toBe(false);
    expect(isReprintMarker('Read the original draft of the plan, the board said.')).toBe(false);
  });
  it('an agency reposting coverage is not the outlet', () => {
    const page = pasted(
      ['Tidewater Health Alliance', 'About us', 'Newsroom', 'Home › Newsroom › Media coverage'],
      [
        'Read the original article: https://www.estuarycourier.com/ferry-fares',
        'Media inquiries: press@tidewaterhealth.org',
        '© 2024 Tidewater Health Alliance',
      ],
    );
    expect(normalizeText(page).outlet).toBeNull();
    const note = pasted(
      [
        'Tidewater Health Alliance',
        'About us',
        'Newsroom',
        'Coverage is shared with permission for non-commercial use.',
      ],
      ['© 2024 Tidewater Health Alliance'],
    );
    expect(normalizeText(note).outlet).toBeNull();
  });
});

describe('lines that look like credits but are not', () => {
  it('a capitals heading of four words before FOR is an institution, a short one a reporter', () => {
    expect(outletFromCredit('UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF OHIO')).toBeNull();
    expect(outletFromCredit('ROWAN PIKE FOR THE ESTUARY COURIER')).toBe('THE ESTUARY COURIER');
    expect(outletFromCredit('BY MARY ANN DE VRIES FOR THE ESTUARY COURIER')).toBe('THE ESTUARY COURIER');
  });
  it('the headline printed again above the story is no "X for Y" credit', () => {
    const headline = 'Senator Mocks Harbour Board Chair for Failing to Answer Basic Questions';
    const page = [
      '3/4/24, 9:15 AM',
      headline,
      'Estuary Courier',
      headline,
      'By Rowan Pike',
      'March 4, 2024',
      '',
      ...BODY.flatMap((p) => [p, '']),
    ].join('\n');
    expect(normalizeText(page).outlet).not.toBe('Failing to Answer Basic Questions');
  });
});

describe('a podcast host’s episode page', () => {
  const page = (show: string, credit: string) => `<!doctype html><html lang="en"><head>
<title>${HEADLINE} : ${show}</title><meta property="og:site_name" content="Reedcast"></head><body>
<header><span class="brand">Reedcast</span></header>
<div class="show"><div>${show}</div><div>${credit}</div></div>
<h1>${HEADLINE}</h1>
<main><article>${BODY.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`;
  it('"A podcast from X" credits the show’s publisher, not the host', () => {
    expect(normalizeHtml(page('Harbour Hour', 'A podcast from Estuary Courier')).outlet).toBe(
      'Estuary Courier',
    );
  });
  it('the host’s name and an unrelated show in the title, nothing else: no outlet', () => {
    expect(normalizeHtml(page('Harbour Hour', '38K followers')).outlet).toBeNull();
    // An address that spells neither name (a link in the show notes) settles nothing.
    const linked = page('Harbour Hour', '38K followers').replace(
      '</article>',
      '</article><div class="notes"><a href="https://www.meridianwire.com/ferry">Show notes</a></div>',
    );
    expect(normalizeHtml(linked).outlet).toBeNull();
  });
});
