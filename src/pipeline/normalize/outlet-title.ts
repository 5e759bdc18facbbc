/**
 * normalize/outlet-title: a document title and the headline it carries -> the site's part of the
 * title, or null. Read by the HTML normalizer (the <title> and a print-out's running header) and
 * the tests; the pasted-text normalizer finds its title's site part by the headline's repetition
 * (text/title.ts).
 */
import { cleanOutletName, nameShaped } from './outlet.ts';
import { isSectionLabel } from './outlet-site.ts';

/** Section parts a title may print between the headline and the site ("| Politics |", "- Shared -"). */
const TITLE_SECTION_PARTS = 2;

/**
 * The site part of a document title that carries the headline: "Headline | Outlet",
 * "Headline | Section | Outlet", "Outlet | Headline", "Outlet: Headline" -> "Outlet".
 * Null when the title is not the headline plus a short name (and at most two short section or
 * share parts between them, each of one or two words: "Politics", "Shared", "e-Edition").
 */
export function outletFromTitle(title: string, headline: string): string | null {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const wanted = key(headline);
  if (!wanted) return null;
  const site = (name: string | undefined) =>
    name && nameShaped(name) && name.split(/\s+/u).length <= 5 && !isSectionLabel(name)
      ? cleanOutletName(name)
      : null;
  // "Outlet: Headline": a name, a colon, then the whole headline (a kicker is a section label).
  const prefixed = /^([^:|–—]{2,40}?):\s+(.+)$/u.exec(title.trim());
  // A mail subject's "Fwd:" or "Re:", a field's label ("Subject:") is no name.
  if (prefixed && key(prefixed[2] ?? '') === wanted)
    return /^(?:fwd?|re|aw|wg|tr|sv|vs|subject|title|headline|from|to|date)$/iu.test(
      prefixed[1]?.trim() ?? '',
    )
      ? null
      : site(prefixed[1]?.trim());
  const parts = title
    .split(/\s+[|–—·•»«:-]\s+|\s*\|\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  const between = (rest: readonly string[]) =>
    rest.length <= TITLE_SECTION_PARTS && rest.every((p) => p.split(/\s+/u).length <= 2);
  // The headline may itself hold a separator: its parts are joined back before the comparison.
  for (let i = 1; i < parts.length; i++) {
    if (key(parts.slice(0, i).join(' ')) === wanted) {
      const rest = parts.slice(i);
      return between(rest.slice(0, -1)) ? site(rest.at(-1)) : null;
    }
    if (key(parts.slice(i).join(' ')) === wanted) {
      const rest = parts.slice(0, i);
      return between(rest.slice(1)) ? site(rest[0]) : null;
    }
  }
  return null;
}
