/**
 * bench/accuracy/pages/group-g/posts: four group g layouts where the story is published or passed
 * on as a post of some kind — a podcast episode page with its transcript (show, player, audio cues),
 * a long-read feature (kicker, illustration and photo credits, pull quotes that repeat a sentence of
 * the body, section ornaments, print-issue note, author bio), a blogger's link round-up quoting the
 * story in full among other links (post title that is not the headline, other publications, comments)
 * and a post on a professional networking site (profile header, intro, reactions, comments). Each
 * fills a Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf, otherThan } from '../group-c/build.ts';
import { apMonth, by, dayName, mentions, noted, two } from '../group-f/named.ts';
import * as v from './vocabulary.ts';

export function podcastTranscript(c: Ctx): void {
  const host = c.pick(v.AUDIO_HOSTS);
  const show = c.pick(v.SHOWS);
  const episode = c.int(12, 480);
  c.add(
    [host, ...v.AUDIO_NAV],
    `<header><span class="brand">${esc(host)}</span><ul>${li(v.AUDIO_NAV)}</ul></header>`,
  );
  const produced = c.rand() < 0.4;
  if (produced) c.inPasted.push('show credit');
  lines(c, [show, produced ? `A podcast from ${c.outlet}` : `${c.int(2, 90)}K followers`], 'show');
  lines(c, [`Episode ${episode} · ${apMonth(c)} ${c.d}, ${c.y}`], 'episode-meta');
  c.add([c.headline], `<h1 class="episode-title">${esc(c.headline)}</h1>`, 'p');
  const length = `${c.int(3, 38)}:${two(c.int(0, 59))}`;
  c.add(
    [`▶ Listen · ${length}`, ...v.PLAYER],
    `<div class="player"><button>▶ Listen · ${length}</button>${v.PLAYER.map((b) => `<button>${esc(b)}</button>`).join('')}</div>`,
  );
  if (c.rand() < 0.6) lines(c, [by(c, 'Host: ')], 'hosts');
  c.add(['Transcript'], '<h2>Transcript</h2>', 'p');
  lines(c, [c.pick(v.TRANSCRIPT_NOTES)], 'transcript-note', 'p');
  c.between.push(() => lines(c, [c.pick(v.AUDIO_CUES)], 'cue', 'p'));
  c.tail.push(() => {
    const named = c.rand() < 0.35;
    if (named) c.inPasted.push('copyright');
    lines(
      c,
      [
        named
          ? `Copyright © ${c.y} ${c.outlet}. All rights reserved.`
          : `Transcript by ${host} Auto-Transcribe.`,
      ],
      'transcript-credit',
      'p',
    );
  });
  c.after.push(() => {
    const more = [...v.EPISODE_TITLES].sort(() => c.rand() - 0.5).slice(0, 3);
    lines(c, ['More episodes', ...more.map((t, i) => `${t} · ${episode - i - 1}`)], 'more-episodes');
    lines(c, ['Follow the show', v.SUBSCRIBE_APPS.join(' · ')], 'follow');
  });
  const title = c.rand();
  c.title =
    title < 0.4 ? `${c.headline} : ${show}` : title < 0.7 ? `${show} - Episode ${episode} | ${host}` : host;
  const og = c.rand() < 0.35;
  c.head.push(`<meta property="og:site_name" content="${esc(og ? c.outlet : host)}">`);
  if (og) c.inHtml.push('og:site_name');
}

/** A sentence of the body (not a whole paragraph, not naming the outlet) to set as a pull quote. */
function pullQuote(c: Ctx): string | null {
  const whole = new Set(c.body);
  const sentences = c.body.flatMap((p) =>
    // Sentence ends after a word of three lower-case letters or more ("Sen." and "U.S." do not end one).
    p
      .split(/(?<=\p{Ll}{3}[.!?]["”’]?)\s+(?=["“\p{Lu}])/u)
      .map((s) => s.trim())
      .filter((s) => s.length >= 50 && s.length <= 220 && s !== p && !whole.has(s) && !mentions(c, s)),
  );
  return sentences.length ? c.pick(sentences) : null;
}

