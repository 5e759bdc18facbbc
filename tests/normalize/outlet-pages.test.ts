/**
 * The outlet of whole pages, pasted and saved, each naming its outlet by one signal only (or by
 * none): invented pages, invented outlets. The body of every page names other organisations
 * ("told Channel Nine", "according to Meridian Wire") that are sources, not the site.
 */
import { describe, expect, it } from 'vitest';
import { normalizeHtml } from '../../src/pipeline/normalize/html.ts';
import {
  outletFromByline,
  outletFromCopyright,
  outletFromCredit,
} from '../../src/pipeline/normalize/outlet.ts';
import { outletFromMention } from '../../src/pipeline/normalize/outlet-mentions.ts';
import { domainLabels, isSiteNameLine, spellsDomain } from '../../src/pipeline/normalize/outlet-site.ts';
import { chooseOutlet } from '../../src/pipeline/normalize/outlet-vote.ts';
import { normalizeText } from '../../src/pipeline/normalize/text/index.ts';
import { HARBOUR_HEADLINE, HARBOUR_BODY_CITING_NEWSROOMS } from './harbour-story.ts';

const HEADLINE = HARBOUR_HEADLINE;
const BODY = HARBOUR_BODY_CITING_NEWSROOMS;

/** A pasted page: furniture above, the headline, the body, furniture below. */
function pasted(top: readonly string[], bottom: readonly string[], byline = 'By Rowan Pike'): string {
  return [...top, '', HEADLINE, byline, 'March 4, 2024', '', ...BODY.flatMap((p) => [p, '']), ...bottom].join(
    '\n',
  );
}

/** A saved page: head extras, header and footer markup around the article. */
function saved(head: string, header: string, footer: string): string {
  return `<!doctype html><html lang="en"><head><title>${HEADLINE}</title>${head}</head><body>
<header>${header}</header>
<main><article><h1>${HEADLINE}</h1><p class="byline">By Rowan Pike</p>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}
</article></main>
<footer>${footer}<a href="/privacy">Privacy Policy</a></footer></body></html>`;
}

const MENU = ['Home', 'Local', 'Business', 'Sport', 'Opinion'];

describe('pasted pages name their outlet', () => {
  const cases: Array<[string, string]> = [
    ['copyright line with a year', pasted(MENU, ['© 2024 The Estuary Courier Ltd'])],
    ['copyright without a year, a media company', pasted(MENU, ['Copyright Estuary Courier Media Group'])],
    ['"Outlet. All rights reserved."', pasted(MENU, ['Estuary Courier. All rights reserved.'])],
    ['provided by', pasted(MENU, ['Provided by The Estuary Courier'])],
    ['originally published', pasted(MENU, ['This article was originally published by The Estuary Courier.'])],
    ['footer links', pasted(MENU, ['About The Estuary Courier', 'Advertise with The Estuary Courier'])],
    ['a "More from" box naming a section of the site', pasted(MENU, ['More from Estuary Courier Opinion'])],
    ['byline with the outlet', pasted(MENU, [], 'By Rowan Pike, The Estuary Courier')],
    ['byline with a bar', pasted(MENU, [], 'By Rowan Pike | The Estuary Courier')],
    ['"for Outlet" credit', pasted(MENU, [], 'Rowan Pike for The Estuary Courier')],
    ['staff credit', pasted(MENU, [], 'By Estuary Courier Staff')],
    ['aggregator credit', pasted(MENU, [], 'Story by Rowan Pike • Estuary Courier')],
    ['the outlet in brackets after the writer', pasted(MENU, [], 'Rowan Pike (Estuary Courier)')],
    ['a morning briefing sign-up', pasted(MENU, ['Sign up for the Estuary Courier morning briefing'])],
    ['a release passing on a report', pasted(MENU, ['As reported by The Estuary Courier.'])],
    ['masthead repeated in the footer', pasted(['THE ESTUARY COURIER', ...MENU], ['The Estuary Courier'])],
    ['masthead and the domain', pasted(['The Estuary Courier', ...MENU], ['www.estuarycourier.co.uk'])],
    ['masthead and the social handle', pasted(['Estuary Courier', ...MENU], ['Follow us @EstuaryCourier'])],
    ['document title', pasted([`${HEADLINE} | The Estuary Courier`, ...MENU], [])],
  ];
  for (const [signal, page] of cases)
    it(signal, () => {
      expect(
        normalizeText(page)
          .outlet?.replace(/^the\s+/iu, '')
          .replace(/\s+(?:TV|Radio)$/u, ''),
      ).toMatch(/^Estuary (?:Courier|Radio)$|^Estuary$/iu);
    });

  it('names the wire dateline when the page names nothing else', () => {
    const page = pasted(MENU, []).replace(BODY[0] as string, `PORTSEA (Meridian Wire) - ${BODY[0]}`);
    expect(normalizeText(page).outlet).toBe('Meridian Wire');
  });
});

