/**
 * bench/accuracy/pages/group-j/embeds: four group j layouts built around something embedded in the
 * article — a "listen" audio player (a voice vendor or a narrator credited, rarely the outlet's own
 * audio desk), a machine-written summary box above the story (bullets, a disclaimer, feedback
 * buttons), a data story with charts between paragraphs (chart title, units, "Source:" lines naming
 * statistics offices, a graphic credit that may name the outlet, the chart tool) and a story with
 * embedded social posts (accounts, handles, platform chrome; once in a while the outlet's own
 * account). Each fills a Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, mentions, noted } from '../group-f/named.ts';
import { htmlNoted, jsonLd, metaAuthor, ogSiteName, titleOf } from '../group-h/head.ts';
import { logo } from '../group-i/newsrooms.ts';
import * as v from './vocabulary.ts';

/** A footer line: the outlet's copyright at the given share, else a line that names no one. */
export function copyright(c: Ctx, share: number, otherwise: string): void {
  const named = c.rand() < share;
  lines(
    c,
    [
      named ? noted(c, `© ${c.y} ${c.outlet}. All rights reserved.`, 'copyright') : otherwise,
      'Privacy policy',
    ],
    'site-footer',
  );
}

export function listenAudioPlayer(c: Ctx): void {
  const vendor = c.pick(v.VOICE_VENDORS);
  logo(c, 0.3, 0.35, 'Go to the homepage');
  c.add(v.SECTIONS, `<nav><ul>${li(v.SECTIONS)}</ul></nav>`);
  c.add([c.headline], `<h1 class="headline">${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${monthOf(c)} ${c.d}, ${c.y}, ${clock(c)} a.m. ET`], 'byline');
  const minutes = `${c.int(3, 14)} min`;
  const label = c.pick(v.PLAYER_LABELS);
  const r = c.rand();
  const credit =
    r < 0.2
      ? noted(c, `Produced by ${c.outlet} Audio`, 'audio credit')
      : r < 0.55
        ? `Narrated by ${c.pick(v.NARRATORS)}`
        : `Voice by ${vendor}`;
  c.add(
    [`${label} · ${minutes}`, ...v.PLAYER_CONTROLS, credit],
    `<div class="audio-player" role="region" aria-label="Audio player"><audio preload="none" src="https://audio.${esc(c.host.replace(/^www\./u, ''))}/a/${c.int(1000, 9999)}.mp3"></audio><div>${esc(label)} · ${minutes}</div>${v.PLAYER_CONTROLS.map((b) => `<button>${esc(b)}</button>`).join('')}<div class="credit">${esc(credit)}</div></div>`,
  );
  c.tail.push(() => lines(c, [c.pick(v.PLAYER_NOTES)], 'audio-note', 'p'));
  c.after.push(() => copyright(c, 0.35, `Audio technology from ${vendor}`));
  const og = c.rand();
  ogSiteName(c, og < 0.45 ? c.outlet : null);
  c.head.push(`<meta property="og:audio" content="https://${esc(c.host)}/audio/${c.int(100, 999)}.mp3">`);
  if (c.rand() < 0.5) jsonLd(c, c.rand() < 0.6 ? c.outlet : null);
  titleOf(c, c.rand() < 0.55 ? c.outlet : null, 'Listen', `Listen: ${c.pick(v.PLAYER_LABELS)}`);
}

export function aiSummaryBox(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Logo');
  lines(c, [c.pick(v.SECTIONS)], 'kicker');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const head = c.pick(v.SUMMARY_HEADS);
  const bullets = [...v.SUMMARY_BULLETS].sort(() => c.rand() - 0.5).slice(0, 3);
  const r = c.rand();
  const disclaimer =
    r < 0.25
      ? noted(c, `Summary drafted by software and reviewed by ${c.outlet} editors.`, 'summary disclaimer')
      : c.pick(v.SUMMARY_DISCLAIMERS);
  const top = c.rand() < 0.5;
  const box = () =>
    c.add(
      [head, ...bullets, disclaimer, ...v.SUMMARY_FEEDBACK],
      `<section class="ai-summary"><h2>${esc(head)}</h2><ul>${bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul><small>${esc(disclaimer)}</small><div class="fb">${v.SUMMARY_FEEDBACK.map((b) => `<button>${esc(b)}</button>`).join('')}</div></section>`,
    );
  // Sites put the box between the headline and the byline, or under the byline.
  if (top) box();
  lines(c, [by(c), `Updated ${apMonth(c)} ${c.d}, ${c.y}`], 'byline');
  if (!top) box();
  c.after.push(() => {
    lines(c, v.AI_POLICY, 'policy');
    copyright(c, 0.3, 'Terms of use');
  });
  metaAuthor(c);
  ogSiteName(c, c.rand() < 0.5 ? c.outlet : null);
  jsonLd(c, c.rand() < 0.45 ? c.outlet : null);
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, c.pick(v.SECTIONS), c.headline);
}

