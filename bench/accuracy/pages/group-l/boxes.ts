/**
 * bench/accuracy/pages/group-l/boxes: four group l layouts with a box of the newsroom's own in or
 * around the story — a "How we got here" timeline between paragraphs (dated entries, a research
 * credit), a video page with a player over the headline and a playlist rail with durations, a long
 * read with a dek, a table of contents and "back to contents" links between paragraphs, and a story
 * with trust indicators (type of work label, "Behind the story" box, a standards network). Each
 * fills a Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { type Ctx, esc, li, lines } from '../group-c/build.ts';
import { apMonth, noted } from '../group-f/named.ts';
import { logo } from '../group-i/newsrooms.ts';
import { byline, dateLine, footer, head } from './toolbars.ts';
import * as v from './vocabulary.ts';

const duration = (c: Ctx) => `${c.int(0, 6)}:${String(c.int(0, 59)).padStart(2, '0')}`;

export function storyTimelineBox(c: Ctx): void {
  const researcher = c.pick(v.STAFF);
  logo(c, 0.3, 0.35, 'Back to home');
  lines(c, [`Home › ${c.pick(v.SECTIONS)}`], 'crumbs');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [byline(c, 0.3), dateLine(c)], 'byline');
  let shown = false;
  c.between.push(() => {
    if (shown) return;
    shown = true;
    const heading = c.pick(v.TIMELINE_HEADS);
    const count = c.int(3, v.TIMELINE_EVENTS.length);
    // Dated entries running up to the story's own month, oldest first, one to four months apart.
    const gaps = v.TIMELINE_EVENTS.slice(0, count).map(() => c.int(1, 4));
    const entries = v.TIMELINE_EVENTS.slice(0, count).map((event, i) => {
      const at = c.m - 1 - gaps.slice(i).reduce((x, y) => x + y, 0);
      const month = ((at % 12) + 12) % 12;
      return `${v.MONTH_SHORT[month] ?? 'Jan.'} ${c.y + Math.floor(at / 12)} — ${event}`;
    });
    const credit =
      c.rand() < 0.3
        ? noted(c, `Timeline: ${c.outlet} research desk`, 'timeline credit')
        : `Research: ${researcher}`;
    const link = c.pick(v.TIMELINE_LINKS);
    c.add(
      [heading, ...entries, link, credit],
      `<aside class="timeline"><h3>${esc(heading)}</h3><ol>${entries.map((e) => `<li>${esc(e)}</li>`).join('')}</ol><a href="#timeline">${esc(link)}</a><small>${esc(credit)}</small></aside>`,
    );
  });
  c.after.push(() => footer(c, 0.3, ['Topics', 'Corrections']));
  head(c, 0.5, 0.5, 'News', `Timeline: ${c.headline}`);
}

export function videoPlaylistRail(c: Ctx): void {
  const host = c.pick(v.VIDEO_HOSTS);
  logo(c, 0.3, 0.3, 'Video home');
  lines(c, ['Video', c.pick(v.SECTIONS)], 'kicker');
  // The player sits over the headline; its title is the story's headline or another clip's.
  const own = c.rand() < 0.5;
  const clip = own ? c.headline : c.pick(v.VIDEO_TITLES);
  const time = duration(c);
  const title = own ? `Now playing: ${clip}` : clip;
  c.add(
    [`▶ ${time}`, title],
    `<div class="player"><button aria-label="Play">▶</button> <span class="time">${time}</span><div class="clip-title">${esc(title)}</div></div>`,
  );
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [byline(c, 0.25), dateLine(c)], 'byline');
  const rail = () => {
    const heading = c.pick(v.VIDEO_HEADS);
    const clips = [...v.VIDEO_TITLES]
      .filter((t) => t !== clip)
      .sort(() => c.rand() - 0.5)
      .slice(0, c.int(3, 4))
      .map((t) => `${t} ${duration(c)}`);
    const credit =
      c.rand() < 0.3 ? noted(c, `Videos from ${c.outlet}`, 'video rail') : `Video player by ${host}`;
    c.add(
      [heading, ...v.VIDEO_CONTROLS, ...clips, credit],
      `<section class="playlist"><h2>${esc(heading)}</h2>${v.VIDEO_CONTROLS.map((b) => `<button>${esc(b)}</button>`).join('')}<ol>${li(clips)}</ol><small>${esc(credit)}</small></section>`,
    );
  };
  // The rail runs beside the story: a saved page has it mid-story or after the last paragraph.
  if (c.rand() < 0.5) {
    let shown = false;
    c.between.push(() => {
      if (shown) return;
      shown = true;
      rail();
    });
    c.after.push(() => footer(c, 0.3));
  } else
    c.after.push(() => {
      rail();
      footer(c, 0.3);
    });
  c.head.push(`<meta property="og:video" content="https://cdn.example.net/v/${c.int(10000, 99999)}.mp4">`);
  head(c, 0.5, 0.5, 'Video', `Watch: ${c.headline}`);
}

export function contentsJumpLinks(c: Ctx): void {
  logo(c, 0.3, 0.3, 'Homepage');
  const series = c.rand() < 0.25;
  lines(
    c,
    [series ? noted(c, `A ${c.outlet} special report`, 'report label') : c.pick(v.LONGREAD_LABELS)],
    'label',
  );
  // The headline set in capitals on some pages (copied as shown), the dek under it.
  const caps = c.rand() < 0.3 && c.headline.toUpperCase().toLowerCase() === c.headline.toLowerCase();
  const shown = caps ? c.headline.toUpperCase() : c.headline;
  c.add([shown], `<h1 class="${caps ? 'caps' : 'display'}">${esc(shown)}</h1>`, 'p');
  const dek = c.pick(v.DEKS);
  c.add([dek], `<p class="dek">${esc(dek)}</p>`, 'p');
  lines(c, [byline(c, 0.25), `${apMonth(c)} ${c.d}, ${c.y}`, `${c.int(9, 28)} min read`], 'byline');
  const heading = c.pick(v.CONTENTS_HEADS);
  const items = v.CONTENTS_ITEMS.slice(0, c.int(3, v.CONTENTS_ITEMS.length));
  c.add(
    [heading, ...items],
    `<nav class="toc" aria-label="Contents"><h2>${esc(heading)}</h2><ol>${items.map((t, i) => `<li><a href="#part-${i + 1}">${esc(t)}</a></li>`).join('')}</ol></nav>`,
  );
  const back = c.pick(v.CONTENTS_BACK);
  c.between.push(() => c.add([back], `<a class="toc-back" href="#contents">${esc(back)}</a>`));
  c.after.push(() => footer(c, 0.3, ['More long reads']));
  head(c, 0.5, 0.5, 'Long read', c.headline);
}

export function trustIndicators(c: Ctx): void {
  const kind = c.pick(v.WORK_TYPES);
  logo(c, 0.35, 0.3, 'Main page');
  lines(c, [`Type of work: ${kind}`], 'work-type');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [byline(c, 0.3), dateLine(c)], 'byline');
  c.tail.push(() => {
    const heading = c.pick(v.TRUST_HEADS);
    const items = [...v.TRUST_ITEMS].sort(() => c.rand() - 0.5).slice(0, c.int(2, 3));
    const contact =
      c.rand() < 0.3
        ? noted(c, `Questions about this story? Write to the ${c.outlet} standards editor.`, 'standards note')
        : 'Questions about this story? Write to our standards editor.';
    c.add(
      [heading, ...items, contact],
      `<aside class="trust"><h3>${esc(heading)}</h3><ul>${items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul><p>${esc(contact)}</p></aside>`,
    );
  });
  c.after.push(() => {
    lines(c, [`This site follows the transparency standards of the ${c.pick(v.TRUST_NETWORKS)}.`], 'network');
    footer(c, 0.3, v.TRUST_LINKS);
  });
  head(c, 0.5, 0.5, kind, c.headline);
}
