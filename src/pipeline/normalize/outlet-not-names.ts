/**
 * normalize/outlet-not-names: a candidate that has a name's shape but is something else — a place
 * or a sentence — and so never an outlet.
 *
 * In: the name a credit or a line gave. Out: whether it is a place (a US state, written as the
 * postal code or the AP abbreviation or in full: "Elm Crossing, CT" under a town bar, "By Jane Doe,
 * Ohio") or a sentence ("JUST IN · Airport reopens second runway": a ticker's label over another
 * story's headline, read in the shape of "Jane Doe · Outlet"). Outlets' names are proper names:
 * capitalised words, with at most one lower-case word besides the joining ones ("of", "the", "and").
 * None of the 66 outlet names of the corpus has one. Only Latin-script words count: in Russian, for
 * one, a name is written in sentence case ("Нормы ГТО и знаний").
 */
import { US_STATE_PAIRS } from '../../lib/lexicon/us-states.ts';

/** Every spelling of a US state, lower-cased: "ct", "conn.", "connecticut". */
const STATES: ReadonlySet<string> = new Set(
  US_STATE_PAIRS.flatMap((pair) => pair).map((name) => name.toLowerCase()),
);

/** A US state's name or abbreviation: a place after a comma, not a newsroom. */
export function isUsState(name: string): boolean {
  return STATES.has(name.trim().toLowerCase());
}

/** Words that join a proper name's capitalised words ("Times of India", "Gazette and Herald"). */
const JOINING = /^(?:of|the|and|&|for|on|in|at|a|an|to|de|la|le|du|des|del|van|von|y|und|et)$/u;

/** Two or more lower-case words besides the joining ones: a sentence or a headline, not a name. */
export function sentenceLike(name: string): boolean {
  const lower = name
    .trim()
    .split(/\s+/u)
    .filter((word) => /^\p{Ll}/u.test(word) && /^\p{Script=Latin}/u.test(word) && !JOINING.test(word));
  return lower.length >= 2;
}
