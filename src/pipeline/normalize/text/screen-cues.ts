/**
 * normalize/text/screen-cues: the furniture a story picks up when another tool shows it — a phone
 * screenshot's status and address bars, a monitoring service's metric fields, a feed reader's or a
 * clipping's notes on what it left out, a shared document's bracketed desk notes, a legislative
 * record's page markers and floor lines, a course page's reflection prompts and questions — read
 * from one line, as text/cues.ts reads a web page's furniture (copy-cues.ts asks here).
 *
 * In: one line's bare text and its plain form (trailing separators cut). Out: the cue, or null.
 * Nothing here names a tool or a site: these are the shapes such views print, whatever the tool.
 */
import { splitWordCount } from './lines.ts';

/**
 * A note set in square brackets on its own line: "[Image not included in clip]", "[[Page S1234]]",
 * "[TK: pull the chart]", "[From The Daily Ledger, May 4, 2019]". A story's sentence is not wrapped
 * whole in brackets; an editor's insertion inside a quote is part of a longer line.
 */
const BRACKET_NOTE = /^\[{1,2}[^[\]]{2,160}\]{1,2}$/u;

/**
 * What a bracketed note says: a phrase with a word in lower case ("[Image not included in clip]"),
 * a labelled note ("[TK: …]"), a page marker ("[[Page S1234]]") or a source note ("[From X, …]");
 * a name alone in brackets ("[ The Ledger ]") credits a quoted source and may be the story's.
 */