describe('pasted pages that do not name their outlet get none', () => {
  it('sources in the body are not the outlet', () => {
    expect(normalizeText(pasted(MENU, ['Privacy Policy'])).outlet).toBeNull();
  });
  it('a lone title-case line at the top is too weak', () => {
    expect(normalizeText(pasted(['Morning Harbour Briefing', ...MENU], [])).outlet).toBeNull();
  });
  it('a section label printed twice is not a site', () => {
    expect(normalizeText(pasted(['Business', ...MENU, '', 'Business'], [])).outlet).toBeNull();
  });
  it('a place after the byline is not an outlet', () => {
    expect(normalizeText(pasted(MENU, [], 'By Rowan Pike, Portsea')).outlet).toBeNull();
    expect(normalizeText(pasted(MENU, [], 'By Rowan Pike | COMMENTARY')).outlet).toBeNull();
  });
  it('buttons that may name a cause, a person or a programme are not the outlet', () => {
    const page = pasted(MENU, [
      'Support Local Journalism',
      'Follow Rowan Pike on X',
      'Watch Morning Harbour live',
    ]);
    expect(normalizeText(page).outlet).toBeNull();
  });
  it("a press release's issuer, printed above its newsroom menu and in its contact address, is no outlet", () => {
    const page = pasted(
      ['Harbour Users Alliance', 'Newsroom', 'Media contacts', '', 'FOR IMMEDIATE RELEASE'],
      ['###', 'Press office', 'press@harbourusersalliance.org', 'About the Harbour Users Alliance'],
      'March 4, 2024',
    );
    expect(normalizeText(page).outlet).toBeNull();
  });
  it('a handle in brackets after the writer is not an outlet', () => {
    expect(normalizeText(pasted(MENU, [], 'Rowan Pike (@rowanpike)')).outlet).toBeNull();
  });
  it('a sign-up for a newsletter that has its own name needs corroboration', () => {
    expect(normalizeText(pasted(MENU, ['Sign up for the Tide Tables newsletter'])).outlet).toBeNull();
  });
  it('a syndicated agency copyright gives way to the site the page names clearly', () => {
    const page = pasted(
      ['Estuary Courier', ...MENU],
      ['Copyright 2024 The Associated Press. All rights reserved.', 'Follow Estuary Courier on Facebook'],
    );
    expect(normalizeText(page).outlet).toBe('Estuary Courier');
    // A social account alone does not name the site, and the wire's trailer under the story names
    // the wire (the agencies field), not the site that runs it: no outlet (until round 5 of issue
    // #10, "Associated Press").
    const social = pasted(MENU, [
      'Copyright 2024 The Associated Press. All rights reserved.',
      'Follow Estuary Courier on Facebook',
    ]);
    expect(normalizeText(social).outlet).toBeNull();
  });
});

/**
 * Lines whose shape may name someone other than the publisher — a programme, a sibling station,
 * a person's or a show's social account, a sponsor's app, a product's trademark, a writer's
 * newsletter, a share bar's buttons — name nobody alone, however often they recur; a signal of
 * another kind (a masthead, the domain) that names the same makes them count.
 */
