/**
 * normalize/outlet-reprint: lines that say a page carries a story from somewhere else, and the
 * credits that name where it came from — shared by the text and HTML normalizers.
 *
 * In: single lines of page text outside the article's prose. Out:
 *   isReprintMarker  the page republishes or reposts the story: "Republished with permission.",
 *                    "The post … appeared first on X.", "[From X, May 4, 2019]",
 *                    "Originally published in" (the publication only a logo), "Read the original
 *                    article: https://…" (a link to the original), "This commentary
 *                    first appeared in X on May 4, 2019.", "Posted by u/reader" or "Posted by
 *                    @reader" (a user's post on a forum or a social site)
 *   sourceCredit     a "Source: X" field of the lines around the headline, alone or among other
 *                    fields ("2016-09-10 12:34  Source: X  Editor: Jane Doe")
 *   bracketCredit    "… the site is paywalled: (X)": a poster's note crediting the story
 *   runningHead      a print page's running head "A3 | THE DAILY LEDGER | TUESDAY, MAY 5, 2015"
 *   senderCredit     a forwarded e-mail's "From: X <newsletters@x.com>" when the address is X's own
 *   publicationField a catalogue's field for the item's publication ("Media outlet: X",
 *                    "Publication: X"): the page shows someone else's story, even when it is blank
 *   citationCredit   a reference to the story ("Citation: A. Doe. “Headline.” X, 8 Jun. 2012."): a
 *                    page that cites its story did not publish it
 *   poweredBy        "Powered by X": the software the page runs on, never the outlet
 * Why: a republishing page (a think tank's, a university's, a forum's, a newsletter's) names itself
 * everywhere — logo, title, copyright, og:site_name — and the story's publisher only in one credit.
 * The outlet of the story is the original publisher: on such a page only credits count, and a page
 * that says it republishes without saying from whom gets no outlet (outlet-vote.ts).
 */
import { cleanOutletName, nameShaped } from './outlet.ts';
import { hostLabel, isPlatformName, isSectionLabel, isSiteNameLine, spellsDomain } from './outlet-site.ts';
import { outletKey } from './outlet-vote.ts';
import { isDateLine } from './text/dates.ts';

/** Kinds of piece a republication note names: "This commentary originally appeared in …". */
const PIECE =
  '(?:article|story|piece|commentary|op-ed|column|essay|post|report|analysis|interview|editorial|op-ed piece)';

const REPRINT = [
  // "Republished with permission.", "Reprinted with permission from X", "Reposted from X".
  /^(?:republished|reprinted|reproduced|reposted|syndicated)\b.{0,120}$/iu,
  // "Originally published in" (a logo follows), "First appeared in X on …", "This op-ed first ran in X".
  new RegExp(
    `^(?:(?:this|the) ${PIECE} (?:was )?)?(?:originally|first) (?:published|appeared|ran|posted)(?: (?:by|in|on|at)\\b.{0,120})?[.:]?$`,
    'iu',
  ),
  // "This article is republished with permission", "Coverage is shared with permission …": the
  // page's stories (not a photo, whose credit names the photo) are someone else's, lent to it.
  new RegExp(
    `^(?:(?:this|the|our|all) )?(?:${PIECE}s?|coverage|content|stories) (?:is|are) (?:shared|republished|reprinted|reproduced|reposted|used) with (?:\\w+ )?permission\\b.{0,160}$`,
    'iu',
  ),
  // A user's post: "Posted by u/reader", "submitted by /u/reader", "Posted by @reader".
  /^(?:posted|submitted|shared) by (?:\/?u\/|@)[\w-]{2,40}\b.{0,40}$/iu,
];

/** A record's note over a printed article: "[From The Daily Ledger, May 4, 2019]". */
const FROM_NOTE = /^\[[Ff]rom (?:the )?(\p{Lu}[^,\]]{1,60}),\s*[^\]]{3,40}\]$/u;

/** A blog feed's trailer, "The post Headline appeared first on X." (the headline may be long). */
const APPEARED_FIRST =
  /^the (?:post|article|story) .{2,300}? (?:appeared|was published) first on (.{2,60}?)\.?$/iu;

/**
 * A link to the story's original: "Read the original article: https://…", "View the original
 * story at …". A page that points its reader to the original carries a copy of it.
 */
const ORIGINAL_LINK =
  /^(?:read|view|see) the original (?:article|story|piece|post|report)\s*(?::|at\b|on\b|here\b)/iu;

