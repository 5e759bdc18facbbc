/**
 * people/name-word-lead: a first name that is also a function word ("Will", "May") kept as the
 * start of a name when the text shows it is one.
 *
 * parseNameRun strips a leading NOT_NAME_WORDS word, since "Will Trump sign it?" or "May the
 * court rule" open sentences with the verb; that also turned "As writer Will Storr told NPR" into
 * "Storr". The run alone cannot tell the two apart, its place can: mid-sentence, after a
 * lower-case word or a comma ("writer Will Storr", "said Will Storr", ", May Lindqvist"), the verb
 * reading needs a capital no sentence gives it, so the word is a first name.
 *
 * In:  the text, the run's offset in it, the run and its parse. Out: the parse with the first
 *      name put back, or the parse unchanged.
 */
import { NOT_NAME_WORDS } from './lexicon.ts';
import { key, parseNameRun, type ParsedName } from './names.ts';

/** Function words that are also given names (the only such words in NOT_NAME_WORDS). */
const NAME_WORD_LEADS = new Set(['will', 'may']);
/**
 * A verb of saying in the past or present right after the name: "Will Storr said" opening a
 * sentence cannot be the modal ("Will Storr say?" would be), so there too the word is a name.
 */
const SPOKE_AFTER = /^\s*(?:said|says|told|tells|wrote|writes|added|adds)\b/u;

/**
 * `parsed` with the stripped first name put back when `run` opens with "Will"/"May" followed by
 * one or two capitalised name words that parse as a bare name, and the text before the run in
 * its sentence ends in a lower-case word or a comma, or `known` says the index holds the full name.
 */
export function withNameWordLead(
  text: string,
  index: number,
  run: string,
  parsed: ParsedName | null,
  known: (name: string) => boolean = () => false,
): ParsedName | null {
  const tokens = run.split(/\s+/u);
  if (tokens.length < 2 || tokens.length > 3 || !NAME_WORD_LEADS.has(key(tokens[0]!))) return parsed;
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[0]!)) return parsed;
  const rest = parseNameRun(tokens.slice(1).join(' '));
  if (
    !rest?.name ||
    rest.titles.length > 0 ||
    rest.name !==
      tokens
        .slice(1)
        .join(' ')
        .replace(/['’]s?$/u, '')
  )
    return parsed;
  if (tokens.slice(1).some((t) => NOT_NAME_WORDS.has(key(t)))) return parsed;
  const name = `${tokens[0]} ${rest.name}`;
  // Mid-sentence: a lower-case word ("writer", "said", "told") or a comma right before; or the
  // article's index already holds the full name from such a place ("Will Storr said" later).
  const midSentence = /(?:\p{Ll}|,)\s+$/u.test(text.slice(Math.max(0, index - 40), index));
  if (!midSentence && !known(name) && !SPOKE_AFTER.test(text.slice(index + run.length))) return parsed;
  return { name, titles: [], possessive: rest.possessive };
}

/**
 * True when the word at `start` in `text` is "Will"/"May" opening a name mid-sentence ("writer
 * Will Storr told"): followed by a capitalised word that is no function word, after a lower-case
 * word or a comma. The tag reader's walk over a subject uses it where it stops at sentence openers.
 */
export function nameWordLeadAt(text: string, start: number): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(start, start + 60));
  if (!m || !NAME_WORD_LEADS.has(key(m[1]!)) || NOT_NAME_WORDS.has(key(m[2]!))) return false;
  if (SPOKE_AFTER.test(text.slice(start + m[0].length))) return true;
  return /(?:\p{Ll}|,)\s+$/u.test(text.slice(Math.max(0, start - 40), start));
}
