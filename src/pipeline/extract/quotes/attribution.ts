/**
 * quotes/attribution: the reporter's words next to a quote -> the speech tag, as the subject
 * phrase (still unresolved: "he", "Mr. Stoltenberg", "the minister") and the verb as written.
 *
 * In:  the text between a quote and its neighbours in the same sentence (`after` the closing mark,
 *      `before` the opening mark).
 * Out: Tag | null. Forms read after a quote: `, said X` / `, X said` / `, X further claimed` /
 *      `, according to X`; a sentence that is only a tag ("He added."); the verb of a tag no
 *      form reads. Also the Tag model and the text clean-up both readers share.
 *
 * Tags before a quote are quotes/tag-before.ts; reading the subject phrase is quotes/tag-subject.ts.
 */
import { isRolePhrase } from '../people/resolve.ts';
import { SPEECH_VERBS, PARTICIPLES } from './tag-words.ts';
import { isVerb, phraseAfter, subjectBefore, wordsOf, type Word } from './tag-subject.ts';
import { looksLikeSubject } from './subject-shape.ts';
import { STATEMENT_READ } from './voices.ts';
import { isKinSubject } from './kin-voice.ts';

/** Conjunctions that open a new clause after a quote ("…," though the White House insisted). */
export const CLAUSE_OPENERS =
  /^(?:though|although|while|whereas|but|because|since|as|when|after|before|even|if|unless|until|and|or|so)$/u;

/** "as Harper put it", "as the minister once put it": a tag after a quote, right after the mark. */
const AS_PUT_IT =
  /^[\s,.!?—–-]*as\s+((?:the\s+)?\p{Lu}?[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,3}?)\s+(?:(?:once|later|has|had|so\s+\p{Ll}+ly)\s+)?(?:put|puts)\s+it\b/u;

/** Participles that label someone ("X, described as a "…""): spoken about, not speaking. */
export const PASSIVE_LABELS =
  /^(?:described|called|dubbed|labeled|labelled|termed|branded|hailed|characterized|characterised)$/u;

/**
 * Verbs of reporting read only in a tag after a quote ("…," BFM TV reports. / "…," the paper
 * reported / "…," Flynn posted to Twitter): before a quote, or in running text, "reports" is far more often a noun ("denied
 * reports that …") and "reported" an adjective ("the reported decision").
 */
export const AFTER_ONLY_VERBS = new Set(['reports', 'reported', 'tweets', 'posted']);
/** Whether a tag verb is one of the report verbs read only after a quote (see AFTER_ONLY_VERBS). */
export const isReportVerb = (verb: string): boolean => AFTER_ONLY_VERBS.has(verb);
const isAfterVerb = (w: Word): boolean => isVerb(w) || (w.text === w.lower && AFTER_ONLY_VERBS.has(w.lower));

/** A speech tag: its subject phrase as written and its verb. */
export interface Tag {
  /** The subject phrase as written ("he", "Stoltenberg, the secretary-general of NATO"). */
  subject: string;
  /** Lower-cased verb as written ("said", "claimed", "according to"). */
  verb: string;
  /** Offset of the tag inside the examined text (for "nearest person before" choices). */
  at: number;
  /** The verb is a participle ("…, saying"): its subject is the clause's subject. */
  participle: boolean;
  /**
   * The participle reports a clause with a named subject of its own ("saying Comey offered an
   * account of how …"): the words are not surely the clause subject's, who still spoke.
   */
  nested?: boolean;
}

// Parenthetical asides and US party tags blanked out, same length ("Ray Dunn (pictured) said",
// "Sen. X, R-Ore., told", "Sen. X (R) of Arizona, said"): they stand between name and verb.
const blank = (m: string): string => ' '.repeat(m.length);
const PLACE_THEN_VERB =
  /(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?=,\s*(?:said|says|told|added)\b))?/u.source;
/** The text with parenthetical asides and party tags blanked out, same length (offsets hold). */
export const blankParentheses = (text: string): string =>
  text
    .replace(new RegExp(`\\([^()]*\\)${PLACE_THEN_VERB}`, 'gu'), blank)
    .replace(/,\s*[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?=,)/gu, blank);

/** Verbs of an inverted tag closing a sentence that ran on past the quote (", said X"). */
const INVERTED_VERBS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'noted', 'notes']);

/**
 * A speech tag right after the closing mark: `, said X` / `, X said` / `, according to X`.
 * `runsOn`: the quote closed on a word, not on a comma or a stop, so the sentence goes on past it
 * ("…behind" Charlie Hebdo, said …).
 */