function isNoteText(bare: string): boolean {
  // "hal. 41", "p. 3": an abbreviation in a page reference is no phrase.
  return /^\[\[|^\[\s*from\s|:|(?:^\[|\s)\p{Ll}+(?![.\p{L}])/u.test(bare.trim());
}

/**
 * A broadcast transcript's production cue on its own line, all in capitals: "(SOUNDBITE OF
 * ARCHIVED BROADCAST)", "(LAUGHTER)", "[THEME MUSIC FADES]". In square brackets only of two words
 * or more: "[CNN]" alone may credit a source.
 */
const STAGE_CUE =
  /^(?:\((?:\p{Lu}[\p{Lu}'’-]*)(?:\s+\p{Lu}[\p{Lu}'’-]*){0,7}\)|\[(?:\p{Lu}[\p{Lu}'’-]*)(?:\s+\p{Lu}[\p{Lu}'’-]*){1,7}\])$/u;

/**
 * A browser's print of a page, atop or at the foot of every sheet: the time it was printed
 * ("3/29/18, 3:12 PM") or the sheet counter ("2/9") alone on its line.
 */
const PRINT_STAMP = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AP]M)?|\d{1,3}\/\d{1,3})$/iu;

/** A phone's status bar: "Wi-Fi 51%", "LTE 43%", "5G 80%", "10:14  Wi-Fi 51%". */
const STATUS_BAR =
  /^(?:\d{1,2}:\d{2}\s+)?(?:wi-?fi|lte|[2-5]g\+?|edge|3g|4g|5g|no service)\s*(?:[•·|]\s*)?\d{1,3}\s*%$/iu;

/** A browser's address bar: a domain after the text-size button or the lock ("AA  example.com"). */
const ADDRESS_BAR = /^(?:aA|AA|🔒)\s*(?:www\.)?(?:[a-z\d-]+\.)+[a-z]{2,12}$/u;

/** A licence line of a service's copy: "Licensed content. For internal use only; do not redistribute." */
const USAGE_LICENCE =
  /\b(?:for internal (?:use|monitoring|review|distribution)(?: use| purposes)? only|do not (?:redistribute|republish|forward|reproduce))\b/iu;

/**
 * A monitoring service's fields around a clip: "Client: …", "Search: …", "Reach: 298K",
 * "Sentiment: Negative", "Keyword hits: 3", "Ad value equivalent: $6,350", "Media type: …".
 */
const METRIC_FIELD =
  /^(?:client|search|query|saved search|alert|reach|audience|circulation|sentiment|tone|keyword hits|hits|mentions|ad value(?: equivalent)?|ave|media type|media outlet|outlet|publication|impressions|share of voice)\s*:\s*\S.{0,120}$/iu;

/** A list item of other clips: "Cedar Valley Courier · Feb 21 · Neutral" (source, date, sentiment). */
const CLIP_ITEM = /^.{2,60}\s[·•|]\s.{2,20}\s[·•|]\s(?:positive|negative|neutral|mixed)$/iu;

/**
 * A legislative record's own lines around a printed article: a member's floor remark opened by the
 * name in capitals ("Mr. HALVORSEN. I yield back…", "The PRESIDING OFFICER. The clerk will…"), the
 * order to print, the byline in brackets ("(By Jane Doe)").
 */
const FLOOR_REMARK =
  /^(?:(?:Mr|Mrs|Ms|Miss|Madam|Dr)\.?\s+[\p{Lu}'’-]{2,}(?:\s+of\s+\p{Lu}\p{L}+)?|The\s+(?:PRESIDING OFFICER|SPEAKER(?: pro tempore)?|ACTING PRESIDENT pro tempore|CHAIR(?:MAN|WOMAN)?|CLERK))\.\s+\S/u;
const ORDER_TO_PRINT = /^there being no objection,.{0,200}\bprinted in the record\b/iu;
const BRACKET_BYLINE = /^\(by\s+[^()]{2,60}\)$/iu;

/**
 * A course page's prompts set between paragraphs ("Pause and reflect: …", "Stop here. Jot down …",
 * "Check your understanding: …"), its question list's header and its numbered questions.
 */
const PROMPT =
  /^(?:pause and reflect|stop here|check your understanding|think about it|reflect|reflection|before you read|as you read|after you read|quick check)\b[:.!]?\s.{0,200}$/iu;
/** An instructor's note on how to read the story: "Read the article below before …", "As you read, …". */
const READING_NOTE =
  /^.{0,80}\b(?:(?:read|skim|review) the (?:article|story|piece|text|reading) below|as you read,)/iu;
/** READING_NOTE cannot match without one of its verbs ("as you read," holds "read"): a cheap test first. */
const MAY_BE_READING_NOTE = /read|skim|review/iu;
const QUESTIONS_HEADER =
  /^(?:discussion|review|reflection|study|reading|comprehension)\s+questions|^questions for (?:discussion|review|reflection)$/iu;
const NUMBERED_QUESTION = /^\d{1,2}[.)]\s+\S.{3,200}\?$/u;

/** A member's floor remark in a record, however long ("Mr. DOE. Madam Speaker, …"). */
export function isFloorRemark(bare: string): boolean {
  return FLOOR_REMARK.test(bare);
}

/**
 * An app's own lines around the item it shows: an item's source with its age ("Feed name · 21h"),
 * a back link ("‹ Back to news index"), a light edition's label ("Outlet | Lite"), an editor's
 * save note ("Last edit was 37 minutes ago"), a course's code and name ("POLS 214: Media and
 * Democracy").
 */
const APP_LINE = [
  /^(?:[‹←<«]\s*)?back to\b.{0,40}$/iu,
  /^(?:last edit(?:ed)?|last saved|edited)\b.{0,30}\bago$/iu,
  /^\p{Lu}{2,5}\s?\d{3}[A-Z]?:\s\p{Lu}.{0,60}$/u,
];
/** The app lines with a separator between spaces (source and age, edition label). */
const APP_LINE_SEPARATED = [
  /^.{2,80}\s[·•|]\s\d{1,3}\s?(?:s|m|min|mins|h|hr|hrs|d|w)$/iu,
  /^.{2,60}\s[|–—-]\s(?:lite|text[- ]only(?: edition| version)?|low[- ]bandwidth(?: edition)?)$/iu,
];
/**
 * What APP_LINE_SEPARATED and CLIP_ITEM cannot match without: they try every split of the line's
 * first 60-80 characters, on every short line of every page; this one scan rules most lines out.
 */
const MAY_BE_SEPARATED = /\s[·•|–—-]\s/u;

/** A browser's or an app's toolbar: "Back   Forward   Share   Tabs" (three or more buttons). */
const MAY_BE_TOOLBAR = /\s\s|[|•·]/u;
const TOOLBAR_BUTTON = /^(?:back|forward|share|tabs|reload|refresh|bookmarks?|menu|close|done|reader|aa)$/iu;
function isToolbar(plain: string): boolean {
  // Without a double space or a bar the split below gives one item: no toolbar (and no array).
  if (!MAY_BE_TOOLBAR.test(plain)) return false;
  const items = plain.split(/\s{2,}|\s*[|•·]\s*/u).filter(Boolean);
  return items.length >= 3 && items.every((item) => TOOLBAR_BUTTON.test(item.trim()));
}

/** A list of the tool's other items after the story: "Other mentions in this report", "Next in this feed". */
const OTHER_ITEMS =
  /^(?:(?:other|more) (?:mentions|clips|items|stories|articles|results) (?:in|from) this (?:report|feed|folder|search|collection|list)|next in this (?:feed|folder|list|collection))$/iu;

/** A shared document's comment, anchored by its letter: "[a]Is there a primary source for this?". */
const DOC_COMMENT = /^\[[a-z]{1,2}\]\s?\S.{0,300}$/u;

/** A reference to the story set above or below it: "Citation: A. Doe. “Headline.” X, 2012." */
const CITATION_LINE = /^(?:citation|cite as|reference|mla|apa)\s*:\s*\S.{10,400}$/iu;

/** How often a short line must recur through the page (once per screen) to be a screen's header. */
const SCREEN_REPEATS = 3;

/** A line this long is a paragraph of the story, not furniture. */
const STORY_LINE_WORDS = 15;

/**
 * A screenshot's header lines, printed again at every screen break between the story's paragraphs
 * ("‹", "Outlet", "⋯"): a short line that is no sentence, printed three times or more, each print
 * next to another line printed as often (the header is a block) and a paragraph of the story
 * between any two prints (a menu printed in the header and the footer is not). Marks `cues` in
 * place, as the other box rules of text/cues.ts do.
 */
export function markScreenHeaders(
  lines: ReadonlyArray<{ bare: string }>,
  cues: Array<ScreenCue | null>,
): void {
  const at = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const prints = at.get(line.bare);
    if (prints) prints.push(i);
    else at.set(line.bare, [i]);
  });
  const repeated = (i: number) => (at.get(lines[i]?.bare ?? '')?.length ?? 0) >= SCREEN_REPEATS;
  // Counted up to what the tests below ask (15 words), not through a long paragraph.
  const words = (i: number) => splitWordCount(lines[i]?.bare ?? '', false, STORY_LINE_WORDS);
  // Story lines before each line (prefix counts): "a paragraph between two prints" in O(1).
  const story = [0];
  lines.forEach((_, i) => story.push((story[i] ?? 0) + (words(i) >= STORY_LINE_WORDS ? 1 : 0)));
  const apartByKey = new Map<string, boolean>();
  const isApart = (key: string) => {
    const known = apartByKey.get(key);
    if (known !== undefined) return known;
    const prints = at.get(key) ?? [];
    const apart = prints.every((j, n) => {
      const next = prints[n + 1];
      return next === undefined || (story[next] ?? 0) - (story[j + 1] ?? 0) > 0;
    });
    apartByKey.set(key, apart);
    return apart;
  };
  lines.forEach((line, i) => {
    if (cues[i] || !repeated(i) || words(i) > 4 || /[.!?]$/u.test(line.bare)) return;
    if (!repeated(i - 1) && !repeated(i + 1)) return;
    const apart = isApart(line.bare);
    if (apart) cues[i] = { reason: 'navigation', boundary: false, inBody: true };
  });
}

