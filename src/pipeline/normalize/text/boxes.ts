/**
 * normalize/text/boxes: furniture told by the block it stands in rather than by its own words —
 * a newsletter sign-up box (its pitch is a sentence like any other), a paywall's teaser (the
 * lede cut short above the offer) and a widget's card between the story's paragraphs (a poll, a
 * product card, a results table, an event promo, a map: its title and items are words like any
 * others). Passes over the cues text/cues.ts gives each line.
 *
 * In: the page's lines (bare text, whether a blank line precedes) and their cues. Out: the same
 * cues with the box's lines marked, as furniture inside the article (`inBody`).
 */
import { noticeReason } from '../notices.ts';
import { isWidgetAnchor, widgetLineReason } from '../widgets.ts';
import type { Line } from './lines.ts';
import { isCaption } from './meta.ts';

/** A line's cue as text/cues.ts gives it (structural, so that cues.ts can import this module). */
interface Cue {
  reason: string;
  boundary: boolean;
  inBody?: boolean;
}

/** Longest line of a box (as text/cues.ts: furniture is short). */
const MAX_BOX_LINE = 160;

/** The e-mail field of a sign-up form. */
const EMAIL_FIELD = /^(?:enter )?your e-?mail(?: address)?$|^e-?mail address$/iu;
/** Lines of a sign-up box above or below its e-mail field: its header, pitch and buttons. */
const BOX_REACH = 3;

/**
 * A newsletter box pasted as one block: its header, a pitch of a line ("Get the best of our
 * science every Friday."), the e-mail field, the button and its thanks. The pitch is a sentence
 * like any other; it is furniture because it stands in the field's block, which starts after a
 * blank line no more than BOX_REACH lines up. Lines of a page pasted without blank lines stay.
 */
export function markSignUpBoxes(
  lines: ReadonlyArray<{ bare: string; blankBefore: boolean }>,
  cues: Array<Cue | null>,
): void {
  const promo: Cue = { reason: 'promo', boundary: false, inBody: true };
  const short = (i: number) => (lines[i]?.bare.length ?? Infinity) <= MAX_BOX_LINE;
  lines.forEach((line, i) => {
    if (!EMAIL_FIELD.test(line.bare.replace(/[\s:.…]+$/u, ''))) return;
    let top = i;
    while (top > i - BOX_REACH && top > 0 && !(lines[top] as { blankBefore: boolean }).blankBefore) {
      if (!short(top - 1)) return;
      top--;
    }
    if (!(lines[top] as { blankBefore: boolean }).blankBefore && top > 0) return;
    let end = i;
    while (end < i + BOX_REACH && end + 1 < lines.length && !lines[end + 1]?.blankBefore && short(end + 1))
      end++;
    // The box's own header and buttons ("Newsletter", "Sign up") keep their reason, but the box
    // as a whole interrupts the article.
    for (let j = top; j <= end; j++) {
      const cue = cues[j];
      cues[j] = cue ? { ...cue, boundary: false, inBody: true } : promo;
    }
  });
}

/** The boxes pasted as blocks: sign-up boxes first, then the cards and boxes inside the story. */
export function markBlocks(
  lines: ReadonlyArray<{ bare: string; blankBefore: boolean }>,
  cues: Array<Cue | null>,
): void {
  markSignUpBoxes(lines, cues);
  markWidgetCards(lines, cues);
}

/** Lines after the offer searched for the teaser's full paragraph. */
const TEASER_REACH = 12;
/** Lines of the unlocked story after a paywall's offer that show the full text follows. */
const UNLOCKED_LINES = 2;

/**
 * A paywall's teaser: the lede cut short ("…") right above the offer or "Continue reading",
 * when the full story follows (a later line starts as the teaser does, or long lines go on):
 * the cut copy is then furniture. A page that stops at the paywall keeps its teaser.
 */