export function longformPullquotes(c: Ctx): void {
  const brand = c.rand();
  if (brand < 0.4) {
    lines(c, [c.outlet, 'Menu', 'Search'], 'masthead');
    c.inPasted.push('masthead');
  } else {
    c.add(
      ['Menu', 'Search'],
      `<header><img src="/wordmark.svg" alt="${brand < 0.7 ? esc(c.outlet) : ''}"><button>Menu</button><button>Search</button></header>`,
    );
    if (brand < 0.7) c.inHtml.push('logo alt');
  }
  const kicker = c.pick(v.LONGREAD_KICKERS);
  lines(c, c.rand() < 0.4 ? [kicker, `Part ${c.int(1, 2)} of 3`] : [kicker], 'kicker');
  c.add([c.headline], `<h1 class="feature-title">${esc(c.headline)}</h1>`, 'p');
  const artist = c.pick(v.STAFF);
  const photoCredit = c.rand() < 0.5;
  const credit = photoCredit
    ? noted(c, `Photographs by ${artist} for ${c.outlet}`, 'photo credit')
    : `Illustrations by ${artist}`;
  const when = `${dayName(c)}, ${monthOf(c)} ${c.d}, ${c.y}`;
  const meta = [by(c), credit, when, `${c.int(14, 40)}-minute read`];
  const metaFirst = c.rand() < 0.5;
  if (metaFirst) lines(c, meta, 'feature-meta');
  const narrated = `🎧 Hear this story narrated · ${c.int(20, 55)} min`;
  c.add([narrated], `<div class="narration"><button>${narrated}</button></div>`);
  if (!metaFirst) c.tail.push(() => lines(c, meta, 'feature-meta'));
  c.between.push(() => {
    const quote = pullQuote(c);
    if (!quote) return;
    const marked = c.rand() < 0.5 ? `“${quote.replace(/^["“]|["”]$/gu, '')}”` : quote;
    c.add([marked], `<aside class="pull"><blockquote><p>${esc(marked)}</p></blockquote></aside>`, 'p');
  });
  c.between.push(() => lines(c, [c.pick(v.ORNAMENTS)], 'section-break', 'p'));
  c.between.push(() => {
    const caption = `${c.pick(v.LONGREAD_CAPTIONS)} ${photoCredit ? `Photograph: ${c.pick(v.STAFF)}/${c.pick(v.AGENCIES)}` : `Illustration: ${artist}`}`;
    c.add(
      [caption],
      `<figure><img src="/img/${c.int(10, 99)}.jpg" alt=""><figcaption>${esc(caption)}</figcaption></figure>`,
      'p',
    );
  });
  c.tail.push(() => {
    const bio =
      c.rand() < 0.4
        ? noted(c, `${c.author} is a contributing writer for ${c.outlet}.`, 'author bio')
        : noted(c, `${c.author} covers public life and institutions.`, 'author bio');
    lines(
      c,
      [`A version of this article appears in the ${monthOf(c)} ${c.y} print issue.`, bio],
      'endnotes',
      'p',
    );
  });
  c.after.push(() => {
    lines(c, ['More long reads', ...[...v.LONGREAD_MORE].sort(() => c.rand() - 0.5).slice(0, 3)], 'more');
    lines(c, ['Comments are closed on this feature.'], 'comments-closed');
    if (c.rand() < 0.3) {
      lines(c, [`© ${c.y} ${c.outlet}`, 'Privacy', 'Contact'], 'footer');
      c.inPasted.push('copyright');
    }
  });
  c.title = c.rand() < 0.6 ? c.headline : `${c.headline} | ${kicker}`;
}