/** A cue as text/cues.ts defines it (declared here so that the modules import one way). */
interface ScreenCue {
  reason: string;
  boundary: boolean;
  inBody?: boolean;
}

/** The cue of a line another tool added around or inside the story, or null. */
export function screenCue(bare: string, plain: string): ScreenCue | null {
  const separated = MAY_BE_SEPARATED.test(plain);
  if (
    APP_LINE.some((pattern) => pattern.test(plain)) ||
    (separated && APP_LINE_SEPARATED.some((pattern) => pattern.test(plain)))
  )
    return { reason: 'navigation', boundary: false };
  if (isToolbar(plain)) return { reason: 'navigation', boundary: false, inBody: true };
  if (OTHER_ITEMS.test(plain)) return { reason: 'related-links', boundary: true };
  if (DOC_COMMENT.test(bare)) return { reason: 'editor-note', boundary: false, inBody: true };
  if (CITATION_LINE.test(bare)) return { reason: 'credits', boundary: false };
  if (BRACKET_NOTE.test(bare) && isNoteText(bare))
    return { reason: 'editor-note', boundary: false, inBody: true };
  if (STAGE_CUE.test(bare.trim())) return { reason: 'editor-note', boundary: false, inBody: true };
  if (PRINT_STAMP.test(bare.trim())) return { reason: 'navigation', boundary: false, inBody: true };
  if (STATUS_BAR.test(plain) || ADDRESS_BAR.test(plain))
    return { reason: 'navigation', boundary: false, inBody: true };
  if (USAGE_LICENCE.test(plain) && plain.length <= 200) return { reason: 'footer', boundary: false };
  if (METRIC_FIELD.test(plain) || (separated && CLIP_ITEM.test(plain)))
    return { reason: 'metadata', boundary: false };
  if (FLOOR_REMARK.test(bare) || ORDER_TO_PRINT.test(plain) || BRACKET_BYLINE.test(plain))
    return { reason: 'proceedings', boundary: false, inBody: true };
  if (
    PROMPT.test(plain) ||
    (MAY_BE_READING_NOTE.test(plain) && READING_NOTE.test(plain)) ||
    QUESTIONS_HEADER.test(plain) ||
    NUMBERED_QUESTION.test(bare)
  )
    return { reason: 'prompt', boundary: false, inBody: true };
  return null;
}
