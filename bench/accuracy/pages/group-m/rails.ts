/**
 * bench/accuracy/pages/group-m/rails: four group m layouts where the site runs its own rails and
 * cards through or after the story — a puzzles promo under a masthead set in capitals (with a dated
 * masthead line), a job-board box between paragraphs, a reporter's contact card after the story
 * (beat, secure-tip lines, handles, more stories by the author), and a "Recommended for you" grid
 * of kicker-labelled cards (one inline card mid-story). Each fills a Ctx (group-c/build.ts) and
 * records where it names the outlet, at random.
 */
import { type Ctx, esc, li, lines } from '../group-c/build.ts';
import { noted } from '../group-f/named.ts';
import { htmlNoted } from '../group-h/head.ts';
import { logo } from '../group-i/newsrooms.ts';
import { byline, capsDate, footer, head, when } from './chrome.ts';
import * as v from './vocabulary.ts';

const headline = (c: Ctx) => c.add([c.headline], `<h1 class="story-title">${esc(c.headline)}</h1>`, 'p');
const shuffled = <T>(c: Ctx, list: readonly T[], n: number) =>
  [...list].sort(() => c.rand() - 0.5).slice(0, n);

export function puzzlesPromoRail(c: Ctx): void {
  // The masthead set in capitals (the outlet's name as text), or only a logo image.
  if (c.rand() < 0.45) {
    c.add(
      [c.outlet.toUpperCase()],
      `<div class="masthead"><a href="/">${esc(c.outlet.toUpperCase())}</a></div>`,
    );
    c.inPasted.push('masthead');
  } else logo(c, 0, 0.4, 'Home');
  lines(c, [capsDate(c), `Today’s paper · ${c.int(60, 95)}°F`], 'masthead-date');
  const nav = [...v.SECTIONS.slice(0, 4), 'Games', 'Opinion'];
  c.add(nav, `<nav><ul>${li(nav)}</ul></nav>`);
  const section = c.pick(v.SECTIONS);
  headline(c);
  lines(c, [byline(c, 0.2), when(c)], 'byline');
  let shown = false;
  const rail = () => {
    const heading = c.pick(v.PUZZLE_HEADS);
    const games = shuffled(c, v.PUZZLES, c.int(3, 5));
    const credit =
      c.rand() < 0.3
        ? noted(c, `${c.outlet} Games`, 'games brand')
        : `Puzzles by ${c.pick(v.PUZZLE_VENDORS)}`;
    const streak = `Your streak: ${c.int(2, 40)} days`;
    c.add(
      [heading, ...games, streak, ...v.PUZZLE_BUTTONS, credit],
      `<section class="games-rail"><h2>${esc(heading)}</h2><ul>${li(games)}</ul><p>${esc(streak)}</p>${v.PUZZLE_BUTTONS.map((b) => `<a class="button" href="/games">${esc(b)}</a>`).join('')}<small>${esc(credit)}</small></section>`,
    );
  };
  c.between.push(() => {
    if (shown) return;
    shown = true;
    rail();
  });
  c.after.push(() => {
    if (!shown) rail();
    footer(c, 0.3, 0.15, [c.pick(v.PUZZLE_NOTES)]);
  });
  head(c, 0.45, 0.45, 0.5, section);
}

export function jobsBoardBox(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Return to homepage');
  const section = c.pick(v.SECTIONS);
  // A kicker label over the headline.
  lines(c, [`${section} | ${c.pick(v.KICKERS)}`], 'kicker');
  headline(c);
  lines(c, [byline(c, 0.25), when(c)], 'byline');
  const vendor = c.pick(v.JOB_VENDORS);
  let shown = false;
  const box = () => {
    if (shown) return;
    shown = true;
    const heading = c.pick(v.JOB_HEADS);
    const jobs = shuffled(c, v.JOBS, c.int(3, 4)).map((j) => `${j} · ${c.pick(v.JOB_TOWNS)}`);
    const credit =
      c.rand() < 0.3 ? noted(c, `${c.outlet} Careers`, 'jobs brand') : `Jobs powered by ${vendor}`;
    c.add(
      [heading, ...jobs, ...v.JOB_BUTTONS, credit],
      `<aside class="jobs-widget"><h3>${esc(heading)}</h3><ul>${li(jobs)}</ul>${v.JOB_BUTTONS.map((b) => `<a href="/jobs">${esc(b)}</a>`).join(' ')}<small>${esc(credit)}</small></aside>`,
    );
  };
  // Between paragraphs; a short story has it after its last paragraph.
  c.between.push(box);
  c.tail.push(box);
  c.after.push(() => footer(c, 0.35, 0.15, v.LEGAL_LINKS));
  head(c, 0.5, 0.5, 0.55, section);
}