export function tagAfter(raw: string, runsOn = false): Tag | null {
  const text = blankParentheses(raw);
  const words = wordsOf(text);
  if (words.length === 0) return null;
  // Only punctuation may come between the quote and the tag.
  if (/[^\s,.!?—–-]/u.test(text.slice(0, words[0]!.start))) return null;
  const [first, second] = words;
  // "…," as Harper put it: a tag, though "as" opens a clause (below).
  const putIt = AS_PUT_IT.exec(text);
  if (putIt && looksLikeSubject(putIt[1]!))
    return { subject: putIt[1]!, verb: 'put it', at: text.indexOf(putIt[1]!), participle: false };
  // "…," though the White House insisted …: a new clause, not a tag.
  if (CLAUSE_OPENERS.test(first!.text)) return null;
  // "a so-called "B-team," which Tehran says includes …": a relative clause's verb tags the clause.
  if (/^(?:which|who|whom|whose|that|where)$/u.test(first!.lower)) return null;
  // ""…" — Alabama Senate candidate Roy Moore": a dash credit under a quote, as under a pull
  // quote; its subject is read like any other ("— Judge Owen's report" names nobody), and the quote
  // never takes the previous paragraph's speaker.
  const dashed = /^\s*[—–]\s*(\p{Lu}[^.!?;:,]{0,80}?)\s*(?:,[^.]*)?\.?\s*$/u.exec(text);
  if (dashed) {
    // "— Judge Owen's report", "— Smith's lawyer": someone else's words or paper; nobody.
    const subject = /['’]s\s+\p{Ll}/u.test(dashed[1]!) ? '' : dashed[1]!;
    return { subject, verb: 'dash', at: text.indexOf(dashed[1]!), participle: false };
  }
  if (first!.lower === 'according' && second?.lower === 'to') {
    const np = phraseAfter(text, words, 2);
    // "…," according to comments carried by IRNA: the channel, not a speaker; the tag before stands.
    if (np && /^(?:comments|remarks|a\s+transcript|reports?|a\s+readout|a\s+translation)\b/iu.test(np.phrase))
      return null;
    return np ? { subject: np.phrase, verb: 'according to', at: np.at, participle: false } : null;
  }
  if (isAfterVerb(first!)) {
    const np = phraseAfter(text, words, 1);
    return np ? { subject: np.phrase, verb: first!.lower, at: np.at, participle: false } : null;
  }
  const read = STATEMENT_READ.exec(text); // "…," the statement read.
  if (read) return { subject: read[1]!, verb: 'read', at: text.indexOf(read[1]!), participle: false };
  // "Robach is seen explaining …": a recording's speaker.
  const seen =
    /^[\s,.!?—–-]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s+(?:is|was|can be|could be)\s+(?:seen|heard|caught|shown|filmed)\s+(\p{Ll}+ing)\b/u.exec(
      text,
    );
  if (seen && PARTICIPLES.has(seen[2]!))
    return { subject: seen[1]!, verb: seen[2]!, at: text.indexOf(seen[1]!), participle: false };
  // "Dylan Nelson, a fellow at the Institute in Munich, Germany, and co-author, said": a name, a
  // long apposition (commas and all), then ", said" closing the sentence.
  const long =
    /^[\s,.!?—–-]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}),[^.;:!?]*,\s+([\p{Ll}]+)\b[^,]{0,60}[.!?]?\s*$/u.exec(
      text,
    );
  if (long && SPEECH_VERBS.has(long[2]!)) {
    return { subject: long[1]!, verb: long[2]!, at: text.indexOf(long[1]!), participle: false };
  }
  // "Adam Citron, a former prosecutor turned defense attorney said.", "Col. Tim Alben,
  // superintendent of the State Police said": an apposition the reporter did not close.
  const unclosed =
    /^[\s,.!?—–-]*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}),\s+((?:a|an|the)\s+)?([^,.;:!?]{3,120})/u.exec(
      text,
    );
  const verb = unclosed && wordsOf(unclosed[3]!).find(isVerb);
  if (
    verb &&
    (unclosed[2] || isRolePhrase(/^\p{Ll}[\p{Ll}\s-]*?(?=\s+(?:of|for|at)\s)/u.exec(unclosed[3]!)?.[0] ?? ''))
  )
    return { subject: unclosed[1]!, verb: verb.lower, at: text.indexOf(unclosed[1]!), participle: false };
  // Up to 16 words: "X of Y, chairman of the Z committee, said" puts the verb far from the quote.
  for (let i = 1; i < Math.min(words.length, 16); i++) {
    const w = words[i]!;
    // The tag ends at a sentence or clause end (the period of "Mr." is not one).
    if (/[.!?;:]/u.test(text.slice(words[i - 1]!.end, w.start))) return null;
    // "…" for thousands of victims, though the White House insisted: a new clause after a comma.
    if (CLAUSE_OPENERS.test(w.text) && /,/u.test(text.slice(words[i - 1]!.end, w.start))) return null;
    if (!isAfterVerb(w)) continue;
    // "…behind" Charlie Hebdo, said Prime Minister David Cameron: the sentence runs on past a
    // quote that closes on a word, so ", said X" is an inverted tag whose subject follows the verb.
    if (runsOn && INVERTED_VERBS.has(w.lower) && /,\s*$/u.test(text.slice(0, w.start))) {
      const inverted = phraseAfter(text, words, i + 1);
      if (inverted && looksLikeSubject(inverted.phrase))
        return { subject: inverted.phrase, verb: w.lower, at: inverted.at, participle: false };
    }
    // The same noun-phrase reading as before a verb: "X, the minister, said", "JPL scientist and
    // study co-author Michael Malaska said", "the prime minister told".
    const np = subjectBefore(text, words, i);
    if (np && looksLikeSubject(np.phrase))
      return { subject: np.phrase, verb: w.lower, at: np.at, participle: false };
    // ", the source said": a tag all the same, naming nobody (", the software as the company
    // continued" is not one); "the company said" / "it said" may name an organisation named before.
    if (
      i <= 3 &&
      (['the', 'a', 'an', 'one', 'another', 'it'].includes(words[0]!.lower) ||
        isKinSubject(text.slice(words[0]!.start, words[i - 1]!.end))) &&
      /^[\s,]*$/u.test(text.slice(0, words[0]!.start))
    ) {
      // ("his widow said" too: a kin noun, see quotes/kin-voice.ts.)
      const subject = text.slice(words[0]!.start, words[i - 1]!.end);
      return { subject, verb: w.lower, at: words[0]!.start, participle: false };
    }
    return null;
  }
  return null;
}