export function markTeasers(lines: ReadonlyArray<{ bare: string }>, cues: Array<Cue | null>): void {
  // Long lines from each line to the end of the page, counted once (linear on any page).
  const longAfter = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--)
    longAfter[i] = (longAfter[i + 1] ?? 0) + ((lines[i]?.bare.length ?? 0) >= 150 ? 1 : 0);
  lines.forEach((line, i) => {
    const next = cues[i + 1];
    if (cues[i] || !/(?:…|\.\.\.)$/u.test(line.bare) || line.bare.length > 600) return;
    const offer =
      next?.reason === 'subscription' ||
      (next?.reason === 'ad' && /^continue reading\b/iu.test(lines[i + 1]?.bare ?? ''));
    if (!offer) return;
    const stem = line.bare.replace(/(?:…|\.\.\.)$/u, '').slice(0, 60);
    // The unlocked story starts within a few lines of the offer.
    const near = lines.slice(i + 2, i + 2 + TEASER_REACH);
    const repeated = stem.length >= 20 && near.some((l) => l.bare.startsWith(stem));
    if (repeated || (longAfter[i + 2] ?? 0) >= UNLOCKED_LINES)
      cues[i] = { reason: 'subscription', boundary: false, inBody: true };
  });
}

/** Lines of a widget's card: title, items, buttons, credits (a results table runs longest). */
const MAX_CARD_LINES = 14;
/** A story paragraph: a line this long that ends like a sentence. */
const MIN_STORY_LINE = 100;
const STORY_END = /[.!?…]["'”’»)\]]*$/u;
/** Share of the story's paragraphs that must stand after a blank line for blocks to mean anything. */
const MIN_SPACED_SHARE = 0.8;
/** Cues of the site's own furniture that make the block they stand in a box (not a byline's or a caption's). */
const BOX_CUES = new Set([
  'ad',
  'cookie-notice',
  'footer',
  'media-widget',
  'navigation',
  'promo',
  'related-links',
  'share-bar',
  'subscription',
  'widget',
]);
/**
 * A button's label: a few words opening with an interface verb, not a sentence ("Show me how",
 * "Expand all entries", "Copy to clipboard", "Continue without allowing", "Give now").
 */
const BUTTON =
  /^(?:show|hide|expand|collapse|see|view|continue|copy|give|republish|allow|follow|watch|listen|subscribe|download|open|close|back|return|skip|jump|load|print|save|explore|browse|join|donate|play|cancel|accept|reject|dismiss|manage|register|not now)\b[^.!?:;,]{0,40}$/iu;
/** A timeline's entry: a date, a dash, the event ("Sept. 2018 — Officials open a review"). */
const DATED_ENTRY =
  /^(?:(?:\p{Lu}\p{Ll}{2,8}\.? )?(?:\d{1,2},? )?\d{4}|\p{Lu}\p{Ll}{2,8}\.? \d{1,2})\s+[—–-]\s+\p{Lu}/u;
/** A link in a list of other sites' stories: "Site Name: Their headline" (two to four capitalised words). */
const SITE_LINK = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}: \p{Lu}/u;
/** A link in a list of other sites' stories ("Site Name: Their headline"): normalize/furniture.ts reads them under a links label. */
export const isSiteLink = (line: string): boolean => SITE_LINK.test(line) && line.length <= MAX_BOX_LINE;

/** Why a block's line makes the block a box: the site's cue, a notice, a button, a widget's line. */
function anchorReason(line: string, cue: Cue | null): string | null {
  if (cue && BOX_CUES.has(cue.reason)) return cue.reason;
  if (isWidgetAnchor(line)) return 'widget';
  const widget = widgetLineReason(line);
  if (widget) return widget;
  const notice = noticeReason(line);
  if (notice && notice !== 'transcript') return notice;
  return line.length <= 50 && BUTTON.test(line) ? 'widget' : null;
}