describe('weak furniture lines need corroboration', () => {
  const weak: Array<[string, string]> = [
    ['trademark line', 'The Estuary Courier is a registered trademark of Tidemark Holdings.'],
    ['follow line', 'Follow The Estuary Courier on Instagram'],
    ['social account line', 'Estuary Courier on Facebook'],
    ['newsletter line', "Sign up for The Estuary Courier's morning newsletter"],
    ['app promo', 'Download the Estuary Courier app'],
    ['live stream', 'Watch Estuary Courier TV live'],
    ['radio', 'Listen to Estuary Courier Radio'],
    ['"More from" box', 'More from The Estuary Courier'],
  ];
  for (const [signal, line] of weak) {
    it(`${signal}: alone, no outlet`, () => {
      expect(normalizeText(pasted(MENU, [line])).outlet).toBeNull();
      expect(normalizeHtml(saved('', '', `<p>${line}</p>`)).outlet).toBeNull();
    });
    // A station's name ("Estuary Courier TV") is not the paper's: nothing corroborates it here.
    if (/TV|Radio/u.test(line)) continue;
    it(`${signal}: with the masthead or the domain, the outlet`, () => {
      const masthead = normalizeText(pasted(['The Estuary Courier', ...MENU], [line])).outlet;
      expect(masthead?.replace(/^the\s+/iu, '').replace(/\s+(?:TV|Radio)$/u, '')).toBe('Estuary Courier');
      const domain = normalizeHtml(saved('', '', `<p>${line}</p><p>www.estuarycourier.com</p>`)).outlet;
      expect(domain?.replace(/^the\s+/iu, '').replace(/\s+(?:TV|Radio)$/u, '')).toBe('Estuary Courier');
    });
  }
  it("a share bar's buttons are not a name, however many", () => {
    const page = pasted(MENU, ['Share on Facebook', 'Share on X', 'Post on Threads', 'Email']);
    expect(normalizeText(page).outlet).toBeNull();
    expect(outletFromMention('Share on X')).toBeNull();
    expect(outletFromMention('Pin on Pinterest')).toBeNull();
  });
  it("a quoted person's or a show's accounts, repeated, name nobody", () => {
    const page = pasted(MENU, [
      'Imogen Sallow on Instagram',
      'Follow Morning Harbour on YouTube',
      'Morning Harbour on Facebook',
      'Morning Harbour on X',
    ]);
    expect(normalizeText(page).outlet).toBeNull();
  });
  it('a programme in a "More from" box is not the outlet the copyright names', () => {
    const page = pasted(MENU, [
      'More from Morning Harbour',
      'More from Morning Harbour',
      '© 2024 Estuary Courier Ltd',
    ]);
    expect(normalizeText(page).outlet).toBe('Estuary Courier');
  });
});