export function reporterContactCard(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Homepage');
  const section = c.pick(v.SECTIONS);
  lines(c, [section], 'kicker');
  headline(c);
  // A byline with a photo (its alt text reaches only the HTML) and the date.
  const line = byline(c, 0.15);
  const date = when(c);
  c.add(
    [line, date],
    `<div class="byline"><img src="/authors/${c.int(100, 999)}.jpg" alt="${esc(htmlNoted(c, `Photo of ${c.author}`, 'author photo alt'))}"><div>${esc(line)}</div><div>${esc(date)}</div></div>`,
  );
  const handle = c.author
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .slice(0, 14);
  c.tail.push(() => {
    const beat = c.pick(v.BEATS);
    const role =
      c.rand() < 0.3
        ? noted(c, `${c.author} covers ${beat} for ${c.outlet}.`, 'reporter card')
        : noted(
            c,
            `${c.author} covers ${beat}. Before that, ${c.int(3, 12)} years at regional papers.`,
            'reporter card',
          );
    const [platform = 'Chirpline'] = shuffled(c, v.PLATFORMS, 1);
    const contacts = [
      `Email: ${handle}@example.com`,
      `Signal: +1 555 01${c.int(10, 99)}`,
      `${platform}: @${handle}`,
    ];
    const tip = c.pick(v.TIP_LINES);
    const more = shuffled(c, v.MORE_BY, c.int(2, 3));
    const moreHead = noted(c, `More from ${c.author}`, 'reporter card');
    c.add(
      [noted(c, c.author, 'reporter card'), role, ...contacts, ...v.CARD_BUTTONS, tip, moreHead, ...more],
      `<aside class="author-card"><h3>${esc(c.author)}</h3><p>${esc(role)}</p><ul>${contacts.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>${v.CARD_BUTTONS.map((b) => `<button>${esc(b)}</button>`).join('')}<p>${esc(tip)}</p><h4>${esc(moreHead)}</h4><ul>${li(more)}</ul></aside>`,
    );
  });
  c.after.push(() => footer(c, 0.25, 0.35));
  head(c, 0.5, 0.45, 0.5, section);
}

export function recirculationGrid(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Front page');
  const section = c.pick(v.SECTIONS);
  const titles = shuffled(c, v.REC_TITLES, v.REC_TITLES.length);
  const card = (title: string) => [c.pick(v.REC_KICKERS), title, `${c.int(2, 11)} hours ago`];
  // The date line over the headline, the byline under it.
  lines(c, [when(c)], 'dateline');
  headline(c);
  lines(c, [byline(c, 0.2)], 'byline');
  let inline = false;
  const recommended = () => {
    if (inline) return;
    inline = true;
    const one = card(titles[0] ?? '');
    c.add(
      ['RECOMMENDED', ...one],
      `<aside class="rec-inline"><span>RECOMMENDED</span><span class="kicker">${esc(one[0] ?? '')}</span><a href="/">${esc(one[1] ?? '')}</a><time>${esc(one[2] ?? '')}</time></aside>`,
    );
  };
  // Mid-story; a short story has the card after its last paragraph.
  c.between.push(recommended);
  c.tail.push(recommended);
  c.after.push(() => {
    const heading = c.rand() < 0.25 ? noted(c, `More from ${c.outlet}`, 'grid heading') : c.pick(v.REC_HEADS);
    const cards = titles.slice(1, 1 + c.int(3, 5)).map(card);
    const note = c.pick(v.REC_NOTES);
    const vendor = `Recommendations by ${c.pick(v.REC_VENDORS)}`;
    c.add(
      [heading, ...cards.flat(), note, vendor],
      `<section class="rec-grid"><h2>${esc(heading)}</h2>${cards.map(([k, t, a]) => `<article class="card"><span class="kicker">${esc(k ?? '')}</span><h3><a href="/">${esc(t ?? '')}</a></h3><time>${esc(a ?? '')}</time></article>`).join('')}<p>${esc(note)}</p><small>${esc(vendor)}</small></section>`,
    );
    footer(c, 0.3, 0.15);
  });
  head(c, 0.5, 0.5, 0.5, section);
}
