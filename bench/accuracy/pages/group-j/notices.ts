/**
 * bench/accuracy/pages/group-j/notices: four group j layouts where the page says something about
 * the story itself — an old story under an age banner ("This article is more than N years old",
 * the outlet's archive sometimes named, later coverage listed), a story with an editor's note and a
 * correction appended after the last paragraph, a story opened from a subscriber's gift link (gift
 * banner, offer between paragraphs, "Subscribe to X" only sometimes) and an infinite-scroll page
 * whose saved copy holds the start of the next story and a partner box naming other newsrooms.
 * Each fills a Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, dayName, noted } from '../group-f/named.ts';
import { jsonLd, metaAuthor, ogSiteName, titleOf } from '../group-h/head.ts';
import { logo } from '../group-i/newsrooms.ts';
import { copyright } from './embeds.ts';
import * as v from './vocabulary.ts';

/** The year the pages pretend to be saved in (the corpus runs to 2019). */
const SAVED_IN = 2026;

export function archiveAgeBanner(c: Ctx): void {
  const age = Math.max(1, SAVED_IN - c.y - 1);
  logo(c, 0.25, 0.35, 'Back to the front page');
  const r = c.rand();
  const label =
    r < 0.3
      ? noted(c, `From the ${c.outlet} archive`, 'archive label')
      : r < 0.6
        ? 'From the archive'
        : 'Archive';
  const banner = `This article is more than ${age} years old`;
  const hint = c.pick(v.ARCHIVE_HINTS);
  // The banner sits above the headline on some sites and between the byline and the story on others.
  const above = c.rand() < 0.5;
  const show = () =>
    c.add(
      [banner, hint],
      `<aside class="age-warning" role="note"><strong>${esc(banner)}</strong><div>${esc(hint)}</div></aside>`,
    );
  lines(c, [label], 'label');
  if (above) show();
  c.add([c.headline], `<h1 itemprop="headline">${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${dayName(c)} ${c.d} ${monthOf(c)} ${c.y} ${clock(c)} EST`], 'byline');
  if (!above) show();
  c.after.push(() => {
    const later = [...v.ARCHIVE_LATER].sort(() => c.rand() - 0.5).slice(0, 2);
    c.add(
      ['More recent coverage', ...later],
      `<section class="later"><h2>More recent coverage</h2><ul>${li(later)}</ul></section>`,
    );
    const since = c.int(1995, 2004);
    const named = c.rand() < 0.35;
    lines(
      c,
      [
        named
          ? noted(c, `© ${since}–${SAVED_IN} ${c.outlet}`, 'copyright')
          : `Archive search · ${since} to today`,
        'Reprints and permissions',
      ],
      'footer',
    );
  });
  ogSiteName(c, c.rand() < 0.45 ? c.outlet : null);
  c.head.push(`<meta name="robots" content="noarchive">`);
  if (c.rand() < 0.5) jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, 'Archive', `Archive: ${c.y}`);
}

export function correctionAppended(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Home');
  const section = c.pick(v.SECTIONS);
  lines(c, [section], 'kicker');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `Published ${apMonth(c)} ${c.d}, ${c.y} · Updated ${c.int(1, 23)} hours later`], 'byline');
  if (c.rand() < 0.6) {
    const note = c.pick(v.EDITOR_NOTES);
    c.add([note], `<p class="editors-note"><em>${esc(note)}</em></p>`, 'p');
  }
  c.tail.push(() => {
    const fix = c.pick(v.CORRECTIONS);
    c.add([fix], `<p class="correction"><strong>${esc(fix)}</strong></p>`, 'p');
  });
  c.after.push(() => {
    const r = c.rand();
    lines(
      c,
      [
        r < 0.3
          ? noted(
              c,
              `${c.outlet} corrects its errors openly. Read our corrections policy.`,
              'corrections line',
            )
          : c.pick(v.ERROR_PROMPTS),
      ],
      'standards',
    );
    copyright(c, 0.3, `${section} · Sitemap`);
  });
  metaAuthor(c);
  ogSiteName(c, c.rand() < 0.5 ? c.outlet : null);
  c.head.push(
    `<meta property="article:modified_time" content="${c.y}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}">`,
  );
  jsonLd(c, c.rand() < 0.5 ? c.outlet : null, { dateModified: `${c.y}-${String(c.m).padStart(2, '0')}` });
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, section, `Corrected: ${section}`);
}

