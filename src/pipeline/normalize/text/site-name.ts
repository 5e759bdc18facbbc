/**
 * normalize/text/site-name: the page's lines -> the outlet's name when no hint or page title gives
 * it: copyright lines, a "By Jane Doe, Outlet" byline, newsletter lines and author bios, a wire
 * dateline — by their agreement — or a recurring logo line.
 */
import { outletFromByline, outletFromCopyright, outletFromDateline, outletFromMention } from '../outlet.ts';
import { chooseOutlet, OUTLET_WEIGHT, type OutletCandidate } from '../outlet-vote.ts';
import { type Cue } from './cues.ts';
import { type Line } from './lines.ts';
import { type Region } from './region.ts';

/**
 * The outlet the page names, by the agreement of its signals (normalize/outlet-vote.ts): copyright
 * lines, a "By Jane Doe, Outlet" byline near the headline, site furniture naming the outlet
 * (newsletter and subscription lines, "More from" boxes, author bios) outside the body's prose,
 * and a wire dateline opening the body.
 */
export function namedOutlet(
  lines: readonly Line[],
  head: number | null,
  region: Region,
  lede: string | undefined,
): string | null {
  const candidates: OutletCandidate[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const name = outletFromCopyright((lines[i] as Line).bare);
    if (name) candidates.push({ name, weight: OUTLET_WEIGHT.copyright });
  }
  const from = Math.max(0, (head ?? region.start) - 6);
  for (let i = from; i < Math.min(lines.length, region.start + 2); i++) {
    const name = outletFromByline((lines[i] as Line).bare);
    if (name) {
      candidates.push({ name, weight: OUTLET_WEIGHT.byline });
      break;
    }
  }
  // A sentence inside the story may name another outlet ("…, a reporter for Outlet, said"); an
  // author bio closes the body, so its last two lines are read with the furniture around it.
  lines.forEach((line, i) => {
    if (i >= region.start && i <= region.end - 2) return;
    const name = outletFromMention(line.bare);
    if (name) candidates.push({ name, weight: OUTLET_WEIGHT.mention });
  });
  const wire = lede ? outletFromDateline(lede) : null;
  if (wire) candidates.push({ name: wire, weight: OUTLET_WEIGHT.dateline });
  return chooseOutlet(candidates);
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
