/**
 * bench/accuracy/pages/group-d/sites: four group d layouts of outlets' own sites — a US local TV
 * station, a financial-news terminal-style page, a European newspaper's English edition and a
 * science/tech magazine. Each fills a Ctx (group-c/build.ts) and records where it names the outlet,
 * at random, so some pages name it in many places and some in none.
 */
import { clock, type Ctx, esc, li, lines, monthOf, otherThan } from '../group-c/build.ts';
import * as v from './vocabulary.ts';

/** A <title>, og:site_name and copyright line, each with the given chance; records where. */
export function brand(c: Ctx, chances: { title: number; og: number; copyright: number }): void {
  if (c.rand() < chances.title) {
    c.title = `${c.headline} ${c.pick(['|', '-', '–'])} ${c.outlet}`;
    c.inHtml.push('title');
  }
  if (c.rand() < chances.og) {
    c.head.push(`<meta property="og:site_name" content="${esc(c.outlet)}">`);
    c.inHtml.push('og:site_name');
  }
  if (c.rand() < chances.copyright) {
    c.after.push(() => lines(c, [`© ${c.y} ${c.outlet}. All rights reserved.`], 'copyright'));
    c.inPasted.push('copyright');
  }
}

export function localTvStation(c: Ctx): void {
  const call = c.pick(otherThan(c, v.CALL_LETTERS));
  lines(c, [c.pick(v.WEATHER_ALERTS)], 'alert-bar');
  c.add([], `<a class="logo" href="/"><img src="/station.svg" alt="${esc(call)}"></a>`);
  lines(c, [c.pick(v.TV_TEMPS), 'Watch Live', 'Sign In'], 'header-tools');
  c.add(v.TV_NAV, `<nav><ul>${li(v.TV_NAV)}</ul></nav>`);
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const credit = c.rand() < 0.4 ? `${c.author} (${c.outlet})` : `Author: ${c.author}`;
  if (credit.includes(c.outlet)) c.inPasted.push('byline credit');
  lines(
    c,
    [credit, `Published: ${clock(c)} PM EST ${monthOf(c)} ${c.d}, ${c.y}`, `Updated: ${clock(c)} PM EST`],
    'byline',
  );
  c.between.push(() => lines(c, ['WATCH LIVE: Newscasts and breaking news', 'Play', '0:00 / 2:14'], 'video'));
  c.between.push(() => lines(c, ['ADVERTISEMENT'], 'ad'));
  c.tail.push(() => {
    const tip = `Have a news tip? Email ${c.pick(['tips', 'newsdesk'])}@${call.toLowerCase().replace(/[^a-z]+/gu, '')}.com`;
    c.add([tip], `<p class="tip">${esc(tip)}</p>`, 'p');
  });
  c.after.push(() =>
    lines(c, ['Download the app', 'Closed captioning', 'FCC Public File', 'EEO Report'], 'footer'),
  );
  brand(c, { title: 0.5, og: 0.5, copyright: 0.4 });
}

export function marketsTerminal(c: Ctx): void {
  const tick = v.TICKERS.slice(0, c.int(4, 7)).flat();
  lines(c, tick, 'ticker-tape');
  if (c.rand() < 0.5) {
    c.add([c.outlet.toUpperCase()], `<div class="wordmark">${esc(c.outlet.toUpperCase())}</div>`);
    c.inPasted.push('masthead');
  } else c.add([], `<div class="wordmark"><img src="/wm.svg" alt=""></div>`);
  lines(c, ['Markets', ...v.MARKETS_NAV.slice(1), 'Live TV', 'Subscribe'], 'markets-bar');
  lines(c, [c.pick(['Stocks', 'Bonds', 'Commodities', 'Currencies'])], 'section', 'p');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(
    c,
    [
      `By ${c.author}`,
      `${monthOf(c)} ${c.d}, ${c.y} at ${clock(c)} PM EST`,
      'Save',
      'Share',
      'Gift this article',
    ],
    'byline',
  );
  c.between.push(() =>
    lines(c, ['In this article', ...(v.TICKERS[c.int(0, 6)] ?? []), 'Follow'], 'instruments'),
  );
  c.between.push(() => lines(c, ['Most Read from the markets desk'], 'promo'));
  c.tail.push(() => {
    if (c.rand() < 0.5) {
      const q = `To contact the reporter on this story: ${c.author} in ${c.pick(['New York', 'London', 'Washington'])}`;
      c.add([q], `<p class="contact">${esc(q)}</p>`, 'p');
    }
  });
  c.after.push(() => lines(c, [c.pick(v.DISCLAIMERS), c.pick(v.DISCLAIMERS)], 'disclaimer'));
  if (c.rand() < 0.5) {
    c.head.push(
      `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.headline, publisher: { '@type': 'Organization', name: c.outlet } })}</script>`,
    );
    c.inHtml.push('JSON-LD publisher');
  }
  brand(c, { title: 0.6, og: 0.3, copyright: 0.3 });
}

