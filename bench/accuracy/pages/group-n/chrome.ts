/**
 * bench/accuracy/pages/group-n/chrome: what the group n layouts share — the byline (a name, two
 * names, or the outlet's own staff: "By X Staff", "X Staff Report"), dates in the shapes sites print
 * them, the footer (a copyright, a "Published by X" line, or neither) and the <head> (<title> as
 * "Headline · X", "Headline « X", "X | Section | Headline" or without the outlet, og:site_name,
 * JSON-LD publisher, an RSS feed link titled "X » Feed", a twitter:site handle). Every string that
 * could name the outlet goes through a note, so where the page names it stays true.
 */
import { type Ctx, clock, esc, lines, monthOf } from '../group-c/build.ts';
import { by, noted, two } from '../group-f/named.ts';
import { htmlNoted, jsonLd, ogSiteName } from '../group-h/head.ts';
import * as v from './vocabulary.ts';

/**
 * "By A", "By A and B", "A, Reporter", or at the given share the outlet's staff as the byline:
 * "By X Staff", "X Staff Report", "From staff reports | X".
 */
export function byline(c: Ctx, staff: number): string {
  const r = c.rand();
  if (r < staff) {
    const shape = c.int(0, 2);
    const text =
      shape === 0
        ? `By ${c.outlet} Staff`
        : shape === 1
          ? `${c.outlet} Staff Report`
          : `From staff reports | ${c.outlet}`;
    return noted(c, text, 'staff byline');
  }
  if (r < staff + 0.2 && c.names.length > 1) return noted(c, `By ${c.names.join(' and ')}`, 'byline');
  if (r < staff + 0.35) return noted(c, `${c.author}, Reporter`, 'byline');
  return by(c);
}

const weekday = (c: Ctx) => v.DAYS[new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay()] ?? 'Monday';
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

/** A date line in one of six shapes (none of them group m's). */
export function when(c: Ctx): string {
  const tz = c.pick(v.TZ);
  switch (c.int(0, 5)) {
    case 0:
      return `Updated ${two(c.int(6, 22))}:${two(c.int(0, 59))} ${tz}, ${weekday(c).slice(0, 3)} ${monthOf(c)} ${c.d}, ${c.y}`;
    case 1:
      return `${two(c.d)}.${two(c.m)}.${c.y} | ${two(c.int(6, 22))}:${two(c.int(0, 59))}`;
    case 2:
      return `${monthOf(c)} ${ordinal(c.d)}, ${c.y}`;
    case 3:
      return `${weekday(c)} ${c.d} ${monthOf(c)} ${c.y}, ${clock(c)}pm`;
    case 4:
      return `Originally published ${monthOf(c)} ${c.d}, ${c.y} at ${clock(c)} AM ${tz}`;
    default:
      return `${monthOf(c).slice(0, 3)}. ${c.d}, ${c.y} — ${clock(c)} pm`;
  }
}

/**
 * The footer: at `copyright` the outlet's © (three shapes), else at `publisher` a "Published by X"
 * line as the only mention, else neither (the footer names no one).
 */
export function footer(c: Ctx, copyright: number, publisher: number, extra: readonly string[] = []): void {
  const r = c.rand();
  const tail: string[] = [];
  if (r < copyright) {
    const s = c.rand();
    tail.push(
      noted(
        c,
        s < 0.4
          ? `${c.outlet} © ${c.y}`
          : s < 0.7
            ? `All content © ${c.y} ${c.outlet}. Reproduction without permission is prohibited.`
            : `(c) ${c.outlet} ${c.y - 1}–${c.y}`,
        'copyright',
      ),
    );
  } else if (r < copyright + publisher)
    tail.push(noted(c, `Published by ${c.outlet} since ${c.int(1870, 2005)}`, 'publisher line'));
  else tail.push(`Find us on ${c.pick(v.NETWORKS)}`, `All material © ${c.y}.`);
  lines(c, [...extra, ...v.FOOTER_ITEMS, ...tail], 'page-foot');
}

/** The <title>: with X at `title` ("Headline · X", "Headline « X", "X | Section | Headline"). */
function title(c: Ctx, share: number, section: string): void {
  const r = c.rand();
  const shape =
    r >= share
      ? c.rand() < 0.75
        ? c.headline
        : `${c.headline} · ${section}`
      : r < share / 3
        ? `${c.headline} · ${c.outlet}`
        : r < (2 * share) / 3
          ? `${c.headline} « ${c.outlet}`
          : `${c.outlet} | ${section} | ${c.headline}`;
  c.title = htmlNoted(c, shape, 'title');
}

/**
 * The <head>: og:site_name and JSON-LD publisher at the given shares, the <title>, and now and then
 * an RSS link titled "X » Feed" (what blog engines write) or a twitter:site handle.
 */
export function head(c: Ctx, og: number, ld: number, share: number, section: string): void {
  ogSiteName(c, c.rand() < og ? c.outlet : null);
  if (c.rand() < 0.6) jsonLd(c, c.rand() < ld ? c.outlet : null);
  if (c.rand() < 0.2)
    c.head.push(
      `<link rel="alternate" type="application/rss+xml" title="${esc(htmlNoted(c, `${c.outlet} » Feed`, 'feed title'))}" href="/feed/">`,
    );
  if (c.rand() < 0.25) {
    const handle = `@${c.outlet.replace(/[^\p{L}\p{N}]+/gu, '')}`;
    c.head.push(`<meta name="twitter:site" content="${esc(htmlNoted(c, handle, 'twitter:site'))}">`);
  }
  title(c, share, section);
}
