/**
 * bench/accuracy/pages/group-h/specialist: four group h layouts of sites that are not general
 * newspapers — a trade publication (verticals, registration gate, sponsored box, webinar promos, a
 * business-information publisher in the copyright), a government or NGO newsroom reposting press
 * coverage ("This story was originally published by X": the original is the outlet, the agency is
 * not), a sports site (scores strip, league menu, odds line) and a magazine whose masthead is a
 * section's name (the magazine itself named only small, or not at all). Each fills a Ctx
 * (group-c/build.ts) and records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, dayName, noted, two } from '../group-f/named.ts';
import {
  comments,
  consent,
  figure,
  htmlNoted,
  jsonLd,
  metaAuthor,
  newsletterModal,
  ogSiteName,
  relatedAside,
  titleOf,
} from './head.ts';
import * as v from './vocabulary.ts';

export function tradePublication(c: Ctx): void {
  const publisher = c.pick(v.TRADE_PUBLISHERS);
  const r = c.rand();
  if (r < 0.35) {
    c.add([c.outlet], `<div class="brand">${esc(c.outlet)}</div>`);
    c.inPasted.push('masthead');
  } else
    c.add(
      [],
      `<div class="brand"><img src="/assets/brand.svg" alt="${esc(r < 0.65 ? htmlNoted(c, c.outlet, 'logo alt') : 'Industry news')}"></div>`,
    );
  c.add(v.TRADE_VERTICALS, `<nav><ul>${li(v.TRADE_VERTICALS)}</ul></nav>`);
  lines(c, [c.pick(v.TRADE_PROMOS)], 'promo-strip');
  lines(c, [c.pick(v.TRADE_VERTICALS.slice(0, 4))], 'vertical');
  c.add([c.headline], `<h1 class="article-title">${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${c.d} ${monthOf(c)} ${c.y}`], 'byline');
  let gated = false;
  c.between.push(() => {
    if (gated) return relatedAside(c);
    gated = true;
    const gate = c.pick(v.TRADE_GATES);
    c.add(
      [gate, 'Register', 'Sign in'],
      `<div class="reg-wall"><p>${esc(gate)}</p><a>Register</a><a>Sign in</a></div>`,
    );
  });
  c.between.push(() => {
    const sponsor = c.pick(v.SPONSORS);
    const label = c.pick(v.TRADE_SPONSORED);
    c.add(
      [label, sponsor, 'Five questions to ask before you renew a contract'],
      `<aside class="sponsored"><span>${esc(label)}</span> <b>${esc(sponsor)}</b><p>Five questions to ask before you renew a contract</p></aside>`,
    );
  });
  c.after.push(() => {
    lines(c, ['Upcoming events', ...v.TRADE_PROMOS.slice(1)], 'events');
    const named = c.rand() < 0.35;
    lines(
      c,
      [
        `Copyright © ${c.y} ${publisher}. All rights reserved.`,
        named
          ? noted(c, `${c.outlet} is a trading name of ${publisher}.`, 'footer')
          : `Registered in England and Wales. Company number ${c.int(1000000, 9999999)}.`,
      ],
      'footer',
    );
  });
  consent(c, false);
  metaAuthor(c);
  const og = c.rand();
  ogSiteName(c, og < 0.35 ? c.outlet : og < 0.6 ? publisher : null);
  if (c.rand() < 0.7) jsonLd(c, c.rand() < 0.5 ? c.outlet : publisher);
  titleOf(c, c.rand() < 0.7 ? c.outlet : null, 'Analysis', `Article | ${publisher}`);
}

export function ngoNewsroom(c: Ctx): void {
  const agency = c.pick(v.AGENCIES);
  if (c.rand() < 0.5) lines(c, [c.pick(v.GOV_BANNERS)], 'gov-banner');
  c.add(
    [agency],
    `<header><img src="/seal.png" alt="Seal"><span class="agency">${esc(agency)}</span></header>`,
  );
  c.add(v.NEWSROOM_NAV, `<nav><ul>${li(v.NEWSROOM_NAV)}</ul></nav>`);
  const section = c.pick(v.NEWSROOM_SECTIONS);
  lines(c, [`Home › Newsroom › ${section}`], 'breadcrumb');
  const pageTitle = c.rand() < 0.4;
  if (pageTitle) c.add([section], `<h1>${esc(section)}</h1>`, 'p');
  c.add(
    [c.headline],
    pageTitle ? `<h2 class="clip-title">${esc(c.headline)}</h2>` : `<h1>${esc(c.headline)}</h1>`,
    'p',
  );
  const credit = c.rand();
  const date = `${monthOf(c)} ${c.d}, ${c.y}`;
  if (credit < 0.3) lines(c, [noted(c, `${c.outlet} | ${date}`, 'source line')], 'clip-source');
  else lines(c, [`Posted ${date}`], 'clip-source');
  if (c.rand() < 0.5) lines(c, [by(c)], 'byline');
  lines(c, [c.pick(v.NEWSROOM_NOTES)], 'disclaimer', 'p');
  c.tail.push(() => {
    const origin = c.rand();
    if (origin < 0.45)
      lines(
        c,
        [
          noted(
            c,
            `This story was originally published by ${c.outlet}. Reprinted with permission.`,
            'syndication credit',
          ),
        ],
        'origin',
        'p',
      );
    else if (origin < 0.7) lines(c, [`Read the original article: ${c.url}`], 'origin', 'p');
  });
  c.after.push(() => {
    lines(c, [`More ${section.toLowerCase()}`, ...v.RELATED_ITEMS.slice(1, 4)], 'more-clips');
    lines(
      c,
      [`Media inquiries: press@${agency.toLowerCase().replace(/[^a-z]+/gu, '')}.org`],
      'media-contact',
    );
    lines(c, [`© ${c.y} ${agency}`, ...v.NEWSROOM_FOOT], 'footer');
  });
  c.head.push(`<meta property="og:site_name" content="${esc(agency)}">`);
  titleOf(c, agency, section, `${section} | ${agency}`);
}

export function sportsSite(c: Ctx): void {
  const scores = [...v.SCORES].sort(() => c.rand() - 0.5).slice(0, 3);
  c.add(scores, `<div class="scores-strip">${scores.map((s) => `<a>${esc(s)}</a>`).join('')}</div>`);
  const r = c.rand();
  if (r < 0.35) {
    c.add([c.outlet], `<header><a href="/" class="logo">${esc(c.outlet)}</a></header>`);
    c.inPasted.push('masthead');
  } else
    c.add(
      [],
      `<header><a href="/" class="logo"><img src="/logo.svg" alt="${esc(r < 0.6 ? htmlNoted(c, c.outlet, 'logo alt') : 'Scores and news')}"></a></header>`,
    );
  c.add([...v.LEAGUES, 'More ▾'], `<nav><ul>${li([...v.LEAGUES, 'More ▾'])}</ul></nav>`);
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const handle = `@${c.author.split(/\s+/u)[0]?.toLowerCase() ?? 'staff'}${c.int(1, 99)}`;
  lines(
    c,
    [by(c), noted(c, handle, 'handle'), `${dayName(c)} ${apMonth(c)} ${c.d}, ${c.y} at ${clock(c)} pm`],
    'byline',
  );
  figure(
    c,
    c.rand() < 0.3 ? noted(c, `${c.pick(v.STAFF)} / ${c.outlet}`, 'photo credit') : c.pick(v.PHOTO_AGENCIES),
  );
  c.between.push(() => lines(c, [c.pick(v.ODDS_LINES)], 'odds'));
  c.between.push(() =>
    c.add(
      ['Also on the site', ...v.SPORTS_MORE],
      `<aside class="more"><h3>Also on the site</h3><ul>${li(v.SPORTS_MORE)}</ul></aside>`,
    ),
  );
  c.after.push(() => {
    comments(c);
    const named = c.rand() < 0.3;
    lines(
      c,
      [named ? noted(c, `© ${c.y} ${c.outlet}`, 'copyright') : `© ${c.y} All rights reserved`, 'Ad choices'],
      'footer',
    );
  });
  newsletterModal(c);
  const og = c.rand();
  ogSiteName(c, og < 0.4 ? c.outlet : null);
  jsonLd(c, c.rand() < 0.4 ? c.outlet : null);
  titleOf(c, c.rand() < 0.5 ? c.outlet : null, c.pick(v.LEAGUES), 'Scores, news and highlights');
}

export function sectionMasthead(c: Ctx): void {
  const brand = c.pick(v.SECTION_BRANDS);
  const small = c.rand();
  if (small < 0.3) {
    c.add(
      [c.outlet, ...v.MAG_NAV],
      `<div class="utility"><span>${esc(c.outlet)}</span><ul>${li(v.MAG_NAV)}</ul></div>`,
    );
    c.inPasted.push('wordmark');
  } else
    c.add(
      v.MAG_NAV,
      `<div class="utility"><img src="/wordmark.svg" alt="${esc(small < 0.6 ? htmlNoted(c, c.outlet, 'logo alt') : 'Home')}"><ul>${li(v.MAG_NAV)}</ul></div>`,
    );
  c.add(
    [brand, c.pick(v.SECTION_TAGLINES)],
    `<header class="section-masthead"><div class="section-name">${esc(brand)}</div><div class="dek">${esc(c.pick(v.SECTION_TAGLINES))}</div></header>`,
  );
  lines(c, [c.pick(v.ISSUE_LINES)], 'issue');
  c.add([c.headline], `<h1 class="hed">${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  figure(
    c,
    c.rand() < 0.35
      ? noted(c, `Illustration by ${c.pick(v.STAFF)} for ${c.outlet}`, 'art credit')
      : `Illustration by ${c.pick(v.STAFF)}`,
  );
  c.between.push(() => relatedAside(c));
  c.tail.push(() => {
    if (c.rand() < 0.35)
      lines(
        c,
        [noted(c, `This article appears in the ${monthOf(c)} ${c.y} issue of ${c.outlet}.`, 'issue note')],
        'issue-note',
        'p',
      );
  });
  c.after.push(() => {
    lines(c, [`More from ${brand}`, ...v.RELATED_ITEMS.slice(0, 3)], 'more');
    lines(c, [`© ${c.y} ${c.pick(v.PARENTS)}`, 'Subscribe', 'Customer care'], 'footer');
  });
  consent(c, c.rand() < 0.3);
  metaAuthor(c);
  const og = c.rand();
  ogSiteName(c, og < 0.35 ? c.outlet : og < 0.55 ? brand : null);
  jsonLd(c, c.rand() < 0.4 ? c.outlet : null, { articleSection: brand });
  titleOf(
    c,
    c.rand() < 0.6 ? c.outlet : brand,
    c.pick(['Culture', 'Politics', 'Features']),
    `${brand} | ${c.pick(v.SECTION_TAGLINES)}`,
  );
  c.head.push(`<meta name="date" content="${c.y}-${two(c.m)}-${two(c.d)}">`);
}
