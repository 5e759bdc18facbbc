/**
 * normalize/outlet: the outlet a page names, by signals any news site prints — shared by the
 * text and HTML normalizers so both read a page the same way.
 *
 * In: single lines of page text (a footer line, a byline, the lede).
 * Out: the outlet's name as printed, without legal suffixes ("© The Daily Ledger Ltd 2024" ->
 * "The Daily Ledger"), or null.
 *   copyright line    "© Outlet 2019", "Copyright 2019 Outlet. All rights reserved."
 *   byline            "By Jane Doe, Outlet" (a job title after the comma is not an outlet)
 *   wire dateline     "WASHINGTON (Outlet) - ..."
 *   (a document title's site part: normalize/outlet-title.ts; site furniture naming the outlet:
 *   normalize/outlet-mentions.ts and outlet-self.ts; site-name lines and domains:
 *   normalize/outlet-site.ts; places and sentences that are no name: outlet-not-names.ts)
 * No outlet is listed by name: these are the shapes, whatever the site.
 */

import { sentenceLike } from './outlet-not-names.ts';
import { isSectionLabel } from './outlet-site.ts';
import { isAgencyName } from './text/sources.ts';

const YEAR = '(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:(?:19|20)?\\d{2}))?';
const COPYRIGHT = new RegExp(
  `^(?:©|\\(c\\)|copyright)\\s*(?:©|\\(c\\))?\\s*(?:${YEAR}\\s*[,.]?\\s*)?(.+?)\\s*(?:,?\\s*${YEAR})?\\s*(?:[.,;|]\\s*all rights reserved\\.?|\\.)?$`,
  'iu',
);
/** Company-form suffixes that are not part of the name readers know. */
const LEGAL_SUFFIX =
  /,?\s+(?:Ltd\.?|Limited|Inc\.?|LLC|L\.L\.C\.|plc|PLC|GmbH|AG|S\.A\.|SA|Corp\.?|Corporation|Co\.)$/u;
/** Words a company adds after the outlet's name in a legal line. */
const OWNER_SUFFIX =
  /\s+(?:media(?:\s+(?:group|company|network))?|group|holdings|publishing|publications|communications|enterprises|company)$/iu;
/** A job title or desk after a byline's comma: "By Jane Doe, Staff Writer". */
export const ROLE =
  /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|bureau|chief|senior|special|associate|producer|analyst|intern|photographer|host|anchor|fellow|director|political|national|white house|congressional|news desk)\b/iu;

/** A name shape: one to six words, starting with a capital or digit, no sentence inside. */
export function nameShaped(name: string): boolean {
  const words = name.split(/\s+/u);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    name.length <= 60 &&
    /^[\p{Lu}\d]/u.test(name) &&
    !/[.!?]\s|[:;]|https?:/u.test(name) &&
    // "Senate February 21, 2019": a name with a calendar date in it is an issue or a session.
    !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b/iu.test(
      name,
    ) &&
    // A year names an issue or an offer ("Black Friday 2019 Deals"), not an outlet.
    !/\b(?:19|20)\d{2}\b/u.test(name) &&
    // "November 19" ("First published on November 19, 2019"): a day, not a name.
    !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$/iu.test(
      name,
    ) &&
    !/^(?:all (?:rights reserved|contents?|material|text)|the author|the authors)$/iu.test(name) &&
    !sentenceLike(name)
  );
}

/** An outlet name tidied for display: doubled "The", trailing legal forms and punctuation removed. */
export function cleanOutletName(name: string): string {
  // "The The Outlet": a template that puts "The" before a name that already has it.
  let out = name
    .trim()
    .replace(/[\s.,;]+$/u, '')
    .replace(/^the\s+(?=the\s)/iu, '');
  for (let i = 0; i < 2; i++) out = out.replace(LEGAL_SUFFIX, '').trim();
  // "The Portsea Gazette and" (a name cut mid-phrase): a joining word does not end a name.
  return out.replace(/(?:\s+(?:and|of|the|&|de|for|at|in|on))+$/iu, '').trim();
}

