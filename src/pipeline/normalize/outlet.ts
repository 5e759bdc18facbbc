/**
 * normalize/outlet: the outlet a page names, by signals any news site prints — shared by the
 * text and HTML normalizers so both read a page the same way.
 *
 * In: single lines of page text (a footer line, a byline, the lede) or a document title.
 * Out: the outlet's name as printed, without legal suffixes ("© The Daily Ledger Ltd 2024" ->
 * "The Daily Ledger"), or null.
 *   copyright line    "© Outlet 2019", "Copyright 2019 Outlet. All rights reserved."
 *   byline            "By Jane Doe, Outlet" (a job title after the comma is not an outlet)
 *   wire dateline     "WASHINGTON (Outlet) - ..."
 *   document title    "Headline | Outlet", "Outlet - Headline"
 * No outlet is listed by name: these are the shapes, whatever the site.
 */

const YEAR = '(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:(?:19|20)?\\d{2}))?';
const COPYRIGHT = new RegExp(
  `^(?:©|\\(c\\)|copyright)\\s*(?:©|\\(c\\))?\\s*(?:${YEAR}\\s*,?\\s*)?(.+?)\\s*(?:,?\\s*${YEAR})?\\s*(?:[.,;|]\\s*all rights reserved\\.?|\\.)?$`,
  'iu',
);
/** Company-form suffixes that are not part of the name readers know. */
const LEGAL_SUFFIX =
  /,?\s+(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|plc|PLC|GmbH|AG|S\.A\.|SA|Corp\.?|Corporation|Co\.)$/u;
/** A job title or desk after a byline's comma: "By Jane Doe, Staff Writer". */
const ROLE =
  /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|bureau|chief|senior|special|associate|producer|analyst|intern|photographer|host|anchor|fellow|director|political|national|white house|congressional|news desk)\b/iu;

/** A name shape: one to six words, starting with a capital or digit, no sentence inside. */
function nameShaped(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    name.length <= 60 &&
    /^[\p{Lu}\d]/u.test(name) &&
    !/[.!?]\s|[:;]|https?:/u.test(name) &&
    !/^(?:all rights reserved|the author|the authors)$/iu.test(name)
  );
}

export function cleanOutletName(name: string): string {
  let out = name.trim().replace(/[\s.,;]+$/u, '');
  for (let i = 0; i < 2; i++) out = out.replace(LEGAL_SUFFIX, '').trim();
  return out;
}

/** "© The Daily Ledger Ltd 2024" -> "The Daily Ledger". */
export function outletFromCopyright(line: string): string | null {
  const text = line.trim();
  if (text.length > 160 || !/^(?:©|\(c\)|copyright\b)/iu.test(text)) return null;
  // "© Jane Doe/Agency" is a photo credit: a site's notice carries a year or "All rights reserved".
  if (!/\b(?:19|20)\d{2}\b|all rights reserved/iu.test(text) || text.includes('/')) return null;
  // Cut at the second sentence ("… All rights reserved. This material may not be …").
  const first = text.replace(/(all rights reserved\.?).*$/iu, '$1');
  const match = COPYRIGHT.exec(first);
  const name = match?.[1] ? cleanOutletName(match[1].replace(/^by\s+/iu, '')) : '';
  return name && nameShaped(name) && !/^\d+$/u.test(name) ? name : null;
}

/** "By Jane Doe, The Daily Ledger" -> "The Daily Ledger" (not "Staff Writer", not a date). */
export function outletFromByline(line: string): string | null {
  const match = /^by\s+[^,]{2,80},\s*([^,]{2,50})$/iu.exec(line.trim());
  const name = match?.[1]?.trim() ?? '';
  if (!name || ROLE.test(name) || /\d/u.test(name) || /^(?:and|with)\b/iu.test(name)) return null;
  // "By Ann Lee, Tom Ross": two or three capitalised words may be a second author. Taken only
  // when the name cannot be a person's: "The …", one word, an acronym, or four words and more.
  const words = name.split(/\s+/u);
  const personLike =
    words.length >= 2 &&
    words.length <= 3 &&
    !/^the$/iu.test(words[0] ?? '') &&
    !/\b\p{Lu}{2,}\b/u.test(name);
  if (personLike) return null;
  return nameShaped(name) ? cleanOutletName(name) : null;
}

/** "WASHINGTON (Global Wire) - …" -> "Global Wire". */
export function outletFromDateline(lead: string): string | null {
  const match =
    /^[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?(?:,\s*[^()]{1,30}?)?\s*\(([^)]{2,40})\)\s*[-–—]{1,2}\s/u.exec(lead);
  const name = match?.[1]?.trim() ?? '';
  return name && nameShaped(name) ? name : null;
}

/**
 * The site part of a document title that carries the headline: "Headline | Outlet" -> "Outlet".
 * Null when the title is not the headline plus one short part.
 */
export function outletFromTitle(title: string, headline: string): string | null {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const parts = title
    .split(/\s+[|–—·•»-]\s+|\s*\|\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length !== 2 || !headline) return null;
  const [a = '', b = ''] = parts;
  const site = key(a) === key(headline) ? b : key(b) === key(headline) ? a : null;
  return site && nameShaped(site) && site.split(/\s+/u).length <= 5 ? cleanOutletName(site) : null;
}
