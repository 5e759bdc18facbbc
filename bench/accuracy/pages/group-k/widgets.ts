/**
 * bench/accuracy/pages/group-k/widgets: four group k layouts with a live widget in or around the
 * story — an election story with a results table between paragraphs (race, candidates, share of
 * the count, a results service or the outlet's decision desk), a local page under a severe weather
 * alert with a forecast box (a forecaster or the outlet's weather team), a story with a reader poll
 * (question, options, "not scientific" note, poll vendor) and a story with an embedded location
 * map (places, zoom controls, map-data credit, a map credit that may name the outlet). Each fills a
 * Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, dayName, noted } from '../group-f/named.ts';
import { metaAuthor } from '../group-h/head.ts';
import { logo } from '../group-i/newsrooms.ts';
import { footer, head } from './commerce.ts';
import * as v from './vocabulary.ts';

/** A boxed widget: every line in its own div (so it copies one line each), in an <aside>. */
const box = (c: Ctx, cls: string, text: string[]) =>
  c.add(text, `<aside class="${cls}">${text.map((t) => `<div>${esc(t)}</div>`).join('')}</aside>`);

export function electionResultsWidget(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Homepage');
  lines(c, ['Elections', 'Live results'], 'kicker');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${apMonth(c)} ${c.d}, ${c.y} · Updated ${clock(c)} p.m.`], 'byline');
  const races = [...v.RACES].sort(() => c.rand() - 0.5);
  const desk = c.rand() < 0.25;
  c.between.push(() => {
    const race = races.shift();
    if (!race) return;
    let left = 100;
    const rows = v.CANDIDATES.map(([name, party], i) => {
      const share = i === v.CANDIDATES.length - 1 ? left : c.int(5, Math.max(6, left - 10));
      left -= share;
      return `${name} (${party}) ${share}% ${(share * c.int(900, 1400)).toLocaleString('en-US')}`;
    });
    const credit = desk
      ? noted(c, `Race calls: ${c.outlet} Decision Desk`, 'decision desk')
      : `Results: ${c.pick(v.RESULT_VENDORS)}`;
    box(c, 'results', [
      race,
      ...rows,
      `${c.int(40, 99)}% of expected vote counted`,
      credit,
      c.pick(v.RESULT_LINKS),
    ]);
  });
  c.after.push(() => {
    lines(c, [c.pick(v.RESULT_NOTES)], 'results-note', 'p');
    footer(c, 0.3, 'Voter guide · Newsletters');
  });
  head(c, 0.5, 0.5, 'Elections', `Live results: ${c.headline}`);
}

export function weatherAlertBanner(c: Ctx): void {
  const alert = c.pick(v.ALERTS);
  c.add(
    [alert, 'Details'],
    `<div class="alert-bar" role="alert"><strong>${esc(alert)}</strong><a href="/weather/alerts">Details</a></div>`,
  );
  logo(c, 0.35, 0.3, 'Local news home');
  const team = c.rand() < 0.3;
  const brand = team
    ? noted(c, `${c.outlet} Weather Team`, 'weather brand')
    : `Forecast by ${c.pick(v.FORECASTERS)}`;
  box(c, 'forecast', [`${c.int(20, 95)}°`, ...v.FORECAST.slice(0, c.int(1, 3)), brand]);
  c.add(v.WEATHER_LINKS, `<nav class="local"><ul>${li(v.WEATHER_LINKS)}</ul></nav>`);
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `Posted ${dayName(c)}, ${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  c.after.push(() => footer(c, 0.35, 'Download our weather app'));
  metaAuthor(c);
  head(c, 0.45, 0.5, 'Local', c.headline);
}

export function readerPollEmbed(c: Ctx): void {
  logo(c, 0.3, 0.35, 'Return home');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${c.d} ${monthOf(c)} ${c.y}`], 'byline');
  let shown = false;
  c.between.push(() => {
    if (shown) return;
    shown = true;
    const heading = c.rand() < 0.3 ? noted(c, `${c.outlet} Reader Poll`, 'poll heading') : 'Reader poll';
    // The last question asks how closely, the others yes or no.
    const q = c.int(0, v.POLL_QUESTIONS.length - 1);
    const options = v.POLL_OPTIONS[q === v.POLL_QUESTIONS.length - 1 ? 1 : 0] ?? [];
    box(c, 'poll', [heading, v.POLL_QUESTIONS[q] ?? '', ...options, 'Vote', 'View results']);
  });
  c.tail.push(() =>
    lines(c, [c.pick(v.POLL_NOTES), `Poll widget by ${c.pick(v.POLL_VENDORS)}`], 'poll-note'),
  );
  c.after.push(() => footer(c, 0.3, 'Share your view · Letters to the editor'));
  head(c, 0.5, 0.45, 'Politics', `Poll: ${c.headline}`);
}

export function embeddedMapCard(c: Ctx): void {
  const artist = c.pick(v.STAFF);
  logo(c, 0.3, 0.3, 'News home');
  lines(c, [c.pick(v.SECTIONS)], 'kicker');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${apMonth(c)} ${c.d}, ${c.y}`], 'byline');
  let shown = false;
  c.between.push(() => {
    if (shown) return;
    shown = true;
    const title = c.pick(v.MAP_TITLES);
    const places = [...v.MAP_PLACES].sort(() => c.rand() - 0.5).slice(0, c.int(2, 3));
    const credit = c.rand() < 0.3 ? noted(c, `Map: ${c.outlet} graphics`, 'map credit') : `Map: ${artist}`;
    const data = `Map data © ${c.pick(v.MAP_VENDORS)} contributors`;
    c.add(
      [title, ...places, ...v.MAP_CONTROLS, data, credit],
      `<figure class="map"><figcaption>${esc(title)}</figcaption><ul>${places.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>${v.MAP_CONTROLS.map((b) => `<button>${esc(b)}</button>`).join('')}<div class="attribution">${esc(data)}</div><div class="credit">${esc(credit)}</div></figure>`,
    );
  });
  c.after.push(() => footer(c, 0.3, 'Maps and graphics · Corrections'));
  head(c, 0.5, 0.5, 'News', c.headline);
}