/** "© The Daily Ledger Ltd 2024" -> "The Daily Ledger". */
export function outletFromCopyright(line: string): string | null {
  // "All content © 2024 Outlet", "Outlet. All rights reserved.", "Outlet, all rights reserved, 2019".
  const text = line
    .trim()
    .replace(/^(?:all )?(?:content|contents|material|text|site)\s+(?=©|\(c\)|copyright\b)/iu, '')
    .replace(
      /^(?!copyright\b)(\p{Lu}[^©.]{1,60}?)[.,]?\s+all rights reserved\.?(?:,?\s*(?:19|20)\d{2}\.?)?$/iu,
      '© $1. All rights reserved.',
    );
  // "Outlet · All content © 2019": the site's notice printing its name first, read as "© 2019 Outlet".
  const notice = SITE_NOTICE.exec(text);
  if (notice) return outletFromCopyright(`© ${notice[2] ?? ''} ${notice[1] ?? ''}. All rights reserved.`);
  const named = nameFirstCopyright(text);
  if (named !== undefined) return named;
  if (text.length > 160 || !/^(?:©|\(c\)|copyright\b)/iu.test(text) || text.includes('/')) return null;
  // "© Jane Doe" is a photo credit: a site's notice carries a year or "All rights reserved", or
  // names a medium or a company ("Copyright Harbour Media Group", "© Valley News Ltd").
  if (!/\b(?:19|20)\d{2}\b|all rights reserved/iu.test(text)) {
    const name = cleanOutletName(text.replace(/^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*/iu, ''));
    // "Copyright Estuary Courier Media Group": the outlet, without its owner's company words.
    const outlet = name.replace(OWNER_SUFFIX, '').replace(/\s*&$/u, '').trim();
    const company = LEGAL_SUFFIX.test(text.replace(/[\s.]+$/u, '')) || /\b(?:group|company)$/iu.test(name);
    if (!(company || MEDIA_WORD.test(name))) return null;
    return nameShaped(outlet) && outlet.length >= 2 ? outlet : nameShaped(name) ? name : null;
  }
  // Cut at the second sentence ("… All rights reserved. This material may not be …"); a database
  // record prints "Copyright 2018 Outlet All Rights Reserved" without the stop; a newsletter's
  // footer adds the postal address ("© 2013 Outlet, 1200 Commerce Street, Suite 400, …"); a second
  // sentence ("Reproduction without permission is prohibited.") and "unless otherwise noted" go too.
  const first = text
    .replace(
      /(all rights reserved\.?).*$|(?<=\p{L})\.\s+(?:reproduction|republication|redistribution)\b.*$/iu,
      '$1',
    )
    .replace(/\s+unless otherwise (?:noted|stated|indicated)\b/iu, '')
    .replace(/(?<=\p{L})\s+(?:[-–—]\s+)?(?=all rights reserved\.?$)/iu, '. ')
    .replace(/,\s*(?:p\.?\s?o\.? box\s+)?\d+[\p{L}]?\s+\p{Lu}.*$/u, '')
    // "© 2019 X, LLC. Click here for reprint permission.": the company's legal form ends the notice.
    .replace(/(,?\s+(?:LLC|Inc|Ltd|plc|Corp|Co)\.)\s+(?!all rights reserved)\p{Lu}.*$/iu, '$1');
  const match = COPYRIGHT.exec(first);
  const name = match?.[1] ? cleanOutletName(match[1].replace(/^by\s+/iu, '')) : '';
  if (!name || !nameShaped(name) || /^\d+$/u.test(name)) return null;
  // "© 2014 Valley Times, Pine Hollow": the place a local paper serves follows its name after a
  // comma (a legal form there is already cut); a medium's word after it is part of the name.
  const [own = '', ...place] = name.split(/\s*,\s*/u);
  return place.length > 0 && !place.some((p) => MEDIA_WORD.test(p)) && nameShaped(own) ? own : name;
}

/**
 * "Outlet · All content © 2019", "Outlet | All rights reserved © 2019": a name, a separator, then a
 * notice that speaks of the site's whole content — never a picture's credit, which names its maker
 * and the year alone ("Agency © 2019", below).
 */
const SITE_NOTICE = new RegExp(
  `^([\\p{Lu}\\d][^©:|/()·•]{0,58}?)\\s*[·•|–—-]\\s*(?:all (?:content|contents|material|rights reserved)\\s*[.,]?\\s*)(?:©|\\(c\\)|copyright)\\s*(${YEAR})\\s*(?:[.,]\\s*all rights reserved\\.?|\\.)?$`,
  'iu',
);

/**
 * "Outlet © 2019": the name printed before the sign and the year, a footer's other order — and a
 * photo's or a clip's credit ("Agency © 2019") as often, so callers weigh it as a weak signal
 * (`isNameFirstCopyright`): it counts only beside a signal of another kind naming the same outlet.
 */
const NAME_FIRST =
  /^([\p{Lu}\d][^©:|/()]{0,58}?)\s*©\s*((?:19|20)\d{2})\b\s*(?:[.,]\s*all rights reserved\.?|\.)?$/iu;

/**
 * The outlet of a name-first copyright line, null for one that names no outlet, undefined for a
 * line of another shape. "Jane Doe © 2019" is a photographer's credit: a name of two or three
 * words that could be a person's names nobody; one word, an acronym or a media word is a site.
 */
/** A copyright line printing the name before the sign ("Outlet © 2019"): a weak signal. */
export const isNameFirstCopyright = (line: string): boolean =>
  NAME_FIRST.test(line.trim()) && !SITE_NOTICE.test(line.trim());

