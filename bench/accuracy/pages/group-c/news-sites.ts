/**
 * bench/accuracy/pages/group-c/news-sites: three group c layouts of news sites proper — a UK
 * tabloid, a South Asian / Gulf English-language daily, and a public broadcaster (Australian,
 * Canadian or German-international style). Each fills a Ctx (build.ts) and records where it names
 * the outlet, at random, so some pages name it in many places and some in none.
 */
import { clock, type Ctx, esc, li, lines, monthOf, otherThan } from './build.ts';
import * as v from './vocabulary.ts';

export function ukTabloid(c: Ctx): void {
  const o = c.outlet;
  c.add([], `<header><a href="/home/index.html"><img src="/logo.png" alt="${esc(o)}"></a></header>`);
  c.inHtml.push('logo alt');
  c.add(v.TABLOID_NAV, `<nav><ul>${li(v.TABLOID_NAV)}</ul></nav>`);
  lines(c, ['Latest Headlines', 'U.K.', 'World News', 'Politics', 'Royals'], 'subnav');
  const kicker = c.pick(v.TABLOID_KICKERS);
  c.add([kicker], `<p class="kicker">${esc(kicker)}</p>`, c.rand() < 0.5 ? 'p' : 'div');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const forOutlet = c.rand() < 0.3;
  const by = `By ${c.author.toUpperCase()}${forOutlet ? ` FOR ${o.toUpperCase()}` : c.rand() < 0.5 ? `, ${c.pick(v.TABLOID_ROLES)}` : ''}`;
  if (forOutlet) c.inPasted.push('byline');
  const time = `${String(c.int(7, 22)).padStart(2, '0')}:${String(c.int(0, 59)).padStart(2, '0')} GMT, ${c.d} ${monthOf(c)} ${c.y}`;
  lines(c, [by], 'author');
  lines(c, [`Published: ${time} | Updated: ${time}`], 'byline-section');
  const shares = [
    'Share this article',
    'Share',
    String(c.int(12, 980)),
    'shares',
    String(c.int(3, 900)),
    'View comments',
  ];
  lines(c, shares, 'share-top');
  const teaser = () => c.pick(v.TABLOID_TEASERS);
  c.between.push(() => {
    const cap = `${c.pick(['Pictured:', 'Above:', 'File photo:'])} the scene earlier this week`;
    c.add([cap], `<figure><img src="/i.jpg" alt=""><figcaption>${esc(cap)}</figcaption></figure>`);
  });
  c.between.push(() => lines(c, ['Advertisement'], 'ad'));
  c.between.push(() =>
    lines(
      c,
      ['RELATED ARTICLES', 'Previous', '1', 'Next', teaser(), teaser(), 'Share this article', 'Share'],
      'related-carousel',
    ),
  );
  c.between.push(() => lines(c, ['Advertisement'], 'ad'));
  c.after.push(() => {
    if (c.rand() < 0.5)
      c.add(
        [`Share or comment on this article: ${c.headline}`],
        `<h3>Share or comment on this article: ${esc(c.headline)}</h3>`,
        'p',
      );
    else lines(c, ['Share or comment on this article:', 'e-mail'], 'share-bottom');
    const n = c.int(4, 2400);
    const views = c.rand() < 0.6;
    if (views) c.inPasted.push('comments disclaimer');
    lines(
      c,
      [
        `Comments ${n}`,
        'Share what you think',
        'Newest',
        'Oldest',
        'Best rated',
        'Worst rated',
        'View all',
        'The comments below have not been moderated.',
        ...(views
          ? [
              `The views expressed in the contents above are those of our users and do not necessarily reflect the views of ${o}.`,
            ]
          : []),
      ],
      'comments',
    );
    const most = [1, 2, 3, 4, 5].flatMap((i) => [String(i), teaser()]);
    c.add(
      ['MOST READ NEWS', ...most],
      `<section class="most-read"><h2>MOST READ NEWS</h2><ol>${[1, 2, 3, 4, 5].map((i) => `<li><span class="rank">${i}</span><a href="/">${esc(most[i * 2 - 1] ?? '')}</a></li>`).join('')}</ol></section>`,
    );
    if (c.rand() < 0.5) {
      lines(
        c,
        [
          `Published by ${c.pick(v.PARENT_COMPANIES)}`,
          'Part of the News Media Group',
          'Privacy Policy',
          'Terms',
        ],
        'footer',
      );
    } else {
      lines(c, [`© ${o} ${c.y}`, 'Privacy Policy', 'Terms'], 'footer');
      c.inPasted.push('copyright');
    }
  });
  if (c.rand() < 0.6) {
    c.title = `${c.headline} | ${o}`;
    c.inHtml.push('title');
  }
  if (c.rand() < 0.5) {
    c.head.push(`<meta property="og:site_name" content="${esc(o)}">`);
    c.inHtml.push('og:site_name');
  }
}

