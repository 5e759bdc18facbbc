/**
 * normalize/text/site-name: the page's lines -> the outlet's name when no hint or page title gives
 * it: a copyright line, a "By Jane Doe, Outlet" byline, a wire dateline, or a recurring logo line.
 */
import { outletFromByline, outletFromCopyright, outletFromDateline } from '../outlet.ts';
import { type Cue } from './cues.ts';
import { type Line } from './lines.ts';
import { type Region } from './region.ts';

/**
 * The outlet the page names: its copyright line (the last one: the site's footer comes last),
 * else a "By Jane Doe, Outlet" byline near the headline, else a wire dateline opening the body.
 */
export function namedOutlet(
  lines: readonly Line[],
  head: number | null,
  region: Region,
  lede: string | undefined,
): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const name = outletFromCopyright((lines[i] as Line).bare);
    if (name) return name;
  }
  const from = Math.max(0, (head ?? region.start) - 6);
  for (let i = from; i < Math.min(lines.length, region.start + 2); i++) {
    const name = outletFromByline((lines[i] as Line).bare);
    if (name) return name;
  }
  return lede ? outletFromDateline(lede) : null;
}

/** A short first line that recurs (header and footer logo text) is the site's name. */
export function repeatedFirstLine(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number | null,
): string | null {
  const first = lines[0];
  if (
    !first ||
    head === 0 ||
    cues[0] ||
    first.words > 6 ||
    first.bare.length > 60 ||
    /[.!?:-]$/u.test(first.bare)
  )
    return null;
  let times = 0;
  for (const line of lines) if (line.bare === first.bare) times++;
  return times >= 2 ? first.bare : null;
}
