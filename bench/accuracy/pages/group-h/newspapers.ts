/**
 * bench/accuracy/pages/group-h/newspapers: four group h layouts of newspaper-like sites — a regional
 * chain's paper (the parent company in the network bar, og:site_name, JSON-LD and copyright), a
 * student newspaper (university, donation box, staff titles), a paywalled site whose subscription
 * wall sits mid-body (consent dialog, newsletter modal) and a newspaper's mobile web view (sticky app
 * banner, breaking ticker, tab bar). Each fills a Ctx (group-c/build.ts) and records where it names
 * the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf, otherThan } from '../group-c/build.ts';
import { apMonth, by, dayName, noted } from '../group-f/named.ts';
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

/** The masthead: the outlet as text, or a logo whose alt text may name it (HTML only). */
function masthead(c: Ctx, textShare: number, altShare: number, fallbackAlt: string): void {
  const r = c.rand();
  if (r < textShare) {
    c.add([c.outlet], `<header class="masthead"><a href="/" class="wordmark">${esc(c.outlet)}</a></header>`);
    c.inPasted.push('masthead');
  } else {
    const alt = r < textShare + altShare ? htmlNoted(c, c.outlet, 'logo alt') : fallbackAlt;
    c.add(
      [],
      `<header class="masthead"><a href="/"><img src="/static/logo.svg" alt="${esc(alt)}"></a></header>`,
    );
  }
}

const pick3 = (c: Ctx, list: readonly string[]) => [...list].sort(() => c.rand() - 0.5).slice(0, 3);

export function chainRegional(c: Ctx): void {
  const parent = c.pick(v.PARENTS);
  lines(c, [`${c.pick(v.WEATHER)} ${c.int(28, 80)}°F`, 'Subscribe', 'Sign in'], 'top-bar');
  if (c.rand() < 0.6) lines(c, [`Part of the ${parent} network`], 'network-bar');
  masthead(c, 0.3, 0.35, parent);
  c.add(v.CHAIN_NAV, `<nav><ul>${li(v.CHAIN_NAV)}</ul></nav>`);
  c.add([c.headline], `<h1 class="headline">${esc(c.headline)}</h1>`, 'p');
  const credited = c.rand() < 0.2;
  lines(
    c,
    [
      credited ? noted(c, `${by(c)}, ${c.outlet}`, 'byline') : by(c),
      `Published ${clock(c)} a.m. CT ${apMonth(c)} ${c.d}, ${c.y}`,
    ],
    'byline',
  );
  const photoOwn = c.rand() < 0.25;
  figure(
    c,
    photoOwn ? noted(c, `${c.pick(v.STAFF)}/${c.outlet}`, 'photo credit') : `${c.pick(v.PHOTO_AGENCIES)}`,
  );
  c.between.push(() => lines(c, ['Advertisement'], 'ad'));
  c.between.push(() => {
    const others = otherThan(c, v.CHAIN_PAPERS).slice(0, 2);
    c.add(
      ['From our network', ...others.map((p, i) => `${p}: ${v.RELATED_ITEMS[i] ?? ''}`)],
      `<aside class="network"><h3>From our network</h3><ul>${li(others.map((p, i) => `${p}: ${v.RELATED_ITEMS[i] ?? ''}`))}</ul></aside>`,
    );
  });
  c.after.push(() => {
    lines(c, ['More from our newsrooms', ...pick3(c, otherThan(c, v.CHAIN_PAPERS))], 'more-papers');
    const owned = c.rand() < 0.3;
    lines(
      c,
      [
        owned
          ? noted(c, `${c.outlet} is a ${parent} publication.`, 'footer')
          : 'Local journalism, every day.',
        `© ${c.y} ${parent}. All rights reserved.`,
        ...v.CHAIN_FOOT,
      ],
      'footer',
    );
  });
  consent(c, c.rand() < 0.5);
  const og = c.rand();
  ogSiteName(c, og < 0.35 ? c.outlet : og < 0.7 ? parent : null);
  const pub = c.rand();
  jsonLd(c, pub < 0.4 ? c.outlet : pub < 0.7 ? parent : null);
  titleOf(c, c.rand() < 0.6 ? c.outlet : parent, 'Local News', 'News, sports, weather and obituaries');
}

