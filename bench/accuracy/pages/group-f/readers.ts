/**
 * bench/accuracy/pages/group-f/readers: four group f layouts where the story is read through
 * something other than the outlet's own page — a media monitoring service's clip (metric fields,
 * client and search, other mentions), text recognised from a run of phone screenshots (status bar,
 * address bar and toolbar at every screen break), a text-only "lite" edition, and a feed reader
 * (feeds sidebar with unread counts, item actions, "The post … appeared first on …"). Each fills a
 * Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { type Ctx, esc, li, lines, monthOf, otherThan } from '../group-c/build.ts';
import { apMonth, by, dayName, mon3, noted, two } from './named.ts';
import * as v from './vocabulary.ts';

export function mediaMonitoring(c: Ctx): void {
  const app = c.pick(v.MONITOR_APPS);
  c.add([app], `<div class="app-logo"><img src="/static/logo.svg" alt=""><span>${esc(app)}</span></div>`);
  c.add(v.MONITOR_NAV, `<nav><ul>${li(v.MONITOR_NAV)}</ul></nav>`);
  lines(c, [`Client: ${c.pick(v.CLIENTS)}`, c.pick(v.SEARCH_TERMS)], 'search-context');
  lines(c, ['Clip details', '← Back to results', 'Export PDF', 'Add to report'], 'clip-tools');
  const named = c.rand() < 0.6;
  const fields = [
    named ? `Media outlet: ${c.outlet}` : 'Media outlet: (licensed content partner)',
    `Media type: ${c.pick(['Online news', 'Online news (paywalled)', 'Digital edition'])}`,
    `Published: ${c.y}-${two(c.m)}-${two(c.d)} ${two(c.int(5, 22))}:${two(c.int(0, 59))} UTC`,
    noted(c, `Author: ${c.author}`, 'author field'),
    `Reach: ${c.int(12, 980)}K`,
    `Ad value equivalent: $${c.int(1, 48)},${c.int(100, 999)}`,
    `Sentiment: ${c.pick(v.SENTIMENTS)}`,
  ];
  if (named) c.inPasted.push('media outlet field');
  const headlineFirst = c.rand() < 0.5;
  if (headlineFirst) c.add([c.headline], `<h1 class="clip-title">${esc(c.headline)}</h1>`, 'p');
  c.add(
    fields,
    `<dl class="clip-meta">${fields.map((f) => `<dt>${esc(f.split(': ')[0] ?? '')}</dt><dd>${esc(f.split(': ').slice(1).join(': '))}</dd>`).join('')}</dl>`,
  );
  if (!headlineFirst) c.add([c.headline], `<h1 class="clip-title">${esc(c.headline)}</h1>`, 'p');
  lines(c, [`Keyword hits: ${c.int(1, 6)}`, 'Full text'], 'hits');
  c.between.push(() => lines(c, ['[Image not included in clip]'], 'omitted', 'p'));
  c.tail.push(() => {
    const licence =
      named && c.rand() < 0.5
        ? `Copyright ${c.y} ${c.outlet}. Licensed for internal monitoring use only; do not redistribute.`
        : 'Licensed content. For internal monitoring use only; do not redistribute.';
    if (licence.includes(c.outlet)) c.inPasted.push('copyright');
    c.add([licence], `<p class="licence"><small>${esc(licence)}</small></p>`, 'p');
  });
  c.after.push(() => {
    lines(c, [c.pick(v.MONITOR_TAGS), 'Add note', 'Assign to team member'], 'clip-actions');
    const others = otherThan(c, v.MONITOR_OTHERS).slice(0, c.int(2, 3));
    lines(
      c,
      [
        'Other mentions in this report',
        ...others.map((o) => `${o} · ${mon3(c)} ${c.d} · ${c.pick(v.SENTIMENTS)}`),
      ],
      'other-clips',
    );
    lines(c, [`© ${c.y} ${app}`, 'Terms', 'Support'], 'footer');
  });
  c.title = `Clip details | ${app}`;
}

export function phoneScreenshots(c: Ctx): void {
  const net = c.pick(v.PHONE_BARS);
  const toolbar = c.pick(v.PHONE_TOOLBARS);
  const inApp = c.rand() < 0.35;
  let minute = c.int(0, 40);
  let battery = c.int(40, 98);
  const hour = c.int(6, 11);
  // Every screenshot starts with the status bar and the browser's address bar (or an app's header).
  const top = () => {
    lines(c, [`${hour}:${two(Math.min(59, minute++))}`, `${net} ${battery--}%`], 'status-bar');
    if (inApp) lines(c, ['‹', c.outlet, '⋯'], 'app-header');
    else lines(c, [`AA  ${c.host.replace(/^www\./u, '')}`, '↻'], 'address-bar');
  };
  const bottom = () => lines(c, [toolbar], 'toolbar');
  if (inApp) c.inPasted.push('app header');
  top();
  if (!inApp && c.rand() < 0.4) lines(c, ['Subscribe', 'Log in', '☰'], 'site-bar');
  const meta = [
    by(c),
    c.rand() < 0.5
      ? `${monthOf(c)} ${c.d}, ${c.y} · ${c.int(3, 12)} min read`
      : `${dayName(c)}, ${c.d} ${mon3(c)} ${c.y}`,
  ];
  const metaAbove = c.rand() < 0.3;
  if (metaAbove) lines(c, meta, 'meta');
  c.add([c.headline], `<p>${esc(c.headline)}</p>`, 'p');
  if (!metaAbove) lines(c, meta, 'meta');
  c.between.push(() => {
    bottom();
    top();
  });
  c.after.push(() => {
    if (c.rand() < 0.5) lines(c, ['Share this article', 'Comments', 'Most read'], 'end-of-article');
    bottom();
  });
  c.title = `IMG_${c.int(1000, 9999)}.PNG and ${c.int(2, 6)} more, recognised text`;
}

export function textOnlyLite(c: Ctx): void {
  const named = c.rand();
  if (named < 0.45) {
    lines(c, [`${c.outlet} | Lite`], 'lite-head', 'p');
    c.inPasted.push('lite header');
  } else lines(c, ['Text-only edition'], 'lite-head', 'p');
  lines(c, ['Go to the full site →'], 'full-site');
  lines(c, [`‹ Back to ${c.pick(v.LITE_TOPS).toLowerCase()}`], 'back');
  c.add([c.headline], `<h2>${esc(c.headline)}</h2>`, 'p');
  const credit = c.rand() < 0.4;
  const byline = credit ? `${by(c)}, ${c.outlet}` : by(c);
  if (credit) c.inPasted.push('byline');
  const stamp =
    c.rand() < 0.5
      ? `Updated: ${dayName(c)} ${mon3(c)} ${c.d} ${c.y} ${c.int(1, 11)}:${two(c.int(0, 59))} ${c.pick(['AM', 'PM'])} ET`
      : `${c.y}-${two(c.m)}-${two(c.d)}`;
  const order = c.rand() < 0.5;
  if (order) lines(c, [byline], 'byline', 'p');
  lines(c, [stamp], 'stamp', 'p');
  if (!order) lines(c, [byline], 'byline', 'p');
  c.after.push(() => {
    lines(c, [`‹ Back to ${c.pick(v.LITE_TOPS).toLowerCase()}`], 'back');
    const foot = named < 0.45 ? [`Go to the full ${c.outlet} site`] : ['Go to the full site'];
    foot.push('Privacy Policy', 'Terms of Use');
    if (c.rand() < 0.35) {
      foot.push(`© ${c.y} ${c.outlet}`);
      c.inPasted.push('copyright');
    }
    lines(c, foot, 'lite-foot', 'p');
  });
  c.title = c.headline;
  if (named < 0.45 && c.rand() < 0.5) {
    c.title = `${c.outlet} - Lite`;
    c.inHtml.push('title');
  }
}

export function rssReader(c: Ctx): void {
  const app = c.pick(v.READER_APPS);
  const feedNamed = c.rand() < 0.55;
  const feedName = feedNamed ? c.outlet : `${c.host.replace(/^www\./u, '')} - All stories`;
  lines(c, [app, ...v.READER_NAV], 'app-nav');
  const feeds = otherThan(c, v.READER_FEEDS)
    .slice(0, c.int(3, 5))
    .map((f) => `${f}  ${c.int(1, 240)}`);
  feeds.splice(c.int(0, feeds.length), 0, `${feedName}  ${c.int(1, 60)}`);
  lines(c, feeds, 'feed-list');
  if (feedNamed) c.inPasted.push('feed list');
  const label = `${feedName} · ${c.int(1, 23)}h`;
  const labelAbove = c.rand() < 0.6;
  if (labelAbove) lines(c, [label], 'item-source');
  c.add([c.headline], `<h1><a href="${esc(c.url)}">${esc(c.headline)}</a></h1>`, 'p');
  if (!labelAbove) lines(c, [label], 'item-source');
  lines(c, [c.rand() < 0.5 ? by(c, '') : `${apMonth(c)} ${c.d}, ${c.y}, ${by(c, 'by ')}`], 'item-meta');
  lines(c, v.READER_ACTIONS, 'item-actions');
  c.between.push(() => lines(c, [c.pick(v.READER_EMBEDS)], 'embed-note', 'p'));
  c.tail.push(() => {
    if (c.rand() < 0.4) {
      const footer = `The post ${c.headline} appeared first on ${c.outlet}.`;
      c.add([footer], `<p>${esc(footer)}</p>`, 'p');
      c.inPasted.push('appeared first on');
    }
  });
  c.after.push(() => {
    lines(c, ['Next in this feed', c.pick(v.READER_NEXT), c.pick(v.READER_NEXT)], 'next-items');
    lines(c, ['Mark all as read', 'Settings', `${app} Pro`], 'reader-footer');
  });
  c.title = `${c.headline} – ${app}`;
  if (c.rand() < 0.4) {
    c.head.push(`<meta name="application-name" content="${esc(app)}">`);
  }
}
