/**
 * bench/accuracy/pages/group-i/locals: four group i layouts — a weekly community paper (volume and
 * issue line, "Serving X since 19xx", church and legal-notice menus, subscription rates), a local
 * news app's web share page (the app platform named, not the outlet; store badges), a photo gallery
 * article (slides with captions and photo-service credits above the story) and an investigative
 * series page (series title and part, "How we reported this story", tip-line appeal). Each fills a
 * Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, dayName, noted } from '../group-f/named.ts';
import { htmlNoted, jsonLd, metaAuthor, ogSiteName, titleOf } from '../group-h/head.ts';
import { logo } from './newsrooms.ts';
import * as v from './vocabulary.ts';

export function weeklyCommunity(c: Ctx): void {
  const area = c.pick(v.COMMUNITY_AREAS);
  const since = c.int(1890, 1968);
  const issue = `Vol. ${c.int(40, 130)}, No. ${c.int(1, 52)} · Week of ${monthOf(c)} ${c.d}, ${c.y}`;
  const r = c.rand();
  if (r < 0.45) {
    lines(c, [c.outlet, `Serving ${area} since ${since}`, issue], 'masthead');
    c.inPasted.push('masthead');
  } else {
    const alt = r < 0.7 ? htmlNoted(c, c.outlet, 'logo alt') : 'Masthead';
    c.add(
      [`Serving ${area} since ${since}`, issue],
      `<header><img src="/masthead.jpg" alt="${esc(alt)}"><div>Serving ${esc(area)} since ${since}</div><div>${esc(issue)}</div></header>`,
    );
  }
  c.add(v.COMMUNITY_NAV, `<nav><ul>${li(v.COMMUNITY_NAV)}</ul></nav>`);
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `Posted ${dayName(c)}, ${apMonth(c)} ${c.d}, ${c.y}`], 'byline');
  c.between.push(() => lines(c, [c.pick(v.COMMUNITY_BOXES)], 'notice-box'));
  c.after.push(() => {
    lines(c, ['Subscribe to the print edition', c.pick(v.COMMUNITY_RATES)], 'rates');
    const named = c.rand() < 0.4;
    lines(
      c,
      [
        named
          ? noted(c, `Copyright © ${c.y} ${c.outlet}, ${area}`, 'copyright')
          : `Family owned and operated since ${since}`,
        'Office hours: Mon–Thu 9–4',
      ],
      'footer',
    );
  });
  ogSiteName(c, c.rand() < 0.4 ? c.outlet : null);
  titleOf(c, c.rand() < 0.5 ? c.outlet : null, 'Community', `${area} news`);
}

export function appShareLink(c: Ctx): void {
  const platform = c.pick(v.SHARE_PLATFORMS);
  lines(c, [c.pick(v.SHARE_HEADS)], 'share-head');
  const r = c.rand();
  if (r < 0.3) {
    lines(c, [noted(c, `From ${c.outlet}`, 'share source')], 'source');
  } else if (r < 0.6) {
    c.add(
      [],
      `<div class="source"><img src="/pub/${c.int(100, 999)}.png" alt="${esc(htmlNoted(c, c.outlet, 'publisher logo alt'))}"></div>`,
    );
  }
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${apMonth(c)} ${c.d}`], 'meta');
  c.tail.push(() => lines(c, [c.pick(v.SHARE_CTAS)], 'cta', 'p'));
  c.after.push(() => {
    c.add(
      v.SHARE_BADGES,
      `<div class="badges">${v.SHARE_BADGES.map((b) => `<a><img alt=""><span>${esc(b)}</span></a>`).join('')}</div>`,
    );
    lines(c, [`Powered by ${platform}`, 'Terms', 'Privacy'], 'footer');
  });
  c.htmlAttrs = ' lang="en" class="share"';
  c.head.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  const og = c.rand();
  ogSiteName(c, og < 0.35 ? c.outlet : og < 0.8 ? platform : null);
  titleOf(c, c.rand() < 0.4 ? c.outlet : platform, 'Shared', `Shared story · ${platform}`);
}

export function photoGalleryArticle(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Photos');
  lines(c, ['Photos', 'Video', 'Latest'], 'nav');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const n = c.int(6, 24);
  const own = c.rand() < 0.3;
  const caption = c.pick(v.GALLERY_CAPTIONS);
  const credit = own ? noted(c, `${c.pick(v.STAFF)}/${c.outlet}`, 'photo credit') : c.pick(v.PHOTO_SERVICES);
  c.add(
    [`1 of ${n}`, caption, credit, ...v.GALLERY_NAV],
    `<div class="gallery"><img src="/g/1.jpg" alt=""><div>1 of ${n}</div><p class="caption">${esc(caption)}</p><div class="credit">${esc(credit)}</div>${v.GALLERY_NAV.map((b) => `<button>${esc(b)}</button>`).join('')}</div>`,
  );
  lines(c, [by(c), `${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  c.after.push(() => {
    lines(c, ['More galleries', 'Scenes from the weekend', 'Year in pictures'], 'more');
    lines(
      c,
      [
        c.rand() < 0.3 ? noted(c, `© ${c.y} ${c.outlet}`, 'copyright') : 'Photo reprints available',
        'Privacy',
      ],
      'footer',
    );
  });
  metaAuthor(c);
  ogSiteName(c, c.rand() < 0.45 ? c.outlet : null);
  if (c.rand() < 0.6) jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, 'Photos', `Photos: ${caption}`);
}

export function investigativeSeries(c: Ctx): void {
  const series = c.pick(v.SERIES_TITLES);
  const parts = c.int(3, 6);
  logo(c, 0.35, 0.3, 'Investigations');
  lines(c, [`${series}`, `Part ${c.int(1, parts)} of ${parts}`], 'series', 'p');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const r = c.rand();
  lines(
    c,
    [
      r < 0.3 ? noted(c, `${by(c)}, ${c.outlet} Staff`, 'byline') : by(c),
      `Published ${monthOf(c)} ${c.d}, ${c.y}`,
    ],
    'byline',
  );
  c.tail.push(() => lines(c, [c.pick(v.SERIES_NOTES)], 'method', 'p'));
  c.after.push(() => {
    lines(c, [c.pick(v.SERIES_CTAS), 'Send a tip'], 'tips');
    lines(c, [`More from ${series}`, `Part ${parts}: What comes next`], 'series-nav');
    const named = c.rand() < 0.35;
    lines(
      c,
      [named ? noted(c, `An investigation by ${c.outlet}`, 'footer') : 'Investigations desk', 'Corrections'],
      'footer',
    );
  });
  ogSiteName(c, c.rand() < 0.5 ? c.outlet : null);
  jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, series, `${series}: an investigation`);
}
