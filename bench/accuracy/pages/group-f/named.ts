/**
 * bench/accuracy/pages/group-f/named: small helpers the group f layouts share — date pieces, and
 * the bookkeeping of where a page names the outlet (a byline or a credit built from corpus fields
 * can name it by accident: "By Reuters Staff"; the page records that too, so its truth holds).
 */
import { type Ctx, monthOf } from '../group-c/build.ts';
import * as v from './vocabulary.ts';

export const two = (n: number) => String(n).padStart(2, '0');
export const mon3 = (c: Ctx) => monthOf(c).slice(0, 3);
export const apMonth = (c: Ctx) => v.MONTH_ABBR[c.m - 1] ?? 'Jan.';
export const dayName = (c: Ctx) => v.DAYS[new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay()] ?? 'Mon';

/** The outlet as a whole word or phrase, any case; an address spelling it ("www.npr.org/…") is not a naming. */
export function mentions(c: Ctx, text: string): boolean {
  const escaped = c.outlet.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'iu').test(
    text.replace(/https?:\/\/[^\s"<]+/gu, ' '),
  );
}

/** Records `where` for the pasted (and so the HTML) form when `text` names the outlet; returns text. */
export function noted(c: Ctx, text: string, where: string): string {
  if (mentions(c, text)) c.inPasted.push(where);
  return text;
}

/** "By <author>", recorded as a byline naming the outlet when the corpus author is the outlet. */
export const by = (c: Ctx, prefix = 'By ') => noted(c, `${prefix}${c.author}`, 'byline');
