/**
 * people/spelling-variant: a lone capitalised word opening a sentence ("Wikileaks said in a
 * tweet that …") that the body writes mid-sentence only in another capitalisation ("gave the
 * files to WikiLeaks"). The opening word alone cannot show it is a proper noun (any word is
 * capitalised there); the same word, letter for letter, as a proper noun elsewhere in the body can.
 *
 * In:  the word, the body's mid-sentence capitalised words, a proper-noun test. Out: the body's
 *      spelling of that proper noun, or null (none, or two spellings that disagree).
 */
export function properSpelling(
  word: string,
  midSentenceCaps: Iterable<string>,
  isProper: (w: string) => boolean,
): string | null {
  const lower = word.toLowerCase();
  const found = new Set<string>();
  for (const w of midSentenceCaps) if (w !== word && w.toLowerCase() === lower && isProper(w)) found.add(w);
  return found.size === 1 ? [...found][0]! : null;
}
