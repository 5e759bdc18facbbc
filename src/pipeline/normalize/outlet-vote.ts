/**
 * normalize/outlet-vote: several outlet signals found on one page -> the outlet, by agreement.
 *
 * In: candidates, each a name and the weight of the signal that gave it (a copyright line, a
 * byline or the document title weigh more than a newsletter line; a masthead line alone weighs
 * little), and the domain labels the page prints (normalize/outlet-site.ts). Out: the name whose
 * signals weigh most, or null when none reaches MIN_WEIGHT: a page that names its outlet only
 * faintly gets no outlet rather than a guessed one. An agency is named as the agency table names
 * it (text/sources.ts): "AP" and "The Associated Press" are one vote for "Associated Press".
 * Why a vote: one page names many organisations (a wire agency's copyright under a syndicated
 * story, a partner in a "More from" box); the outlet is the name most of the page's own signals
 * agree on. A name that spells the page's own domain gains DOMAIN weight. A wire agency is taken
 * only when no other signal names anyone else: a story syndicated from AP on a site that signs its
 * newsletter box is that site's page. A weak signal (one whose shape may name a programme, a person,
 * a section or a sponsor) needs a signal of another kind or the domain to agree. On a page that
 * republishes a story (a think tank's, a forum's), only the credits of the original publisher count.
 * The site's own statements (og:site_name, the <title>'s site part, the logo) name the site a page
 * is on, which on a tool or platform (a note app, a networking site, a podcast host) is not the
 * story's publisher: a name only they give is dropped where the page prints another site's address
 * that does not spell it, and the page names no outlet where the story's own copyright line names
 * someone else (sources disagree: abstain). A company-type name ("X Media Group", "X Co.") names the
 * owner: it is the outlet only where no other source names a different brand, it is given by more
 * than one signal and the page's own address does not spell someone else.
 */
import { isPlatformName, spellsDomain, stripHost } from './outlet-site.ts';
import { agencyOutletName, isAgencyName } from './text/sources.ts';

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
  /**
   * The page's statement of the site it is on (og:site_name, a publisher or application meta, the
   * <title>'s site part): on a tool or platform that shows another's story (a note app's clip, a
   * networking post, a CMS preview) it names the tool.
   */
  site?: boolean;
  /** A credit printed inside the story's own container (a copyright line closing a transcript): it credits the story, not the site around it. */
  content?: boolean;
  /**
   * The signal names the company that owns the site, not its masthead: a copyright line beside the
   * company's registration ("Registered in England and Wales. Company number 123").
   */
  owner?: boolean;
  /**
   * The story's own wire credit: its dateline ("WASHINGTON (AP) —"), or the wire agency's copyright
   * trailer right under the story's last paragraph ("Copyright 2017 The Associated Press. All
   * rights reserved."), which the wire's feed appends for the partner sites that run its story (the
   * agency's own site prints its notice in the footer, not under the story).
   */
  wire?: 'dateline' | 'trailer';
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
  /** A masthead line trusted alone by its shape, place and the header around it (text/masthead.ts). */
  masthead: 2,
} as const;

/** The last word of a company that owns a site rather than a site's name. */
const OWNER =
  /\b(?:Broadcasting|Communications|Newspapers|Holdings|Enterprises|Publishing|Publications|Interactive|Group|Company|Companies|Corporation|Services|Partners|Ventures|Media|Network|Inc|Ltd|LLC|Co)\.?$/iu;

/**
 * Every spelling of the name is a company-type name ("X Media Group", "X Holdings", "X Ltd"), or
 * one signal printed it as a registered company's: then every signal naming it names the owner.
 */
const ownerShaped = (t: Tally) =>
  t.names.some((n) => n.owner) || t.names.every((n) => OWNER.test(n.name.trim()));

/** Below this total weight the page does not name its outlet clearly enough. */
export const MIN_WEIGHT = 2;