export function linkRoundup(c: Ctx): void {
  const blog = c.pick(v.BLOGS);
  const blogger = c.pick(v.STAFF);
  lines(c, [blog, c.pick(v.BLOG_TAGLINES)], 'site-title');
  c.add(v.BLOG_NAV, `<nav><ul>${li(v.BLOG_NAV)}</ul></nav>`);
  const post = c.rand() < 0.5 ? `Links for ${monthOf(c)} ${c.d}` : `Weekend reading, no. ${c.int(40, 300)}`;
  c.add([post], `<h1 class="entry-title">${esc(post)}</h1>`, 'p');
  lines(c, [`Posted ${monthOf(c)} ${c.d}, ${c.y} by ${blogger}`], 'entry-meta');
  const intro = c.pick(v.ROUNDUP_INTROS);
  c.add([intro], `<p>${esc(intro)}</p>`, 'p');
  const others = otherThan(c, v.ROUNDUP_OUTLETS);
  const items = [...v.ROUNDUP_ITEMS].sort(() => c.rand() - 0.5);
  for (let i = 0; i < c.int(1, 2); i++) {
    const item = `${others[i] ?? 'Elsewhere'}: ${items.pop() ?? ''}`;
    c.add([item], `<p><a href="/out/${i}">${esc(item)}</a></p>`, 'p');
  }
  lines(c, ['The main event:'], 'lead-in', 'p');
  c.add([c.headline], `<h2><a href="${esc(c.url)}">${esc(c.headline)}</a></h2>`, 'p');
  const source = c.rand();
  if (source < 0.4) {
    lines(c, [`Via ${c.outlet}, ${apMonth(c)} ${c.d}`], 'source', 'p');
    c.inPasted.push('via line');
  } else if (source < 0.7) lines(c, [`Source: ${c.host.replace(/^www\./u, '')}`], 'source', 'p');
  if (c.rand() < 0.5) lines(c, [by(c, 'Written by ')], 'source-byline');
  c.tail.push(() => lines(c, [c.pick(v.ROUNDUP_TAKES)], 'take', 'p'));
  c.after.push(() => {
    lines(c, ['Also worth a look:'], 'lead-in', 'p');
    const item = `${others[2] ?? 'Elsewhere'}: ${items.pop() ?? ''}`;
    c.add([item], `<p><a href="/out/9">${esc(item)}</a></p>`, 'p');
    lines(c, ['Filed under: links, reading', 'Share this post'], 'post-foot');
    const comments = [...v.BLOG_COMMENTS].sort(() => c.rand() - 0.5).slice(0, c.int(1, 3));
    lines(c, [comments.length === 1 ? '1 response' : `${comments.length} responses`], 'comments-head', 'p');
    for (const text of comments) {
      lines(c, [`${c.pick(v.STAFF)} · ${apMonth(c)} ${c.d} at ${clock(c)} pm`], 'comment-meta');
      c.add([text], `<p class="comment">${esc(text)}</p>`, 'p');
    }
    lines(c, ['Leave a comment', 'Your email address will not be published.'], 'reply');
  });
  c.title = `${post} – ${blog}`;
  c.head.push(`<meta property="og:site_name" content="${esc(blog)}">`);
}

export function proNetworkPost(c: Ctx): void {
  const net = c.pick(v.NETWORKS);
  const poster = c.pick(v.STAFF);
  c.add([net, ...v.NETWORK_NAV], `<header><span>${esc(net)}</span><ul>${li(v.NETWORK_NAV)}</ul></header>`);
  lines(c, [poster, c.pick(v.POSTER_TITLES), `${c.int(1, 23)}h · Edited · 🌐`, '+ Follow'], 'actor');
  const intro = c.pick(v.POSTER_INTROS);
  c.add([intro], `<p class="commentary">${esc(intro)}</p>`, 'p');
  const from = c.rand();
  if (from < 0.35) {
    lines(c, [`From ${c.outlet}:`], 'from', 'p');
    c.inPasted.push('from line');
  }
  c.add([c.headline], `<p><strong>${esc(c.headline)}</strong></p>`, 'p');
  if (c.rand() < 0.5) lines(c, [`${by(c)} · ${c.y}-${two(c.m)}-${two(c.d)}`], 'article-byline');
  c.tail.push(() => {
    if (from >= 0.35 && from < 0.6) {
      lines(c, [`Originally published by ${c.outlet}`], 'origin', 'p');
      c.inPasted.push('originally published by');
    } else lines(c, [`Link: ${c.url}`], 'origin', 'p');
    lines(c, ['#news #policy #leadership'], 'hashtags', 'p');
  });
  c.after.push(() => {
    lines(
      c,
      [`👍❤️💡 ${c.int(12, 900)}`, `${c.int(2, 80)} comments · ${c.int(1, 40)} reposts`],
      'social-counts',
    );
    lines(c, ['Like', 'Comment', 'Repost', 'Send'], 'post-actions');
    lines(c, ['Most relevant ▾'], 'sort');
    const people = [...v.NETWORK_COMMENTERS].sort(() => c.rand() - 0.5).slice(0, 2);
    for (const person of people) {
      lines(c, [person, `${c.int(1, 20)}h`], 'comment-meta');
      const text = c.pick(v.NETWORK_COMMENTS);
      c.add([text], `<p class="comment">${esc(text)}</p>`, 'p');
    }
    lines(c, ['Load more comments'], 'more-comments');
    lines(c, v.NETWORK_SIDEBAR, 'sidebar');
  });
  c.title = c.rand() < 0.5 ? `${poster} on ${net}: ${intro.slice(0, 40)}…` : `Post | ${net}`;
  c.head.push(`<meta property="og:site_name" content="${esc(net)}">`);
}
