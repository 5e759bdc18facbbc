/**
 * normalize/text/masthead: a masthead line that names the outlet alone, trusted by where it stands
 * and what stands around it.
 *
 * In: the page's lines and cues, the headline's line and the body region. Out: the masthead's
 * name, or null. A site-name line at the top of a page is weak on its own (outlet-vote.ts): a
 * column's title, a kicker or a programme looks the same. It is trusted here only when all of
 * these hold:
 *   shape     it reads as a news outlet's name, not a person's, a section's or a topic's: a news
 *             medium's word ("Times", "Monitor", "News"), "The" before capitalised words ("The
 *             Hill"), or an acronym ("NPR") — never one plain word ("Salon", "Elections"), which a
 *             section or a topic prints the same way, nor several words in capitals ("THE BIG
 *             READ"), which a kicker prints as often as a masthead
 *   place     it is the first name-shaped line of the page, above the headline, with nothing but
 *             short furniture above it (menus, account links, language names, widgets): another
 *             name there (a portal's, a reader app's, an organisation's) heads someone else's page
 *   company   the line under it is the site's navigation or account links ("Politics", "Topics",
 *             "Subscribe", "Sign in"), a section's heading under the same name ("NPR Business"),
 *             the banner of the site's app ("Free · Google Play"), or the masthead's tagline ("Serving Greer County since
 *             1899", "Vol. 115, No. 47"); never a series' part line ("Part 2 of 4"). A name right
 *             over the headline is not enough: a kicker or a column's title stands there too
 * Over a newspaper's own tagline (a founding year before 2000, a volume and issue line) any
 * name-shaped line is the masthead, one plain word or a person-like name too: kickers, topics and
 * columns print no such line under them.
 * Each is a general shape of a page's header, not of one site.
 */
import { MEDIA_WORD } from '../outlet.ts';
import { isSectionLabel, isSiteNameLine } from '../outlet-site.ts';
import type { Cue } from './cues.ts';
import { isMenuLine } from './headline.ts';
import { isDateLine } from './dates.ts';
import { lineFingerprint, type Line } from './lines.ts';
import type { Region } from './region.ts';

