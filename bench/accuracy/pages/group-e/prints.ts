/**
 * bench/accuracy/pages/group-e/prints: four group e layouts where the story reaches the reader as a
 * copy of something else — an e-paper's text view (running heads, a jump to another page), a news
 * database export (Lexis- or Factiva-like record fields), a forwarded email newsletter (mail
 * headers, a Subject line, sponsor blocks) and a web archive capture (the archive's toolbar over
 * the original page). Each fills a Ctx (group-c/build.ts) and records where it names the outlet.
 */
import { clock, type Ctx, esc, li, lines, monthOf } from '../group-c/build.ts';
import * as v from './vocabulary.ts';

const weekday = (c: Ctx) => v.WEEKDAYS[new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay()] ?? 'Monday';
const mon3 = (c: Ctx) => monthOf(c).slice(0, 3);
const two = (n: number) => String(n).padStart(2, '0');

/** A <title> naming the outlet, with the given chance. */
function titled(c: Ctx, chance: number, separator = ' | '): void {
  if (c.rand() >= chance) return;
  c.title = `${c.headline}${separator}${c.outlet}`;
  c.inHtml.push('title');
}

export function epaperDump(c: Ctx): void {
  lines(c, ['e-Edition', ...v.EPAPER_TOOLS], 'viewer-tools');
  const named = c.rand() < 0.55;
  const date = `${weekday(c)}, ${monthOf(c)} ${c.d}, ${c.y}`.toUpperCase();
  const letter = c.pick(['A', 'B']);
  const first = c.int(1, 3);
  const jump = first + c.int(4, 9);
  const head = (page: number) =>
    named ? `${letter}${page} | ${c.outlet.toUpperCase()} | ${date}` : `${letter}${page} ${date}`;
  lines(c, [head(first)], 'running-head');
  if (named) c.inPasted.push('running head');
  lines(c, [c.pick(v.EPAPER_SECTIONS)], 'section-label', 'p');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  if (c.rand() < 0.5) {
    const deck = c.pick(v.EPAPER_DECKS);
    c.add([deck], `<h2 class="deck">${esc(deck)}</h2>`, 'p');
  }
  lines(
    c,
    [`BY ${c.author.toUpperCase()}`, c.pick(['Staff Writer', 'Special to the paper', 'Capitol Bureau'])],
    'byline',
  );
  // The first "between" is the jump to an inside page; later ones are photos and ads.
  const word =
    c.headline
      .split(/\s+/u)
      .map((w) => w.replace(/[^\p{L}]/gu, ''))
      .find((w) => w.length > 4)
      ?.toUpperCase() ?? 'STORY';
  let jumped = false;
  c.between.push(() => {
    if (jumped) {
      const photo = `PHOTO BY ${c.pick(v.STAFF).toUpperCase()} / STAFF`;
      lines(c, [photo, 'Residents gather outside the building on Tuesday afternoon.'], 'cutline');
      return;
    }
    jumped = true;
    lines(c, [`Please see ${word}, Page ${letter}${jump}`], 'jump-line', 'p');
    lines(c, [c.pick(v.EPAPER_ADS)], 'print-ad');
    lines(c, [head(jump)], 'running-head');
    lines(c, [word, `Continued from Page ${letter}${first}`], 'jump-head', 'p');
  });
  c.between.push(() => lines(c, [c.pick(v.EPAPER_ADS)], 'print-ad'));
  c.tail.push(() => {
    if (c.rand() < 0.5) {
      const note = `Staff writer ${c.pick(v.STAFF)} contributed to this report.`;
      c.add([note], `<p class="contrib"><em>${esc(note)}</em></p>`, 'p');
    }
  });
  c.after.push(() => lines(c, [c.pick(v.EPAPER_ADS), c.pick(v.EPAPER_ADS)], 'print-ad'));
  c.after.push(() =>
    lines(c, [`Page ${letter}${jump} of ${c.int(24, 48)}`, 'Previous page', 'Next page'], 'pager'),
  );
  if (c.rand() < 0.5) c.title = `e-Edition | ${weekday(c)}, ${monthOf(c)} ${c.d}, ${c.y}`;
  else titled(c, 0.8, ' - e-Edition - ');
}

