/**
 * bench/accuracy/pages/heldout/layouts: a second, held-out set of page layouts for the furniture
 * benchmark, written without reading src/pipeline/normalize/** so that the normalizers were not
 * tuned on them: live blog, magazine (kicker, deck, "Words by"), regional paper (weather, paywall,
 * "By NAME | Staff Writer"), wire (reporting/editing trailer, standards line), broadcaster
 * ("Watch:"/"Listen:", schedule), AMP page (<amp-img>, consent in another language), comments +
 * topic chips, opinion column with an author bio.
 *
 * In: a corpus article, its outlet, the headline, its paragraphs. Out: pasted text and saved HTML
 * built side by side, with whether each form names the outlet. Deterministic (seeded by article id).
 */
import type { CorpusArticle } from '../../corpus.ts';
import { seeded } from '../page.ts';
import * as v from './vocabulary.ts';

export const HELDOUT_LAYOUTS = [
  'live-blog',
  'magazine-deck',
  'regional-paywall',
  'wire-trailer',
  'broadcaster',
  'amp-consent',
  'comments-topics',
  'opinion-bio',
] as const;
export type HeldoutLayout = (typeof HELDOUT_LAYOUTS)[number];

export interface HeldoutPage {
  layout: HeldoutLayout;
  pasted: string;
  html: string;
  /** The outlet is named in the pasted text / in the saved HTML (visible or metadata). */
  pastedNamesOutlet: boolean;
  htmlNamesOutlet: boolean;
}

const esc = (t: string) =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const MON = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** A block of the page: what a reader copies (lines; empty = nothing) and its HTML. */
interface Part {
  text: string[];
  html: string;
}

