/**
 * bench/accuracy/pages/group-n/alerts: four group n layouts where the page carries something of its
 * own besides the story — a breaking-news ticker over the page (a broadcaster's call sign, a "watch
 * live" line, a developing-story note after the story), page breaks of a story split over pages
 * ("Page 2 of 3", a pager), a reader call-out form, and an embedded document viewer. Each fills a
 * Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { type Ctx, esc, lines } from '../group-c/build.ts';
import { noted } from '../group-f/named.ts';
import { logo } from '../group-i/newsrooms.ts';
import { byline, footer, head, when } from './chrome.ts';
import * as v from './vocabulary.ts';

const headline = (c: Ctx) => c.add([c.headline], `<h1 class="entry-title">${esc(c.headline)}</h1>`, 'p');
const shuffled = <T>(c: Ctx, list: readonly T[], n: number) =>
  [...list].sort(() => c.rand() - 0.5).slice(0, n);

export function breakingTickerBar(c: Ctx): void {
  const section = c.pick(v.DESKS);
  const ticker = () => {
    const label = c.pick(v.TICKER_LABELS);
    const items = shuffled(c, v.TICKER_ITEMS, c.int(2, 3)).map((t) => `${label} · ${t}`);
    c.add(
      items,
      `<div class="ticker" role="marquee">${items.map((t) => `<span>${esc(t)}</span>`).join('')}</div>`,
    );
  };
  // The ticker over the station's name on some sites, under it on others.
  const first = c.rand() < 0.5;
  if (first) ticker();
  // A call sign with the station's name (the outlet), or the logo.
  if (c.rand() < 0.3) {
    const call = `${c.pick(v.CALL_SIGNS)} ${c.int(2, 13)} · ${c.outlet}`;
    c.add([call], `<div class="station-id">${esc(call)}</div>`);
    c.inPasted.push('call sign');
  } else logo(c, 0.15, 0.35, 'Station home');
  if (!first) ticker();
  const live =
    c.rand() < 0.25 ? noted(c, `Watch ${c.outlet} live`, 'watch live line') : c.pick(v.STREAM_LINES);
  c.add([live], `<a class="watch-live" href="/live">${esc(live)}</a>`);
  if (c.rand() < 0.5) lines(c, ['DEVELOPING STORY'], 'story-flag');
  headline(c);
  lines(c, [byline(c, 0.3), when(c)], 'byline');
  c.tail.push(() => {
    const note = c.pick(v.DEVELOPING);
    c.add([note], `<p class="developing"><i>${esc(note)}</i></p>`, 'p');
  });
  c.after.push(() => footer(c, 0.25, 0.1));
  head(c, 0.5, 0.45, 0.5, section);
}

export function paginatedPageBreaks(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Go home');
  const section = c.pick(v.DESKS);
  lines(c, [section], 'section-name');
  headline(c);
  const pages = Math.max(2, Math.min(5, Math.round(c.body.length / 4)));
  lines(c, [byline(c, 0.2), when(c), `Page 1 of ${pages}`], 'byline');
  const numbers = Array.from({ length: pages }, (_, i) => String(i + 1)).join(' ');
  let page = 1;
  c.between.push(() => {
    if (page >= pages) return;
    page++;
    const block = [
      c.pick(v.PAGE_PROMPTS),
      `${v.PAGER[0]}   ${numbers}   ${v.PAGER[1]}`,
      `Page ${page} of ${pages}`,
    ];
    c.add(
      block,
      `<nav class="pagination"><p>${esc(block[0] ?? '')}</p><div>${esc(block[1] ?? '')}</div><h4>${esc(block[2] ?? '')}</h4></nav>`,
    );
  });
  c.tail.push(() => {
    const all = c.pick(v.SINGLE_PAGE);
    c.add([all], `<a class="single-page" href="?page=all">${esc(all)}</a>`);
  });
  c.after.push(() => footer(c, 0.35, 0.15));
  head(c, 0.5, 0.5, 0.5, section);
}

export function readerCalloutForm(c: Ctx): void {
  logo(c, 0.25, 0.35, 'Home page');
  const section = c.pick(v.DESKS);
  lines(c, [`${section} › Reader stories`], 'crumbs');
  headline(c);
  lines(c, [byline(c, 0.15), when(c)], 'byline');
  let shown = false;
  const form = () => {
    if (shown) return;
    shown = true;
    const heading = c.pick(v.CALLOUT_HEADS);
    const prompt = c.pick(v.CALLOUT_PROMPTS);
    const fields = v.CALLOUT_FIELDS.slice(0, c.int(3, v.CALLOUT_FIELDS.length));
    const submit = c.pick(v.CALLOUT_SUBMIT);
    const small =
      c.rand() < 0.25
        ? noted(c, `${c.outlet} may contact you before publishing your account.`, 'call-out note')
        : c.pick(v.CALLOUT_SMALL);
    c.add(
      [heading, prompt, ...fields, submit, small],
      `<form class="callout"><h2>${esc(heading)}</h2><p>${esc(prompt)}</p>${fields.map((f) => `<label>${esc(f)}<input type="text"></label>`).join('')}<button type="submit">${esc(submit)}</button><small>${esc(small)}</small></form>`,
    );
  };
  // Mid-story on some sites, after the last paragraph on others (and on every short story).
  if (c.rand() < 0.5) c.between.push(form);
  c.tail.push(form);
  c.after.push(() => footer(c, 0.25, 0.1));
  head(c, 0.45, 0.5, 0.5, section);
}

export function documentViewerEmbed(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Front');
  const section = c.pick(v.DESKS);
  lines(c, [`${section.toUpperCase()} | DOCUMENTS`], 'kicker');
  headline(c);
  lines(c, [byline(c, 0.2), when(c)], 'byline');
  let shown = false;
  const viewer = () => {
    if (shown) return;
    shown = true;
    const host = c.pick(v.DOC_HOSTS);
    const title = c.pick(v.DOC_TITLES);
    const pages = `Page 1 of ${c.int(3, 60)}`;
    const credit =
      c.rand() < 0.25
        ? noted(c, `Contributed to ${host} by ${c.outlet}`, 'document credit')
        : `Hosted by ${host}`;
    const note = c.pick(v.DOC_NOTES);
    c.add(
      [title, pages, ...v.DOC_TOOLS, note, credit],
      `<div class="doc-viewer" data-host="${esc(host.toLowerCase())}"><h3>${esc(title)}</h3><span>${esc(pages)}</span><div class="tools">${v.DOC_TOOLS.map((t) => `<button>${esc(t)}</button>`).join('')}</div><p>${esc(note)}</p><small>${esc(credit)}</small></div>`,
    );
  };
  c.between.push(viewer);
  c.tail.push(viewer);
  c.after.push(() => footer(c, 0.3, 0.15));
  head(c, 0.5, 0.5, 0.5, section);
}
