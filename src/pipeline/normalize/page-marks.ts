/**
 * normalize/page-marks: one body paragraph -> why it is a mark stamped on a page rather than the
 * story's text, or null. Used by normalize/furniture.ts (both normalizers).
 *
 * In: a paragraph's text. Out: a `removed` reason. Each rule is a kind of mark any printed,
 * filed or recorded document carries, told by its shape, never by a site's wording:
 *   court-stamp   the header a court's filing system prints on every page of a filed document
 *                 ("Case 1:19-cv-01883-JD Document 82-4 Filed 07/02/19 Page 18 of 25")
 *   bates-number  a production number stamped on each page of an exhibit: capitals and a
 *                 zero-padded number, alone ("EX 006230", "PLTF_007023")
 *   page-number   a print's page counter ("3/12", "Page 3 of 12"), two or more in the body
 *   page-url      a bare web address alone as a paragraph, printed twice or more: a print's
 *                 footer naming the page on every sheet
 *   stage-cue     a transcript's bracketed cue for what is not speech, alone ("[MUSIC]",
 *                 "[BREAK]", "(LAUGHTER)")
 * Whole paragraphs only: a sentence that mentions a case number, a page or an address is prose.
 */

/** "Case 1:19-cv-01883-JD Document 82-4 Filed 07/02/19 Page 18 of 25 (PageID …)". */
const COURT_STAMP =
  /^Case:? \d{1,2}:\d{2}-[a-z]{1,4}-\d{2,6}(?:-[A-Za-z0-9]{1,6})*,? +(?:Doc(?:ument)?|Dkt\.?|ECF No\.?) *#? *\d+(?:-\d+)?,? +Filed:? +\d{1,2}\/\d{1,2}\/\d{2,4},? +Page:? +\d+ of +\d+\b.{0,40}$/u;
/** "EX 006230", "PLTF_007023", "DEF-0001234": a Bates number, zero-padded, alone. */
const BATES = /^[A-Z]{2,8}[ _-]?0\d{4,9}$/u;
/** "3/12", "Page 3 of 12". */
const PAGE_COUNTER = /^(?:(?:page|p\.) ?)?(\d{1,3}) ?(?:\/|of) ?(\d{1,3})$/iu;
/** A web address and nothing else. */
const BARE_URL = /^(?:https?:\/\/|www\.)[^\s]+$/iu;
/**
 * "[MUSIC]", "[BREAK]", "(APPLAUSE)", "[END VIDEO CLIP]": a transcript's cue, alone, in the words
 * transcribers use for what is not speech. A bracketed name ("[CNBC]") is a credit, not a cue.
 */
const STAGE_CUE =
  /^[[(](?:[a-z]+ ){0,2}(?:music|break|applause|laugh(?:ter|s|ing)?|crosstalk|inaudible|unintelligible|silence|pause|cheer(?:s|ing)?|soundbite|(?:video|audio) clip|clip|commercial break|sighs|coughs|blank audio|nat(?:ural)? sound)(?: [a-z]+){0,2}[\])]$/iu;

/**
 * Marks the page marks among a body's paragraphs (reasons[i] left alone where already set). A bare
 * address counts only when the body prints it twice or more, a page counter only when the body
 * prints two or more: a print's footer repeats them on every sheet, a story may give one link (or
 * "9/11") its own line.
 */
export function markPageMarks(input: readonly string[], reasons: Array<string | null>): void {
  const found = input.map((text) => pageMarkReason(text));
  const counters = found.filter((r) => r === 'page-number').length;
  const urls = new Map<string, number>();
  input.forEach((text, i) => {
    if (found[i] === 'page-url') urls.set(text.trim(), (urls.get(text.trim()) ?? 0) + 1);
  });
  found.forEach((reason, i) => {
    if (reasons[i] || !reason) return;
    if (reason === 'page-number' && counters < 2) return;
    if (reason === 'page-url' && (urls.get((input[i] ?? '').trim()) ?? 0) < 2) return;
    reasons[i] = reason;
  });
}

/** Why a paragraph is a mark stamped on a page (see the header), or null; markPageMarks wants two addresses or counters. */
export function pageMarkReason(text: string): string | null {
  const bare = text.trim();
  // An address is one word however long; any other mark is short.
  if (BARE_URL.test(bare)) return 'page-url';
  if (bare.length > 160) return null;
  if (COURT_STAMP.test(bare)) return 'court-stamp';
  if (BATES.test(bare)) return 'bates-number';
  const page = PAGE_COUNTER.exec(bare);
  if (page && Number(page[1]) >= 1 && Number(page[1]) <= Number(page[2])) return 'page-number';
  if (STAGE_CUE.test(bare)) return 'stage-cue';
  return null;
}