/** The name a name-first copyright line prints, whoever it may be ("Jane Doe © 2019"). */
export const nameFirstName = (line: string): string =>
  cleanOutletName(NAME_FIRST.exec(line.trim())?.[1] ?? '');

function nameFirstCopyright(text: string): string | null | undefined {
  const match = NAME_FIRST.exec(text);
  if (!match) return undefined;
  const name = cleanOutletName(match[1] ?? '');
  if (!nameShaped(name) || (personLike(name) && /\s/u.test(name))) return null;
  return name;
}

/**
 * "By Jane Doe, The Daily Ledger" -> "The Daily Ledger" (not "Staff Writer", not a date); with
 * several authors the outlet is the last comma part: "By Ann Lee, Tom Ross and Kim Park, Daily News".
 */
export function outletFromByline(line: string): string | null {
  const match = /^by\s+(.{2,200})$/iu.exec(line.trim());
  // "By Jane Doe | Outlet", "By Jane Doe • Outlet": the outlet after a bar or a dot, as after a comma.
  const parts = (match?.[1] ?? '').split(/\s*,\s*|\s+[|•·]\s+/u);
  if (parts.length < 2 || parts.length > 5) return null;
  // "By DAN SMITH, FOR THE LEDGER", "By Jane Doe, Special to The Ledger": the outlet after "for".
  // "By Jane Doe, Daily Ledger Staff": the desk's owner before "Staff" (not "Senior Staff").
  const name = (parts.at(-1) ?? '')
    .trim()
    .replace(/^(?:special (?:to|for)|for)\s+/iu, '')
    .replace(/^(.{2,50}?)\s+staff$/iu, (whole, owner: string) => (ROLE.test(owner) ? whole : owner));
  const authors = parts.slice(0, -1).flatMap((p) => p.split(/\s+(?:and|&)\s+/iu));
  // "Ann Lee, USA TODAY and Tom Ross, Valley Press": two affiliations, no one outlet.
  if (parts.slice(1, -1).some((p) => MEDIA_WORD.test(p) || /\b\p{Lu}{3,}\b/u.test(p))) return null;
  if (!authors.every((a) => a.length >= 2 && a.length <= 80 && /^\p{Lu}/u.test(a))) return null;
  if (
    !name ||
    name.length > 50 ||
    ROLE.test(name) ||
    /\d/u.test(name) ||
    /^(?:and|with|updated|published|posted)\b/iu.test(name) ||
    isSectionLabel(name) ||
    genericMedium(name)
  )
    return null;
  // "By Ann Lee, Tom Ross": two or three capitalised words may be a second author. Taken only
  // when the name cannot be a person's: "The …", one word, an acronym, four words and more, or
  // a word that names a news medium ("Daily", "News", "Times", "Radio"…).
  const words = name.split(/\s+/u);
  const personLike =
    words.length >= 2 &&
    words.length <= 3 &&
    !/^the$/iu.test(words[0] ?? '') &&
    !/\b\p{Lu}{2,}\b/u.test(name) &&
    !MEDIA_WORD.test(name);
  if (personLike) return null;
  return nameShaped(name) ? cleanOutletName(name) : null;
}

/** Words that name a news medium, not a person (generic mastheads, any outlet). */
export const MEDIA_WORD =
  /\b(?:news|daily|times|post|herald|journal|tribune|gazette|press|wire|radio|television|tv|today|courier|chronicle|observer|telegraph|guardian|sentinel|examiner|dispatch|bulletin|review|magazine|weekly|online|media|network|broadcasting|register|standard|monitor|inquirer|star|globe|mail|express|reporter|zeitung|nachrichten|presse|noticias|diario|giornale|notícias|krant|berita)\b/iu;

/** "WASHINGTON (Global Wire) - …" -> "Global Wire"; a wire's lede may drop the city: "(Global Wire) - …". */
export function outletFromDateline(lead: string): string | null {
  const match =
    /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?(?:,\s*[^()]{1,30}?)?\s*)?\(([^)]{2,40})\)\s*[-–—]{1,2}\s/u.exec(
      lead,
    );
  const name = match?.[1]?.trim() ?? '';
  return name && nameShaped(name) ? name : null;
}

/** "Story by Jane Doe • Outlet • 3h": an aggregator's credit of the publisher that wrote the story. */
export function outletFromStoryCredit(line: string): string | null {
  const text = line.trim();
  if (text.length > 120 || !/^story by\s/iu.test(text)) return null;
  return outletFromCredit(text);
}

/** Desk names that follow the outlet in a staff credit: "Daily Ledger Staff", "Outlet News Desk". */
const STAFF =
  /^(?:(?:words |story |reporting )?by\s+)?(.{2,50}?)\s+(?:staff(?: writers?| reports?| and wire reports| and agencies)?|news staff|web staff|digital staff|newsroom|news desk|editorial (?:staff|board)|editors)\.?$/iu;