export function southAsiaDaily(c: Ctx): void {
  const o = c.outlet;
  const variant = c.int(0, 2);
  lines(c, v.SUBCONTINENT_TICKER[variant] ?? [], 'ticker');
  lines(c, ['E-Paper', 'Sign In', 'Subscribe'], 'top-links');
  c.add([], `<div class="logo"><a href="/"><img src="/logo.svg" alt="${esc(o)}"></a></div>`);
  c.inHtml.push('logo alt');
  lines(c, ['BREAKING NEWS', c.pick(v.BREAKING)], 'breaking');
  c.add(v.DAILY_NAV, `<nav><ul>${li(v.DAILY_NAV)}</ul></nav>`);
  lines(
    c,
    [c.pick(['News / World News / US News', 'Home » World » Americas', 'Home > International'])],
    'breadcrumb',
  );
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const m3 = (monthOf(c) ?? '').slice(0, 3);
  const byWho = c.pick([`${c.author}, New Delhi`, 'Agencies', `${o} Desk`, `${o} Report`, 'Web Desk']);
  if (byWho.includes(o)) c.inPasted.push('byline desk');
  const when =
    variant === 1
      ? `Published: ${monthOf(c)} ${String(c.d).padStart(2, '0')}, ${c.y} ${String(c.int(8, 22))}:${String(c.int(10, 59))} GST`
      : `Updated: ${m3} ${String(c.d).padStart(2, '0')}, ${c.y} ${clock(c)} PM IST`;
  lines(c, [byWho, '|', when], 'byline');
  const follow = c.pick(['Follow Us', 'Follow us on Google News', `Follow ${o} on WhatsApp Channels`]);
  if (follow.includes(o)) c.inPasted.push('follow');
  lines(c, [follow, ...(c.rand() < 0.5 ? ['Listen to this article'] : [])], 'follow');
  c.between.push(() => {
    const r = c.pick(v.ALSO_READ);
    const label = c.pick(['Also Read:', 'ALSO READ |', 'Also read -']);
    c.add([`${label} ${r}`], `<p><strong>${esc(label)}</strong> <a href="/r">${esc(r)}</a></p>`, 'p');
  });
  c.between.push(() => lines(c, [c.pick(['Advertisement', 'Story continues below Advertisement'])], 'ad'));
  c.tail.push(() => {
    const t = c.pick(v.AGENCY_TRAILERS);
    c.add([t], `<p><em>${esc(t)}</em></p>`, 'p');
  });
  c.tail.push(() => {
    if (c.rand() < 0.5) {
      const promo = `Catch all the latest news and updates on ${o}. Download the ${o} app for breaking news and live updates.`;
      c.add([promo], `<p class="promo">${esc(promo)}</p>`, 'p');
      c.inPasted.push('promo');
    } else
      lines(
        c,
        [`First Published: ${m3} ${String(c.d).padStart(2, '0')} ${c.y} | ${clock(c)} PM IST`],
        'first-pub',
      );
  });
  c.after.push(() => {
    lines(c, ['Topics', 'United States', 'World News', 'Politics'], 'topics');
    lines(c, ['Trending Topics', ...v.ALSO_READ.slice(0, 3)], 'trending');
    if (c.rand() < 0.5) {
      lines(c, [`Copyright © ${c.y} ${o}. All Rights Reserved.`], 'footer');
      c.inPasted.push('copyright');
    } else lines(c, [`Copyright © ${c.y} ${c.pick(v.PARENT_COMPANIES)}. All Rights Reserved.`], 'footer');
  });
  c.title = c.rand() < 0.5 ? `${c.headline} - ${o}` : `${c.headline} | World News`;
  if (c.title.includes(o)) c.inHtml.push('title');
  c.head.push(
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.headline, publisher: { '@type': 'Organization', name: o } })}</script>`,
  );
  c.inHtml.push('JSON-LD publisher');
}

export function publicBroadcaster(c: Ctx): void {
  const o = c.outlet;
  const variant = c.int(0, 2);
  const nav = v.BROADCASTER_NAV[variant] ?? [];
  c.add(nav, `<nav><ul>${li(nav)}</ul></nav>`);
  c.add([], `<a class="brand" href="/"><img src="/brand.svg" alt="${esc(o)} Homepage"></a>`);
  c.inHtml.push('logo alt');
  const day = new Date(Date.UTC(c.y, c.m - 1, c.d)).toUTCString().slice(0, 3);
  const m3 = monthOf(c).slice(0, 3);
  const agencies = otherThan(c, [
    'Agence France-Presse (AFP)',
    'APTN',
    'Reuters',
    'AAP',
    'CNN',
    'the BBC World Service',
  ]);
  if (variant === 0) {
    c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
    lines(
      c,
      [
        `By ${c.author}`,
        `Posted ${day} ${c.d} ${m3} ${c.y} at ${clock(c)}pm, updated ${day} ${c.d} ${m3} ${c.y} at ${clock(c)}pm`,
        'Share',
      ],
      'byline',
    );
    c.between.push(() => lines(c, ['Loading...'], 'embed'));
    c.between.push(() =>
      lines(
        c,
        ['Play Video. Duration: 2 minutes 41 seconds', '2m 41s', 'Officials speak to reporters.'],
        'video',
      ),
    );
    c.tail.push(() =>
      lines(c, ['Topics:', 'world-politics', 'government-and-politics', 'united-states'], 'topics'),
    );
    c.after.push(() => {
      lines(c, ['Top Stories', ...v.BREAKING.slice(0, 3)], 'top-stories');
      c.add([v.ACKNOWLEDGEMENT], `<p class="ack">${esc(v.ACKNOWLEDGEMENT)}</p>`, 'p');
      const lic = `This service may include material from ${agencies.join(', ')} which is copyright and cannot be reproduced.`;
      c.add([lic], `<p>${esc(lic)}</p>`, 'p');
      lines(
        c,
        [`AEST = Australian Eastern Standard Time which is 10 hours ahead of GMT (Greenwich Mean Time)`],
        'tz',
      );
    });
  } else if (variant === 1) {
    lines(c, ['Politics'], 'section');
    c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
    const by = `${c.author} · ${o} · Posted: ${m3} ${String(c.d).padStart(2, '0')}, ${c.y} ${clock(c)} PM ET | Last Updated: ${monthOf(c)} ${c.d}, ${c.y}`;
    c.inPasted.push('byline');
    lines(c, [by, 'Social Sharing', 'Listen to this article', `Estimated ${c.int(2, 9)} minutes`], 'byline');
    c.between.push(() => {
      const cap = `Officials speak to reporters on Parliament Hill. (Sean Whitfield/${c.pick(['Reuters', 'The Canadian Press', 'Getty Images'])})`;
      c.add([cap], `<figure><img src="/i.jpg" alt=""><figcaption>${esc(cap)}</figcaption></figure>`);
    });
    c.tail.push(() => {
      const files = `With files from ${c.pick(otherThan(c, ['The Associated Press', 'Reuters', 'The Canadian Press']))}`;
      c.add([files], `<p><em>${esc(files)}</em></p>`, 'p');
    });
    c.after.push(() =>
      lines(
        c,
        [
          'Corrections and clarifications',
          'Audience Relations, P.O. Box 500 Station A, Toronto, ON',
          `©${c.y} ${o}. All rights reserved.`,
        ],
        'footer',
      ),
    );
  } else {
    lines(c, ['Politics'], 'kicker');
    c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
    const dotted = `${String(c.d).padStart(2, '0')}.${String(c.m).padStart(2, '0')}.${c.y}`;
    lines(c, [`${c.author}`, `${dotted}`], 'author-date');
    c.between.push(() =>
      lines(c, ['Skip next section You might also like', 'Watch video 02:41'], 'inline-promo'),
    );
    c.tail.push(() =>
      lines(
        c,
        [
          'Date',
          dotted,
          'Author',
          c.author,
          'Related Subjects',
          'United States',
          'Keywords',
          'politics, government',
        ],
        'details',
      ),
    );
    c.tail.push(() =>
      lines(
        c,
        [
          'Send us your feedback',
          'Print Print this page',
          `Permalink https://p.${c.host.replace(/^www\d*\./u, '')}/p/3Exyz`,
        ],
        'tools',
      ),
    );
    c.after.push(() => {
      if (c.rand() < 0.5) {
        lines(c, [`© ${c.y} ${o}`, 'Legal notice', 'Privacy Policy', 'Accessibility Statement'], 'footer');
        c.inPasted.push('copyright');
      } else lines(c, ['Legal notice', 'Privacy Policy', 'Accessibility Statement'], 'footer');
    });
  }
  if (variant === 0 && c.rand() < 0.5) {
    c.after.push(() => lines(c, [`© ${c.y} ${o}`], 'copyright'));
    c.inPasted.push('copyright');
  }
  c.title = `${c.headline} - ${o}`;
  c.inHtml.push('title');
  c.head.push(`<meta property="og:site_name" content="${esc(o)}">`);
  c.inHtml.push('og:site_name');
}
