/**
 * normalize/outlet-prompts: one line of site furniture -> the outlet a prompt or a rail of the
 * site names, or nothing. Read with the other furniture lines by normalize/outlet-lines.ts (both
 * normalizers).
 *
 * In: a line's text. Out: candidates for the vote in outlet-vote.ts.
 *   alerts prompt   "Get breaking news alerts from X", "Turn on alerts from X": the site asking
 *                   to notify the reader (firm; a person's name, "alerts from Jane Doe", is a
 *                   writer's follow button and names no outlet)
 *   paywall plea    "Support X’s journalism." — the site asking readers to pay for its own
 *                   reporting (firm; "Support X" alone may be a charity's: outlet-mentions.ts)
 *   video rail      "Videos from X", "More videos from X": weak — a show's, a partner's or a
 *                   video host's rail as often as the site's
 * Only whole, short lines: inside the story's prose these are sentences about someone else, and
 * callers read furniture lines only.
 */
import { cleanOutletName, nameShaped, personLike } from './outlet.ts';
import { NAME } from './outlet-mentions.ts';
import { isPlatformName } from './outlet-site.ts';
import { OUTLET_WEIGHT, type OutletCandidate } from './outlet-vote.ts';

/** Any letter case for a prompt's words (the name itself must stay capitalised). */
const anyCase = (words: string) => words.replace(/\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);

const ALERTS = new RegExp(
  `^(?:${anyCase('get')}|${anyCase('receive')}|${anyCase('turn on')}) (?:(?:breaking|news|breaking news|story|push) )?${anyCase('alerts')} (?:from|by) ${NAME}[.!]?$`,
  'u',
);
const PLEA = new RegExp(
  `^(?:${anyCase('support')}|${anyCase('donate to')}) ${NAME}[’']s? journalism[.!]?$`,
  'u',
);
const RAIL = new RegExp(
  `^(?:${anyCase('more')} )?(?:${anyCase('videos')}|${anyCase('video')}|${anyCase('podcasts')}) (?:from|by) ${NAME}[.:]?$`,
  'u',
);

/**
 * A name a site's own line gives (a prompt here; outlet-self's lines too) if it may be an outlet's: a
 * name, not a pronoun, a platform or (two or three words) a person.
 */
export function usableOutletName(raw: string | undefined): string | null {
  const name = cleanOutletName(raw ?? '');
  if (!name || !nameShaped(name) || isPlatformName(name) || /^(?:our|my|your|this|us|the|we)$/iu.test(name))
    return null;
  return personLike(name) && /\s/u.test(name) ? null : name;
}

/** The outlets an alerts prompt, a paywall plea or a video rail's heading names. */
export function outletPrompts(line: string): OutletCandidate[] {
  const text = line.trim();
  if (text.length > 120) return [];
  const out: OutletCandidate[] = [];
  for (const [pattern, weak] of [
    [ALERTS, false],
    [PLEA, false],
    [RAIL, true],
  ] as const) {
    const name = usableOutletName(pattern.exec(text)?.[1]);
    if (name) out.push({ name, weight: OUTLET_WEIGHT.mention, provenance: false, ...(weak ? { weak } : {}) });
  }
  return out;
}
