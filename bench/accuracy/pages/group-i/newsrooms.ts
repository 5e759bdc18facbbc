/**
 * bench/accuracy/pages/group-i/newsrooms: four group i layouts of national newsrooms — a wire
 * agency's own site (the agency is the outlet; its parent company is not), a TV network's article
 * page with a video player and its machine transcript (the network group or affiliate nearby), an
 * explainer in Q&A form ("What we know so far" headings, a key-points box) and a non-profit newsroom
 * (donation appeals, funders, a "Republish this story" widget whose snippet names the outlet).
 * Each fills a Ctx (group-c/build.ts) and records where it names the outlet, at random.
 */
import { clock, type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, noted } from '../group-f/named.ts';
import { htmlNoted, jsonLd, metaAuthor, ogSiteName, titleOf } from '../group-h/head.ts';
import * as v from './vocabulary.ts';

/** A logo: the outlet as text (pasted too), as alt text (HTML only) or a generic alt. */
export function logo(c: Ctx, textShare: number, altShare: number, generic: string): void {
  const r = c.rand();
  if (r < textShare) {
    c.add([c.outlet], `<a class="logo" href="/">${esc(c.outlet)}</a>`);
    c.inPasted.push('masthead');
  } else {
    const alt = r < textShare + altShare ? htmlNoted(c, c.outlet, 'logo alt') : generic;
    c.add([], `<a class="logo" href="/"><img src="/img/logo.svg" alt="${esc(alt)}"></a>`);
  }
}

export function agencyWireSite(c: Ctx): void {
  const parent = c.pick(v.AGENCY_PARENTS);
  logo(c, 0.3, 0.4, 'Home');
  c.add(v.AGENCY_DESKS, `<nav><ul>${li(v.AGENCY_DESKS)}</ul></nav>`);
  lines(c, [`${c.pick(v.AGENCY_DESKS)} · ${c.int(2, 9)} min read`], 'kicker');
  c.add([c.headline], `<h1 data-testid="Heading">${esc(c.headline)}</h1>`, 'p');
  const credit = c.rand() < 0.3;
  lines(
    c,
    [
      credit ? noted(c, `${by(c)}, ${c.outlet}`, 'byline') : by(c),
      `${monthOf(c)} ${c.d}, ${c.y} ${clock(c)} PM GMT · Updated ${c.int(2, 9)} hours ago`,
    ],
    'byline',
  );
  lines(c, v.AGENCY_TOOLS, 'tools');
  c.tail.push(() => {
    const [ed1, ed2] = [...v.EDITORS].sort(() => c.rand() - 0.5);
    lines(
      c,
      [`Reporting by ${c.author}; Editing by ${ed1} and ${ed2}`].map((t) => noted(c, t, 'trailer')),
      'trailer',
      'p',
    );
    lines(c, [c.pick(v.AGENCY_STANDARDS)], 'standards', 'p');
  });
  c.after.push(() => {
    const named = c.rand();
    lines(
      c,
      [
        named < 0.3
          ? noted(
              c,
              `${c.outlet}, the news and media division of ${parent}, is the world’s largest multimedia news provider.`,
              'footer',
            )
          : `All quotes delayed a minimum of 15 minutes.`,
        ...v.AGENCY_FOOT,
        named > 0.7
          ? noted(c, `© ${c.y} ${c.outlet}. All rights reserved`, 'copyright')
          : `© ${c.y} ${parent}. All rights reserved`,
      ],
      'footer',
    );
  });
  const og = c.rand();
  ogSiteName(c, og < 0.5 ? c.outlet : og < 0.7 ? parent : null);
  jsonLd(c, c.rand() < 0.5 ? c.outlet : c.rand() < 0.5 ? parent : null);
  titleOf(c, c.rand() < 0.7 ? c.outlet : null, 'World', `${c.pick(v.AGENCY_DESKS)} news`);
}

export function tvVideoTranscript(c: Ctx): void {
  const network = c.pick(v.TV_NETWORKS);
  lines(c, [c.pick(v.TV_MORE), 'Weather', 'Traffic'], 'top-links');
  logo(c, 0.25, 0.35, network);
  c.add([c.headline], `<h1 class="video-headline">${esc(c.headline)}</h1>`, 'p');
  const label = c.pick(v.VIDEO_LABELS);
  c.add(
    [label, `${c.int(1, 9)}:${String(c.int(0, 59)).padStart(2, '0')}`],
    `<div class="player"><video poster="/thumb/${c.int(100, 999)}.jpg"></video><span>${esc(label)}</span><span>${c.int(1, 9)}:${String(c.int(0, 59)).padStart(2, '0')}</span></div>`,
  );
  lines(
    c,
    ['Show transcript', ...v.TRANSCRIPT_LINES.slice(0, c.int(2, 4)), c.pick(v.TRANSCRIPT_NOTES)],
    'transcript',
  );
  lines(c, [by(c), `Updated ${clock(c)} PM EST, ${apMonth(c)} ${c.d}, ${c.y}`], 'byline');
  c.between.push(() => lines(c, ['ADVERTISEMENT'], 'ad'));
  c.after.push(() => {
    lines(
      c,
      [c.pick(v.TV_MORE), 'Clip: Storm team forecast', 'Clip: Viewers share their photos'],
      'more-video',
    );
    const r = c.rand();
    lines(
      c,
      [
        r < 0.35
          ? noted(c, `Copyright ${c.y} ${c.outlet}. All rights reserved.`, 'copyright')
          : `Copyright ${c.y} ${network}. All rights reserved.`,
        'Closed captioning',
        'FCC public file',
      ],
      'footer',
    );
  });
  const og = c.rand();
  ogSiteName(c, og < 0.4 ? c.outlet : og < 0.75 ? network : null);
  if (c.rand() < 0.7)
    jsonLd(c, c.rand() < 0.5 ? c.outlet : network, { video: { '@type': 'VideoObject', name: 'Video' } });
  titleOf(c, c.rand() < 0.5 ? c.outlet : network, 'Video', `Watch: latest video | ${network}`);
}