export function euroEnglishEdition(c: Ctx): void {
  c.htmlAttrs = ' lang="en-GB"';
  c.add(
    v.COOKIE_WALL,
    `<div class="consent">${v.COOKIE_WALL.map((t) => `<div>${esc(t)}</div>`).join('')}</div>`,
  );
  lines(c, v.EDITIONS, 'edition-switcher');
  if (c.rand() < 0.6) {
    c.add([], `<a href="/en/"><img src="/masthead.svg" alt="${esc(c.outlet)} English"></a>`);
    c.inHtml.push('logo alt');
  }
  lines(c, ['Subscribe for €1', 'Log in'], 'account');
  c.add(v.EURO_NAV, `<nav><ul>${li(v.EURO_NAV)}</ul></nav>`);
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const dotted = `${String(c.d).padStart(2, '0')}/${String(c.m).padStart(2, '0')}/${c.y} - ${String(c.int(6, 22)).padStart(2, '0')}:${String(c.int(0, 59)).padStart(2, '0')} CET`;
  lines(c, [c.author, dotted, c.pick(['Translated by our English desk', 'Reading time: 4 min'])], 'byline');
  c.between.push(() => lines(c, ['Read also', 'Analysis: What comes next for Brussels'], 'read-also'));
  c.tail.push(() => {
    const note = 'This article is a translation of the original published in our print edition.';
    c.add([note], `<p class="note"><em>${esc(note)}</em></p>`, 'p');
  });
  c.after.push(() => lines(c, ['Subscribe for €1 for the first month', 'Cancel anytime'], 'offer'));
  brand(c, { title: 0.7, og: 0.5, copyright: 0.5 });
}

export function scienceMagazine(c: Ctx): void {
  if (c.rand() < 0.5) {
    c.add([c.outlet], `<div class="masthead"><a href="/">${esc(c.outlet)}</a></div>`);
    c.inPasted.push('masthead');
  } else {
    c.add([], `<a href="/"><img src="/logo.svg" alt="${esc(c.outlet)} logo"></a>`);
    c.inHtml.push('logo alt');
  }
  lines(c, ['Topics', ...v.SCIENCE_TOPICS, 'Newsletters', 'Search'], 'topics-nav');
  lines(c, [c.pick(v.SCIENCE_TOPICS)], 'rubric', 'p');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [`By ${c.author}`, `${monthOf(c)} ${c.d}, ${c.y}`, `${c.int(3, 14)} minute read`], 'meta');
  c.between.push(() => {
    const pitch = c.pick(v.NEWSLETTER_PITCHES);
    lines(
      c,
      ['Newsletter', pitch, 'Enter your email', 'Sign up', 'Thanks for signing up!'],
      'newsletter-box',
    );
  });
  c.tail.push(() => lines(c, ['Topics', c.pick(v.SCIENCE_TOPICS), c.pick(v.SCIENCE_TOPICS)], 'tags'));
  c.after.push(() => {
    lines(
      c,
      [
        'Related Stories',
        'The quiet revolution in battery chemistry',
        'Why the sky looks different this year',
      ],
      'related',
    );
    if (c.rand() < 0.4) {
      lines(c, [`Follow ${c.outlet} on X and Instagram`], 'social');
      c.inPasted.push('social');
    } else lines(c, ['Follow us', '@sciencedesk'], 'social');
  });
  brand(c, { title: 0.5, og: 0.6, copyright: 0.3 });
}
