/**
 * bench/accuracy/pages/group-c/platforms: four group c layouts where the article reaches the reader
 * through someone else's frame — a newsletter platform post, a syndication portal (the portal's
 * masthead and copyright, the original outlet only as the provider), a browser reader or print view
 * (often only the domain), and an AMP page or a news-app copy. Each fills a Ctx (build.ts).
 */
import { type Ctx, esc, MONTHS } from './build.ts';
import * as v from './vocabulary.ts';

const mon = (c: Ctx) => MONTHS[c.m - 1] ?? 'January';
const hm = (c: Ctx) => `${c.int(1, 11)}:${String(c.int(0, 59)).padStart(2, '0')}`;
const lines = (c: Ctx, text: string[], cls: string, kind: 'p' | 'div' = 'div') =>
  c.add(text, `<div class="${cls}">${text.map((t) => `<div>${esc(t)}</div>`).join('')}</div>`, kind);
const weekday = (c: Ctx) =>
  ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][
    new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay()
  ] ?? 'Monday';

export function newsletterPost(c: Ctx): void {
  const o = c.outlet;
  if (c.rand() < 0.75) {
    c.add([o], `<div class="navbar-title"><a href="/">${esc(o)}</a></div>`);
    c.inPasted.push('publication name');
  } else {
    c.add([], `<a href="/"><img class="navbar-logo" src="/pub.png" alt="${esc(o)}"></a>`);
    c.inHtml.push('logo alt');
  }
  lines(c, ['Subscribe', 'Sign in'], 'navbar-buttons');
  if (c.rand() < 0.4) {
    lines(
      c,
      [
        `Discover more from ${o}`,
        c.pick(v.NEWSLETTER_TAGLINES),
        `Over ${c.int(2, 90)},000 subscribers`,
        'Subscribe',
        'Continue reading',
        'Already have an account? Sign in',
      ],
      'modal',
    );
    c.inPasted.push('subscribe modal');
  }
  c.add([c.headline], `<h1 class="post-title">${esc(c.headline)}</h1>`, 'p');
  const date = `${mon(c).slice(0, 3)} ${String(c.d).padStart(2, '0')}, ${c.y}`;
  lines(c, [c.author, date, ...(c.rand() < 0.3 ? ['∙ Paid'] : [])], 'post-meta');
  const likes = c.int(3, 4000);
  const comments = c.int(0, 300);
  lines(c, [String(likes), String(comments), 'Share'], 'post-ufi');
  c.between.push(() => {
    const ask = `Thanks for reading ${o}! Subscribe for free to receive new posts and support my work.`;
    c.add(
      [ask, 'Subscribe'],
      `<div class="subscription-widget"><p>${esc(ask)}</p><button>Subscribe</button></div>`,
      'p',
    );
    c.inPasted.push('subscribe widget');
  });
  c.between.push(() => lines(c, ['Share'], 'button-wrapper'));
  c.tail.push(() => lines(c, [`${likes} Likes`, '∙', `${c.int(1, 90)} Restacks`, 'Share'], 'post-footer'));
  c.after.push(() => {
    lines(c, ['Discussion about this post', 'Comments', 'Restacks'], 'discussion');
    if (comments > 0) {
      lines(c, [c.pick(v.COMMENTERS), date], 'comment-meta');
      c.add(['Really useful summary, thank you.'], '<p>Really useful summary, thank you.</p>', 'p');
      lines(c, ['Reply', 'Share'], 'comment-actions');
    }
    lines(c, ['Ready for more?', 'Subscribe'], 'ready');
    lines(
      c,
      [
        `© ${c.y} ${c.author}`,
        'Privacy ∙ Terms ∙ Collection notice',
        'Start writing',
        'Get the app',
        'Substack is the home for great culture',
      ],
      'footer',
    );
  });
  c.title = `${c.headline} - by ${c.author} - ${o}`;
  c.inHtml.push('title');
  c.head.push(`<meta property="og:site_name" content="${esc(o)}">`);
  c.inHtml.push('og:site_name');
}

