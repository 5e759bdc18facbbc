/**
 * normalize/html/heading: the story's heading on a page whose <title> is about something else (a
 * chat channel, a shared document, a course week, a record's volume) and whose <h1>, if any, is not
 * the story's.
 *
 * In: the parsed document and its <title>. Out: the heading's text, or null when the title shares
 * the lede's words (then the title stands) or no heading above the lede shares them.
 */
import { collapse } from './text.ts';

/** Words of four letters or more: what a headline and its lede share when they tell one story. */
export const contentWords = (s: string): Set<string> =>
  new Set(
    (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter(
      (w) =>
        !/^(?:that|this|with|from|have|will|were|been|they|their|what|when|said|says|about|after|over|into|more)$/u.test(
          w,
        ),
    ),
  );
const HEADING_BOX = 'h1, h2, h3, [class*="title" i], [class*="headline" i], [class*="heading" i], a[href], p';
/** Words a heading may have: a story's headline, not a label or a sentence of the body. */
const HEADING_WORDS = { min: 4, max: 30 };

/**
 * The story's heading when the page's <title> is not about the story: the last heading-like
 * element (a heading, a title or headline block, a link, a short paragraph) before the lede (the first paragraph of
 * 15 words or more) that shares a word with the lede, provided the <title> shares none with either.
 * With `overH1` (the <title> is the page's <h1>) only an <h2>/<h3> sharing two lede words is taken.
 */
export function headingAboveLede(doc: Document, title: string, overH1 = false): string | null {
  const all = Array.from(doc.querySelectorAll('*'));
  const long = (el: Element) =>
    el.tagName === 'P' && collapse(el.textContent ?? '').split(/\s+/u).length >= 15;
  // The story's first long paragraph; a page's own notes above the story may be long too.
  const ledeAt = Math.max(
    all.findIndex((el) => long(el) && el.closest('article, main') !== null),
    all.findIndex(long),
  );
  if (ledeAt < 0) return null;
  const lede = contentWords(collapse(all[ledeAt]?.textContent ?? ''));
  const titleWords = contentWords(title);
  const shared = (words: Set<string>) => [...words].filter((w) => lede.has(w)).length;
  // A title about the story shares its lede's words: then it stands ("Week 4 reading" may share one).
  const titleShare = shared(titleWords);
  if (titleShare > 1) return null;
  const boxes = new Set(Array.from(doc.querySelectorAll(HEADING_BOX)));
  for (let i = ledeAt - 1; i >= 0; i--) {
    const el = all[i] as Element;
    if (!boxes.has(el) || el.closest('head, nav, footer')) continue;
    // A paragraph of the story is no heading; a short one above it may be (a screenshot's).
    if (el.tagName === 'P' && el.closest('article, main')) continue;
    const text = collapse(el.textContent ?? '');
    const words = text.split(/\s+/u).length;
    if (words < HEADING_WORDS.min || words > HEADING_WORDS.max || /[.:;]$/u.test(text)) continue;
    // A reference carrying a link's address ("Citation: … https://…") is no heading.
    if (/https?:/u.test(text)) continue;
    const own = contentWords(text);
    if ([...own].some((w) => titleWords.has(w))) continue;
    // Over the page's own <h1> (a round-up's "Weekend reading, no. 292") only a sub-heading that
    // shares two words with the lede stands: the shared article's headline, just above its credits.
    if (overH1 && (!el.closest('h2, h3') || shared(own) < 2)) continue;
    if (shared(own) > titleShare) return text;
  }
  return null;
}