export function databaseExport(c: Ctx): void {
  const named = c.rand() < 0.75;
  const words = c.body.join(' ').split(/\s+/u).length;
  c.title = `Document | ${c.pick(['Results list', 'Search results', 'Saved documents'])}`;
  if (c.rand() < 0.6) {
    // Lexis-like: document count, title, publication, date, copyright, fields, Body … End of Document
    lines(c, [`Document ${c.int(1, 9)} of ${c.int(10, 60)}`], 'doc-count');
    c.add([c.headline], `<h1 class="doc-title">${esc(c.headline)}</h1>`, 'p');
    const pub = named ? c.outlet : c.pick(v.DB_FEEDS);
    const meta = [
      pub,
      `${monthOf(c)} ${c.d}, ${c.y} ${weekday(c)} ${clock(c)} PM EST`,
      ...(named && c.rand() < 0.7 ? [`Copyright ${c.y} ${c.outlet} All Rights Reserved`] : []),
    ];
    lines(c, meta, 'doc-meta', 'p');
    if (named) c.inPasted.push('publication line');
    lines(
      c,
      [`Section: ${c.pick(v.DB_SECTIONS)}`, `Length: ${words} words`, `Byline: ${c.author}`],
      'doc-fields',
      'p',
    );
    lines(c, ['Body'], 'doc-body-label', 'p');
    c.after.push(() => {
      const next = new Date(Date.UTC(c.y, c.m - 1, c.d + 1));
      lines(
        c,
        [
          `Load-Date: ${monthOf({ ...c, m: next.getUTCMonth() + 1 })} ${next.getUTCDate()}, ${next.getUTCFullYear()}`,
          c.pick(v.DB_SUBJECTS),
          'Language: ENGLISH',
          `Publication-Type: ${c.pick(['Web Publication', 'Newspaper', 'Newswire'])}`,
        ],
        'doc-trailer',
        'p',
      );
      lines(c, ['End of Document'], 'doc-end', 'p');
    });
  } else {
    // Factiva-like: title, author, word count, date, source name and code, language, copyright.
    c.add([c.headline], `<h1 class="doc-title">${esc(c.headline)}</h1>`, 'p');
    const code = c.pick(v.DB_CODES);
    const fields = [
      `By ${c.author}`,
      `${words} words`,
      `${c.d} ${monthOf(c)} ${c.y}`,
      ...(named ? [c.outlet] : []),
      code,
      'English',
      ...(named ? [`(c) ${c.y} ${c.outlet}. All Rights Reserved.`] : ['(c) All Rights Reserved.']),
    ];
    lines(c, fields, 'doc-fields', 'p');
    if (named) c.inPasted.push('source name');
    c.after.push(() =>
      lines(
        c,
        [`Document ${code}00${c.y}${two(c.m)}${two(c.d)}e${c.int(10, 99)}k000${c.int(10, 99)}`],
        'doc-id',
        'p',
      ),
    );
  }
}

export function emailForward(c: Ctx): void {
  lines(c, [`Fwd: ${c.headline}`], 'mail-subject', 'p');
  const me = c.pick(v.STAFF);
  lines(c, [me, `${mon3(c)} ${c.d}, ${c.y}, ${clock(c)} AM`, 'to me'], 'mail-from');
  const nl = c.pick(v.NEWSLETTER_NAMES);
  const named = c.rand() < 0.5;
  const sender = named
    ? `${c.outlet} <newsletters@${c.host}>`
    : `${nl} <hello@mail.${nl.toLowerCase().replace(/[^a-z]+/gu, '')}.news>`;
  if (named) c.inPasted.push('From line');
  lines(
    c,
    [
      '---------- Forwarded message ---------',
      `From: ${sender}`,
      `Date: ${weekday(c).slice(0, 3)}, ${mon3(c)} ${c.d}, ${c.y} at ${clock(c)} AM`,
      `Subject: ${c.headline}`,
      'To: <reader@example.com>',
    ],
    'mail-headers',
    'p',
  );
  lines(c, ['View in browser'], 'preheader');
  if (c.rand() < 0.5) {
    c.add(
      [],
      `<table class="logo"><tr><td><img src="https://img.example.net/nl.png" alt="${esc(c.outlet)}"></td></tr></table>`,
    );
    c.inHtml.push('logo alt');
  }
  lines(c, [nl.toUpperCase()], 'nl-name', 'p');
  lines(c, [c.pick(v.GREETINGS)], 'greeting', 'p');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  lines(c, [`By ${c.author}`], 'byline');
  c.between.push(() => lines(c, ['SPONSORED', c.pick(v.SPONSORS)], 'sponsor', 'p'));
  c.between.push(() => lines(c, [`Read more: ${c.pick(v.READ_MORE)}`], 'read-more', 'p'));
  c.tail.push(() =>
    lines(c, ['Forwarded this email? Sign up here.', 'Was this email useful? Yes | No'], 'nl-ask', 'p'),
  );
  c.after.push(() => {
    const foot = [
      `You are receiving this email because you signed up for ${nl}.`,
      'Unsubscribe | Manage preferences | Privacy policy',
    ];
    const address = c.pick(v.POSTAL);
    if (named && c.rand() < 0.6) foot.push(`© ${c.y} ${c.outlet}, ${address}`);
    else foot.push(address);
    lines(c, foot, 'nl-footer', 'p');
  });
  c.title = c.headline;
}

