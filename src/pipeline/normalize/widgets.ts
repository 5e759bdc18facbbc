/**
 * normalize/widgets: the body's paragraphs -> which of them belong to a widget the page set between
 * the story's paragraphs (a chart, an embedded social post, a machine summary, an audio player),
 * with the reason. Used by normalize/furniture.ts (both normalizers).
 *
 * In: the paragraphs and the reasons found so far (null = story). Out: reasons filled in place.
 * A widget is told by what it is, never by a site's wording:
 *   graphic        a chart's credit lines ("Source: …", "Sources: …", "Chart: Jane Doe",
 *                  "Graphic: …"), the reader's controls ("Expand chart", "Hover or tap …",
 *                  "Pinch to zoom …"), and the chart's title and units: short lines that do not end
 *                  like a sentence, right above a credit line (the block reads title, units, source)
 *   embedded-post  the player's buttons after a post's "— Name (@handle) date" signature line
 *                  ("View on X", "Read replies", "Copy link to post"). Not the post's text above
 *                  it: the pasted text may have lost the post already, and the line above is then
 *                  the story's (tried: it cut three story paragraphs on one tune page)
 *   summary-box    the note that a summary (or a story assistant's answers) was made by software, and the feedback buttons
 *                  ("Did this summary help you?", "Thumbs up"); near the top of the body, the short
 *                  lines above the first of them are the summary's head and bullets
 *   audio-player   the note that a narration is a synthetic voice or a member perk
 *   poll           a reader poll's note that it is no survey ("This is not a scientific poll …",
 *                  "One vote per reader") and its tool's credit ("Poll widget by X")
 *   results-table  a results table's legend ("A checkmark marks a projected winner.")
 *   sponsor        a sponsor's label between paragraphs ("Sponsor message") and the sponsor's
 *                  name printed on the line under it
 * Only short paragraphs: prose that mentions a source or a chart runs longer and ends a sentence.
 * Pasted text keeps a widget's lines together in one block: text/boxes.ts reads the whole block
 * by its buttons and credits (`isWidgetAnchor`).
 */

/** A chart's credit: "Source: National Office", "Sources: A; B", "Chart: Jane Doe", "Graphic: X / Y". */
/** A credit names a body or a person in a few words; "Source: a person familiar with … said …" is prose. */
const GRAPHIC_CREDIT =
  /^(?:sources?|data|chart|charts|graphic|graphics|map|visuali[sz]ation|data visuali[sz]ation)\s*:\s*\S+(?:\s+\S+){0,9}$/iu;
// A dated line ("Source: Defense Ministry, October 25, 2019") cites a document the story shows:
// kept (one on the 181 real pages, body there).
const CREDIT_VERB = /\b(?:said|says|told|according)\b|[.!?]$|\b(?:19|20)\d{2}\b/iu;
/** The reader's controls of a chart or a map, and the note on the charting tool. */
const GRAPHIC_CONTROL =
  /^(?:(?:expand|enlarge|open|view) (?:the )?(?:chart|graphic|map|table|interactive)|(?:hover|tap|click|pinch|scroll|swipe)\b.{0,50}\b(?:chart|graphic|map|bars?|table|zoom|exact values?)|charts? (?:made|built|created) with\b.{0,120})\.?$/iu;
/** A chart's title or units above its credit: a short line that is no sentence. */
const MAX_GRAPHIC_LINE = 80;
/** Title, subtitle, units and a control: at most this many lines above a credit. */
const MAX_GRAPHIC_HEAD = 4;

/** "— Jane Doe (@jdoe) June 3, 2019": an embedded post's signature on a line of its own. */
const POST_SIGNATURE = /^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)/u;
/** The player's buttons: "View on X", "View this post on the app", "Read replies", "Copy link". */
const POST_CHROME =
  /^(?:(?:view|see|open)(?: this)?(?: post| thread| video)? on (?:the app|[\p{L}]+(?: [\p{L}]+)?)|read (?:\d+ |more )?replies|copy link(?: to (?:post|tweet|video))?|(?:\d+ )?(?:likes?|reposts?|retweets?|comments?))\.?$/iu;
/** The same buttons standing alone (the signature may be gone): only those naming a social platform or a post. */
const POST_BUTTON =
  /^(?:(?:view|see|open)(?: this)? (?:post|thread|video) on (?:the app|\p{L}+)|(?:view|see|open) on (?:X|Twitter|Threads|Bluesky|Instagram|Facebook|TikTok|Mastodon|YouTube)|read (?:\d+ )?replies|copy link to (?:post|tweet))$/iu;