export function giftArticle(c: Ctx): void {
  const r = c.rand();
  const banner =
    r < 0.25
      ? noted(c, `A ${c.outlet} subscriber sent you this article. Read it free.`, 'gift banner')
      : c.pick(v.GIFT_BANNERS);
  lines(c, [banner], 'gift-banner');
  logo(c, 0.3, 0.35, 'Subscriber edition');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  c.add(v.GIFT_TOOLS, `<div class="tools"><ul>${li(v.GIFT_TOOLS)}</ul></div>`);
  let offered = false;
  c.between.push(() => {
    if (offered) return;
    offered = true;
    const offer = c.pick(v.GIFT_OFFERS);
    c.add(
      [offer, 'See offer'],
      `<aside class="offer"><p>${esc(offer)}</p><a href="/subscribe">See offer</a></aside>`,
    );
  });
  c.after.push(() => {
    const named = c.rand() < 0.35;
    lines(
      c,
      [named ? noted(c, `Subscribe to ${c.outlet}`, 'subscribe prompt') : 'Subscribe', ...v.GIFT_FOOT],
      'account',
    );
    copyright(c, 0.25, 'Customer service');
  });
  c.htmlAttrs = ' lang="en" data-access="gift"';
  ogSiteName(c, c.rand() < 0.5 ? c.outlet : null);
  jsonLd(c, c.rand() < 0.5 ? c.outlet : null, { isAccessibleForFree: false });
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, 'Gift article', c.headline);
}

export function infiniteScrollNext(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Top stories');
  c.add(v.SECTIONS.slice(0, 4), `<nav><ul>${li(v.SECTIONS.slice(0, 4))}</ul></nav>`);
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${apMonth(c)} ${c.d}, ${c.y}`], 'byline');
  c.between.push(() => lines(c, [v.LOADING[1] ?? 'Advertisement'], 'ad'));
  c.after.push(() => {
    const label = c.pick(v.NEXT_LABELS);
    const next = c.pick(v.NEXT_HEADLINES);
    const dek = c.pick(v.NEXT_DEKS);
    const r = c.rand();
    const more = r < 0.3 ? noted(c, `More from ${c.outlet}`, 'more from') : label;
    lines(c, [more], 'next-label');
    c.add([next], `<h2 class="next-headline">${esc(next)}</h2>`, 'p');
    lines(c, [`By ${c.pick(v.STAFF)}`, `${apMonth(c)} ${c.d}, ${c.y}`], 'next-byline');
    c.add([dek], `<p class="next-dek">${esc(dek)}</p>`, 'p');
    lines(c, [v.LOADING[0] ?? 'Loading…'], 'loader');
    const partners = [...v.PARTNER_NEWSROOMS].sort(() => c.rand() - 0.5).slice(0, 2);
    const items = partners.map((p, i) => `${v.NEXT_HEADLINES[(i + 1) % v.NEXT_HEADLINES.length]} · ${p}`);
    c.add(
      ['From our partners', ...items],
      `<section class="partners"><h3>From our partners</h3><ul>${li(items)}</ul></section>`,
    );
    copyright(c, 0.3, 'Ad choices');
  });
  const og = c.rand();
  ogSiteName(c, og < 0.5 ? c.outlet : null);
  c.head.push(`<link rel="next" href="/next/${c.int(1000, 9999)}">`);
  if (c.rand() < 0.5) jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  // The <title> stays the first story's: a saved infinite page does not retitle itself for the next.
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, c.pick(v.SECTIONS), c.headline);
}
