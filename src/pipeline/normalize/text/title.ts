/**
 * normalize/text/title: find the headline by its repetition.
 *
 * A scraped page usually starts with the document title ("Headline - Site", "Site | Headline",
 * "Kicker: Headline") and shows the headline again above the article. The first later line equal
 * to the title or to one of its separator-split parts is the headline as printed, and where it
 * stands is the anchor of the article: the body follows it, site furniture comes before it. What
 * the title adds around the headline is the site's name.
 *
 * In: the page's lines. Out: the headline occurrence (line index + text) and the site name, or null.
 */
import { isDateLine } from './dates.ts';
import { fingerprint, fingerprintStart, lineFingerprint, type Line } from './lines.ts';

export interface TitleMatch {
  /** Index of the first line that repeats the title: the article starts after it. */
  index: number;
  /** Every line that repeats it (breadcrumbs, the headline, a "Most read" entry...), in order. */
  indices: number[];
  headline: string;
  /** The line of the title itself (0, or 1 under a printed page's date). */
  line: number;
  /** What the title carries besides the headline ("The Jerusalem Post"), or null. */
  site: string | null;
}

/** Separators between headline and site name in document titles. */
const SEPARATOR = /\s+[|–—:»«·~/-]{1,2}\s+|\s*\|\s*|:\s+/u;
/** How far down the page the title's repetition may be looked for, in lines. */
const SEARCH_LINES = 3000;

/** The page's document title ("Headline - Site") matched to the later line that repeats it as the headline, with the site part; null when no line repeats it. */
export function findTitle(lines: readonly Line[]): TitleMatch | null {
  // A printed page may open with the browser's date and time ("9/25/18, 10:29 PM") above the title.
  const at = lines
    .slice(0, 2)
    .findIndex((line) => !isDateLine(line.bare) && !/^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s/u.test(line.bare));
  const first = lines[at];
  if (at < 0) return null;
  if (!first || first.text.length > 300) return null;
  const variants = titleVariants(first.bare);
  if (variants.size === 0) return null;
  // A line repeating the whole "Headline | Site" title is a printed page's running head (or the
  // browser tab's text pasted again); the line repeating the headline part alone is the headline.
  const whole = fingerprint(first.bare);
  const parted = [...variants.values()].some((site) => site !== null);
  return (parted ? scan(lines, at, variants, whole) : null) ?? scan(lines, at, variants, null);
}

/** The longest line (and its repeats) matching a title variant, leaving out lines equal to `skip`. */
function scan(
  lines: readonly Line[],
  at: number,
  variants: ReadonlyMap<string, string | null>,
  skip: string | null,
): TitleMatch | null {
  // Both the headline and the site name may recur as lines; the headline is the longer one.
  let best: TitleMatch | null = null;
  let bestKey = '';
  let bestWords = 0;
  const limit = Math.min(lines.length, SEARCH_LINES);
  // A line whose fingerprint cannot start like any variant's is no match: most lines are told so
  // from their first letter, without fingerprinting them.
  const starts = new Set([...variants.keys()].map((key) => key.charAt(0)));
  for (let i = at + 1; i < limit; i++) {
    const line = lines[i];
    if (!line || line.words < 2 || line.words < bestWords || line.text.length > 300) continue;
    const start = fingerprintStart(line.bare);
    if (start !== null && !starts.has(start)) continue;
    const key = lineFingerprint(line);
    if (key === skip) continue;
    const site = variants.get(key);
    if (site === undefined) continue;
    if (best && key === bestKey) best.indices.push(i);
    else if (line.words > bestWords) {
      best = { index: i, indices: [i], headline: line.text, site, line: at };
      bestKey = key;
      bestWords = line.words;
    }
  }
  return best;
}

/**
 * Every run of consecutive separator-split parts of the title (fingerprinted, at least three words
 * or fifteen characters) -> the site's name if that run is the headline: the outermost part beyond
 * a "|" or " - " style separator. A part split off by a colon is a kicker ("NATO: ..."), not a site.
 */
function titleVariants(title: string): Map<string, string | null> {
  const pieces = title.split(new RegExp(`(${SEPARATOR.source})`, 'u'));
  const parts: string[] = [];
  const colonBefore: boolean[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = (pieces[i] ?? '').trim();
    if (!part) continue;
    parts.push(part);
    colonBefore.push((pieces[i - 1] ?? '').trim() === ':');
  }
  const variants = new Map<string, string | null>();
  if (parts.length > 8) return variants;
  const add = (from: number, to: number): void => {
    const key = fingerprint(parts.slice(from, to).join(' '));
    if (key.length < 15 && key.split(' ').length < 3) return;
    let site: string | null = null;
    if (to < parts.length && !colonBefore[to]) site = parts[parts.length - 1] ?? null;
    else if (from > 0 && !colonBefore[from]) site = parts[0] ?? null;
    if (!variants.has(key)) variants.set(key, site);
  };
  for (let from = 0; from < parts.length; from++) {
    for (let to = parts.length; to > from; to--) add(from, to);
  }
  return variants;
}