/** The note that a summary was written by software, and its feedback buttons. */
const SUMMARY_NOTE =
  /^(?:(?:ai|machine|automated|auto)-?generated summary\b|generated summary\b)|\b(?:summar(?:y|ies)|answers?|responses?)\b.{0,40}\b(?:generated|drafted|written|produced|created)\b.{0,30}\b(?:software|automated|automation|ai|artificial intelligence|machine|tool)\b|\b(?:bullet points?|summary|highlights) (?:generated|drafted|written|produced|created) by (?:an? )?(?:automated|ai\b|artificial|software|machine)/iu;
const SUMMARY_FEEDBACK =
  /^(?:(?:did|was) this (?:summary|article|story) help(?:ful)?(?: (?:to )?you)?\??|thumbs (?:up|down))$/iu;

/** The note that a narration is read by a synthetic voice, or is a perk for members. */
const AUDIO_NOTE =
  /\bnarrat(?:ion|ed|or)\b.{0,60}\b(?:synthetic|automated|ai|artificial|computer-generated|text-to-speech)\b|\bnarrated (?:articles?|stories) (?:are|is) a (?:member|subscriber)\b/iu;
const MAX_NOTE = 160;

/**
 * A reader poll's own note: it is not a survey of the public ("This is not a scientific poll; …",
 * "One vote per reader.", "Results are informal …"), said of the poll itself, as a sentence opens.
 */
const POLL_NOTE =
  /^(?:this is not a scientific (?:poll|survey)|(?:this|our|the) (?:reader |online )?(?:poll|survey) is (?:not scientific|unscientific|informal|not a scientific)|one vote per (?:reader|person|user|visitor|device)|(?:poll )?results (?:are|reflect) (?:informal|unscientific|not scientific|only (?:the )?(?:readers|votes|those))\b)/iu;
/** The poll tool's credit: "Poll widget by X", "Polls powered by X". */
const POLL_CREDIT =
  /^(?:[Pp]olls?|[Ss]urvey|[Qq]uiz)(?: widget| tool)? (?:by|powered by|from) \p{Lu}[^.!?:]{1,60}$/u;
/** A results table's legend: "A checkmark marks a projected winner.", "✓ indicates the winner". */
const RESULTS_LEGEND =
  /^(?:an? |the )?(?:check ?marks?|[✓✔☑]|asterisks?|\*)\s*(?:marks|indicates|denotes|shows|=)\s+(?:an? |the )?(?:projected |declared |apparent |race )?(?:winners?|incumbents?|runoffs?)\b/iu;
