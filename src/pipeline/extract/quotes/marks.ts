/**
 * quotes/marks: one paragraph -> the spans between quotation marks, in order.
 *
 * In:  a paragraph string.
 * Out: QuoteSpan[] with the offsets of the opening mark, the quoted text and the closing mark
 *      (or `unclosed` when the paragraph ends inside a quote, the news convention for a quote
 *      that runs on into the next paragraph).
 *
 * Marks are paired by their position, not by their glyph: real copy mixes "…”, “…", „…“, «…»
 * and »…«, so a double mark opens when it sits at the start of a word and closes when it sits at
 * the end of one (two apostrophes close one too, as wire copy writes it). Single marks ('…', ‘…’) are only taken outside double quotes (inside they are
 * nested quotes, part of the text) and only when they close on the same paragraph, because the
 * same glyph is the apostrophe in don't, Ukraine's, allies' and '90s.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph length when unclosed. */
  close: number;
  /** The quoted text (marks excluded, outer spaces and a trailing comma trimmed). */
  start: number;
  end: number;
  unclosed: boolean;
  single: boolean;
}

const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»', '〝', '〞', '＂']);
const SINGLE = new Set(["'", '‘', '’', '‚', '‛', '‹', '›']);
/**
 * The marks as UTF-16 codes (each is one code unit), for the scans below that visit every
 * character of every paragraph: a number tests faster than a one-character string.
 */
const codesOf = (marks: Set<string>): Set<number> => new Set([...marks].map((mark) => mark.charCodeAt(0)));
const DOUBLE_CODES = codesOf(DOUBLE);
const SINGLE_CODES = codesOf(SINGLE);
/** French/German guillemets may stand apart from the word they enclose (« Bonjour »). */
const SPACED = new Set(['«', '»', '‹', '›']);
/** What may stand right before an opening mark. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:;,]/u;
/** What may stand right after a closing mark. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-…/]/u;
/** Elided words that start with an apostrophe ('90s, 'em, 'til, rock 'n' roll). */
const LEADING_APOSTROPHE = /^(?:\d0s|em\b|til\b|cause\b|n'|n’|tis\b|twas\b)/i;

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);

/** Glyphs whose shape says which side they are on, even when spacing is sloppy (“ I love”). */
const ALWAYS_OPENS = new Set(['“', '„', '‘']);
const ALWAYS_CLOSES = new Set(['”', '’']);

function canOpen(text: string, i: number, marks: Set<string>): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (next === undefined) return false;
  if (ALWAYS_OPENS.has(text[i]!) && marks === DOUBLE && (prev === undefined || /\s/u.test(prev))) return true;
  const prevOk = prev === undefined || BEFORE_OPEN.test(prev) || marks.has(prev) || DOUBLE.has(prev);
  if (!prevOk) return false;
  if (isSpace(next)) return SPACED.has(text[i]!) && /\S/u.test(text.slice(i + 1, i + 3));
  return true;
}

function canClose(text: string, i: number, marks: Set<string>): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (prev === undefined) return false;
  if (ALWAYS_CLOSES.has(text[i]!) && marks === DOUBLE && (next === undefined || !/[\p{L}\p{N}]/u.test(next)))
    return true;
  const nextOk = next === undefined || AFTER_CLOSE.test(next) || marks.has(next) || DOUBLE.has(next);
  if (!nextOk) return false;
  // "… for you,' " Snowden told": a nested quote's closing mark, a space, then the outer one.
  if (marks === DOUBLE && prev === ' ' && SINGLE.has(text[i - 2] ?? '') && !isSpace(text[i - 3])) return true;
  return !isSpace(prev) || SPACED.has(text[i]!);
}

/** "…,'' Cameron said": two apostrophes close a double quote (wire copy), the pair ending at i + 1. */
const closesByApostrophes = (text: string, i: number): boolean =>
  text[i] === "'" &&
  text[i + 1] === "'" &&
  !isSpace(text[i - 1]) &&
  (text[i + 2] === undefined || AFTER_CLOSE.test(text[i + 2]!));

/** The quoted text between two marks, trimmed of outer spaces and of a trailing comma. */
function innerRange(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function doubleSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (open >= 0 && closesByApostrophes(text, i)) {
      const { start, end } = innerRange(text, open + 1, i);
      if (end > start) spans.push({ open, close: i + 1, start, end, unclosed: false, single: false });
      open = -1;
      i++;
      continue;
    }
    if (!DOUBLE_CODES.has(text.charCodeAt(i))) continue;
    if (open < 0) {
      if (canOpen(text, i, DOUBLE)) open = i;
    } else if (canClose(text, i, DOUBLE)) {
      const { start, end } = innerRange(text, open + 1, i);
      if (end > start) spans.push({ open, close: i, start, end, unclosed: false, single: false });
      open = -1;
    }
  }
  if (open >= 0) {
    const { start, end } = innerRange(text, open + 1, text.length);
    if (end > start) spans.push({ open, close: text.length, start, end, unclosed: true, single: false });
  }
  return spans;
}

function singleSpans(text: string, taken: QuoteSpan[]): QuoteSpan[] {
  if (!/['‘’‚‛‹›]/u.test(text)) return [];
  const inside = (i: number): boolean => taken.some((s) => i >= s.open && i <= s.close);
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (!SINGLE_CODES.has(text.charCodeAt(i)) || inside(i)) continue;
    if (open < 0) {
      // An opener must be followed by a letter or digit, and not be an elision apostrophe.
      if (canOpen(text, i, SINGLE) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
        if (!LEADING_APOSTROPHE.test(text.slice(i + 1, i + 6))) open = i;
      }
    } else if (canClose(text, i, SINGLE) && !/\p{L}/u.test(text[i + 1] ?? '')) {
      const { start, end } = innerRange(text, open + 1, i);
      if (end > start) spans.push({ open, close: i, start, end, unclosed: false, single: true });
      open = -1;
    }
  }
  return spans;
}

/** All quote spans of one paragraph, sorted by position. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const doubles = doubleSpans(text);
  return [...doubles, ...singleSpans(text, doubles)].sort((a, b) => a.open - b.open);
}

/** Quoted words blanked out (same length), so names inside quotes are not taken for mentions. */
export function maskQuotes(text: string, spans: QuoteSpan[]): string {
  let out = '';
  let from = 0;
  for (const s of spans) {
    out += text.slice(from, s.start) + ' '.repeat(s.end - s.start);
    from = s.end;
  }
  return out + text.slice(from);
}
