/**
 * bench/accuracy/pages/group-o/chrome: what the group o layouts share — the byline (a name, two
 * names, or the outlet's own desk: "X Sports Desk", "By A | X Staff Writer"), dates in shapes no
 * older group prints, the footer (a copyright in three new shapes, a follow line, or nothing naming
 * anyone) and the <head> (<title> as "Headline — X", "Headline :: X", "Section :: Headline :: X" or
 * without the outlet, og:site_name, JSON-LD publisher, <meta name="application-name">,
 * <meta name="apple-mobile-web-app-title">). Every string that could name the outlet goes through a
 * note, so where the page names it stays true.
 */
import { type Ctx, esc, lines, monthOf } from '../group-c/build.ts';
import { by, noted, two } from '../group-f/named.ts';
import { htmlNoted, jsonLd, ogSiteName } from '../group-h/head.ts';
import * as v from './vocabulary.ts';

/**
 * "By A", "By A and B", "A | Role", or at the given share the outlet's desk as the byline:
 * "By A | X Staff Writer", "X <desk> Desk".
 */
export function byline(c: Ctx, staff: number, desk = 'News'): string {
  const r = c.rand();
  if (r < staff) {
    const text = c.rand() < 0.5 ? `By ${c.author} | ${c.outlet} Staff Writer` : `${c.outlet} ${desk} Desk`;
    return noted(c, text, 'desk byline');
  }
  if (r < staff + 0.2 && c.names.length > 1) return noted(c, `By ${c.names.join(' & ')}`, 'byline');
  return by(c);
}

const weekday = (c: Ctx) => v.WEEKDAYS[new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay()] ?? 'Mon';

/** A date line in one of five shapes (none of group n's). */
export function when(c: Ctx): string {
  const h24 = c.int(6, 22);
  const min = two(c.int(0, 59));
  switch (c.int(0, 4)) {
    case 0:
      return `Posted: ${monthOf(c).slice(0, 3)} ${c.d}, ${c.y} ${((h24 + 11) % 12) + 1}:${min} ${h24 < 12 ? 'a.m.' : 'p.m.'}`;
    case 1:
      return `${weekday(c)} ${c.d} ${monthOf(c)} ${c.y} · ${two(h24)}.${min}`;
    case 2:
      return `${c.y}-${two(c.m)}-${two(c.d)} ${two(h24)}:${min}`;
    case 3:
      return `Last updated: ${c.d}/${c.m}/${c.y}`;
    default:
      return `${monthOf(c)} ${c.d}, ${c.y} / ${((h24 + 11) % 12) + 1}:${min} ${h24 < 12 ? 'a.m.' : 'p.m.'}`;
  }
}

/**
 * The footer: at `copyright` the outlet's © (three shapes), else a follow line and a © with no name
 * (the footer names no one).
 */
export function footer(c: Ctx, copyright: number): void {
  const tail: string[] = [];
  if (c.rand() < copyright) {
    const s = c.rand();
    tail.push(
      noted(
        c,
        s < 0.4
          ? `Copyright © ${c.outlet}, ${c.y}. All rights reserved.`
          : s < 0.7
            ? `${c.outlet} · all rights reserved · ${c.y}`
            : `© ${c.y - c.int(10, 40)}–${c.y} ${c.outlet}`,
        'copyright',
      ),
    );
  } else tail.push(`Follow us on ${c.pick(v.CHANNELS)}`, `© ${c.y} All rights reserved`);
  lines(c, [...v.FOOTER_LINKS, ...tail], 'colophon');
}

/** The <title>: with X at `share` ("Headline — X", "Headline :: X", "Section :: Headline :: X"). */
function title(c: Ctx, share: number, section: string): void {
  const r = c.rand();
  const shape =
    r >= share
      ? c.rand() < 0.7
        ? c.headline
        : `${c.headline} — ${section}`
      : r < share / 3
        ? `${c.headline} — ${c.outlet}`
        : r < (2 * share) / 3
          ? `${c.headline} :: ${c.outlet}`
          : `${section} :: ${c.headline} :: ${c.outlet}`;
  c.title = htmlNoted(c, shape, 'title');
}

/**
 * The <head>: og:site_name and JSON-LD publisher at the given shares, the <title>, and now and then
 * the outlet as application-name or as the title a phone gives the page on its home screen.
 */
export function head(c: Ctx, og: number, ld: number, share: number, section: string): void {
  ogSiteName(c, c.rand() < og ? c.outlet : null);
  if (c.rand() < 0.6) jsonLd(c, c.rand() < ld ? c.outlet : null);
  if (c.rand() < 0.2)
    c.head.push(
      `<meta name="application-name" content="${esc(htmlNoted(c, c.outlet, 'application-name'))}">`,
    );
  if (c.rand() < 0.15)
    c.head.push(
      `<meta name="apple-mobile-web-app-title" content="${esc(htmlNoted(c, c.outlet, 'app title'))}">`,
    );
  title(c, share, section);
}