/** "First published on November 19, 2019 / 8:16 AM": the page's own time stamp, not a reprint note. */
const OWN_STAMP =
  /^(?:originally|first) (?:published|posted)(?: on)?:? (?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d|\d)/iu;

/** Whether a line says the page republishes or reposts a story published elsewhere. */
export function isReprintMarker(line: string): boolean {
  const text = line.trim();
  return (
    (text.length <= 200 && !OWN_STAMP.test(text) && REPRINT.some((pattern) => pattern.test(text))) ||
    (text.length <= 400 && ORIGINAL_LINK.test(text)) ||
    APPEARED_FIRST.test(text) ||
    FROM_NOTE.test(text) ||
    isPublicationField(text) ||
    citationCredit(text) !== null
  );
}

/**
 * A republication note that names the piece ("This commentary first appeared in X on May 4."):
 * a shape the story's own sentences do not take, so it counts even inside the article's text
 * ("Originally published in 1851, the paper …" does not).
 */
export function isPieceNote(line: string): boolean {
  const text = line.trim();
  return APPEARED_FIRST.test(text) || FROM_NOTE.test(text) || PIECE_NOTE.test(text);
}

/** "This commentary first appeared …": compiled once (isPieceNote runs on every short line). */
const PIECE_NOTE = new RegExp(
  `^(?:this|the) ${PIECE} (?:was )?(?:originally|first) (?:published|appeared|ran)\\b`,
  'iu',
);

/**
 * A republication note a story's own sentences cannot be: one naming the piece, or a short line
 * of its own ("Republished with permission.", "Originally published in [logo]"); "Originally
 * published in 1851, the paper …" is prose.
 */
export function isReprintNote(line: string): boolean {
  return isPieceNote(line) || (isReprintMarker(line) && line.trim().split(/\s+/u).length <= 8);
}

/**
 * The publication a republication note names, in the forms outlet-mentions.ts does not read:
 * "This commentary originally appeared in X on May 4, 2019." -> "X".
 */
export function reprintCredit(line: string): string | null {
  const first = APPEARED_FIRST.exec(line.trim()) ?? FROM_NOTE.exec(line.trim());
  if (first) return named(first[1]);
  // "This story was originally published by X. Reprinted with permission.": the note may go on
  // with another sentence; the credit is the first one's (a stop after two letters ends a
  // sentence, so "U.S. News" is not cut after "U.S.").
  const sentences = line.trim().split(/(?<=\p{L}{2}[.!])\s+(?=\p{Lu})/u);
  for (let n = sentences.length; n >= 1; n--) {
    const match = REPRINT_CREDIT.exec(sentences.slice(0, n).join(' '));
    // "appeared in the Courier": a lower-case "the" is the sentence's, "The Courier" the name's.
    const name = named(match?.[1]?.replace(/^the\s+/u, ''));
    if (name) return name;
  }
  return null;
}

/** "Originally published in X on May 4, 2019.": the credit a republication note names, compiled once. */
const REPRINT_CREDIT = new RegExp(
  `^(?:(?:this|the) ${PIECE} (?:was )?)?(?:originally|first) (?:published|appeared|ran|posted) (?:by|in|on|at) (.{2,60}?)(?:\\s+on\\s+.{3,30}|\\s+in\\s+(?:19|20)\\d{2}|,.*)?[.]?$`,
  'iu',
);

/** "Source: X" on its own, or one field of a metadata line ("… 12:34 Source: X Editor: Y"). */
export function sourceCredit(line: string): string | null {
  const text = line.trim();
  if (text.length > 160) return null;
  // The field ends where the next one begins ("Editor:", "Updated:", a capitalised label), at a
  // link ("Source: X, https://…"), at a bar, or at the end.
  const match =
    /(?:^|\s)source\s*:\s*(.{2,60}?)\s*(?=\s(?-i:\p{Lu})[\p{L}-]{1,20}\s*:|\s(?:https?:\/\/|www\.)|\s[|•·]|$)/iu.exec(
      text,
    );
  const name = named(match?.[1]);
  // "Source: Company statement", "Source: staff reporting" credit no publication.
  return name && !isDateLine(name) && isSiteNameLine(name) ? name : null;
}

/** A catalogue's field label for the publication of the item it shows (a metric field, not prose). */
const PUBLICATION_FIELD =
  /^(?:media outlet|outlet|publication|publication name|source publication|media source|news source)\s*:\s*(.{0,80})$/iu;