/**
 * A box pasted as one block inside the story: a copy keeps a box's lines together (no blank line
 * between them) where the story's paragraphs stand apart. A block of two to MAX_CARD_LINES short
 * lines is the site's, every line of it, when it holds an anchor (`anchorReason`: the site's
 * furniture, a notice to the reader, a button's label, a widget's credit) or is a list (two dated
 * timeline entries, two "Site: headline" links): a poll with its question and options, a product
 * card, an ad-blocker plea with its buttons, a timeline, a "behind the story" box, a list of the
 * network's stories. Only where the story's paragraphs are spaced, below the story's first
 * paragraph (a masthead or menu block at the top stays for the other rules); the lines take the
 * anchor's reason, else `widget`.
 */
export function markWidgetCards(
  lines: ReadonlyArray<{ bare: string; blankBefore: boolean }>,
  cues: Array<Cue | null>,
): void {
  const story = lines.map((l) => l.bare.length >= MIN_STORY_LINE && STORY_END.test(l.bare));
  const storyCount = story.filter(Boolean).length;
  const spaced = lines.filter((l, i) => story[i] && l.blankBefore).length;
  if (storyCount < 2 || spaced < storyCount * MIN_SPACED_SHARE) return;
  const firstStory = story.indexOf(true);
  const lastStory = story.lastIndexOf(true);
  for (let top = 0; top < lines.length;) {
    let end = top;
    while (end + 1 < lines.length && !lines[end + 1]?.blankBefore) end++;
    const block = lines.slice(top, end + 1).map((l) => l.bare);
    const anchors = block.map((l, k) => anchorReason(l, cues[top + k] ?? null));
    const listed =
      block.filter((l) => DATED_ENTRY.test(l)).length >= 2 ||
      block.filter((l) => SITE_LINK.test(l)).length >= 2;
    // A tag list ("Topics" and its items) is read by its header (text/index.ts), not as a box.
    const tagged = block.some((_, k) => cues[top + k]?.reason === 'tags');
    if (
      !tagged &&
      top > firstStory &&
      block.length >= 2 &&
      block.length <= MAX_CARD_LINES &&
      block.every((l, k) => l.length <= MAX_BOX_LINE && (!story[top + k] || anchors[k])) &&
      (listed || anchors.some(Boolean))
    ) {
      const reason = anchors.find(Boolean) ?? 'widget';
      // A widget's card between the story's paragraphs interrupts it: its own header does not end
      // the article. Other boxes keep their lines' cues (a footer still closes the page).
      const inside = end < lastStory && block.some((l) => isWidgetAnchor(l));
      for (let j = top; j <= end; j++) {
        const cue = cues[j];
        // A notice keeps no cue: normalize/furniture.ts removes it with its own reason, and the
        // outlet rules still read it ("X is supported by readers like you" names the site).
        // A caption keeps no cue either: text/body.ts files it under the captions.
        const bare = lines[j]?.bare ?? '';
        if (!cue && (noticeReason(bare) || isCaption({ bare } as Line))) continue;
        cues[j] = !cue
          ? { reason, boundary: false, inBody: true }
          : inside
            ? { ...cue, boundary: false, inBody: true }
            : cue;
      }
    }
    top = end + 1;
  }
}

/**
 * An embedded post's signature alone on its line: "— Jane Doe (@jane) May 2, 2019" (the dash may
 * be read as a bullet). A line with the post's own words before the dash is not one.
 */
const SIGNATURE = /^(?:[—–-]\s*)?[^()\n—–!?:;]{1,40}\(@\w{1,30}\)\s*(?:\p{L}+\.? \d{1,2}, \d{4})?\s*$/u;
/** Longest post text read above its signature (a post's length). */
const MAX_POST = 280;

/**
 * An embedded post pasted as its text, then its signature on a line of its own: the short line
 * right above the signature is the post's text, not the story's (a story paragraph runs longer,
 * and a post pasted whole carries its signature on its own line).
 */
export function markPostTexts(lines: ReadonlyArray<{ bare: string }>, cues: Array<Cue | null>): void {
  lines.forEach((line, i) => {
    const above = lines[i - 1]?.bare ?? '';
    if (i === 0 || cues[i - 1] || !SIGNATURE.test(line.bare) || above.length > MAX_POST) return;
    cues[i - 1] = { reason: 'embedded-post', boundary: false, inBody: true };
  });
}