/** How far down the page a masthead may stand (language links, a ticker, account links above it). */
const MASTHEAD_REACH = 8;
/** Lines above a masthead are short: a menu item, a language's name, "Sign in". */
const SHORT = 4;
/** Account and site links printed beside a masthead. */
const ACCOUNT =
  /^(?:[☰≡]\s*)?(?:subscribe(?: now)?|sign in|sign up|log in|login|register|my account|account|menu|search|sections|e-edition|newsletters?|today'?s paper|print edition)$/iu;
/** A language switcher's items above a masthead: "English", "日本語". */
const LANGUAGE =
  /^(?:english|español|espanol|français|francais|deutsch|italiano|português|portugues|nederlands|polski|türkçe|русский|українська|العربية|עברית|हिन्दी|中文|日本語|한국어|tiếng việt|bahasa(?: indonesia| melayu)?)$/iu;
/** The part line under a series' title: "Part 2 of 4", "Chapter 3", "Episode 5". */
export const SERIES_PART =
  /^(?:part|chapter|episode|installment)\s+(?:\d+|one|two|three|four|five|six)(?:\s+of\s+\w+)?\b.{0,40}$/iu;
/** A masthead's tagline: "Serving Greer County since 1899", "Vol. 115, No. 47 · Week of …". */
const TAGLINE =
  /^(?:serving\s.{3,60}|.{3,80}\bsince\s(?:1[6-9]|20)\d{2}\.?|vol(?:ume)?\.?\s*[\divxlc]+\s*,?\s*(?:no|issue)\.?\s*\d+\b.{0,60})$/iu;
/**
 * A newspaper's own tagline, which nothing but a masthead stands over: a founding year of the last
 * century or before ("… since 1899", not a writer's "since 2014"), or a volume and issue line.
 */
const PAPER_TAGLINE =
  /^(?:.{3,80}\bsince\s1[6-9]\d{2}\.?|vol(?:ume)?\.?\s*[\divxlc]+\s*,?\s*(?:no|issue)\.?\s*\d+\b.{0,60})$/iu;

/** A news outlet's name: a medium's word, "The" before capitalised words, or an acronym. */
function outletShaped(name: string): boolean {
  const words = name.split(/\s+/u);
  // "THE BIG READ": a kicker or a column's label is printed in capitals as often as a masthead;
  // "Cedar Valley Courier 197": a feed's name with its count of unread items.
  if (words.length > 1 && name === name.toUpperCase()) return false;
  if (words.some((w) => /^\d+$/u.test(w))) return false;
  if (MEDIA_WORD.test(name)) return true;
  if (/^the(?:\s+(?-i:\p{Lu})[\p{L}'’-]*)+$/iu.test(name)) return true;
  return /^\p{Lu}{2,5}$/u.test(name);
}

/** A mobile page's banner for the site's own app: "Free · Google Play", "Get the app". */
const APP_BANNER =
  /^(?:free\s*[·•|-]\s*(?:google play|app store)|get the app|open in (?:the )?app|install the app)$/iu;

/** The site's navigation, account links, app banner or tagline: what a masthead stands over. */
function headerLine(line: Line | undefined, name = ''): boolean {
  if (!line) return false;
  // "NPR / NPR Business": the masthead again with a section's word, the section's own heading.
  const section =
    name !== '' && line.bare.startsWith(`${name} `) && isSectionLabel(line.bare.slice(name.length + 1));
  // "首页 Home", "政治 Politics": a bilingual menu item, read by its Latin-script words.
  const latin = line.bare.replace(/[^\p{Script=Latin}\d\s&.'’-]+/gu, ' ').trim();
  return (
    isSectionLabel(line.bare) ||
    (latin !== '' && latin !== line.bare && isSectionLabel(latin)) ||
    ACCOUNT.test(line.bare) ||
    APP_BANNER.test(line.bare) ||
    isMenuLine(line.text) ||
    TAGLINE.test(line.bare) ||
    section
  );
}

/** An edition's date line under a masthead: "TUESDAY, NOVEMBER 27, 2012", "Tue 27 Nov 2012". */
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s/iu;

/**
 * The site's header under line i: its edition date (a weekday's full date) over the site's menu
 * or account links, or two account links in a row ("Subscribe", "Log in", "☰ Sections").
 */
function fullHeader(lines: readonly Line[], i: number): boolean {
  const [a, b, c] = [lines[i + 1], lines[i + 2], lines[i + 3]];
  if (!a) return false;
  if (WEEKDAY.test(a.bare) && isDateLine(a.bare)) return headerLine(b) || headerLine(c);
  // Right under the account links ("Subscribe", "Sign in"; a chain's banner may stand between) and
  // over the site's menu (two section names in a row): the logo's place in a site's header. A
  // menu's own item ("Home / For you / Following") stands under other menu items, not under these.
  const above = lines[i - 1];
  const account = (l: Line | undefined) => l !== undefined && ACCOUNT.test(l.bare);
  const accountAbove =
    account(above) || (above !== undefined && NETWORK.test(above.bare) && account(lines[i - 2]));
  if (accountAbove && isSectionLabel(a.bare) && b !== undefined && isSectionLabel(b.bare)) return true;
  return ACCOUNT.test(a.bare) && b !== undefined && (ACCOUNT.test(b.bare) || headerLine(b));
}

/** A chain's banner over its paper's masthead: "Part of the Meridian Local News network". */
const NETWORK = /^part of the .{2,60}\b(?:network|group|family)\.?$/iu;

/** A line that may stand above a masthead: a cue, a menu item, an account link, a language, a widget. */
function aboveMasthead(line: Line, cue: Cue | null): boolean {
  if (cue || headerLine(line) || LANGUAGE.test(line.bare) || NETWORK.test(line.bare)) return true;
  return line.words <= SHORT && !isSiteNameLine(line.bare);
}

/** The masthead's name where its place and company make it trustworthy alone, else null. */
export function trustedMasthead(
  lines: readonly Line[],
  cues: readonly (Cue | null)[],
  head: number | null,
  region: Region,
): string | null {
  const top = Math.min(head ?? region.start, MASTHEAD_REACH + 1);
  for (let i = 0; i < top; i++) {
    const line = lines[i] as Line;
    // "DOW / 38,654.42 / +0.31%": a ticker's symbol over its quote is a widget, not a name.
    const ticker = /^[+\-−]?[\d.,]+%?$/u.test(lines[i + 1]?.bare ?? '');
    // Over a newspaper's tagline any name is the masthead ("Valley Courier", "Pinecrest", "Jane
    // Doe's Weekly"): the shape rule below guards against kickers and topics, which print no tagline.
    const paper = !cues[i] && isSiteNameLine(line.bare) && PAPER_TAGLINE.test(lines[i + 1]?.bare ?? '');
    if (paper && (head === null || lineFingerprint(line) !== lineFingerprint(lines[head] as Line)))
      return line.bare;
    // Over the site's whole header — the edition's date line then its menu, or two account links
    // ("Subscribe", "Log in") — a one-word or capitals name is the masthead too: a kicker, a topic
    // or a column's title stands by the headline, never over the account links or the date.
    const site = !cues[i] && isSiteNameLine(line.bare) && fullHeader(lines, i);
    if (site && (head === null || lineFingerprint(line) !== lineFingerprint(lines[head] as Line)))
      return line.bare;
    if (cues[i] || ticker || !isSiteNameLine(line.bare) || !outletShaped(line.bare)) {
      // Only short furniture may stand above the masthead: a line of prose (a cookie notice, an
      // alert's sentence) or another name (a portal's, a reader app's, an organisation's) heads a
      // page whose masthead is not this one.
      if (ticker || aboveMasthead(line, cues[i] ?? null)) continue;
      return null;
    }
    if (head !== null && lineFingerprint(line) === lineFingerprint(lines[head] as Line)) return null;
    const next = lines[i + 1];
    // "The Hidden Ledger / Part 2 of 4": a series' title over its part line.
    if (SERIES_PART.test(next?.bare ?? '')) return null;
    return headerLine(next, line.bare) ? line.bare : null;
  }
  return null;
}
