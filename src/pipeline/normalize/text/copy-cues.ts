/**
 * normalize/text/copy-cues: the furniture of a story that reaches the reader as a copy of
 * something else — a news database's record, a web archive's capture, an e-mail newsletter, a
 * print page's text view, a fact check's verdict box, a think tank's republication — read from one
 * line, as text/cues.ts reads a web page's furniture (it asks here before its own late rules); a
 * story shown inside another tool (a screenshot, a clipping, a record) is read in screen-cues.ts.
 *
 * In: one line's bare text and its plain form (trailing separators cut). Out: the cue, or null.
 * Nothing here names a site: these are the shapes such copies print, whatever the source.
 */
import { isReprintNote, runningHead } from '../outlet-reprint.ts';
import { isDateLine } from './dates.ts';
import { screenCue } from './screen-cues.ts';

/**
 * The fields of a news database's record around the story (a copy exported from an archive or a
 * search service): "Document 3 of 18", "Length: 799 words", "Load-Date: June 5, 2014",
 * "Publication-Type: Newspaper", "Byline: Jane Doe", "End of Document", a record number, the
 * "Body" label.
 */
const RECORD_FIELD =
  /^(?:document \d+ of \d+|document (?-i:[A-Z\d]){12,}|end of document|body|length\s*:\s*\d[\d,]*\s+words|\d[\d,]* words|(?:load-date|publication-type|document-type|language|section|subject|graphic|classification|journal-code|copyright-notice)\s*:\s*\S.{0,120})$/iu;

/**
 * A breadcrumb trail from the home page, which may end in the headline: "Home > World > Text",
 * "首页 Home > 国际 World > Headline", "Home / Commentary / Headline".
 */
const BREADCRUMB =
  /^(?:\S+\s)?(?:home|homepage|startseite|inicio|accueil|portada)\s*[>›»/]\s*(?:[^>›»/]{1,40}\s[>›»/]\s*)+\S.{0,200}$/iu;

/**
 * A web archive's toolbar over a captured page: "Saved from https://…", "All snapshots from host
 * …", "webpage capture", "412 captures", "About this capture", "Collection: Save Page Now".
 */
const ARCHIVE_TOOLBAR =
  /^(?:saved from\s+\S+|(?:all )?snapshots from (?:host|domain)\s+\S+|webpage capture|\d[\d,]* captures?|about this capture|collected by|collection\s*:\s*.{1,60}|timestamps|download \.zip|report bug or abuse|the wayback machine\s*-\s*\S+)$/iu;

/**
 * An e-mail newsletter's own lines: "View in browser", "Forwarded this email? Sign up here.",
 * "Was this email useful? Yes | No", "You are receiving this email because you signed up for X."
 */
const NEWSLETTER_LINE =
  /^(?:view (?:this (?:email|newsletter) )?in (?:your )?browser|(?:was )?(?:this|forwarded this|someone forwarded(?: you)? this) (?:email|newsletter)\b.{0,80}|(?:you are|you're) receiving this (?:email|newsletter|message)\b.{0,120}|unsubscribe(?:\s*[|•·]\s*.{0,80})?|manage (?:your )?(?:email )?preferences)$/iu;

/** A sponsor's message set between paragraphs: "Sponsored by X: …", "A message from X: …". */
const SPONSOR_LINE =
  /^(?:[Ss]ponsored by|[Pp]resented by|[Bb]rought to you by|[Pp]aid for by|[Ii]n partnership with|[Aa] message from)\s+\p{Lu}[^:]{1,60}:\s*\S.{0,120}$/u;

/** A print page's jump: "Please see STORY, Page A7", "Continued from Page A2", "… begin on Page C7". */
const PAGE_JUMP =
  /^(?:please )?see [^,]{1,40},? page [A-Z]?\d{1,3}$|^continued (?:from|on) page [A-Z]?\d{1,3}$|\b(?:begins?|continues?|starts?) on page [A-Z]?\d{1,3}$|^page [A-Z]?\d{1,3} of \d{1,3}$/iu;

/**
 * A print page's running head: its page and date, and the publication between bars or not
 * ("A9 TUESDAY, FEBRUARY 27, 2018", "A3 | THE DAILY LEDGER | TUESDAY, MAY 5, 2015").
 */
function isRunningHead(bare: string): boolean {
  if (runningHead(bare)) return true;
  const rest = /^(?:page\s+)?[A-Z]{0,2}\d{1,3}\s+(?:\|\s+)?(.{6,60})$/u.exec(bare)?.[1];
  return rest !== undefined && isDateLine(rest);
}

/** A fact check's verdict box: "CLAIM:", "RATING:", "Our ruling:" (the value follows on its line). */
export const VERDICT_LABEL =
  /^(?:the )?(?:claim|rating|verdict|ruling|our ruling|our rating|conclusion)\s*:$/iu;

/** "Cite this commentary", "Suggested citation:", "Our sources": a citation box under the article. */
const CITATION_HEADER =
  /^(?:cite this (?:article|commentary|piece|page|report|story|post|essay|publication|op-ed)|how to cite(?: this)?|suggested citation|our sources|sources (?:used|cited))\s*:?$/iu;

/** "X is a verified signatory of the International Fact-Checking Network's Code of Principles." */
const SIGNATORY = /^\p{Lu}.{1,60} is an? (?:verified |certified |founding )?signatory (?:of|to)\b.{0,120}$/u;

/** A poster's edit note under a forum post: "Edit: fixed the formatting", "Edit 2: thanks". */
const EDIT_NOTE = /^(?:[Ee]dit|EDIT)(?:\s*\d)?\s*:\s*\S.{0,140}$/u;

/** A print story's jump head: a word in capitals over "Continued from Page A2" ("GROVER"). */
export function isJumpHead(text: string, next: string): boolean {
  return /^[\p{Lu}\d\s'’-]{2,40}$/u.test(text.trim()) && /^continued from page\b/iu.test(next.trim());
}

/** A cue as text/cues.ts defines it (declared here so that the two modules import one way). */
interface CopyCue {
  reason: string;
  boundary: boolean;
  inBody?: boolean;
}

/** The cue of a copy's furniture line ("Document 3 of 18", "Saved from https://…"), or null. */
export function copyCue(bare: string, plain: string): CopyCue | null {
  if (RECORD_FIELD.test(plain)) return { reason: 'metadata', boundary: false };
  if (VERDICT_LABEL.test(bare)) return { reason: 'metadata', boundary: false };
  if (NEWSLETTER_LINE.test(plain)) return { reason: 'promo', boundary: false };
  if (SPONSOR_LINE.test(plain)) return { reason: 'ad', boundary: false, inBody: true };
  if (PAGE_JUMP.test(plain) || isRunningHead(bare))
    return { reason: 'navigation', boundary: false, inBody: true };
  if (CITATION_HEADER.test(plain)) return { reason: 'credits', boundary: true };
  if (plain.includes('signatory') && SIGNATORY.test(plain)) return { reason: 'footer', boundary: false };
  if (EDIT_NOTE.test(bare) || isReprintNote(bare)) return { reason: 'credits', boundary: false };
  if (BREADCRUMB.test(bare) || ARCHIVE_TOOLBAR.test(plain)) return { reason: 'navigation', boundary: false };
  // A story shown inside another tool: screenshots, clips, feed items, records, course pages.
  return screenCue(bare, plain);
}
