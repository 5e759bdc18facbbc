/**
 * normalize/text/furniture-agree: the page's lines -> names its furniture agrees on, as outlet votes.
 *
 * In: the lines, their cues, the headline's line, the body region and the byline's writers. Out:
 * [name, weight] pairs for the vote (normalize/outlet-vote.ts), heavy enough to name the outlet
 * alone only where two independent places of the page print the same name.
 * Why: the other rules read specific kinds of line (a masthead at the very top, a footer logo that
 * repeats the header's); a layout nobody tuned for prints the site's name in places they do not
 * read — a blog theme's site title over the menu and the credit line over the story ("USA TODAY"
 * under "Posted on … by admin"), a reader app's source label twice. Agreement between two separate
 * furniture lines (not neighbours, not in a menu run) is a general signal; so is the page's first
 * line confirmed by the story naming a staff member of it ("NPR" on top, "NPR's Jane Doe reported").
 * Excluded: the headline and its words, section labels, US states, people's names (the byline's
 * writers, any two- or three-word personal name), wire agencies (their credits have their own rules).
 */
import { personLike } from '../outlet.ts';
import { isUsState } from '../outlet-not-names.ts';
import { isSectionLabel, isSiteNameLine } from '../outlet-site.ts';
import { outletKey, OUTLET_WEIGHT } from '../outlet-vote.ts';
import { type Cue } from './cues.ts';
import { isMenuLine } from './headline.ts';
import { type Line } from './lines.ts';
import { type Region } from './region.ts';
import { isAgencyName } from './sources.ts';

/** A call to action's first word. */
const CALL =
  /^(?:follow|subscribe|sign|read|watch|listen|get|join|share|download|contact|more|see|visit|support|donate)\b/iu;

/** A line this long is a paragraph of the story, not furniture. */
const STORY_LINE_WORDS = 15;

/** A name that may be the site's: site-name shaped and none of the things excluded above. */
function candidateName(text: string, headKeys: ReadonlySet<string>, writers: readonly string[]): boolean {
  const name = text.trim();
  if (!isSiteNameLine(name) || isSectionLabel(name) || isUsState(name) || isAgencyName(name)) return false;
  const words = name.split(/\s+/u);
  // A call to action ("Follow X Business", "Subscribe to X") names a channel, not the masthead;
  if (CALL.test(name)) return false;
  if (words.length >= 2 && personLike(name)) return false;
  const key = outletKey(name);
  if (writers.some((w) => outletKey(w) === key)) return false;
  // The headline's own words ("Tom Cole" over "Tom Cole: Join with …") are its subject, not the site.
  return !words.every((w) => headKeys.has(outletKey(w)));
}

/** The names two separate furniture prints agree on, and a first line the story's staff credit confirms. */
export function agreedNames(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number | null,
  region: Region,
  writers: readonly string[],
): Array<[string, number]> {
  const top = head ?? region.start;
  const headline = head === null ? '' : (lines[head]?.bare ?? '');
  const headKeys = new Set(headline.split(/\s+/u).map(outletKey).filter(Boolean));
  const headKey = outletKey(headline);
  const places = new Map<string, number[]>();
  const names = new Map<string, string>();
  lines.forEach((line, i) => {
    // Above the headline, between it and the story (the credit lines), or below the story.
    if ((i >= region.start && i <= region.end) || i === head || line.words >= STORY_LINE_WORDS) return;
    if (isMenuLine(line.text) || outletKey(line.bare) === headKey) return;
    if (!candidateName(line.bare, headKeys, writers)) return;
    const key = outletKey(line.bare);
    if (!key) return;
    places.set(key, [...(places.get(key) ?? []), i]);
    // The mixed-case print is the name's spelling ("USA Today" over "USA TODAY").
    if (!names.has(key) || line.bare !== line.bare.toUpperCase()) names.set(key, line.bare);
  });
  const out: Array<[string, number]> = [];
  for (const [key, at] of places) {
    // Two prints apart (not neighbours: a logo's text and its alt text), neither a cued line's
    // repeat in a run of the same widget.
    // A name printed inside a run of short labels (a menu: "Health / AI / Physics / Energy") is a
    // section, wherever else it recurs (the kicker over the headline repeats it).
    if (at.some((i) => inMenuRun(lines, i))) continue;
    // A label of several words only ever printed in capitals is a category ("VISUAL MARKETING");
    // a masthead is printed in its own case somewhere ("USA Today" over a "USA TODAY" credit).
    const spelled = names.get(key) as string;
    if (spelled.includes(' ') && spelled === spelled.toUpperCase()) continue;
    // The kicker right over the headline repeating a line further up is the menu's section
    // ("Campus" first in the menu, "Campus" over the story), not the site.
    if (head !== null && at.includes(head - 1) && at.some((i) => i < head - 1)) continue;
    // One print heads the page: names only the footer repeats are a comment box's ("Reply").
    if (!at.some((i) => i < region.start)) continue;
    // Two prints are independent where neither neighbour is the same: a menu or a box printed
    // twice (header and footer, "English / Italian" both times) is one place.
    const frame = (i: number, d: number) => outletKey(lines[i + d]?.bare ?? '');
    const independent = (i: number, j: number) =>
      j - i > 1 && !cues[i] && !cues[j] && frame(i, -1) !== frame(j, -1) && frame(i, 1) !== frame(j, 1);
    const apart = at.some((i, n) => at.slice(n + 1).some((j) => independent(i, j)));
    if (apart) out.push([names.get(key) as string, OUTLET_WEIGHT.repeatedLine * 2]);
  }
  // The page's first text line confirmed by the story naming one of its staff ("NPR's Jane Doe").
  const first = lines.findIndex((l, i) => i < top && !cues[i]);
  const firstLine = first >= 0 ? (lines[first] as Line) : null;
  if (
    firstLine &&
    candidateName(firstLine.bare, headKeys, writers) &&
    !places.get(outletKey(firstLine.bare))?.some((i) => i !== first)
  ) {
    const name = firstLine.bare.trim();
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    const staff = new RegExp(
      `(?:^|[\\s“"(])${escaped}['’]s (\\p{Lu}[\\p{L}'’.-]+ \\p{Lu}[\\p{L}'’.-]+)`,
      'u',
    );
    const named = lines.slice(region.start, region.end + 1).some((l) => {
      const m = staff.exec(l.bare);
      return m !== null && personLike(m[1] as string);
    });
    if (named) out.push([name, OUTLET_WEIGHT.repeatedLine * 2]);
  }
  return out;
}

/** Both neighbours are short label lines: the line is one item of a menu or a tag list. */
function inMenuRun(lines: readonly Line[], i: number): boolean {
  return [lines[i - 1], lines[i + 1]].every(
    (l) => l !== undefined && l.words <= 3 && !/[.!?:,;]$/u.test(l.bare),
  );
}
