/**
 * normalize/text/headline-shapes: lines near a headline that are never it, or are its copy.
 *
 * In: a line (or the page's lines and an index). Out: whether the line is an edition's or a post's
 * dated meta line, a link or a reading, or which line under it repeats it without its label.
 * Used by text/headline.ts when it collects and settles the headline's candidates.
 */
import { isDateLine } from './dates.ts';
import { fingerprint, lineFingerprint, type Line } from './lines.ts';

/**
 * A link ending in its arrow ("Go to the full site →", "All election results ›") or a weather or
 * market reading ("Today 41° / 29° Snow showers", "FTSE 7,412 ▲ 0.4%"): never a headline.
 */
export const LINK_OR_READING = /\s[→›»]$|\d\s?°[CF]?(?:\s|\/|$)|[▲▼]\s?\d/u;

/**
 * A ticker's item ("BREAKING · Council delays vote on parking plan": a label in capitals, a dot,
 * another story's headline) or a breadcrumb of two labels set apart by a dot ("Neighborhood News ·
 * Health & Science": each part a few capitalised words): never the story's headline. A bar is left
 * out: a document title prints "Headline | Site".
 */
export function labelledItem(text: string): boolean {
  const parts = text.trim().split(/\s+[·•]\s+/u);
  if (parts.length !== 2) return false;
  const label = (part: string) =>
    /^(?:[\p{Lu}\d][\p{L}\d'’.-]*|&)(?:\s+(?:[\p{Lu}\d][\p{L}\d'’.-]*|&)){0,3}$/u.test(part);
  return /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}$/u.test(parts[0] ?? '') || parts.every(label);
}

/**
 * A line of parts set apart by dots or bars, one of them a date: an edition's or an issue's line
 * ("Harbour towns edition · Monday 4 March 2024"), "Published July 15, 2016 · Updated 13 hours
 * later". A headline does not carry its date.
 */
export function datedParts(line: Line): boolean {
  const parts = line.bare.split(/\s+[·|•]\s+/u);
  return parts.length >= 2 && parts.some((part) => isDateLine(part.trim()));
}

/** A short label and a separator opening a line: "Now playing: ", "WATCH — ", "Share | ". */
const LABEL_OPENING = /^([^:|—–]{1,40}?)\s*(?::|\s[|—–-])\s+/u;

/**
 * The line under `i` (above the body) that is line `i` without the short label opening it
 * ("Now playing: X" over "X"): `i` is a player's, a share box's or a ticker's copy of the headline.
 */
export function labelledRepeat(lines: readonly Line[], i: number, end: number): number | null {
  const text = (lines[i] as Line).bare;
  const label = LABEL_OPENING.exec(text);
  if (!label || (label[1] ?? '').split(/\s+/u).length > 4) return null;
  const rest = fingerprint(text.slice(label[0].length));
  if (rest.split(' ').length < 3) return null;
  for (let j = i + 1; j < end; j++) if (lineFingerprint(lines[j] as Line) === rest) return j;
  return null;
}
