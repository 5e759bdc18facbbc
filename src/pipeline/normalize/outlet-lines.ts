/**
 * normalize/outlet-lines: the outlet votes one line of a page gives, read the same way from pasted
 * text (text/site-name.ts) and from saved HTML (html/outlet.ts): a copyright line, a credit near
 * the headline, a line of site furniture.
 *
 * In: the line's text (and the byline's authors for copyright lines). Out: candidates for the
 * vote in outlet-vote.ts, or nothing.
 */
import {
  outletFromByline,
  outletFromCopyright,
  outletFromCredit,
  outletFromStoryCredit,
  placeLike,
} from './outlet.ts';
import { outletFromProvenance, outletMentions } from './outlet-mentions.ts';
import { OUTLET_WEIGHT, outletKey, type OutletCandidate } from './outlet-vote.ts';

/**
 * A copyright line's outlet ("© The Daily Ledger Ltd 2024"), unless it names one of the byline's
 * authors: a newsletter's or a blog's copyright may name its writer, who is not the outlet.
 */
export function copyrightVote(text: string, authorKeys: ReadonlySet<string>): OutletCandidate | null {
  const name = outletFromCopyright(text);
  return name && !authorKeys.has(outletKey(name)) ? { name, weight: OUTLET_WEIGHT.copyright } : null;
}

/** A credit's outlet ("Story by Jane Doe • X", "By Jane Doe, X", "Jane Doe for X"), or null. */
export function creditVote(text: string): OutletCandidate | null {
  const story = outletFromStoryCredit(text);
  const name = story ?? outletFromByline(text) ?? outletFromCredit(text);
  if (!name) return null;
  const weight = placeLike(name) ? OUTLET_WEIGHT.edgeLine : OUTLET_WEIGHT.byline;
  return { name, weight, provenance: story !== null };
}

/** The outlets a furniture line names ("Follow X on …", "Read the original article on X"). */
export function furnitureVotes(text: string): OutletCandidate[] {
  const votes: OutletCandidate[] = outletMentions(text).map((m) => ({
    name: m.name,
    weight: OUTLET_WEIGHT.mention,
    provenance: false,
    weak: m.weak,
  }));
  const provenance = outletFromProvenance(text);
  if (provenance) votes.push({ name: provenance, weight: OUTLET_WEIGHT.mention, provenance: true });
  return votes;
}

/** The keys of the people a byline names, which a copyright line may name instead of an outlet. */
export function bylineAuthorKeys(byline: string | null): Set<string> {
  return new Set(bylineAuthors(byline).map(outletKey));
}

/** The people a byline names, without the outlet it may add ("Ann Lee, Tom Ross, Outlet"). */
export function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const outlet = outletFromByline(`By ${byline}`) ?? outletFromCredit(byline);
  return byline
    .split(/\s*,\s*|\s+(?:and|&)\s+/u)
    .filter(
      (part) =>
        outletKey(part) !== outletKey(outlet ?? '') && !/\bstaff\b/iu.test(part) && /\s/u.test(part.trim()),
    );
}