export function syndicationPortal(c: Ctx): void {
  const o = c.outlet;
  const portal = c.pick(v.PORTALS.filter((p) => p !== o));
  const msn = c.rand() < 0.5;
  c.add(
    c.rand() < 0.5 ? [portal] : [],
    `<a class="portal-logo" href="/"><img src="/portal.svg" alt="${esc(portal)}"><span class="sr">${esc(portal)}</span></a>`,
  );
  lines(c, [msn ? 'Search the web' : 'Search query'], 'search');
  const nav = v.PORTAL_NAV[msn ? 1 : 0] ?? [];
  lines(c, nav, 'portal-nav');
  const providerText = c.rand() < 0.5;
  const provider = () => {
    c.add(
      providerText ? [o] : [],
      `<div class="provider"><img src="/provider-logo.png" alt="${esc(o)}">${providerText ? `<span>${esc(o)}</span>` : ''}</div>`,
    );
    c.inHtml.push('provider logo alt');
    if (providerText) c.inPasted.push('provider name');
  };
  if (msn) {
    provider();
    c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
    lines(c, [`Story by ${c.author} • ${c.int(1, 11)}h • ${c.int(2, 8)} min read`], 'byline');
  } else {
    c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
    provider();
    lines(
      c,
      [c.author, `${weekday(c)}, ${mon(c)} ${c.d}, ${c.y} at ${hm(c)} PM`, `${c.int(2, 8)} min read`],
      'byline',
    );
  }
  const video = c.pick(
    ['Associated Press', 'Bloomberg', 'NBC News', 'WION', 'Reuters'].filter((s) => s !== o),
  );
  c.between.push(() => lines(c, [msn ? 'Ad' : 'Advertisement'], 'ad'));
  c.between.push(() =>
    lines(
      c,
      [msn ? `Related video: Officials explain what comes next (${video})` : 'Story continues'],
      'inline',
    ),
  );
  c.tail.push(() => {
    if (c.rand() < 0.5) {
      c.add(
        [`Read the original article on ${o}`],
        `<p><a href="${esc(c.url)}">Read the original article on ${esc(o)}</a></p>`,
        'p',
      );
      c.inPasted.push('original article line');
    } else lines(c, ['View comments'], 'comments-button');
  });
  c.after.push(() => {
    lines(c, ['Trending Now', ...v.TRENDING.slice(0, 6).map((t, i) => `${i + 1}. ${t}`)], 'trending');
    lines(c, [msn ? 'Sponsored Content' : 'Recommended Stories', ...v.SPONSORED], 'sponsored');
    lines(
      c,
      ['Terms and Privacy Policy', 'Privacy Dashboard', 'About Our Ads', `© ${c.y} ${portal}`],
      'footer',
    );
  });
  c.title = c.rand() < 0.5 ? `${c.headline} - ${portal}` : c.headline;
  c.head.push(`<meta property="og:site_name" content="${esc(portal)}">`);
  c.head.push(
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.headline, publisher: { '@type': 'Organization', name: portal }, ...(c.rand() < 0.5 ? { provider: { '@type': 'Organization', name: o } } : {}) })}</script>`,
  );
}

export function readerView(c: Ctx): void {
  const o = c.outlet;
  const variant = c.pick(['firefox', 'safari', 'print'] as const);
  const date = `${mon(c)} ${c.d}, ${c.y}`;
  if (variant === 'firefox') {
    c.htmlAttrs = ' lang="en" class="moz-reader"';
    c.add(
      [c.host],
      `<div class="header reader-header"><a class="domain reader-domain" href="${esc(c.url)}">${esc(c.host)}</a>`,
    );
    c.add([c.headline], `<h1 class="reader-title">${esc(c.headline)}</h1>`, 'p');
    c.add(
      c.names.length ? [c.names.join(', ')] : [],
      `<div class="credits reader-credits">${esc(c.names.join(', '))}</div>`,
    );
    const minutes = c.pick(v.READING_TIMES);
    c.add(
      [minutes],
      `<div class="meta-data"><div class="reader-estimated-time">${minutes}</div></div></div>`,
    );
  } else if (variant === 'safari') {
    c.add([c.headline], `<h1 class="title">${esc(c.headline)}</h1>`, 'p');
    c.add(
      c.names.length ? [`By ${c.names.join(' and ')}`] : [],
      `<div class="metadata byline">${c.names.length ? `By ${esc(c.names.join(' and '))}` : ''}</div>`,
    );
    c.add([date], `<div class="metadata date">${esc(date)}</div>`);
  } else {
    const yy = String(c.y).slice(2);
    const printTitle = `${c.headline} | ${o}`;
    c.add(
      [`${c.m}/${c.d}/${yy}, ${hm(c)} PM`, printTitle],
      `<div class="print-header"><span>${c.m}/${c.d}/${yy}</span> <span>${esc(printTitle)}</span></div>`,
    );
    c.inPasted.push('print header title');
    c.add([o], `<div class="print-logo">${esc(o)}</div>`, 'p');
    c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
    lines(c, [`By ${c.author}`, date], 'byline');
    c.after.push(() => lines(c, [c.url, `1/${c.int(2, 4)}`], 'print-footer'));
    c.title = printTitle;
  }
}

export function ampOrNewsApp(c: Ctx): void {
  const o = c.outlet;
  if (c.rand() < 0.5) {
    c.htmlAttrs = ' ⚡ lang="en"';
    c.head.push(`<link rel="canonical" href="${esc(c.url)}">`);
    c.add(
      [],
      `<amp-sidebar id="menu" layout="nodisplay"><ul><li>Home</li><li>Politics</li><li>World</li></ul></amp-sidebar>`,
    );
    c.add(
      [],
      `<header class="amp-header"><button on="tap:menu.toggle">☰</button><amp-img src="/logo.png" width="140" height="28" alt="${esc(o)}"></amp-img></header>`,
    );
    c.inHtml.push('logo alt');
    c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
    const withOutlet = c.rand() < 0.4;
    if (withOutlet) c.inPasted.push('byline');
    lines(c, [`By ${c.author}${withOutlet ? `, ${o}` : ''}`, `Published ${mon(c)} ${c.d}, ${c.y}`], 'byline');
    c.between.push(() =>
      c.add(
        c.rand() < 0.5 ? ['ADVERTISEMENT'] : [],
        '<div class="ad-label">ADVERTISEMENT<amp-ad width="300" height="250" type="doubleclick"></amp-ad></div>',
      ),
    );
    c.tail.push(() => lines(c, ['View Non-AMP Version'], 'non-amp'));
    c.after.push(() => {
      if (c.rand() < 0.5) {
        lines(c, [`© ${c.y} ${o}`, 'Terms', 'Privacy', 'Back to top'], 'footer');
        c.inPasted.push('copyright');
      } else lines(c, ['Terms', 'Privacy', 'Back to top'], 'footer');
    });
    c.head.push(
      `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: c.headline, publisher: { '@type': 'NewsMediaOrganization', name: o } })}</script>`,
    );
    c.inHtml.push('JSON-LD publisher');
  } else {
    // A news app's web copy: the publisher is a wordmark image; the app names itself.
    c.add([], `<div class="channel"><img src="/wordmark.png" alt="${esc(o)}"></div>`);
    c.inHtml.push('wordmark alt');
    c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
    lines(c, [...(c.names.length ? [c.names.join(', ')] : []), `${mon(c)} ${c.d}, ${c.y}`], 'byline');
    c.after.push(() =>
      lines(c, ['More From', ...v.BLOG_RECENT.slice(0, 2), 'Shared from Apple News'], 'more'),
    );
    c.head.push(`<meta property="og:site_name" content="Apple News">`);
  }
}