export function dataGraphics(c: Ctx): void {
  const tool = c.pick(v.CHART_TOOLS);
  const artist = c.pick(v.STAFF);
  logo(c, 0.3, 0.3, 'Data desk');
  lines(c, ['Data', `${c.int(4, 12)} min read`], 'kicker');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [`${by(c)}; graphics by ${artist}`, `${c.d} ${monthOf(c)} ${c.y}`], 'byline');
  const titles = [...v.CHART_TITLES].sort(() => c.rand() - 0.5);
  const chart = () => {
    const title = titles.shift();
    if (!title) return;
    const source = c.pick(v.DATA_SOURCES);
    const r = c.rand();
    const credit =
      r < 0.3 ? noted(c, `Graphic: ${artist} / ${c.outlet}`, 'graphic credit') : `Chart: ${artist}`;
    const unit = c.pick(v.CHART_UNITS);
    const hint = c.pick(v.CHART_HINTS);
    c.add(
      [title, unit, hint, source, credit],
      `<figure class="chart"><figcaption class="chart-title">${esc(title)}</figcaption><div class="unit">${esc(unit)}</div><iframe title="${esc(title)}" src="https://embed.${tool.toLowerCase().replace(/\s+/gu, '')}.io/c/${c.int(10000, 99999)}/" loading="lazy"></iframe><div class="hint">${esc(hint)}</div><div class="notes">${esc(source)}</div><div class="credit">${esc(credit)}</div></figure>`,
    );
  };
  c.between.push(chart);
  c.tail.push(() =>
    lines(c, [`Charts made with ${tool}. Figures may not add up to 100 because of rounding.`], 'method', 'p'),
  );
  c.after.push(() => {
    lines(c, ['Download the data', 'More data stories'], 'data-links');
    copyright(c, 0.3, 'Data desk · Send us a tip');
  });
  const og = c.rand();
  ogSiteName(c, og < 0.5 ? c.outlet : null);
  if (c.rand() < 0.6) jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  titleOf(c, c.rand() < 0.55 ? c.outlet : null, 'Data', `Charts: ${titles[0] ?? 'the numbers'}`);
}

/** The outlet's own social handle: its name without spaces or punctuation ("@NewYorkPost"). */
const handleOf = (outlet: string) => outlet.replace(/[^\p{L}\p{N}]+/gu, '');

export function socialEmbeds(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Homepage');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `Posted ${clock(c)} p.m., ${apMonth(c)} ${c.d}, ${c.y}`], 'byline');
  const own = c.rand() < 0.25;
  let turn = 0;
  c.between.push(() => {
    const platform = c.pick(v.SOCIAL_PLATFORMS);
    const [name, handle] =
      own && turn === 0
        ? [c.outlet, handleOf(c.outlet)]
        : (c.pick(v.SOCIAL_ACCOUNTS) as readonly [string, string]);
    turn++;
    const post = c.pick(v.SOCIAL_POSTS);
    const who = `${name} (@${handle})`;
    const when = `${monthOf(c)} ${c.d}, ${c.y}`;
    const named = mentions(c, who);
    if (named) c.inPasted.push('social embed');
    const chrome = [`View on ${platform}`, ...v.SOCIAL_CHROME.slice(0, c.int(1, 3))];
    // The post's text is a paragraph of the embed (it copies with a blank line), the rest is chrome.
    c.add(
      [post],
      `<blockquote class="social-embed" data-platform="${esc(platform.toLowerCase())}"><p>${esc(post)}</p>`,
      'p',
    );
    c.add(
      [`— ${who} ${when}`, ...chrome],
      `— ${esc(who)} <a href="https://social.example/${esc(handle)}/status/${c.int(100000, 999999)}">${when}</a></blockquote><div class="embed-chrome">${chrome.map((t) => `<div><a>${esc(t)}</a></div>`).join('')}</div>`,
    );
  });
  c.after.push(() => {
    const follow = c.rand() < 0.3;
    lines(
      c,
      [
        follow ? noted(c, `Follow ${c.outlet} on ${c.pick(v.SOCIAL_PLATFORMS)}`, 'follow line') : 'Follow us',
        'Newsletters',
        'Contact',
      ],
      'social-footer',
    );
    copyright(c, 0.25, 'All times Eastern');
  });
  const og = c.rand();
  ogSiteName(c, og < 0.45 ? c.outlet : null);
  if (c.rand() < 0.4)
    c.head.push(
      `<meta name="twitter:site" content="@${esc(htmlNoted(c, handleOf(c.outlet), 'twitter:site'))}">`,
    );
  jsonLd(c, c.rand() < 0.4 ? c.outlet : null);
  titleOf(c, c.rand() < 0.55 ? c.outlet : null, 'News', c.headline);
}
