/**
 * normalize/outlet-vote: several outlet signals found on one page -> the outlet, by agreement.
 *
 * In: candidates, each a name and the weight of the signal that gave it (a copyright line and a
 * byline weigh more than a newsletter line or a "More from" box). Out: the name whose signals weigh
 * most, or null.
 * Why a vote: one page names many organisations (a wire agency's copyright under a syndicated
 * story, a partner in a "More from" box); the outlet is the name most of the page's own signals
 * agree on. A wire agency is taken only when no other signal names anyone else: a story syndicated
 * from AP on a site that signs its newsletter box is that site's page.
 */
import { isAgencyName } from './text/sources.ts';

export interface OutletCandidate {
  name: string;
  weight: number;
}

/** Signal weights, shared by the text and HTML normalizers (one rule, one place). */
export const OUTLET_WEIGHT = {
  copyright: 3,
  byline: 3,
  title: 3,
  logo: 2,
  mention: 2,
  dateline: 2,
  repeatedLine: 1,
} as const;

export const outletKey = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

export function chooseOutlet(candidates: readonly OutletCandidate[]): string | null {
  const tally = new Map<string, { name: string; weight: number; order: number; agency: boolean }>();
  candidates.forEach((c, order) => {
    const key = outletKey(c.name);
    if (!key) return;
    const seen = tally.get(key);
    if (seen) seen.weight += c.weight;
    else tally.set(key, { name: c.name, weight: c.weight, order, agency: isAgencyName(c.name) });
  });
  const all = [...tally.values()];
  const own = all.some((t) => !t.agency) ? all.filter((t) => !t.agency) : all;
  own.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return own[0]?.name ?? null;
}