describe('saved pages name their outlet', () => {
  const cases: Array<[string, string]> = [
    ['og:site_name', saved('<meta property="og:site_name" content="The Estuary Courier">', '', '')],
    [
      'JSON-LD publisher',
      saved(
        `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${HEADLINE}","publisher":{"@type":"Organization","name":"The Estuary Courier"}}</script>`,
        '',
        '',
      ),
    ],
    [
      'title site part',
      saved('', '', '').replace(
        `<title>${HEADLINE}</title>`,
        `<title>${HEADLINE} - The Estuary Courier</title>`,
      ),
    ],
    ['application-name', saved('<meta name="application-name" content="Estuary Courier">', '', '')],
    [
      'RSS link title',
      saved(
        '<link rel="alternate" type="application/rss+xml" title="The Estuary Courier » Feed" href="/feed">',
        '',
        '',
      ),
    ],
    [
      'logo alt text, with the page served from the host it spells',
      saved(
        '<link rel="canonical" href="https://www.estuarycourier.com/news/ferry-fares">',
        '<a href="/"><img class="site-logo" alt="The Estuary Courier logo" src="/l.png"></a>',
        '',
      ),
    ],
    ['footer copyright', saved('', '', '<p>© 2024 The Estuary Courier</p>')],
    [
      'canonical host spelling the masthead',
      saved(
        '<link rel="canonical" href="https://www.estuarycourier.com/news/ferry-fares">',
        '<div class="site-name">Estuary Courier</div>',
        '',
      ),
    ],
  ];
  for (const [signal, html] of cases)
    it(signal, () => {
      expect(normalizeHtml(html).outlet?.replace(/^the\s+/iu, '')).toBe('Estuary Courier');
    });

  it("a logo alone names no outlet: a station's header may show its network's or a partner's", () => {
    const html = saved('', '<a href="/"><img class="site-logo" alt="Estuary Nine" src="/l.png"></a>', '');
    expect(normalizeHtml(html).outlet).toBeNull();
  });

  it("the logo link's label, corroborated by the twitter handle", () => {
    const html = saved(
      '<meta name="twitter:site" content="@EstuaryCourier">',
      '<a class="logo" href="/" aria-label="Estuary Courier home"><svg><title>x</title></svg></a>',
      '',
    );
    expect(normalizeHtml(html).outlet).toBe('Estuary Courier');
  });
  it("a portal's page credits the publisher that wrote the story", () => {
    const html = saved(
      '<meta property="og:site_name" content="Portal Daily">',
      '<a class="portal-logo" href="/"><img alt="Portal Daily" src="/p.svg"></a>',
      '<p>Read the original article on The Estuary Courier</p><p>© 2024 Portal Daily</p>',
    );
    expect(normalizeHtml(html).outlet).toBe('The Estuary Courier');
  });
  it("an aggregator's card credits the publisher by its favicon above the headline", () => {
    const card = (credit: string, below = '') =>
      `<!doctype html><html lang="en"><head><title>${HEADLINE}</title><meta property="og:site_name" content="Newsstand"></head><body>
<nav><a href="/">For you</a><a href="/local">Local</a></nav>${credit}<h1>${HEADLINE}</h1>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}${below}</body></html>`;
    const named = card('<div class="src"><img src="/icons/favicon-courier.png" alt="">Estuary Courier</div>');
    expect(normalizeHtml(named).outlet).toBe('Estuary Courier');
    const alt = card('<span><img src="/i/c.png" width="16" height="16" alt="Estuary Courier"></span>');
    expect(normalizeHtml(alt).outlet).toBe('Estuary Courier');
    // Other publishers' favicons in a list below the story are not the credit.
    const list = card(
      '',
      '<ul><li><img src="/favicon-gazette.ico" alt="">Portsea Gazette</li><li><img src="/favicon-wire.ico" alt="">Meridian Wire</li></ul>',
    );
    expect(normalizeHtml(list).outlet).toBe('Newsstand');
  });
  it('a news app is never the outlet', () => {
    const html = saved(
      '<meta property="og:site_name" content="Apple News">',
      '<div class="channel"><img alt="Estuary Courier" src="/wordmark.png"></div>',
      '',
    );
    expect(normalizeHtml(html).outlet).toBe('Estuary Courier');
  });

  it('gives none from the host alone, nor from a source named in the body', () => {
    const html = saved('<link rel="canonical" href="https://news.example.org/ferry">', '', '');
    expect(normalizeHtml(html).outlet).toBeNull();
    expect(normalizeHtml(saved('', '', '')).outlet).toBeNull();
  });
});

