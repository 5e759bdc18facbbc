/**
 * normalize/html/byline: a parsed page -> the byline printed as a short "By Name" element between
 * the headline and the body (`<p class="meta">By Marta Velde</p>`), for pages whose markup names
 * no author (no JSON-LD author, author meta tag, rel=author or "byline"/"author" class).
 *
 * In: the document, before any extraction mutates it. Out: the name(s), or null. The element must
 * come after the page's first <h1> and before the first paragraph of running text, be short, and
 * read "By" + names only: "By the numbers" (a subhead) and "By Monday, …" (a sentence) are not.
 */
import { splitLines } from '../text/lines.ts';
import { bylineOf, isNames } from '../text/meta.ts';
import { collapse } from './text.ts';

/** Longest element text read as a byline. */
const MAX_BYLINE_CHARS = 80;
/** A paragraph at least this long is running text: the body has begun, the search stops. */
const BODY_PARAGRAPH_CHARS = 150;
/** Elements after the headline looked at before giving up. */
const REACH = 60;

/** The names in a short "By Name" element right under the page's first <h1>, or null. */
export function headlineByline(doc: Document): string | null {
  const all = Array.from(doc.querySelectorAll('body *'));
  const h1 = all.findIndex((el) => el.tagName === 'H1');
  if (h1 < 0) return null;
  const end = Math.min(all.length, h1 + 1 + REACH);
  for (let i = h1 + 1; i < end; i++) {
    const el = all[i] as Element;
    const text = collapse(el.textContent ?? '');
    if (el.tagName === 'P' && text.length >= BODY_PARAGRAPH_CHARS) return null;
    if (!text || text.length > MAX_BYLINE_CHARS) continue;
    // The innermost element holding the whole line: a wrapper's text is one child's.
    if (Array.from(el.children).some((child) => collapse(child.textContent ?? '') === text)) continue;
    const line = splitLines(text)[0];
    const name = line ? bylineOf(line, undefined) : null;
    if (name && isNames(name)) return name;
  }
  return null;
}
