/**
 * normalize/runs: the body's paragraphs -> why some are furniture, told by the run of paragraphs
 * they stand in or by repetition rather than by one paragraph's words. Used by
 * normalize/furniture.ts (both normalizers).
 *
 * In: the paragraphs and the reasons found so far (filled in place, never overwritten). Rules, all
 * generic (no site, no story):
 *   metadata      a run of three or more field rows, short lines that are no sentence: each split
 *                 by middle dots ("Rev 2 · Jane Doe · 4:42 PM", "The week in five minutes · 36": a
 *                 revision history, an episode list) or each a "Label: value" field ("Desk: Metro",
 *                 "Status: Ready for copy edit": a record's fields); the short header right above
 *                 the run ("Revision history", "More episodes") goes with it
 *   repeated-box  a title line with its site after a bar (no sentence, four words or more: "Title |
 *                 Site") printed three times or more in one body: a print's running head on every
 *                 sheet (a table's repeated cells and a product's features have no bar)
 *   pull-quote    a sentence of the story printed again with its speaker's name after it ("… a
 *                 lynching in every sense Jane Doe"): the words before the name stand in a paragraph
 *   separator     a section break of ornaments ("◆ ◆ ◆", "⁂", "— — —", "§") and the copy desk's
 *                 end mark ("-30-", "###", "###END###")
 */

import { fingerprint } from './text/lines.ts';

/** Longest field row. */
const MAX_ROW = 120;
/** Rows that make a run: two field rows may be the story's own dateline and credit. */
const MIN_ROWS = 3;
const SENTENCE_END = /[.!?…]["”’»)]?$/u;
/** A row split by middle dots, no sentence: "Rev 2 · Jane Doe · 4:42 PM". */
const DOTTED_ROW = /\S\s+·\s+\S/u;
/** "Desk: Metro": a label of one to three capitalised words, a short value. */
const FIELD_ROW = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}: \S.{0,60}$/u;
/** The run's header: a few words, no sentence, no field. */
const MAX_HEADER = 40;
/** A title line repeated: four words or more, printed this often. */
const MIN_HEAD_WORDS = 4;
const HEAD_REPEATS = 3;
/** Ornaments only; a rule of underscores or a "%" may be table text, so they are not here. */
const ORNAMENTS = /^[\s◆◇◈●○•·∗*⁂⁑§¶~—–]+$|^(?:-30-|—30—|#{3,}(?:\s*end\s*#{3,})?)$/iu;

const isRow = (text: string, shape: RegExp): boolean =>
  text.length <= MAX_ROW && !SENTENCE_END.test(text) && shape.test(text);

/** A speaker's name closing a pull quote: two or three capitalised words. */
const NAME_TAIL = /\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}$/u;
/** Shortest quote, in characters of its fingerprint, before the name. */
const MIN_QUOTE = 30;
const MIN_QUOTE_WORDS = 6;
/** Paragraph counts above this are not searched (quadratic). */
const MAX_SEARCH = 400;

/** A pull quote with its speaker's name: the words before the name stand inside another paragraph. */
function markNamedPullQuotes(bare: readonly string[], reasons: Array<string | null>): void {
  if (bare.length > MAX_SEARCH) return;
  let padded: string[] | null = null;
  bare.forEach((text, i) => {
    if (reasons[i] || SENTENCE_END.test(text) || !NAME_TAIL.test(text)) return;
    const key = fingerprint(text.replace(NAME_TAIL, ''));
    // Six words or more: a caption's or a link's stub is shorter.
    if (key.length < MIN_QUOTE || key.split(' ').length < MIN_QUOTE_WORDS) return;
    padded ??= bare.map((other) => ` ${fingerprint(other)} `);
    // A longer paragraph holds it: a second copy of the same line (a repeated link) is not one.
    const own = padded[i]!;
    if (padded.some((o, j) => j !== i && o.length > own.length && o.includes(` ${key} `)))
      reasons[i] = 'pull-quote';
  });
}

/** Marks the runs of field rows, running heads and ornament breaks (see the header). */
export function markRuns(input: readonly string[], reasons: Array<string | null>): void {
  const bare = input.map((text) => text.trim());
  for (const shape of [DOTTED_ROW, FIELD_ROW]) {
    for (let i = 0; i < bare.length;) {
      let end = i;
      while (end < bare.length && isRow(bare[end]!, shape)) end++;
      if (end - i >= MIN_ROWS) {
        for (let j = i; j < end; j++) reasons[j] ??= 'metadata';
        const header = bare[i - 1] ?? '';
        if (i > 0 && header.length <= MAX_HEADER && !SENTENCE_END.test(header) && !header.includes(':'))
          reasons[i - 1] ??= 'metadata';
      }
      i = Math.max(end, i + 1);
    }
  }
  const counts = new Map<string, number>();
  const heads = bare.map((text) =>
    text.length <= MAX_ROW &&
    !SENTENCE_END.test(text) &&
    / \| \S/u.test(text) &&
    text.split(/\s+/u).length >= MIN_HEAD_WORDS
      ? text.toLowerCase()
      : '',
  );
  for (const key of heads) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  heads.forEach((key, i) => {
    if (key && (counts.get(key) ?? 0) >= HEAD_REPEATS) reasons[i] ??= 'repeated-box';
  });
  bare.forEach((text, i) => {
    if (text && ORNAMENTS.test(text)) reasons[i] ??= 'separator';
  });
  markNamedPullQuotes(bare, reasons);
}
