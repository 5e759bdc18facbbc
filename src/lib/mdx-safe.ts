/**
 * lib/mdx-safe: what paragraph text must lose to survive MDX verbatim. A module of its own, with no
 * imports, because the per-article workers (parallel.ts) call it and should not load remark.
 */

/**
 * The one deliberate change paragraph text undergoes on its way into MDX (applied by
 * analyseDocument in analyse.ts, before extraction, so quote/figure offsets stay true):
 *   - U+0000 is removed: CommonMark/MDX turn it into U+FFFD on reading, so it cannot come back
 *     (the reader already refuses files with NUL bytes near the start as binary);
 *   - a paragraph that is empty or only Markdown white space (space, tab, line feed, carriage return)
 *     is dropped (null): MDX does not keep an element's white-space-only content, and it is not a
 *     paragraph anyway. (Other invisible characters, U+00A0, U+200B…, do round-trip and are kept.)
 * Every other string — any Unicode, Markdown/MDX/HTML syntax, newlines, leading/trailing spaces —
 * round-trips verbatim (tests/fuzz/article-mdx.test.ts).
 */
export function mdxSafeParagraph(text: string): string | null {
  const clean = text.includes('\0') ? text.replaceAll('\0', '') : text;
  return /^[\t\n\r ]*$/.test(clean) ? null : clean;
}
