/**
 * bench/accuracy/pages/group-o/desks: four group o layouts shaped by the desk that filed the story —
 * a sports desk's match report under a scorebox, one post of a live blog opened from its permalink,
 * a national-agency story carried by a daily with the agency-style "This report by X was first
 * published …" trailer, and a court story with reporting restrictions and comments switched off.
 * Each fills a Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { noted } from '../group-f/named.ts';
import { logo } from '../group-i/newsrooms.ts';
import { byline, footer, head, when } from './chrome.ts';
import * as v from './vocabulary.ts';

const headline = (c: Ctx, tag = 'h1') =>
  c.add([c.headline], `<${tag} class="story-title">${esc(c.headline)}</${tag}>`, 'p');
const shuffled = <T>(c: Ctx, list: readonly T[]) => [...list].sort(() => c.rand() - 0.5);

export function matchScorebox(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Sport home');
  const section = c.pick(v.SPORT_SECTIONS);
  c.add(v.MATCH_TABS, `<nav class="match-tabs"><ul>${li(v.MATCH_TABS)}</ul></nav>`);
  // The scorebox over the headline: competition, score, state, scorers, ground and crowd.
  const [home = 'Kestrel Town', away = 'Ashgrove Athletic'] = shuffled(c, v.CLUBS);
  const goals = [c.int(0, 4), c.int(0, 3)] as const;
  const scorers = (club: string, n: number) =>
    n === 0
      ? []
      : [`${club}: ${Array.from({ length: n }, () => `${c.pick(v.SCORERS)} ${c.int(2, 90)}'`).join(', ')}`];
  const box = [
    c.pick(v.COMPETITIONS),
    `${home} ${goals[0]} – ${goals[1]} ${away}`,
    c.pick(v.MATCH_STATES),
    ...scorers(home, goals[0]),
    ...scorers(away, goals[1]),
    `${c.pick(v.GROUNDS)} · Attendance: ${c.int(2, 48)},${String(c.int(0, 999)).padStart(3, '0')}`,
  ];
  c.add(box, `<section class="scorebox">${box.map((t) => `<div>${esc(t)}</div>`).join('')}</section>`);
  headline(c);
  lines(c, [byline(c, 0.3, 'Sports'), when(c)], 'byline');
  let shown = false;
  const stats = () => {
    if (shown) return;
    shown = true;
    const share = c.int(35, 65);
    const rows = v.MATCH_STATS.map((s, i) =>
      i === 0 ? `${s}: ${share}% – ${100 - share}%` : `${s}: ${c.int(0, 12)} – ${c.int(0, 12)}`,
    );
    const credit = c.pick(v.STATS_CREDITS);
    c.add(
      ['Match stats', ...rows, credit],
      `<aside class="match-stats"><h3>Match stats</h3><ul>${rows.map((r) => `<li>${esc(r)}</li>`).join('')}</ul><small>${esc(credit)}</small></aside>`,
    );
  };
  c.between.push(stats);
  c.tail.push(stats);
  c.after.push(() => {
    const table = shuffled(c, v.CLUBS)
      .slice(0, 4)
      .map((club, i) => `${i + 1}. ${club}   P${c.int(10, 14)}   ${30 - 4 * i - c.int(0, 3)} pts`);
    lines(c, ['Standings', ...table], 'standings');
    footer(c, 0.3);
  });
  head(c, 0.5, 0.5, 0.5, section);
}

export function livePostPermalink(c: Ctx): void {
  logo(c, 0.3, 0.3, 'Home');
  const back =
    c.rand() < 0.3
      ? noted(c, `Back to ${c.outlet}’s live coverage`, 'live coverage link')
      : '← Back to all updates';
  c.add([back], `<a class="back-to-live" href="/live">${esc(back)}</a>`);
  // The live blog's own title over the post (another headline), the post's time and tag.
  const live = c.pick(v.LIVE_TITLES);
  lines(c, ['LIVE', live], 'live-banner');
  lines(c, [when(c), c.pick(v.POST_TAGS)], 'post-meta');
  headline(c);
  lines(c, [byline(c, 0.2)], 'post-author');
  // The share line repeats the headline.
  const share = `Share this update: “${c.headline}”`;
  c.add([share], `<div class="share-update"><a href="#">${esc(share)}</a></div>`);
  c.tail.push(() => {
    const [next = '', earlier = ''] = shuffled(c, v.OTHER_POSTS);
    const block = [...v.POST_ACTIONS, `Next update: ${next}`, `Earlier: ${earlier}`];
    c.add(block, `<nav class="post-nav">${block.map((t) => `<a href="#">${esc(t)}</a>`).join('')}</nav>`);
  });
  c.after.push(() => footer(c, 0.3));
  head(c, 0.5, 0.5, 0.5, 'Live');
}

export function firstPublishedTrailer(c: Ctx): void {
  logo(c, 0.25, 0.35, 'Front page');
  const section = c.pick(v.DESKS);
  c.add(v.DESKS, `<nav class="sections"><ul>${li(v.DESKS)}</ul></nav>`);
  // The date line over the headline, the byline under it.
  lines(c, [when(c)], 'timestamp');
  headline(c);
  lines(c, [byline(c, 0.15)], 'byline');
  c.between.push(() => {
    const line = c.pick(v.CONTINUES_LINES);
    c.add([line], `<div class="interstitial"><span>${esc(line)}</span></div>`);
  });
  c.tail.push(() => {
    const files = `— With a file from ${c.pick(v.WITH_FILES)}`;
    const date = `${monthOf(c)} ${c.d}, ${c.y}`;
    const trailer =
      c.rand() < 0.45
        ? noted(c, `This report by ${c.outlet} was first published ${date}.`, 'first-published trailer')
        : `This report was first published ${date}.`;
    c.add([files], `<p class="contributor"><em>${esc(files)}</em></p>`, 'p');
    c.add([trailer], `<p class="first-published"><em>${esc(trailer)}</em></p>`, 'p');
    const pass = c.pick(v.PASS_ALONG);
    c.add([pass], `<div class="share-prompt"><a href="#">${esc(pass)}</a></div>`);
  });
  c.after.push(() => footer(c, 0.25));
  head(c, 0.5, 0.5, 0.5, section);
}

export function courtCommentsClosed(c: Ctx): void {
  logo(c, 0.3, 0.3, 'Home');
  const court = c.pick(v.COURTS);
  lines(c, [`Crime & Courts · ${court}`], 'kicker');
  const restriction = c.pick(v.RESTRICTIONS);
  c.add([restriction], `<div class="legal-banner" role="note">${esc(restriction)}</div>`);
  headline(c);
  const role = c.pick(v.COURT_ROLES);
  const author =
    c.rand() < 0.25
      ? noted(c, `By ${c.author}, ${c.outlet} ${role}`, 'court reporter byline')
      : noted(c, `By ${c.author}, ${role}`, 'byline');
  lines(c, [author, when(c)], 'byline');
  c.tail.push(() => {
    const off = c.pick(v.COMMENTS_OFF);
    const policy =
      c.rand() < 0.3
        ? noted(c, `Read ${c.outlet}’s policy on comments and court cases`, 'comments policy')
        : 'Read our policy on comments and court cases';
    c.add(
      [off, policy],
      `<div class="comments-closed"><p>${esc(off)}</p><a href="/policy">${esc(policy)}</a></div>`,
    );
  });
  c.after.push(() => footer(c, 0.3));
  head(c, 0.5, 0.5, 0.5, 'Courts');
}