/** The key two spellings of one outlet share ("The Daily Ledger", "dailyledger.com"). */
export const outletKey = (name: string) =>
  stripHost(name)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    // A registration suffix is one company's ("X Information Ltd" in JSON-LD, "X Information" in the copyright).
    .replace(/,?\s+(?:ltd|limited|inc|incorporated|llc|plc|gmbh)\.?$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

interface Tally {
  names: Array<{ name: string; weight: number; owner?: boolean }>;
  weight: number;
  order: number;
  agency: boolean;
  provenance: boolean;
  /** Some signal of a kind that names only the publisher gave this name. */
  firm: boolean;
  /** Every signal that gave this name is a site statement. */
  siteOnly: boolean;
  /** Some signal that gave this name is a credit inside the story's container. */
  content: boolean;
  /** Every signal that gave this name is the story's own wire credit (dateline, agency trailer). */
  wireOnly: boolean;
  /** Some signal that gave this name is the wire's trailer under the story. */
  trailer: boolean;
}

/** What the page says about itself beside its outlet signals. */
export interface OutletPage {
  /** The page's own address, as domain labels. */
  domains?: readonly string[];
  /** The page says it republishes or reposts the story (normalize/outlet-reprint.ts). */
  reprint?: boolean;
  /** The software it says it runs on ("Powered by X"), as outlet keys. */
  software?: ReadonlySet<string>;
  /** Other sites' host names the page prints (not its own address, no social handles). */
  hosts?: readonly string[];
  /** The page's own address (its URL, og:url), as domain labels: a subset of domains. */
  own?: readonly string[];
}

/**
 * A provenance credit outranks the rest: on a portal or in a news app that republishes a story,
 * the outlet is the publisher that wrote it, not the portal.
 */
export function chooseOutlet(
  candidates: readonly OutletCandidate[],
  { domains = [], reprint = false, software = new Set(), hosts = [], own: address = [] }: OutletPage = {},
): string | null {
  const tally = new Map<string, Tally>();
  // A page that says it republishes or reposts the story (normalize/outlet-reprint.ts) names
  // itself everywhere; only its credits of the story's publisher count, and without one the
  // outlet is unknown.
  const counted = reprint ? candidates.filter((c) => c.provenance) : candidates;
  counted.forEach((c, order) => {
    const name = stripHost(c.name.trim());
    // "AP" and "The Associated Press" are one agency: one tally, shown by the agency's name.
    const key = outletKey(agencyOutletName(name));
    // Platforms (app stores, social networks, news apps) show or spread a story, never publish it.
    // The software a page says it runs on ("Powered by X") hosts it.
    if (!key || isPlatformName(name) || software.has(key)) return;
    const seen = tally.get(key);
    if (seen) {
      seen.weight += c.weight;
      seen.names.push({ name, weight: c.weight, owner: c.owner });
      seen.provenance ||= Boolean(c.provenance);
      seen.firm ||= !c.weak;
      seen.siteOnly &&= Boolean(c.site);
      seen.content ||= Boolean(c.content);
      seen.wireOnly &&= Boolean(c.wire);
      seen.trailer ||= c.wire === 'trailer';
    } else
      tally.set(key, {
        names: [{ name, weight: c.weight, owner: c.owner }],
        weight: c.weight,
        order,
        // An agency whose name the page's own address spells is the site itself (its own story),
        // not a wire copy another site runs.
        agency: isAgencyName(name) && !address.some((d) => spellsDomain(name, d)),
        provenance: Boolean(c.provenance),
        firm: !c.weak,
        siteOnly: Boolean(c.site),
        content: Boolean(c.content),
        wireOnly: Boolean(c.wire),
        trailer: c.wire === 'trailer',
      });
  });
  const spelled = new Set<Tally>();
  for (const t of tally.values())
    if (domains.some((d) => t.names.some((n) => spellsDomain(n.name, d)))) {
      t.weight += OUTLET_WEIGHT.domain;
      t.firm = true;
      spelled.add(t);
    }
  // A name only the site's own statements give (og:site_name, the <title>'s site part, the logo)
  // on a page that prints another site's address (a clip's source URL, a shared link's card) and
  // never spells this name: the page is a tool's or a platform's showing someone else's story.
  if (hosts.length > 0)
    for (const [key, t] of tally) if (t.siteOnly && !t.provenance && !spelled.has(t)) tally.delete(key);
  // A credit that is the site's own name plus more ("X Top Deals" on x.com) names one of its
  // desks or channels, not another publisher the page shows.
  for (const [key, t] of tally)
    if (
      t.provenance &&
      [...spelled].some((o) => o !== t && !o.provenance && key.startsWith(outletKey(displayName(o))))
    )
      tally.delete(key);
  // "Share on Facebook" and "Share on X", "Listen to X" twice: weak lines alone name nobody.
  for (const [key, t] of tally) if (!t.firm) tally.delete(key);
  // A wire agency named only by the story's own wire credits, one of them the feed's trailer under
  // the story ("(AP) —" above, "Copyright 2017 The Associated Press. All rights reserved." below),
  // wrote a story a partner site runs; which site, the page does not say: the agency is the wire
  // field's (text/sources.ts), not the outlet. The agency's own site names itself elsewhere too
  // (its masthead, title, footer or address). A dateline alone stays the faint vote it was.
  for (const [key, t] of tally) if (t.agency && t.wireOnly && t.trailer && !spelled.has(t)) tally.delete(key);
  // Only names the page states clearly enough can push an agency aside.
  const clear = [...tally.values()].filter((t) => t.weight >= MIN_WEIGHT);
  const all = clear.some((t) => t.provenance) ? clear.filter((t) => t.provenance) : clear;
  const own = all.some((t) => !t.agency) ? all.filter((t) => !t.agency) : all;
  // On a tie, the name the page's own address spells (not a handle it prints) is the better attested.
  const home = (t: Tally) => Number(address.some((d) => t.names.some((n) => spellsDomain(n.name, d))));
  own.sort((a, b) => b.weight - a.weight || home(b) - home(a) || a.order - b.order);
  const best = own[0];
  // The site's statements name one organisation and the story's own credit (a copyright line
  // closing a transcript inside the article) another: the page hosts that story; which of the two
  // published it, the page does not settle, so it names no outlet.
  // A company that owns the site ("Copyright Hearst Communications") is no dissent.
  const siteOnlyWinner = best !== undefined && best.siteOnly && !best.provenance && !spelled.has(best);
  /** Another name a copyright or a byline gives, not only the site's statements. */
  const otherCredit = (t: Tally) => t !== best && !t.siteOnly && t.weight >= OUTLET_WEIGHT.copyright;
  const dissent = (t: Tally) => otherCredit(t) && t.content && !t.names.some((n) => OWNER.test(n.name));
  if (siteOnlyWinner && own.some(dissent)) return null;
  // The site's own statements disagree with each other: og:site_name names one organisation, the
  // <title>'s site part another that shares no word with it (a podcast host's name and the show's).
  // The page is a platform's showing someone's work; where no address the page prints spells
  // either name (a post's @handle in the transcript settles nothing), the page names no outlet.
  const settles = (t: Tally) =>
    domains.some((d) => t.names.some((n) => spellsDomain(n.name, d) || outletKey(n.name).startsWith(d)));
  const unrelated = (t: Tally) =>
    best !== undefined &&
    t !== best &&
    t.siteOnly &&
    t.weight >= OUTLET_WEIGHT.title &&
    !settles(t) &&
    !settles(best) &&
    !outletKey(displayName(t)).includes(outletKey(displayName(best))) &&
    !outletKey(displayName(best)).includes(outletKey(displayName(t)));
  if (siteOnlyWinner && own.some(unrelated)) return null;
  // Only the site's statements give the winner (a section's or a CMS's name in og:site_name), the
  // page's address spells another name, and a copyright or byline names someone else: three
  // sources, three answers, none strong: the page names no outlet.
  if (siteOnlyWinner && domains.length > 0 && [...tally.values()].some((t) => otherCredit(t) && t.firm))
    return null;
  // A company-type name (a copyright's "X Media Group", a "Part of the X network" line, a
  // publisher meta naming the parent) wins only where no other source names a different brand:
  // a chain's, a university's or a trade publisher's page names its owner more often than its
  // masthead. Another brand stated clearly is the masthead; stated faintly, the sources disagree
  // and none is strong, so the page names no outlet.
  // Where the page says its own address, only that address vouches for a company-type name: a
  // footer's link to the owner's corporate site ("cbsinteractive.com") does not.
  const vouched = (t: Tally) => (address.length > 0 ? home(t) === 1 : spelled.has(t));
  if (best && ownerShaped(best) && !best.provenance && !vouched(best)) {
    const brands = [...tally.values()].filter((t) => t !== best && !t.agency && !ownerShaped(t));
    brands.sort((a, b) => b.weight - a.weight || a.order - b.order);
    const brand = brands[0];
    if (brand) return brand.weight >= MIN_WEIGHT ? displayName(brand) : null;
    // Named once, by a company-type name and nothing else: the owner's copyright, not a masthead.
    // Nor is it the site's name where the page's own address spells someone else.
    if (best.names.length === 1 || domains.length > 0) return null;
  }
  return best ? displayName(best) : null;
}

/** The name as the heaviest signal printed it, preferring mixed case to a masthead's capitals. */
function displayName(t: Tally): string {
  // "HARBOUR POST", "POLITICO" (a cross-link's capitals) below "Politico"; an acronym ("NPR") is no
  // shouting.
  const shouted = (s: string) =>
    s === s.toUpperCase() && /\p{Lu}{2}/u.test(s) && (s.split(/\s+/u).length > 1 || s.length > 5);
  const ranked = [...t.names].sort(
    (a, b) => Number(shouted(a.name)) - Number(shouted(b.name)) || b.weight - a.weight,
  );
  return agencyOutletName(ranked[0]?.name ?? '');
}
