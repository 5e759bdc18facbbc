/**
 * normalize/text/headline-pick: which of the headline-shaped lines above the body is the headline.
 *
 * In: the page's lines and cues, and the candidates text/headline.ts collected (line index and how
 * many content words each shares with the lede). Out: the chosen line index, or null.
 *
 * The earliest line sharing the lede's words wins (the headline stands above its standfirst and
 * story highlights, which often share even more), except where that line is site or page furniture
 * that shares a word by chance: a tagline, a programme's name, a case caption or a form field
 * stands apart from the story's own headline, with a label, a menu or another field between them.
 */
import type { Cue } from './cues.ts';
import { findDate, isDateLine } from './dates.ts';
import { lineFingerprint, type Line } from './lines.ts';
import { bylineOf, isCaption, isHeadlineShaped, isNames } from './meta.ts';

export interface Candidate {
  index: number;
  /** Content words shared with the lede. */
  shared: number;
}

/** A line that belongs to a headline's own block: its byline, date or photo caption. */
function isCredit(lines: readonly Line[], i: number): boolean {
  const line = lines[i] as Line;
  return bylineOf(line, lines[i + 1]) !== null || isDateLine(line.bare) || isCaption(line);
}

/** Names with their roles, as a byline without "By": "Katie Glueck, Correspondent", "Jo Lee, Sam Roe", "Author: Jane Doe". */
export function isNamesCredit(text: string): boolean {
  // "Author: Jane Doe", "Reporter: Jane Doe": a labelled byline.
  const parts = text.replace(/^\p{Lu}\p{Ll}+:\s+/u, '').split(/\s*,\s*/u);
  return (
    parts.some((part) => isNames(part)) &&
    parts.every((part) => isNames(part) || /^\p{Lu}\p{Ll}+$/u.test(part))
  );
}

/**
 * The line right under a candidate credits it: a byline, a date, names with their roles, or a
 * short line carrying a date ("Jane Doe · CNN · Posted: Jun 08, 2012"). The story's headline
 * stands there; a site's tagline or a programme's name stands over menus and labels.
 */
function creditedBelow(lines: readonly Line[], i: number): boolean {
  const next = lines[i + 1];
  if (!next) return false;
  return (
    bylineOf(next, lines[i + 2]) !== null ||
    isDateLine(next.bare) ||
    isNamesCredit(next.bare) ||
    (next.words <= 25 && findDate(next.bare) !== null)
  );
}

/**
 * A line between two candidates that belongs to neither story block: not cued furniture, not a
 * byline, date or caption, not a line sharing the lede's words (a standfirst, a highlight). A
 * menu item, a section label, a form field or a case number: the lines above it are the page's.
 */
function foreignBetween(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  candidates: readonly Candidate[],
  from: number,
  to: number,
): boolean {
  for (let j = from + 1; j < to; j++) {
    if (cues[j] || isCredit(lines, j) || isNamesCredit((lines[j] as Line).bare)) continue;
    if (candidates.some((c) => c.index === j && c.shared > 0)) continue;
    return true;
  }
  return false;
}

/** A form's field or a record's label: "SEO title: (not set)", "Keyword hits: 3". */
const FIELD = /^[\p{L}][\p{L} ]{0,24}:\s/u;

/**
 * The first of a list of headline-shaped lines (story highlights, a related list): the next two
 * lines (cued ones skipped) are headline-shaped too, and neither a field, a credit nor a repeat.
 */
function opensList(lines: readonly Line[], cues: readonly (Cue | null)[], i: number): boolean {
  const key = lineFingerprint(lines[i] as Line);
  let items = 0;
  for (let j = i + 1; j < lines.length && items < 2; j++) {
    if (cues[j]) continue;
    const line = lines[j] as Line;
    if (
      !isHeadlineShaped(line) ||
      FIELD.test(line.bare) ||
      isCredit(lines, j) ||
      lineFingerprint(line) === key
    )
      return false;
    items++;
  }
  return items === 2;
}

/**
 * A candidate sharing one or two words gives way to one below it that shares at least three and
 * more than twice as many (or just more, when the lower one has its byline or date right under
 * it), provided a foreign line stands between them and the lower one does not open a list of
 * highlights. Next to each other (headline over standfirst), with only credits between, or with
 * its own credits under it, the earlier line stays the headline.
 */
function outweighed(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  candidates: readonly Candidate[],
  c: Candidate,
): boolean {
  if (c.shared > 2 || creditedBelow(lines, c.index)) return false;
  return candidates.some(
    (b) =>
      b.index > c.index &&
      b.shared >= 3 &&
      (b.shared > 2 * c.shared || (b.shared > c.shared && creditedBelow(lines, b.index))) &&
      !opensList(lines, cues, b.index) &&
      foreignBetween(lines, cues, candidates, c.index, b.index),
  );
}

/** The headline among the candidates: the earliest that shares enough lede words and is not outweighed; else the earliest right above a byline or date; else the earliest. */
export function pickHeadline(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  candidates: readonly Candidate[],
): number | null {
  if (!candidates.length) return null;
  // A short line (a site or programme name) must share two words: one may be chance.
  const sharing = candidates.filter(
    (c) =>
      c.shared >= ((lines[c.index] as Line).words <= 4 ? 2 : 1) && !outweighed(lines, cues, candidates, c),
  );
  // Nothing shares the lede's words (the body opens on a summary box or a note): the headline
  // sits right above its byline or date, a site's name or section label does not.
  const credited = candidates.filter((c) => {
    const next = lines[c.index + 1];
    return next !== undefined && (bylineOf(next, lines[c.index + 2]) !== null || isDateLine(next.bare));
  });
  const pool = sharing.length ? sharing : credited.length ? credited : candidates;
  return pool.reduce((a, b) => (b.index < a.index ? b : a)).index;
}