/** A sponsor's label set between paragraphs; the sponsor's name stands on the line below. */
const SPONSOR_LABEL =
  /^(?:sponsor(?:ed)? (?:message|content|post)|(?:a )?message from (?:our|the|this story's) sponsors?|from our sponsors?|paid (?:post|content|partner content)|partner content|in partnership with|brought to you by|presented by|sponsored by|paid for by|promoted by)$/iu;
/** The sponsor's name under its label: a few words, no sentence, no figures. */
const SPONSOR_NAME = /^\p{Lu}[\p{L}&'’.,\- ]{1,60}$/u;

/**
 * A widget's button or link label: the few words telling the reader what to do with the box
 * (vote, see the results, get tickets, add to a calendar or watchlist, check a price, zoom a
 * map), never a sentence. Used to read a pasted block as a widget (text/boxes.ts).
 */
const WIDGET_CONTROL =
  /^(?:vote(?: now)?|rsvp|zoom (?:in|out)|(?:view|see|show) (?:all |more |the |the full |full |live |latest )?(?:results?|lineup|line-up|schedule|agenda|speakers|map|larger map|quotes?|poll results|standings|deals?|details|prices?)|(?:get|buy|book|reserve) (?:your )?(?:tickets?|seats?|passes?)|add to (?:calendar|watchlist|portfolio|cart|basket)|check (?:the )?(?:price|prices|availability)|(?:full|detailed) (?:quote|results?|results map|lineup|schedule|map)|(?:register|sign up) (?:now|here|to attend)|(?:shop|buy) now)$/iu;
/** A widget's data credit besides a chart's: a results service, the map tiles' owners, the poll tool. */
const WIDGET_CREDIT = /^(?:results|race calls|quotes|market data)\s*:\s*\S+(?:\s+\S+){0,7}$|^map data\s*©/iu;

/** A line that makes a pasted block a widget: a button's label or a widget's credit. */
export function isWidgetAnchor(text: string): boolean {
  const bare = text.trim();
  if (bare.length > MAX_GRAPHIC_LINE) return false;
  if (WIDGET_CONTROL.test(bare) || WIDGET_CREDIT.test(bare) || POLL_CREDIT.test(bare)) return true;
  return GRAPHIC_CREDIT.test(bare) && !CREDIT_VERB.test(bare);
}

const SENTENCE_END = /[.!?…]["”’»)]?$/u;

function shortLine(text: string): boolean {
  return text.length > 0 && text.length <= MAX_GRAPHIC_LINE && !SENTENCE_END.test(text);
}

/** A chart's own line other than its source: a control, or a "Chart:" / "Graphic:" / "Map:" credit. */
export function isChartLine(text: string): boolean {
  const bare = text.trim();
  if (bare.length > MAX_NOTE) return false;
  if (GRAPHIC_CONTROL.test(bare)) return true;
  return GRAPHIC_CREDIT.test(bare) && !CREDIT_VERB.test(bare) && !/^(?:sources?|data)\s*:/iu.test(bare);
}

/** Why a paragraph is a widget's own line (see the header), or null. */
export function widgetLineReason(text: string): string | null {
  const bare = text.trim();
  if (bare.length > MAX_NOTE || /["“”«»„]/u.test(bare)) return null;
  if ((GRAPHIC_CREDIT.test(bare) && !CREDIT_VERB.test(bare)) || GRAPHIC_CONTROL.test(bare)) return 'graphic';
  if (SUMMARY_NOTE.test(bare) || SUMMARY_FEEDBACK.test(bare)) return 'summary-box';
  if (AUDIO_NOTE.test(bare)) return 'audio-player';
  if (POST_BUTTON.test(bare)) return 'embedded-post';
  if (POLL_NOTE.test(bare) || POLL_CREDIT.test(bare)) return 'poll';
  if (RESULTS_LEGEND.test(bare)) return 'results-table';
  if (SPONSOR_LABEL.test(bare)) return 'sponsor';
  return null;
}

/** Marks widget lines, and the lines a widget's anchor line pulls in (a chart's head, a post's buttons). */
export function markWidgets(input: readonly string[], reasons: Array<string | null>): void {
  input.forEach((text, i) => {
    if (reasons[i]) return;
    const reason = widgetLineReason(text);
    if (reason) reasons[i] = reason;
  });
  markSummaryBox(input, reasons);
  input.forEach((text, i) => {
    const bare = text.trim();
    if (GRAPHIC_CREDIT.test(bare) && reasons[i] === 'graphic') {
      for (let j = i - 1; j >= 0 && j >= i - MAX_GRAPHIC_HEAD; j--) {
        if (reasons[j] === 'graphic') continue;
        if (reasons[j] || !shortLine(input[j]?.trim() ?? '')) break;
        reasons[j] = 'graphic';
      }
    }
    // The sponsor's name under its label ("Sponsor message" / "Norhaven Energy Partners").
    const next = input[i + 1]?.trim() ?? '';
    if (
      reasons[i] === 'sponsor' &&
      SPONSOR_LABEL.test(bare) &&
      !reasons[i + 1] &&
      SPONSOR_NAME.test(next) &&
      !/[!?]$|[\p{Ll}]{4}\.$/u.test(next)
    )
      reasons[i + 1] = 'sponsor';
    if (POST_SIGNATURE.test(bare) && bare.length <= MAX_NOTE) {
      for (let j = i + 1; j < input.length && POST_CHROME.test(input[j]?.trim() ?? ''); j++)
        reasons[j] = 'embedded-post';
    }
  });
}

/** A summary box opens the page: its note stands among this many first paragraphs. */
const SUMMARY_REACH = 12;
/** A summary's head and bullets: at most this many lines, each no longer than MAX_BULLET. */
const MAX_SUMMARY_LINES = 8;
const MAX_BULLET = 200;

/** The summary's head and bullets: the short lines above its first note, when it opens the body. */
function markSummaryBox(input: readonly string[], reasons: Array<string | null>): void {
  const at = reasons.slice(0, SUMMARY_REACH).indexOf('summary-box');
  if (at < 0) return;
  for (let j = at - 1; j >= 0 && j >= at - MAX_SUMMARY_LINES; j--) {
    if ((input[j]?.trim().length ?? 0) > MAX_BULLET) break;
    reasons[j] ??= 'summary-box';
  }
}