export function webArchive(c: Ctx): void {
  const stamp = `${c.y}${two(c.m)}${two(c.d)}${two(c.int(0, 23))}${two(c.int(0, 59))}${two(c.int(0, 59))}`;
  if (c.rand() < 0.6) {
    const months = [c.m - 2, c.m - 1, c.m].map((i) => v.ARCHIVE_MONTHS[(i + 12) % 12] ?? 'JAN');
    c.add(
      [
        `The Wayback Machine - https://web.archive.org/web/${stamp}/${c.url}`,
        c.url,
        'Go',
        `${c.int(2, 900)} captures`,
        `${c.d} ${mon3(c)} ${c.y} - ${c.int(1, 28)} ${c.pick(v.ARCHIVE_MONTHS)} ${c.y + 1}`,
        ...months,
        String(c.y - 1),
        String(c.y),
        String(c.y + 1),
        'success',
        'fail',
        'About this capture',
        'COLLECTED BY',
        'Collection: Save Page Now',
        'TIMESTAMPS',
      ],
      `<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id="wm-ipp-base"><div id="wm-ipp">The Wayback Machine - https://web.archive.org/web/${stamp}/${esc(c.url)} <form><input value="${esc(c.url)}"><button>Go</button></form><a href="#">${c.int(2, 900)} captures</a><div id="wm-capinfo">About this capture</div></div></div><!-- END WAYBACK TOOLBAR INSERT -->`,
    );
  } else {
    c.add(
      [
        'archive.today',
        'webpage capture',
        `Saved from ${c.url}`,
        'search',
        `${c.d} ${mon3(c)} ${c.y} ${two(c.int(0, 23))}:${two(c.int(0, 59))}:${two(c.int(0, 59))} UTC`,
        `All snapshots from host ${c.host}`,
        'Webpage',
        'Screenshot',
        'share',
        'download .zip',
        'report bug or abuse',
      ],
      `<div id="HEADER"><table><tr><td>archive.today<br>webpage capture</td><td>Saved from <a href="${esc(c.url)}">${esc(c.url)}</a></td><td>${c.d} ${mon3(c)} ${c.y}</td></tr><tr><td>All snapshots from host ${esc(c.host)}</td></tr></table></div>`,
    );
  }
  // The original page, as the archive kept it (scripts gone, ads blank).
  const mast = c.rand();
  if (mast < 0.4) {
    c.add([c.outlet], `<header class="site-header"><a href="/">${esc(c.outlet)}</a></header>`);
    c.inPasted.push('masthead');
  } else if (mast < 0.7) {
    c.add(
      [],
      `<header class="site-header"><a href="/"><img src="/web/${stamp}im_/logo.svg" alt="${esc(c.outlet)}"></a></header>`,
    );
    c.inHtml.push('logo alt');
  }
  c.add(v.ORIGINAL_NAV, `<nav><ul>${li(v.ORIGINAL_NAV)}</ul></nav>`);
  const meta = [`By ${c.author}`, `${monthOf(c)} ${c.d}, ${c.y}`];
  const above = c.rand() < 0.3;
  if (above) lines(c, meta, 'byline');
  c.add([c.headline], `<h1>${esc(c.headline)}</h1>`, 'p');
  if (!above) lines(c, meta, 'byline');
  c.between.push(() => lines(c, ['Advertisement'], 'ad-slot'));
  c.between.push(() => lines(c, [`Related: ${c.pick(v.READ_MORE)}`], 'related-inline', 'p'));
  c.after.push(() => {
    const foot = ['Privacy Policy', 'Terms of Service', 'Contact Us'];
    if (c.rand() < 0.3) {
      foot.unshift(`Copyright © ${c.y} ${c.outlet}`);
      c.inPasted.push('copyright');
    }
    lines(c, foot, 'site-footer');
  });
  c.title = c.headline;
  titled(c, 0.5, c.pick([' | ', ' - ']));
}