/** "Media outlet: X", "Publication: X" (or the field left blank): the page shows another's story. */
export function isPublicationField(line: string): boolean {
  return PUBLICATION_FIELD.test(line.trim());
}

/** The name a publication field gives, when it gives one ("(licensed content partner)" names nobody). */
export function publicationCredit(line: string): string | null {
  const name = named(PUBLICATION_FIELD.exec(line.trim())?.[1]);
  return name && isSiteNameLine(name) ? name : null;
}

/**
 * An MLA-style reference to the story, "A. Doe. “Headline.” X, 8 Jun. 2012." -> "X": the name after
 * the quoted title (closed by its own full stop, as MLA does), before a date. A page citing its
 * story is a reader of it, not its publisher; a page's "how to cite this" note in another style
 * ("Doe, “Title,” X, May 4.") and a fact check's source list do not take this shape.
 */
export function citationCredit(line: string): string | null {
  const text = line.trim();
  if (text.length > 400) return null;
  const match =
    /[.?!]["”]\s+(\p{Lu}[^,“”"]{1,60}?),\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+(?:19|20)\d{2}|\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|(?:19|20)\d{2})\b/u.exec(
      text,
    );
  const name = named(match?.[1]);
  // "“Title.” June 4, 2014": a date after the title is no publication.
  return name && isSiteNameLine(name) && !isDateLine(name) && !/^\p{Lu}\p{Ll}+\.?\s+\d/u.test(name)
    ? name
    : null;
}

/** "Powered by X" -> X's key: the software or platform a page runs on is not its outlet. */
export function poweredBy(line: string): string | null {
  const name = named(/^powered by\s+(.{2,40}?)\.?$/iu.exec(line.trim())?.[1]);
  return name ? outletKey(name) : null;
}

/** "Copying the article here for mobile users. (X)": a short note ending in a bracketed name. */
export function bracketCredit(line: string): string | null {
  const text = line.trim();
  if (text.length > 160) return null;
  const name = named(/[.:!?]\s*\(([^()]{2,50})\)$/u.exec(text)?.[1]);
  return name && isSiteNameLine(name) ? name : null;
}

/**
 * A print page's running head: a page label, the publication and the date, in any order, split by
 * bars ("A3 | THE DAILY LEDGER | TUESDAY, MAY 5, 2015") -> the publication.
 */
export function runningHead(line: string): string | null {
  // Every short line of a page is asked: one without a bar is answered before splitting it.
  if (!line.includes('|')) return null;
  const parts = line.trim().split(/\s+\|\s+/u);
  if (parts.length !== 3) return null;
  const page = parts.findIndex((p) => /^(?:page\s+)?[A-Z]{0,2}\d{1,3}$/iu.test(p));
  const date = parts.findIndex((p) => isDateLine(p));
  if (page < 0 || date < 0) return null;
  return named(parts.find((_, i) => i !== page && i !== date));
}

/**
 * A forwarded e-mail's sender, "From: X <newsletters@www.x.com>", when the address is the name's
 * own domain (a person's mail, or a mailing service's, is not the outlet). `newsletters` are the
 * names the mail says the reader signed up for: a newsletter is a product, not its publisher.
 */
export function senderCredit(line: string, newsletters: ReadonlySet<string>): string | null {
  const match = /^from:\s*"?([^"<>]{2,60}?)"?\s*<[^@<>\s]+@([^<>\s]+)>$/iu.exec(line.trim());
  const name = named(match?.[1]);
  const label = hostLabel(match?.[2] ?? '');
  if (!name || !label || newsletters.has(outletKey(name))) return null;
  return spellsDomain(name, label) ? name : null;
}

/** "You are receiving this email because you signed up for X." -> X's key (the newsletter). */
export function signedUpFor(line: string): string | null {
  const match = /\b(?:signed up for|subscribed to) (?:the )?(\p{Lu}[^.!]{1,50}?)[.!]?$/u.exec(line.trim());
  const name = named(match?.[1]);
  return name ? outletKey(name) : null;
}

function named(raw: string | undefined): string | null {
  const name = cleanOutletName(raw ?? '');
  if (!name || !nameShaped(name) || isSectionLabel(name) || isPlatformName(name)) return null;
  return /^(?:our|my|your|this|us|me|the|staff|wire|agencies|unknown|internet|web)$/iu.test(name)
    ? null
    : name;
}