describe('outlet signal parts', () => {
  it('reads credits and copyright variants', () => {
    expect(outletFromCopyright('All content © 2024 Estuary Radio')).toBe('Estuary Radio');
    expect(outletFromCopyright('© Harbor Lens')).toBeNull();
    expect(outletFromCredit('By Rowan Pike, Staff Writer')).toBeNull();
    expect(outletFromCredit('Words by Estuary Courier Staff')).toBe('Estuary Courier');
    expect(outletFromByline('By Rowan Pike | Politics')).toBeNull();
    expect(outletFromMention('Follow us on Twitter')).toBeNull();
    expect(outletFromMention('Download the Apple News app')).toBeNull();
    expect(outletFromMention('Listen to Trade Talks')).toBeNull();
  });
  it('spells domains from names', () => {
    expect(
      domainLabels([
        'Visit www.estuarycourier.co.uk',
        'At 5 p.m. in the U.S.',
        'https://estuaryradio.com/live',
      ]),
    ).toEqual(['estuarycourier', 'estuaryradio']);
    // An e-mail address names whoever answers it (a press office, a tip line), not the site.
    expect(domainLabels(['Press contact: press@harbourboard.org', 'Tips: tips@estuaryradio.com'])).toEqual(
      [],
    );
    expect(domainLabels(['twitter.com/someone', 'Follow @EstuaryCourier'])).toEqual(['estuarycourier']);
    expect(spellsDomain('The Estuary Courier', 'estuarycourier')).toBe(true);
    expect(spellsDomain('New Estuary Times', 'netimes')).toBe(true);
    expect(spellsDomain('Estuary Public Radio', 'epr')).toBe(true);
    expect(spellsDomain('Politics', 'politico')).toBe(false);
  });
  it('tells a site-name line from a section label or a sentence', () => {
    expect(isSiteNameLine('THE ESTUARY COURIER')).toBe(true);
    expect(isSiteNameLine('Nation & World')).toBe(false);
    expect(isSiteNameLine('Board delays the fare rise')).toBe(false);
  });
  it('needs a clear enough signal', () => {
    expect(chooseOutlet([{ name: 'Estuary Courier', weight: 1 }])).toBeNull();
    expect(chooseOutlet([{ name: 'Estuary Courier', weight: 1 }], { domains: ['estuarycourier'] })).toBe(
      'Estuary Courier',
    );
    expect(
      chooseOutlet([
        { name: 'THE ESTUARY COURIER', weight: 2 },
        { name: 'The Estuary Courier', weight: 1 },
      ]),
    ).toBe('The Estuary Courier');
  });
});

