/**
 * bench/accuracy/pages/group-m/chrome: what the group m layouts share — the byline, dates in the
 * shapes sites print them, the footer (a copyright, a "Follow X on …" line, or neither) and the
 * <head> (<title> as "Headline | X", "Headline - X", "Headline — Section — X" or without the
 * outlet, og:site_name, JSON-LD publisher). Every string that could name the outlet goes through a
 * note, so where the page names it stays true.
 */
import { type Ctx, clock, lines, monthOf } from '../group-c/build.ts';
import { apMonth, by, noted, two } from '../group-f/named.ts';
import { htmlNoted, jsonLd, ogSiteName } from '../group-h/head.ts';
import * as v from './vocabulary.ts';

/** "By A", "By A and B", "By A, Staff Writer", or at the given share "By A, X" / "A | X". */
export function byline(c: Ctx, share: number): string {
  const r = c.rand();
  if (r < share)
    return noted(c, c.rand() < 0.5 ? `By ${c.author}, ${c.outlet}` : `${c.author} | ${c.outlet}`, 'byline');
  if (r < share + 0.2 && c.names.length > 1) return noted(c, `By ${c.names.join(' and ')}`, 'byline');
  if (r < share + 0.35) return `${by(c)}, Staff Writer`;
  return by(c);
}

const weekday = (c: Ctx) => v.WEEKDAYS[new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay()] ?? 'Monday';
const zone = (c: Ctx) => c.pick(v.ZONES);

/** A date line in one of the shapes sites print (some with a weekday, some with a later update). */
export function when(c: Ctx): string {
  switch (c.int(0, 6)) {
    case 0:
      return `${monthOf(c)} ${c.d}, ${c.y} at ${clock(c)} p.m. ${zone(c)}`;
    case 1:
      return `Posted: ${monthOf(c).slice(0, 3)} ${c.d}, ${c.y} / ${two(c.int(1, 12))}:${two(c.int(0, 59))} PM ${zone(c)}`;
    case 2:
      return `${weekday(c).slice(0, 3)} ${c.d} ${monthOf(c).slice(0, 3)} ${c.y} ${two(c.int(6, 22))}.${two(c.int(0, 59))} ${zone(c)}`;
    case 3:
      return `${c.y}-${two(c.m)}-${two(c.d)} ${two(c.int(6, 22))}:${two(c.int(0, 59))}`;
    case 4:
      return `Last updated on ${c.d} ${monthOf(c)} ${c.y}`;
    case 5:
      return `Published ${apMonth(c)} ${c.d}, ${c.y} · Updated ${apMonth(c)} ${c.d}, ${c.y}, ${clock(c)} a.m. ${zone(c)}`;
    default:
      return `${monthOf(c).slice(0, 3)} ${c.d}, ${c.y} Updated ${c.int(2, 9)} hrs ago`;
  }
}

/** The masthead's date line in capitals: "WEDNESDAY, JUNE 3, 2019". */
export const capsDate = (c: Ctx) => `${weekday(c)}, ${monthOf(c)} ${c.d}, ${c.y}`.toUpperCase();

/**
 * The footer: at `copyright` the outlet's © (three shapes), else at `follow` a "Follow X on …" line
 * as the only mention, else neither (the footer names no one).
 */
export function footer(c: Ctx, copyright: number, follow: number, extra: readonly string[] = []): void {
  const r = c.rand();
  const platforms = [...v.PLATFORMS].sort(() => c.rand() - 0.5).slice(0, 2);
  const tail: string[] = [];
  if (r < copyright) {
    const s = c.rand();
    tail.push(
      noted(
        c,
        s < 0.4
          ? `© ${c.y} ${c.outlet}`
          : s < 0.7
            ? `Copyright © ${c.outlet} ${c.y}. All rights reserved.`
            : `${c.outlet}, all rights reserved, ${c.y}`,
        'copyright',
      ),
    );
  } else if (r < copyright + follow)
    tail.push(noted(c, `Follow ${c.outlet} on ${platforms.join(' and ')}`, 'follow line'));
  else tail.push(`Follow us: ${platforms.join(' · ')}`, `© ${c.y} All rights reserved.`);
  lines(c, [...extra, ...v.FOOTER_LINKS, ...tail], 'site-footer');
}

/** The <head>: og:site_name and JSON-LD publisher at the given shares, the <title> with X at `title`. */
export function head(c: Ctx, og: number, ld: number, title: number, section: string): void {
  ogSiteName(c, c.rand() < og ? c.outlet : null);
  if (c.rand() < 0.6) jsonLd(c, c.rand() < ld ? c.outlet : null);
  const r = c.rand();
  const shape =
    r >= title
      ? c.rand() < 0.7
        ? c.headline
        : `${section}: ${c.headline}`
      : r < title / 3
        ? `${c.headline} | ${c.outlet}`
        : r < (2 * title) / 3
          ? `${c.headline} - ${c.outlet}`
          : `${c.headline} — ${section} — ${c.outlet}`;
  c.title = htmlNoted(c, shape, 'title');
}
