/**
 * bench/accuracy/pages/group-d/feeds: four group d layouts where the story comes as a release, a
 * card or a stream — a government/NGO press release, a news aggregator's story page, a paywalled
 * page with a truncated teaser before "Continue reading", and a live-updates page with a "Key
 * points" box and timestamped posts. Each fills a Ctx (group-c/build.ts).
 */
import { clock, type Ctx, esc, li, lines, monthOf, otherThan } from '../group-c/build.ts';
import { brand } from './sites.ts';
import * as v from './vocabulary.ts';

export function pressRelease(c: Ctx): void {
  const org = c.pick(v.ORGS);
  lines(c, [org, 'Newsroom', 'Press Releases', 'Media Contacts'], 'org-header');
  lines(c, ['FOR IMMEDIATE RELEASE'], 'release', 'p');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [`${monthOf(c)} ${c.d}, ${c.y}`], 'date');
  c.tail.push(() => c.add(['###'], '<p class="end">###</p>', 'p'));
  c.tail.push(() =>
    lines(
      c,
      [
        'Press contact:',
        c.pick(v.STAFF),
        `+1 202 555 0${c.int(100, 199)}`,
        `press@${org.toLowerCase().replace(/[^a-z]+/gu, '')}.org`,
      ],
      'contacts',
    ),
  );
  c.after.push(() => {
    if (c.rand() < 0.4) {
      const seen = `As reported by ${c.outlet}.`;
      c.add([seen], `<p class="source">${esc(seen)}</p>`, 'p');
      c.inPasted.push('source line');
    }
    lines(c, [`About the ${org}`, 'Privacy', 'Accessibility', 'FOIA'], 'footer');
  });
}

export function aggregatorCards(c: Ctx): void {
  const others = otherThan(c, v.AGG_SOURCES);
  lines(c, ['News', 'Sign in'], 'app-bar');
  c.add(v.AGG_NAV, `<nav><ul>${li(v.AGG_NAV)}</ul></nav>`);
  lines(c, ['Full coverage'], 'kicker', 'p');
  const credit = c.rand();
  if (credit < 0.4) {
    c.add([c.outlet], `<div class="source"><img src="/favicon.ico" alt="" width="16">${esc(c.outlet)}</div>`);
    c.inPasted.push('provider credit');
  } else if (credit < 0.7) {
    c.add([], `<div class="source"><img src="/favicon.ico" alt="${esc(c.outlet)}" width="16"></div>`);
    c.inHtml.push('favicon alt');
  }
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [`${c.int(1, 23)} hours ago`, c.author], 'card-meta');
  c.between.push(() =>
    lines(
      c,
      ['More coverage', others[0] ?? 'Metro Wire', 'Analysis: what the numbers say', `${c.int(2, 9)}h`],
      'cluster',
    ),
  );
  c.after.push(() =>
    lines(
      c,
      ['Full coverage of this story', ...others.slice(1, 4).flatMap((s) => [s, `${c.int(1, 12)} hours ago`])],
      'full-coverage',
    ),
  );
  c.after.push(() => lines(c, ['Help', 'Privacy', 'Terms', 'About the aggregator'], 'footer'));
  if (c.rand() < 0.3) {
    c.head.push(`<link rel="canonical" href="${esc(c.url)}">`);
  }
}

export function paywallTeaser(c: Ctx): void {
  if (c.rand() < 0.5) {
    c.add([c.outlet], `<header><a href="/">${esc(c.outlet)}</a></header>`);
    c.inPasted.push('masthead');
  }
  lines(c, ['Subscribe', 'Log in'], 'account');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [`${c.author}`, `${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  const first = c.body[0] ?? '';
  const words = first.split(' ');
  // The teaser cuts the first paragraph; a first paragraph that names the outlet gets a generic one.
  const teaser = first.toLowerCase().includes(c.outlet.toLowerCase())
    ? 'The latest developments in a story that is still unfolding…'
    : `${words.slice(0, Math.max(4, Math.floor(words.length / 2))).join(' ')}…`;
  lines(c, [teaser], 'teaser', 'p');
  lines(c, [c.pick(v.PAYWALL_PITCHES), 'Continue reading'], 'paywall');
  lines(c, ['Thank you for subscribing. Here is the full story.'], 'unlocked');
  c.tail.push(() => lines(c, ['Gift this article', 'Comments'], 'tools'));
  brand(c, { title: 0.5, og: 0.4, copyright: 0.5 });
}

export function liveUpdates(c: Ctx): void {
  if (c.rand() < 0.5) {
    c.add([], `<a href="/"><img src="/logo.png" alt="${esc(c.outlet)}"></a>`);
    c.inHtml.push('logo alt');
  }
  lines(c, ['LIVE', 'Updated', `${clock(c)} a.m. ET`], 'live-badge');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, ['Key points', ...v.KEY_POINTS], 'key-points');
  lines(c, [`Reporting by ${c.author}`, 'Share', 'Follow updates'], 'contributors');
  c.between.push(() => lines(c, [`${clock(c)} a.m. ET`, `${c.int(2, 59)} min ago`], 'post-time'));
  c.between.push(() => lines(c, [`${clock(c)} p.m. ET`, 'Pinned'], 'post-time'));
  c.tail.push(() => lines(c, ['Load more updates', 'Back to top'], 'more'));
  if (c.rand() < 0.5) {
    c.head.push(
      `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: c.headline, publisher: { '@type': 'NewsMediaOrganization', name: c.outlet } })}</script>`,
    );
    c.inHtml.push('JSON-LD publisher');
  }
  brand(c, { title: 0.5, og: 0.3, copyright: 0.4 });
}