export function studentNewspaper(c: Ctx): void {
  const univ = c.pick(v.UNIVERSITIES);
  const since = c.int(1880, 1975);
  const r = c.rand();
  if (r < 0.4) {
    lines(c, [c.outlet, `The independent student newspaper of ${univ} since ${since}`], 'masthead');
    c.inPasted.push('masthead');
  } else {
    const alt = r < 0.7 ? htmlNoted(c, `${c.outlet} logo`, 'logo alt') : `${univ} student media`;
    c.add(
      [`The independent student newspaper of ${univ} since ${since}`],
      `<header><img src="/wp-content/uploads/banner.png" alt="${esc(alt)}"><p class="tagline">The independent student newspaper of ${esc(univ)} since ${since}</p></header>`,
    );
  }
  c.add(v.STUDENT_NAV, `<nav class="menu"><ul>${li(v.STUDENT_NAV)}</ul></nav>`);
  lines(c, [c.pick(v.STUDENT_NAV.slice(0, 4))], 'category');
  c.add([c.headline], `<h1 class="entry-title">${esc(c.headline)}</h1>`, 'p');
  lines(c, [`${by(c)}, ${c.pick(v.STUDENT_ROLES)}`, `${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  c.between.push(() =>
    c.add(
      ['Support student journalism', v.STUDENT_DONATE, 'Donate'],
      `<aside class="donate"><h3>Support student journalism</h3><p>${esc(v.STUDENT_DONATE)}</p><a href="/donate">Donate</a></aside>`,
    ),
  );
  c.tail.push(() => {
    if (c.rand() < 0.5)
      lines(c, [`Contact ${c.author} at news@${c.host.replace(/^www\./u, '')}.`], 'contact', 'p');
  });
  c.after.push(() => {
    comments(c);
    const named = c.rand() < 0.35;
    lines(
      c,
      [
        named ? noted(c, `© ${c.y} ${c.outlet}`, 'copyright') : `© ${c.y} ${univ} Student Media`,
        `Powered by ${c.pick(v.PLATFORMS)}`,
        ...v.STUDENT_FOOT,
      ],
      'footer',
    );
  });
  const og = c.rand();
  ogSiteName(c, og < 0.35 ? c.outlet : og < 0.6 ? c.pick(v.PLATFORMS) : null);
  if (c.rand() < 0.5) jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  metaAuthor(c);
  titleOf(c, c.rand() < 0.5 ? c.outlet : null, 'Campus', `${c.pick(v.STUDENT_NAV)} Archives`);
}

export function subscriberWall(c: Ctx): void {
  consent(c, true);
  masthead(c, 0.35, 0.35, 'Home');
  lines(c, ['Subscribe', 'Log in', '☰ Sections'], 'account');
  c.add([c.headline], `<h1 itemprop="headline">${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${dayName(c)}, ${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  lines(c, v.GIFT_LINES, 'tools');
  let walled = false;
  c.between.push(() => {
    if (walled) return relatedAside(c);
    walled = true;
    const head = c.pick(v.WALL_HEADS);
    const offer = c.pick(v.WALL_OFFERS);
    const named = c.rand() < 0.3;
    const lead = named
      ? noted(c, `Support ${c.outlet}’s journalism.`, 'paywall')
      : 'Support local journalism.';
    c.add(
      [head, lead, offer, ...v.WALL_BUTTONS],
      `<div class="paywall" data-meter="3"><h2>${esc(head)}</h2><p>${esc(lead)}</p><p>${esc(offer)}</p>${v.WALL_BUTTONS.map((b) => `<a href="/subscribe">${esc(b)}</a>`).join('')}</div>`,
    );
  });
  c.after.push(() => {
    lines(c, ['Most read', ...v.RELATED_ITEMS.slice(0, 3)], 'most-read');
    const named = c.rand() < 0.35;
    lines(
      c,
      [
        named ? noted(c, `Copyright ${c.y} ${c.outlet}`, 'copyright') : `Copyright ${c.y}`,
        'Terms',
        'Privacy',
      ],
      'footer',
    );
  });
  newsletterModal(c);
  ogSiteName(c, c.rand() < 0.45 ? c.outlet : null);
  jsonLd(c, c.rand() < 0.45 ? c.outlet : null, {
    isAccessibleForFree: false,
    hasPart: { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.paywalled' },
  });
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, 'News', `Subscriber exclusive | ${c.pick(v.WALL_HEADS)}`);
}

export function mobileWebView(c: Ctx): void {
  const bannerNamed = c.rand() < 0.4;
  const app = bannerNamed ? noted(c, c.outlet, 'app banner') : 'News';
  c.add(
    ['✕', app, c.pick(v.APP_STORES), c.pick(v.APP_BANNERS)],
    `<div class="smart-banner" style="position:sticky;top:0"><button>✕</button><span>${esc(app)}</span><span>${esc(c.pick(v.APP_STORES))}</span><a href="#">${esc(c.pick(v.APP_BANNERS))}</a></div>`,
  );
  c.add(['☰'], '<header class="m-header"><button aria-label="Menu">☰</button></header>');
  masthead(c, 0.25, 0.35, 'Home');
  if (c.rand() < 0.6) lines(c, [c.pick(v.TICKERS)], 'ticker');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${apMonth(c)} ${c.d}, ${c.y} · ${c.int(2, 9)} min read`], 'byline');
  c.add(['Share'], '<div class="share"><button>Share</button></div>');
  c.between.push(() => lines(c, ['Advertisement', 'Scroll to continue with content'], 'ad'));
  c.between.push(() => relatedAside(c));
  c.after.push(() => {
    lines(c, [...v.MOBILE_LOADS], 'loads');
    lines(
      c,
      [c.rand() < 0.3 ? noted(c, `© ${c.y} ${c.outlet}`, 'copyright') : 'Desktop site', 'Privacy'],
      'm-foot',
    );
    c.add(v.TAB_BAR, `<nav class="tab-bar"><ul>${li(v.TAB_BAR)}</ul></nav>`);
  });
  c.htmlAttrs = ' lang="en" class="mobile"';
  c.head.push(
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="apple-itunes-app" content="app-id=${c.int(100000000, 999999999)}">`,
  );
  ogSiteName(c, c.rand() < 0.4 ? c.outlet : null);
  if (c.rand() < 0.6) jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  titleOf(c, c.rand() < 0.55 ? c.outlet : null, 'Mobile', 'Latest news');
}