export function buildHeldoutPage(
  article: CorpusArticle,
  outlet: string,
  headline: string,
  paragraphs: string[],
): HeldoutPage {
  const rand = seeded(`${article.ID}:heldout`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const layout = HELDOUT_LAYOUTS[Math.floor(rand() * HELDOUT_LAYOUTS.length)] ?? 'live-blog';
  const [y, m, d] = article.date.split('-').map(Number) as [number, number, number];
  const mon = MON[m - 1] ?? 'Jan.';
  const names = article.authors
    .split(',')
    .map((a) => a.trim())
    .filter((a) => /^[\p{Lu}][\p{L}.'-]+(\s[\p{Lu}][\p{L}.'-]+)+$/u.test(a))
    .slice(0, 2);
  const author = names[0] ?? pick(v.STAFF);
  const handle = author.toLowerCase().replace(/[^a-z]/g, '');
  const parts: Part[] = [];
  const at = (text: string[], html: string) => parts.push({ text, html });
  const para = (t: string) => at([t], `<p>${esc(t)}</p>`);
  const photo = (tag = 'img') => {
    const credit = `${pick(v.STAFF)}/${pick(v.AGENCIES)}`;
    const cap = `${pick(v.PHOTO_SUBJECTS)}. (Photo: ${credit})`;
    at(
      [cap],
      `<figure><${tag} src="/p.jpg" width="800" height="450" alt=""></${tag}><figcaption>${esc(cap)}</figcaption></figure>`,
    );
  };
  let pastedNamesOutlet = true;
  let htmlNamesOutlet = true;
  const head: string[] = [`<title>${esc(headline)}</title>`];
  let amp = false;
  const body = [...paragraphs];
  // Which furniture goes between paragraphs, and where (every 3–5 paragraphs).
  const between: Array<() => void> = [];
  let tail: Array<() => void> = [];

  switch (layout) {
    case 'live-blog': {
      at([], `<header><a href="/"><img src="/logo.svg" alt="${esc(outlet)}"></a></header>`);
      at([pick(v.NAV[0] ?? [])], `<nav><a href="#main">Skip to main content</a></nav>`);
      const badge = pick(v.LIVE_BADGES);
      at([badge], `<span class="badge">${badge}</span>`);
      at([headline], `<h1>${esc(headline)}</h1>`);
      const upd = `Last updated ${mon} ${d}, ${y} at ${1 + Math.floor(rand() * 11)}:${10 + Math.floor(rand() * 49)} p.m.`;
      at([upd], `<p class="updated"><time>${upd}</time></p>`);
      at(
        ['Key events', 'Show key events only', 'Please turn on JavaScript to use this feature'],
        `<div class="key-events"><h2>Key events</h2><label><input type="checkbox">Show key events only</label></div>`,
      );
      let hh = 9;
      let mm = 2;
      between.push(() => {
        mm += 7 + Math.floor(rand() * 40);
        hh += Math.floor(mm / 60);
        mm %= 60;
        const stamp = `${hh}.${String(mm).padStart(2, '0')} BST`;
        at([stamp], `<p class="block-time"><time>${stamp}</time></p>`);
      });
      tail = [
        () =>
          at(
            [`Share`, 'Updated at ' + `${hh}.${String(mm).padStart(2, '0')} BST`],
            `<div class="share">Share</div><p class="updated">Updated at ${hh}.${String(mm).padStart(2, '0')} BST</p>`,
          ),
      ];
      head.push(`<meta property="og:site_name" content="${esc(outlet)}">`);
      pastedNamesOutlet = false;
      break;
    }
    case 'magazine-deck': {
      const kicker = pick(v.KICKERS);
      at([kicker], `<p class="kicker">${esc(kicker)}</p>`);
      at([headline], `<h1 class="title">${esc(headline)}</h1>`);
      const deck = pick(v.DECKS);
      at([deck], `<p class="deck">${esc(deck)}</p>`);
      at(
        [`Words by ${author}`, `Photographs by ${pick(v.STAFF)}`],
        `<p class="credits">Words by <a href="/by">${esc(author)}</a><br>Photographs by ${esc(pick(v.STAFF))}</p>`,
      );
      at(
        [`${d} ${mon.replace('.', '')} ${y} · ${6 + Math.floor(rand() * 14)} min read`],
        `<p class="meta">${d} ${mon.replace('.', '')} ${y} · 9 min read</p>`,
      );
      photo();
      const quotable = body.filter((p) => p.length > 80 && p.length < 400);
      between.push(() => {
        const sentence = (pick(quotable.length ? quotable : body).match(/[^.!?]+[.!?]/u)?.[0] ?? '').trim();
        if (sentence.length > 30)
          at([`“${sentence}”`], `<blockquote class="pullquote"><p>${esc(sentence)}</p></blockquote>`);
        else photo();
      });
      between.push(photo);
      tail = [
        () =>
          at(
            [`More from ${outlet} Magazine`, pick(v.READ_MORE), pick(v.READ_MORE)],
            `<aside><h3>More from ${esc(outlet)} Magazine</h3></aside>`,
          ),
      ];
      htmlNamesOutlet = true;
      break;
    }
    case 'regional-paywall': {
      at(
        [pick(v.WEATHER), `Today's e-Edition`, pick(v.SUBSCRIBE)],
        `<div class="topbar"><span class="wx">${esc(pick(v.WEATHER))}</span> <a href="/e">Today's e-Edition</a> <a class="sub" href="/subscribe">Subscribe now</a></div>`,
      );
      at([], `<div class="masthead"><a href="/"><img src="/masthead.png" alt="${esc(outlet)}"></a></div>`);
      at(v.NAV[1] ?? [], `<nav>${(v.NAV[1] ?? []).map((n) => `<a href="/">${n}</a>`).join(' ')}</nav>`);
      at([headline], `<h1>${esc(headline)}</h1>`);
      const by = `By ${author.toUpperCase()} | Staff Writer`;
      at([by], `<div class="author">${esc(by)}</div>`);
      const hm = `${1 + Math.floor(rand() * 11)}:${10 + Math.floor(rand() * 49)}`;
      const stamp = `Published ${hm} p.m. ET ${mon} ${d}, ${y} | Updated ${hm.replace(/^\d+/, (h) => String((Number(h) % 12) + 1))} p.m. ET ${mon} ${d}, ${y}`;
      at([stamp], `<div class="timestamp">${esc(stamp)}</div>`);
      between.push(() => {
        const r = `READ MORE: ${pick(v.READ_MORE)}`;
        at([r], `<p><strong>READ MORE:</strong> <a href="/r">${esc(r.slice(11))}</a></p>`);
      });
      between.push(photo);
      tail = [
        () =>
          at(
            [`Contact ${author} at ${handle}@example.com or follow on X @${handle}.`],
            `<p class="tagline"><em>Contact ${esc(author)} at ${handle}@example.com or follow on X @${handle}.</em></p>`,
          ),
        () =>
          at(
            [pick(v.PAYWALL), `Thank you for reading ${outlet}.`],
            `<div class="paywall"><p>${esc(pick(v.PAYWALL))}</p><p>Thank you for reading ${esc(outlet)}.</p></div>`,
          ),
      ];
      break;
    }
    case 'wire-trailer': {
      at([headline], `<h1 data-testid="Heading">${esc(headline)}</h1>`);
      const when = `${mon.replace('.', '')} ${d}, ${y} ${1 + Math.floor(rand() * 11)}:${String(Math.floor(rand() * 60)).padStart(2, '0')} PM UTC`;
      at(
        [
          `${when}`,
          `Updated ${1 + Math.floor(rand() * 9)} hours ago`,
          `${2 + Math.floor(rand() * 4)} minute read`,
        ],
        `<div class="info"><time>${when}</time><span>${2 + Math.floor(rand() * 4)} minute read</span></div>`,
      );
      if (body[0] && !/\)\s*[-–—]/u.test(body[0].slice(0, 80)))
        body[0] = `${pick(['LONDON', 'WASHINGTON', 'BRUSSELS', 'NEW YORK'])}, ${mon.replace('.', '')} ${d} (${outlet}) - ${body[0]}`;
      const trailer = `(Reporting by ${author}; Additional reporting by ${pick(v.STAFF)}; Editing by ${pick(v.EDITORS)})`;
      tail = [
        () => at([trailer], `<p class="sign-off">${esc(trailer)}</p>`),
        () =>
          at(
            [`Our Standards: The ${outlet} Trust Principles.`],
            `<p class="standards"><a href="/standards">Our Standards: The ${esc(outlet)} Trust Principles.</a></p>`,
          ),
      ];
      head.push(
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline, publisher: { '@type': 'Organization', name: outlet } })}</script>`,
      );
      break;
    }
    case 'broadcaster': {
      const sched = pick(v.SCHEDULE);
      at(
        [...(v.NAV[2] ?? []), ...sched],
        `<nav>${(v.NAV[2] ?? []).map((n) => `<a href="/">${n}</a>`).join('')}</nav><div class="onair">${sched.map(esc).join(' · ')}</div>`,
      );
      at([], `<a class="logo" href="/"><img src="/brand.svg" alt="${esc(outlet)} home"></a>`);
      at([headline], `<h1>${esc(headline)}</h1>`);
      const by = `${author}${rand() < 0.5 ? ', Correspondent' : ''}`;
      at(
        [by, `${d} ${mon.replace('.', '')} ${y}`],
        `<p class="contributor">${esc(by)}</p><time>${d} ${mon.replace('.', '')} ${y}</time>`,
      );
      at([pick(v.WATCH)], `<div class="media-player"><p>${esc(pick(v.WATCH))}</p></div>`);
      between.push(() => {
        const w = pick(v.WATCH);
        at([w], `<div class="media-inline"><a href="/av">${esc(w)}</a></div>`);
      });
      tail = [
        () =>
          at(
            ['Related Topics', ...(pick(v.TOPICS) ?? [])],
            `<div class="topics"><h2>Related Topics</h2></div>`,
          ),
      ];
      head.push(`<meta property="og:site_name" content="${esc(outlet)}">`);
      pastedNamesOutlet = false;
      break;
    }
    case 'amp-consent': {
      amp = true;
      const consent = pick(v.CONSENT);
      at(
        [consent],
        `<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>${esc(consent)}</p><button on="tap:consent.accept">OK</button></div></amp-consent>`,
      );
      at(
        [],
        `<header><amp-img src="/logo.png" width="120" height="30" alt="${esc(outlet)}"></amp-img></header>`,
      );
      at([headline], `<h1 class="amp-title">${esc(headline)}</h1>`);
      const by = names.length ? `By ${names.join(' and ')}` : `By ${author}`;
      at(
        [by, `${mon} ${d}, ${y}`],
        `<address class="byline">${esc(by)}</address><time datetime="${article.date}">${mon} ${d}, ${y}</time>`,
      );
      photo('amp-img');
      between.push(() =>
        at([], `<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/news"></amp-ad>`),
      );
      between.push(() => photo('amp-img'));
      tail = [
        () =>
          at(
            ['Share on Facebook', 'Share on X', 'Email'],
            `<amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share>`,
          ),
      ];
      head.push(
        `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline, datePublished: article.date, publisher: { '@type': 'NewsMediaOrganization', name: outlet, logo: { '@type': 'ImageObject', url: '/logo.png' } } })}</script>`,
      );
      pastedNamesOutlet = false;
      break;
    }
    case 'comments-topics': {
      at(v.NAV[0] ?? [], `<nav><a href="/">Sections</a><a href="/search">Search</a></nav>`);
      at([headline], `<h1>${esc(headline)}</h1>`);
      const cc = pick(v.COMMENT_COUNTS);
      at(
        [`${author}`, `${mon} ${d}, ${y}`, cc],
        `<div class="meta"><a rel="author" href="/a">${esc(author)}</a> <time>${mon} ${d}, ${y}</time> <a href="#comments">${esc(cc)}</a></div>`,
      );
      between.push(() =>
        at(
          ['Story continues below advertisement'],
          `<div class="ad"><p>Story continues below advertisement</p></div>`,
        ),
      );
      const topics = pick(v.TOPICS) ?? [];
      tail = [
        () =>
          at(
            [`Topics: ${topics.join(' ')}`],
            `<div class="chips">Topics: ${topics.map((t) => `<a class="chip" href="/t">${t}</a>`).join('')}</div>`,
          ),
        () =>
          at(
            [cc, 'Sort by: Newest', 'Log in to comment'],
            `<section id="comments"><h2>${esc(cc)}</h2><p>Log in to comment</p></section>`,
          ),
        () =>
          at(
            [`Sign up for the ${outlet} morning briefing`],
            `<aside class="nl"><p>Sign up for the ${esc(outlet)} morning briefing</p></aside>`,
          ),
      ];
      break;
    }
    case 'opinion-bio': {
      at(['Opinion', 'Guest essay'], `<div class="label">Opinion</div><div class="sub">Guest essay</div>`);
      at([headline], `<h1>${esc(headline)}</h1>`);
      at(
        [`By ${author}`, `${mon} ${d}, ${y}`],
        `<p class="by">By ${esc(author)}</p><p><time>${mon} ${d}, ${y}</time></p>`,
      );
      between.push(() =>
        at(
          ['Advertisement', 'SKIP ADVERTISEMENT'],
          `<div class="ad">Advertisement<a href="#after">SKIP ADVERTISEMENT</a></div>`,
        ),
      );
      tail = [
        () =>
          at(
            [`${author} is a contributing writer for ${outlet}. Follow on X @${handle}.`],
            `<p class="bio"><em>${esc(author)} is a contributing writer for ${esc(outlet)}. Follow on X @${handle}.</em></p>`,
          ),
        () =>
          at(
            ['The views expressed here are the author’s own.'],
            `<p class="disclaimer">The views expressed here are the author’s own.</p>`,
          ),
      ];
      break;
    }
  }

  at([], '<main><article>');
  const articleStart = parts.length;
  let next = 2 + Math.floor(rand() * 2);
  let turn = 0;
  body.forEach((p, i) => {
    if (layout === 'live-blog' && (i === 0 || i + 1 === next)) {
      between[0]?.();
      if (i > 0) next += 2 + Math.floor(rand() * 3);
      para(p);
      return;
    }
    para(p);
    if (i + 1 !== next || i >= body.length - 1 || between.length === 0) return;
    next += 3 + Math.floor(rand() * 3);
    between[turn++ % between.length]?.();
  });
  for (const t of tail) t();
  at([], '</article></main>');
  at(
    [`© ${y} All rights reserved.`, 'Privacy Policy', 'Terms of Use'],
    `<footer><p>© ${y} All rights reserved.</p><a href="/privacy">Privacy Policy</a> <a href="/terms">Terms of Use</a></footer>`,
  );
  void articleStart;

  const pasted = `${parts
    .filter((p) => p.text.length)
    .map((p) => p.text.join('\n'))
    .join('\n\n')}\n`;
  const htmlAttr = amp ? ' ⚡ lang="en"' : ' lang="en"';
  const html = `<!doctype html>\n<html${htmlAttr}>\n<head>\n<meta charset="utf-8">\n${head.join('\n')}\n</head>\n<body>\n${parts.map((p) => p.html).join('\n')}\n</body>\n</html>\n`;
  return { layout, pasted, html, pastedNamesOutlet, htmlNamesOutlet };
}
