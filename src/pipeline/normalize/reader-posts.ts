/**
 * normalize/reader-posts: the body's paragraphs -> which of them belong to a box told by the lines
 * around it rather than its own words: a neighbours' post, a sources list's entries, an embedded
 * document's title. Used by normalize/furniture.ts (both normalizers); the boxes' own notes and
 * headings are in normalize/story-notes.ts.
 *
 * In: the paragraphs and the reasons found so far (null = story). Out: reasons filled in place.
 *   reader-posts     a reader's post: the poster's line ("Marcus O. · Elm Crossing", a name and a
 *                    place or an age), the post's text, and its buttons ("Thank · Reply · Share")
 *                    under it; the text alone is a sentence like any other, so only a post with
 *                    both its poster's line above and its buttons below is read
 *   references       the entries under a sources list's heading ("Sources", "References used for
 *                    this article"): short citations ("Journal of X. Cohort outcomes.") up to the
 *                    next heading, a long paragraph or a quote
 *   document-viewer  the title of an embedded document, the short line right over its page count
 *                    ("Memorandum of understanding (redacted)" over "Page 1 of 24")
 *   (heading)        a short heading between two parts of the back matter ("Partners" between a
 *                    disclosure and the funders' note) takes the part's reason below it
 *   standfirst       the deck left at the top of the body: the first kept paragraph, eight words or
 *                    more that do not end like a sentence, over a lede that does
 */
import { POST_BUTTONS, REFERENCES_HEADING } from './story-notes.ts';
import { findDateline } from './text/sources.ts';

/** The poster's line: a name (a first name and an initial, or two names), a dot, a place or an age. */
const POSTER =
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]*\.?){1,2} [·•] (?:\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|\d{1,2} ?(?:m|min|h|hr|d|w|hours?|days?)(?: ago)?)$/u;
/** Lines of a post's text between the poster's line and the buttons. */
const MAX_POST_LINES = 3;
const MAX_POST = 300;

/** A citation: a name, a full stop, a title ("Office of Statistics. Population estimates, 2019."). */
const CITATION = /^\p{Lu}[^.!?"“”]{2,90}\.\s+\p{Lu}[^!?"“”]{2,160}$/u;
const MAX_ENTRIES = 12;

/** The first page's count of an embedded document: "Page 1 of 24". */
const FIRST_PAGE = /^page 1 (?:of|\/) \d{1,4}$/iu;
/** "Page 1 of 24": the first page's count of an embedded document (html/article.ts reads its heading). */
export const isFirstPageCount = (text: string): boolean => FIRST_PAGE.test(text.trim());
/** A document's title: a short line that does not end like a sentence. */
const MAX_TITLE = 90;
const SENTENCE_END = /[.!?…:]["”’»)]?$/u;

/** Reasons of the back matter's boxes whose short heading goes with them. */
const BACK_MATTER = new Set(['disclosure', 'references', 'reader-posts']);
/** A box's heading: one to four words, no sentence ("Partners", "Our funders"). */
const BOX_HEADING = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}$/u;

/** A deck: a summary line of eight words or more, no closing stop, over the story's first sentence. */
const MIN_DECK_WORDS = 8;
const MAX_DECK = 250;
const CLOSED = /[.!?…:;,"”’'»)\]]$/u;

/**
 * The deck left at the top of the body (a layout set something between it and the headline, so the
 * lead did not read it as the standfirst): the first kept paragraph, a summary that does not end
 * like a sentence, when the next kept paragraph does.
 */
function markDeck(input: readonly string[], reasons: Array<string | null>): void {
  const first = reasons.findIndex((r) => !r);
  if (first < 0) return;
  const deck = input[first]?.trim() ?? '';
  if (deck.length > MAX_DECK || CLOSED.test(deck) || deck.split(/\s+/u).length < MIN_DECK_WORDS) return;
  // A wire dateline opens the story, never a deck (html/article.ts reads a repeated headline after it);
  // a line of fields ("Tested by: … Price: …") or hashtags is a review's or a sponsor's note, which
  // readers may count as the story's.
  if (findDateline(deck) || /[:#]/u.test(deck)) return;
  const next = reasons.findIndex((r, i) => i > first && !r);
  const lede = input[next]?.trim() ?? '';
  if (next > 0 && lede.length > deck.length && SENTENCE_END.test(lede)) reasons[first] = 'standfirst';
}

/** Marks reader posts, sources entries and document titles (see the header). */
export function markReaderBoxes(input: readonly string[], reasons: Array<string | null>): void {
  input.forEach((raw, i) => {
    const text = raw.trim();
    if (POST_BUTTONS.test(text)) markPost(input, reasons, i);
    else if (REFERENCES_HEADING.test(text)) markEntries(input, reasons, i);
    else if (FIRST_PAGE.test(text)) {
      const title = input[i - 1]?.trim() ?? '';
      if (i > 0 && !reasons[i - 1] && title.length <= MAX_TITLE && !SENTENCE_END.test(title))
        reasons[i - 1] = 'document-viewer';
    }
  });
  // A short heading between two parts of the back matter (a disclosure above, the funders' note
  // below) is the box's.
  input.forEach((raw, i) => {
    const below = reasons[i + 1];
    if (
      !reasons[i] &&
      i > 0 &&
      reasons[i - 1] &&
      below &&
      BACK_MATTER.has(below) &&
      BOX_HEADING.test(raw.trim())
    )
      reasons[i] = below;
  });
  markDeck(input, reasons);
}

/** The post above a row of buttons at `at`: its text and the poster's line over it. */
function markPost(input: readonly string[], reasons: Array<string | null>, at: number): void {
  reasons[at] ??= 'reader-posts';
  for (let top = at - 1; top >= Math.max(0, at - 1 - MAX_POST_LINES); top--) {
    const line = input[top]?.trim() ?? '';
    if (POSTER.test(line)) {
      for (let j = top; j < at; j++) reasons[j] ??= 'reader-posts';
      return;
    }
    if (line.length > MAX_POST || POST_BUTTONS.test(line)) return;
  }
}

/** The citations under a sources heading at `at`. */
function markEntries(input: readonly string[], reasons: Array<string | null>, at: number): void {
  reasons[at] ??= 'references';
  for (let j = at + 1; j < input.length && j <= at + MAX_ENTRIES; j++) {
    if (!CITATION.test(input[j]?.trim() ?? '')) return;
    reasons[j] ??= 'references';
  }
}
