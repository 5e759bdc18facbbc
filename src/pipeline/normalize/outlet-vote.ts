/**
 * normalize/outlet-vote: several outlet signals found on one page -> the outlet, by agreement.
 *
 * In: candidates, each a name and the weight of the signal that gave it (a copyright line, a
 * byline or the document title weigh more than a newsletter line; a masthead line alone weighs
 * little), and the domain labels the page prints (normalize/outlet-site.ts). Out: the name whose
 * signals weigh most, or null when none reaches MIN_WEIGHT: a page that names its outlet only
 * faintly gets no outlet rather than a guessed one.
 * Why a vote: one page names many organisations (a wire agency's copyright under a syndicated
 * story, a partner in a "More from" box); the outlet is the name most of the page's own signals
 * agree on. A name that spells the page's own domain gains DOMAIN weight. A wire agency is taken
 * only when no other signal names anyone else: a story syndicated from AP on a site that signs its
 * newsletter box is that site's page. A weak signal (one whose shape may name a programme, a person,
 * a section or a sponsor) needs a signal of another kind or the domain to agree. On a page that
 * republishes a story (a think tank's, a forum's), only the credits of the original publisher count.
 */
import { isPlatformName, spellsDomain, stripHost } from './outlet-site.ts';
import { isAgencyName } from './text/sources.ts';

export interface OutletCandidate {
  name: string;
  weight: number;
  /** A syndicated page's credit of the story's publisher ("Read the original article on X"). */
  provenance?: boolean;
  /**
   * The signal's shape may name someone other than the publisher (a programme, a person's social
   * account, a section, a sponsor): the name counts only where a signal of another kind, or the
   * page's domain, names it too. Several such lines never corroborate one another.
   */
  weak?: boolean;
}

/** Signal weights, shared by the text and HTML normalizers (one rule, one place). */
export const OUTLET_WEIGHT = {
  /** og:site_name, JSON-LD publisher: the publisher's own statement. */
  siteMeta: 4,
  copyright: 3,
  byline: 3,
  title: 3,
  logo: 2,
  mention: 2,
  dateline: 2,
  /** Lesser metadata: application-name, an RSS feed's title, a twitter:site handle. */
  feed: 2,
  /** A name that spells a domain the page prints or is served from. */
  domain: 2,
  /** A site-name line that recurs on the page (header and footer logo text). */
  repeatedLine: 1,
  /** A site-name line at the very top or bottom of the page. */
  edgeLine: 1,
} as const;

/** Below this total weight the page does not name its outlet clearly enough. */
export const MIN_WEIGHT = 2;

/** The key two spellings of one outlet share ("The Daily Ledger", "dailyledger.com"). */
export const outletKey = (name: string) =>
  stripHost(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

interface Tally {
  names: Array<{ name: string; weight: number }>;
  weight: number;
  order: number;
  agency: boolean;
  provenance: boolean;
  /** Some signal of a kind that names only the publisher gave this name. */
  firm: boolean;
}

/**
 * A provenance credit outranks the rest: on a portal or in a news app that republishes a story,
 * the outlet is the publisher that wrote it, not the portal.
 */
export function chooseOutlet(
  candidates: readonly OutletCandidate[],
  domains: readonly string[] = [],
  reprint = false,
  software: ReadonlySet<string> = new Set(),
): string | null {
  const tally = new Map<string, Tally>();
  // A page that says it republishes or reposts the story (normalize/outlet-reprint.ts) names
  // itself everywhere; only its credits of the story's publisher count, and without one the
  // outlet is unknown.
  const counted = reprint ? candidates.filter((c) => c.provenance) : candidates;
  counted.forEach((c, order) => {
    const name = stripHost(c.name.trim());
    const key = outletKey(name);
    // Platforms (app stores, social networks, news apps) show or spread a story, never publish it.
    // The software a page says it runs on ("Powered by X") hosts it.
    if (!key || isPlatformName(name) || software.has(key)) return;
    const seen = tally.get(key);
    if (seen) {
      seen.weight += c.weight;
      seen.names.push({ name, weight: c.weight });
      seen.provenance ||= Boolean(c.provenance);
      seen.firm ||= !c.weak;
    } else
      tally.set(key, {
        names: [{ name, weight: c.weight }],
        weight: c.weight,
        order,
        agency: isAgencyName(name),
        provenance: Boolean(c.provenance),
        firm: !c.weak,
      });
  });
  for (const t of tally.values())
    if (domains.some((d) => t.names.some((n) => spellsDomain(n.name, d)))) {
      t.weight += OUTLET_WEIGHT.domain;
      t.firm = true;
    }
  // "Share on Facebook" and "Share on X", "Listen to X" twice: weak lines alone name nobody.
  for (const [key, t] of tally) if (!t.firm) tally.delete(key);
  // Only names the page states clearly enough can push an agency aside.
  const clear = [...tally.values()].filter((t) => t.weight >= MIN_WEIGHT);
  const all = clear.some((t) => t.provenance) ? clear.filter((t) => t.provenance) : clear;
  const own = all.some((t) => !t.agency) ? all.filter((t) => !t.agency) : all;
  own.sort((a, b) => b.weight - a.weight || a.order - b.order);
  const best = own[0];
  return best ? displayName(best) : null;
}

/** The name as the heaviest signal printed it, preferring mixed case to a masthead's capitals. */
function displayName(t: Tally): string {
  const shouted = (s: string) => s === s.toUpperCase() && /\p{Lu}{2}/u.test(s) && s.split(/\s+/u).length > 1;
  const ranked = [...t.names].sort(
    (a, b) => Number(shouted(a.name)) - Number(shouted(b.name)) || b.weight - a.weight,
  );
  return ranked[0]?.name ?? '';
}