export function explainerQa(c: Ctx): void {
  logo(c, 0.35, 0.3, 'Logo');
  lines(c, ['Explainer'], 'label');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  const box = c.pick(v.QA_BOXES);
  c.add(
    [box, 'What happened, who is involved and what comes next, in under a minute.'],
    `<aside class="keypoints"><h2>${esc(box)}</h2><p>What happened, who is involved and what comes next, in under a minute.</p></aside>`,
  );
  const credit = c.rand() < 0.25;
  lines(
    c,
    [credit ? noted(c, `${by(c)} | ${c.outlet}`, 'byline') : by(c), `${c.d} ${monthOf(c)} ${c.y}`],
    'byline',
  );
  const heads = [...v.QA_HEADS];
  c.add([heads.shift() ?? ''], `<h2>${esc(v.QA_HEADS[0] ?? '')}</h2>`, 'p');
  c.between.push(() => {
    const h = heads.shift();
    if (h) c.add([h], `<h2>${esc(h)}</h2>`, 'p');
  });
  c.after.push(() => {
    lines(c, v.QA_FEEDBACK, 'feedback');
    const r = c.rand();
    lines(
      c,
      [
        r < 0.35 ? noted(c, `© ${c.y} ${c.outlet}`, 'copyright') : 'Read our editorial guidelines',
        'Contact us',
      ],
      'footer',
    );
  });
  metaAuthor(c);
  ogSiteName(c, c.rand() < 0.5 ? c.outlet : null);
  jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, 'Explainer', 'Explained: the questions answered');
}

export function nonprofitRepublish(c: Ctx): void {
  const funder = c.pick(v.FUNDERS);
  const tag = c.pick(v.NONPROFIT_TAGS);
  const r = c.rand();
  if (r < 0.35) {
    lines(c, [c.outlet, tag], 'masthead');
    c.inPasted.push('masthead');
  } else {
    const alt = r < 0.65 ? htmlNoted(c, c.outlet, 'logo alt') : 'Nonprofit newsroom';
    c.add([tag], `<header><img src="/logo.png" alt="${esc(alt)}"><p>${esc(tag)}</p></header>`);
  }
  lines(c, ['Donate', 'Newsletters', 'Republish'], 'actions');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [by(c), `${monthOf(c)} ${c.d}, ${c.y}`], 'byline');
  let asked = false;
  c.between.push(() => {
    if (asked) return;
    asked = true;
    const pitch = c.pick(v.DONATE_PITCHES);
    c.add(
      [pitch, 'Give now'],
      `<aside class="donate"><p>${esc(pitch)}</p><a href="/donate">Give now</a></aside>`,
    );
  });
  c.after.push(() => {
    const named = c.rand() < 0.6;
    const credit = named
      ? `This <a href="${esc(c.url)}">article</a> first appeared on <a href="/">${esc(c.outlet)}</a> and is republished here under a Creative Commons license.`
      : `This <a href="${esc(c.url)}">article</a> is republished here under a Creative Commons license.`;
    const snippet = `<h1>${c.headline}</h1>\n<p class="byline">By ${c.author}</p>\n<p>${credit}</p><img src="https://${c.host}/pixel.png?id=${c.int(10000, 99999)}" width="1" height="1">`;
    c.add(
      ['Republish this story', ...v.REPUBLISH_RULES, 'Copy to clipboard'],
      `<div class="republish"><h3>Republish this story</h3>${v.REPUBLISH_RULES.map((t) => `<p>${esc(t)}</p>`).join('')}<textarea readonly>${esc(htmlNoted(c, snippet, 'republish snippet'))}</textarea><button>Copy to clipboard</button></div>`,
    );
    const supported = c.rand() < 0.4;
    lines(
      c,
      [
        supported
          ? noted(c, `${c.outlet} is supported by ${funder} and readers like you.`, 'footer')
          : `Major support comes from ${funder}.`,
        ...v.NONPROFIT_FOOT,
      ],
      'footer',
    );
  });
  const og = c.rand();
  ogSiteName(c, og < 0.5 ? c.outlet : null);
  jsonLd(c, c.rand() < 0.5 ? c.outlet : null);
  titleOf(c, c.rand() < 0.6 ? c.outlet : null, 'Investigations', 'Nonprofit news');
}