/**
 * A word in capitals. Without "BY" before it, a capitals credit's person is two or three words: a
 * longer capitals phrase before "FOR" is an institution's heading ("UNITED STATES DISTRICT COURT
 * FOR THE …"), not a reporter.
 */
const CAPS_WORD = "\\p{Lu}[\\p{Lu}'’.-]+";
/** Two to four capitalised words (a person), "and" between several. */
const PERSON = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|van|de|von|der|da|and|&)){1,5}";

/**
 * Credit lines near the headline that name the outlet: "Jane Doe for The Daily Ledger",
 * "Jane Doe (Daily Ledger)", "By Daily Ledger Staff", "Story by Jane Doe • Daily Ledger" (the aggregator form).
 */
export function outletFromCredit(line: string): string | null {
  const text = line.trim();
  if (text.length > 120) return null;
  // "Jane Doe for Outlet", or in capitals "By JANE DOE FOR OUTLET"; never a title-case "For".
  const forOutlet =
    new RegExp(`^(?:[Bb]y\\s+)?${PERSON}\\s+for\\s+([^,]{2,50})$`, 'u').exec(text) ??
    new RegExp(
      `^(?:[Bb][Yy]\\s+${CAPS_WORD}(?:\\s+${CAPS_WORD}){1,3}|${CAPS_WORD}(?:\\s+${CAPS_WORD}){1,2})\\s+FOR\\s+([^,]{2,50})$`,
      'u',
    ).exec(text);
  const story = new RegExp(
    `^[Ss]tory by\\s+${PERSON}\\s*[•·|]\\s*([^•·|]{2,50}?)(?:\\s*[•·|].*)?$`,
    'u',
  ).exec(text);
  // "By Jane Doe, Staff Writer" is a person and a job, not "Jane Doe" staff.
  const staff = /,/u.test(text) ? null : STAFF.exec(text);
  // "Jane Doe (Daily Ledger)": the writer's outlet in brackets after the name (not a handle).
  const bracketed = new RegExp(`^(?:[Bb]y\\s+)?${PERSON}\\s+\\(([^()@]{2,50})\\)$`, 'u').exec(text);
  // "Jane Doe, The Daily Ledger" / "Jane Doe | Daily Ledger": a byline printed without "By" —
  // a two- or three-word name, then a short outlet without quotes (not a headline's second clause).
  if (
    !forOutlet &&
    !story &&
    !staff &&
    !bracketed &&
    text.split(/\s+/u).length <= 9 &&
    !/["“”‘’']/u.test(text) &&
    new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}\\s*(?:,|[|•·])\\s`, 'u').test(text)
  )
    return outletFromByline(`By ${text}`);
  const name = cleanOutletName((forOutlet ?? story ?? staff ?? bracketed)?.[1] ?? '');
  if (!name || ROLE.test(name) || /^(?:the|our|by)$/iu.test(name) || /[|•·/]|\sby\s/iu.test(name))
    return null;
  // "Staff" after a lower-case word is a job ("White House staff" is capitalised, so a caller
  // reads these only in the byline block).
  return nameShaped(name) && !/\d/u.test(name) ? name : null;
}

/** "Online", "Daily News": words that name a kind of medium, not one outlet. */
const GENERIC_MEDIUM =
  /^(?:news|online|daily|weekly|media|network|tv|television|radio|digital|web|wire|newsroom|staff)$/iu;

/** Whether a name is only a generic media word ("News", "Online", "Staff") and so names no outlet. */
export function genericMedium(name: string): boolean {
  return name
    .replace(/^the\s+/iu, '')
    .split(/\s+/u)
    .every((word) => GENERIC_MEDIUM.test(word));
}

/**
 * Whether a name may be a person's: two or three capitalised words with no media word, no "The"
 * and no acronym ("Jane Doe", "Kevin Park Lee"). Lines that would name a person ("About Jane Doe",
 * "Follow Jane Doe on X") are not read as the outlet.
 */
export function personLike(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    !/^the$/iu.test(words[0] ?? '') &&
    !/\b\p{Lu}{2,}\b/u.test(name) &&
    !MEDIA_WORD.test(name)
  );
}

/**
 * A single word after a byline's comma or bar may be a place ("By Jane Doe, London") as well as
 * an outlet ("By Jane Doe, Politico"): such a name needs another signal. An acronym ("NPR") or a
 * media word ("Newsweek") is an outlet.
 */
export function placeLike(name: string): boolean {
  const bare = name.trim();
  return !/\s/u.test(bare) && !/^\p{Lu}{2,5}$/u.test(bare) && !MEDIA_WORD.test(bare) && !isAgencyName(bare);
}