/** A page of a tool or platform (invented: "Quillbox", "Tidecast") showing someone else's story. */
function hosted(
  head: string,
  top: string,
  opts: { fields?: string; inArticle?: string; h1?: string } = {},
): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>
${top}
<h1>${opts.h1 ?? HEADLINE}</h1>
${opts.fields ?? ''}
<main><article>
${BODY.map((p) => `<p>${p}</p>`).join('\n')}
${opts.inArticle ?? ''}
</article></main></body></html>`;
}

describe('the site a page is on is not always the story publisher', () => {
  const clipHead = `<title>${HEADLINE} – Quillbox</title><meta property="og:site_name" content="Quillbox">`;
  it('drops a name only the site statements give when the story zone prints another site address', () => {
    const clip = hosted(clipHead, '<div class="app-bar"><div>Quillbox</div><div>New note</div></div>', {
      fields: '<div class="meta"><div>Saved from https://www.estuarycourier.com/news/ferry-fares</div></div>',
    });
    expect(normalizeHtml(clip).outlet).toBeNull();
    // The same statements with the address only in the page's chrome, or one that spells them, stand.
    const chrome = hosted(
      clipHead,
      '<div class="app-bar"><div>Quillbox</div><div>Partner: www.estuarycourier.com</div></div>',
    );
    expect(normalizeHtml(chrome).outlet).toBe('Quillbox');
    const own = hosted(clipHead, '<div class="app-bar"><div>Quillbox</div></div>', {
      fields: '<div class="meta"><div>quillbox.com/notes/12</div></div>',
    });
    expect(normalizeHtml(own).outlet).toBe('Quillbox');
  });
  it('abstains when the site statements and the story copyright disagree', () => {
    const head = '<meta property="og:site_name" content="Tidecast">';
    const brand = '<header><span class="brand">Tidecast</span></header>';
    const episode = hosted(head, brand, {
      inArticle:
        '<div class="credit"><div>Copyright © 2024 Estuary Courier. All rights reserved.</div></div>',
    });
    expect(normalizeHtml(episode).outlet).toBeNull();
    // A company owning the site is no dissent; a copyright in the page footer is the site's own.
    const owner = hosted(head, brand, {
      inArticle: '<div class="credit"><div>Copyright © 2024 Harbour Communications</div></div>',
    });
    expect(normalizeHtml(owner).outlet).toBe('Tidecast');
    const footer = hosted(head, brand).replace(
      '</body>',
      '<footer><div>© 2024 Rowan Pike</div></footer></body>',
    );
    expect(normalizeHtml(footer).outlet).toBe('Tidecast');
  });
  it('names no outlet of its own on a page whose heading, above the story, links to another site', () => {
    const head =
      '<title>Morning links, no. 12 – Tidecast Notes</title><meta property="og:site_name" content="Tidecast Notes">';
    const roundup = hosted(head, '', {
      h1: 'Morning links, no. 12',
      fields: `<h2><a href="https://www.estuarycourier.com/news/ferry-fares">${HEADLINE}</a></h2>`,
    });
    expect(normalizeHtml(roundup).outlet).toBeNull();
    // A news page's own headline stands, whatever links precede its story.
    const news = hosted('<meta property="og:site_name" content="Tidecast Notes">', '', {
      fields: '<h3><a href="https://www.estuarycourier.com/sport">Sport from our partners</a></h3>',
    });
    expect(normalizeHtml(news).outlet).toBe('Tidecast Notes');
  });
  it('takes the title site part only beside the shown headline, never a kicker', () => {
    const preview = hosted(
      '<title>Preview: harbour-board-delays-ferry — Quillbox CMS</title>',
      '<div class="nav"><div>Quillbox CMS</div></div>',
    );
    const read = normalizeHtml(preview);
    expect(read.headline).toBe(HEADLINE);
    expect(read.outlet).toBeNull();
    const feature = hosted(
      `<title>${HEADLINE} | Long Read</title>`,
      '<div class="kicker">Long Read</div>',
    ).replace('<div class="kicker">Long Read</div>\n<h1>', '<div class="kicker">Long Read</div><h1>');
    expect(normalizeHtml(feature).outlet).toBeNull();
    // The same title beside a plain page: its site part names the outlet.
    expect(normalizeHtml(hosted(`<title>${HEADLINE} | Estuary Courier</title>`, '')).outlet).toBe(
      'Estuary Courier',
    );
  });
});

describe('group i round: owners, a paper’s place, a desk’s staff, a newsroom’s own statement', () => {
  it('a broadcasting company named once in the footer is the owner, not the masthead', () => {
    const page = pasted(
      ['Watch live 24/7', 'Weather'],
      ['Copyright 2024 Tidewater Broadcasting. All rights reserved.'],
    );
    expect(normalizeText(page).outlet).toBeNull();
  });
  it('a local paper’s copyright names the place it serves after a comma', () => {
    expect(outletFromCopyright('Copyright © 2024 Estuary Courier, Pine Hollow')).toBe('Estuary Courier');
    // A medium's word after the comma is part of the name; a legal form is cut as before.
    expect(outletFromCopyright('© 2024 Estuary Courier, LLC')).toBe('Estuary Courier');
    const page = pasted(
      ['Estuary Courier', 'Serving Pine Hollow since 1921', ...MENU],
      ['Copyright © 2024 Estuary Courier, Pine Hollow'],
    );
    expect(normalizeText(page).outlet).toBe('Estuary Courier');
  });
  it('"By A, X Staff" names the desk’s outlet, "By A, Senior Staff" nobody', () => {
    expect(outletFromByline('By Rowan Pike, Estuary Courier Staff')).toBe('Estuary Courier');
    expect(outletFromByline('By Rowan Pike, Senior Staff')).toBeNull();
    expect(normalizeText(pasted(MENU, [], 'By Rowan Pike, Estuary Courier Staff')).outlet).toBe(
      'Estuary Courier',
    );
  });
  it('a newsroom’s "X is supported by …" names X, and pushes a syndicated story’s agency aside', () => {
    expect(outletFromMention('Estuary Courier is supported by the Alder Trust and readers like you.')).toBe(
      'Estuary Courier',
    );
    const page = pasted(MENU, [
      'Copyright 2024 The Associated Press. All rights reserved.',
      'Estuary Courier is supported by the Alder Trust and readers like you.',
    ]);
    expect(normalizeText(page).outlet).toBe('Estuary Courier');
  });
});