/** True when a whole sentence is only a speech tag ("He added." / "Stoltenberg said as quoted by Reuters."). */
export function tagSentence(text: string, maxWords = 12): Tag | null {
  const tag = tagAfter(text);
  if (!tag || wordsOf(text).length > maxWords) return null;
  // "He said he considered both accusers motivated." reports new speech, and "X agreed with her
  // statement." has an object of its own: they tag nothing before.
  const verbAt = new RegExp(`(?<![\\p{L}])${tag.verb}(?![\\p{L}])`, 'u').exec(text)?.index ?? 0;
  const end = Math.max(verbAt + tag.verb.length, tag.at + tag.subject.length);
  const rest = text.slice(end).replace(/^[\s,]+|[\s.!?]+$/gu, '');
  if (/^(?:that|he|she|they|it|i|we|you|there|his|her|their|the|a|an|this|these|those|with)\b/iu.test(rest))
    return null;
  // "Merrow wrote on Twitter that the remark stood.": a reported clause of its own, not a tag.
  if (/(?:^|\s)that\s+\S/iu.test(rest)) return null;
  return tag;
}

/**
 * The speech verb of a tag this module could not read ("…," Harlow & Harlow's critics said): the
 * quote has a speaker of its own, unknown, and must not inherit the previous one.
 */
export function unreadTagVerb(raw: string): string | null {
  const words = wordsOf(blankParentheses(raw));
  // "…," though she said …: a new clause, whose verb tags nothing; "…," which she said …: a
  // relative clause about the quoted words, likewise.
  if (
    words[0] &&
    (CLAUSE_OPENERS.test(words[0].text) || /^(?:which|who|whom|whose|that|where)$/u.test(words[0].lower))
  )
    return null;
  for (let i = 0; i < Math.min(words.length, 16); i++) {
    if (/[.!?;:]/u.test(raw.slice(words[i - 1]?.end ?? 0, words[i]!.start))) return null;
    if (isVerb(words[i]!)) return words[i]!.lower;
  }
  return null;
}

/** True for a lower-case speech verb or participle ("said", "adding"). */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word) || PARTICIPLES.has(word);
}
