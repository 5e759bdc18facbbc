/**
 * quotes/attribution: the reporter's words next to a quote -> the speech tag, as the subject
 * phrase (still unresolved: "he", "Mr. Stoltenberg", "the minister") and the verb as written.
 *
 * In:  the text between a quote and its neighbours in the same sentence (`after` the closing mark,
 *      `before` the opening mark).
 * Out: Tag | null. Forms read after a quote: `, said X` / `, X said` / `, X further claimed` /
 *      `, according to X`; before a quote: `X said: ` / `X replied that ` / `According to X: ` /
 *      `X said Ukraine's trust was ` (any speech verb of the sentence, nearest to the quote).
 *
 * Reading the subject phrase itself is quotes/tag-subject.ts.
 */
import { PREPOSITIONS } from '../people/lexicon.ts';
import { isRolePhrase } from '../people/resolve.ts';
import { SPEECH_VERBS, PARTICIPLES, AUXILIARIES, PARTICLES, FUNCTION_CAPS } from './tag-words.ts';
import { isParticiple, isVerb, phraseAfter, subjectBefore, wordsOf, type Word } from './tag-subject.ts';
import { looksLikeSubject } from './subject-shape.ts';
import { STATEMENT_READ } from './voices.ts';

/** Conjunctions that open a new clause after a quote ("…," though the White House insisted). */
const CLAUSE_OPENERS =
  /^(?:though|although|while|whereas|but|because|since|as|when|after|before|even|if|unless|until|and|or|so)$/u;

/** Participles that label someone ("X, described as a "…""): spoken about, not speaking. */
const PASSIVE_LABELS =
  /^(?:described|called|dubbed|labeled|labelled|termed|branded|hailed|characterized|characterised)$/u;

/** Verbs whose following name is their object (the people lexicon's verbs before an object). */
const OBJECT_VERBS = new Set([...PREPOSITIONS].filter((w) => /(?:ed|ld)$/u.test(w)));

/**
 * Verbs of reporting read only in a tag after a quote ("…," BFM TV reports. / "…," the paper
 * reported / "…," Flynn posted to Twitter): before a quote, or in running text, "reports" is far more often a noun ("denied
 * reports that …") and "reported" an adjective ("the reported decision").
 */
const AFTER_ONLY_VERBS = new Set(['reports', 'reported', 'tweets', 'posted']);
/** Whether a tag verb is one of the report verbs read only after a quote (see AFTER_ONLY_VERBS). */
export const isReportVerb = (verb: string): boolean => AFTER_ONLY_VERBS.has(verb);
const isAfterVerb = (w: Word): boolean => isVerb(w) || (w.text === w.lower && AFTER_ONLY_VERBS.has(w.lower));

/**
 * "She reports that "…"", "Reuters reported that the army had "…"": a report verb before a quote
 * only right after a pronoun or a capitalised word and right before "that" ("denied reports that"
 * is a noun), and only when no other verb of saying or labelling stands in the clause ("reports
 * that X has been described as "…"" relays someone else's label).
 */
function reportsThat(words: Word[], i: number): boolean {
  const w = words[i]!;
  const before = words[i - 1];
  if (w.text !== w.lower || !AFTER_ONLY_VERBS.has(w.lower) || words[i + 1]?.lower !== 'that') return false;
  if (
    !before ||
    !/^(?:he|she|\p{Lu}[\p{L}'’.-]*)$/iu.test(before.text) ||
    !/^(?:he|she|\p{Lu})/iu.test(before.text)
  )
    return false;
  return words.slice(i + 2).every((x) => !isVerb(x) && !isParticiple(x) && !PASSIVE_LABELS.test(x.lower));
}

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
const blankParentheses = (text: string): string =>
  text
    .replace(new RegExp(`\\([^()]*\\)${PLACE_THEN_VERB}`, 'gu'), blank)
    .replace(/,\s*[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?(?=,)/gu, blank);

/** A speech tag right after the closing mark: `, said X` / `, X said` / `, according to X`. */
export function tagAfter(raw: string): Tag | null {
  const text = blankParentheses(raw);
  const words = wordsOf(text);
  if (words.length === 0) return null;
  // Only punctuation may come between the quote and the tag.
  if (/[^\s,.!?—–-]/u.test(text.slice(0, words[0]!.start))) return null;
  const [first, second] = words;
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
    // The same noun-phrase reading as before a verb: "X, the minister, said", "JPL scientist and
    // study co-author Michael Malaska said", "the prime minister told".
    const np = subjectBefore(text, words, i);
    if (np && looksLikeSubject(np.phrase))
      return { subject: np.phrase, verb: w.lower, at: np.at, participle: false };
    // ", the source said": a tag all the same, naming nobody (", the software as the company
    // continued" is not one); "the company said" / "it said" may name an organisation named before.
    if (
      i <= 3 &&
      ['the', 'a', 'an', 'one', 'another', 'it'].includes(words[0]!.lower) &&
      /^[\s,]*$/u.test(text.slice(0, words[0]!.start))
    ) {
      const subject = text.slice(words[0]!.start, words[i - 1]!.end);
      return { subject, verb: w.lower, at: words[0]!.start, participle: false };
    }
    return null;
  }
  return null;
}

/** Words before a participle that are not a noun it could hang on, and a subject's own messages. */
const NOT_A_HOLDER = new Set(
  `that and or but for of by to in on at with without while when after before as is was be been being are
  were not about from then also later again than tweet tweets post posts statement message video
  interview speech letter remarks email column today yesterday tonight week month year night morning
  afternoon evening heard seen caught shown filmed kept went began begun started quoted recorded
  overheard`.split(/\s+/u),
);

/**
 * After a participle: a reported clause whose own subject is a name and whose verb is finite
 * ("saying Comey offered …", "arguing that Ms. Reyes had described …"), then a word opening a
 * further clause or account ("how", "that", "of", "as") before the quote.
 */
const NESTED_REPORT =
  /^\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?:had\s+|has\s+)?\p{Ll}+(?:ed|ave|ew|old|ote|aid)\b[^.;:!?]*\b(?:how|why|what|that|of|as)\b[^.;:!?]*$/u;

/** A lower-case common noun right before a participle, no comma between ("the lawsuit claiming"). */
function hangsOnNoun(prev: Word, gap: string): boolean {
  return (
    gap.trim() === '' &&
    /^\p{Ll}[\p{Ll}-]+$/u.test(prev.text) &&
    !NOT_A_HOLDER.has(prev.lower) &&
    !/(?:ly|ed)$/u.test(prev.lower) &&
    !isVerb(prev)
  );
}

/** The speech tag in the sentence before the opening mark: the speech verb nearest to the quote. */
export function tagBefore(raw: string): Tag | null {
  const text = blankParentheses(raw);
  const words = wordsOf(text);
  // "Continued Lowell: "…"", "Added the senator, "…"": a verb opening the sentence, then its subject.
  const opening =
    /^\s*(\p{Lu}\p{Ll}+)\s+((?:the\s+)?[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,3})\s*[:,]\s*$/u.exec(
      text,
    );
  if (opening && SPEECH_VERBS.has(opening[1]!.toLowerCase()) && looksLikeSubject(opening[2]!))
    return {
      subject: opening[2]!,
      verb: opening[1]!.toLowerCase(),
      at: text.indexOf(opening[2]!),
      participle: false,
    };
  /** A participle hanging on a common noun, seen on the way back ("placards saying"). */
  let hung: Word | undefined;
  const nobody = (p: Word): Tag => ({ subject: '', verb: p.lower, at: p.start, participle: false });
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (w.lower === 'according' && words[i + 1]?.lower === 'to') {
      const np = phraseAfter(text, words, i + 2);
      if (np) return { subject: np.phrase, verb: 'according to', at: np.at, participle: false };
    }
    if (isParticiple(w)) {
      // "the lawsuit claiming", "placards saying": a participle hanging on a common noun has that
      // noun for subject; look further back for the sentence's own tag.
      const prev = words[i - 1];
      if (prev && hangsOnNoun(prev, text.slice(prev.end, w.start))) {
        hung ??= w;
        continue;
      }
      if (hung) return nobody(hung);
      // "…, saying Comey offered an account of how Clinton "…"": the participle reports a clause
      // with a named subject of its own, whose account the words may be; nobody.
      if (NESTED_REPORT.test(text.slice(w.end)))
        return { subject: '', verb: w.lower, at: w.start, participle: true, nested: true };
      return { subject: '', verb: w.lower, at: w.start, participle: true };
    }
    if (!isVerb(w) && !reportsThat(words, i)) continue;
    // "He said … when people writing drug laws "…"" is his; "NRO reported tweets, with one
    // writing: "…"" is the one's, whom this module does not name.
    if (hung && /[,;:—–]/u.test(text.slice(w.end, hung.start))) return nobody(hung);
    // "the proposal rejected by Trump": a passive participle reports nobody's words here.
    if (words[i + 1]?.lower === 'by') continue;
    // "Brenning was described as a "…"", "she was called a "…"": a passive's subject is spoken about.
    if (/^(?:was|were|is|are|been|being|be)$/u.test(words[i - 1]?.lower ?? '')) continue;
    // "Martin Richard, described as a "…"": a reduced passive after a comma, likewise (not "X,
    // the senator, described the deal as": an active verb has its object before "as").
    if (PASSIVE_LABELS.test(w.lower) && words[i + 1]?.lower === 'as' && /,\s*$/u.test(text.slice(0, w.start)))
      continue;
    const np = subjectBefore(text, words, i);
    if (np) return { subject: np.phrase, verb: w.lower, at: np.at, participle: false };
    // "…, said X: "": an inverted tag before the quote. Only when nothing but punctuation follows
    // the name, and never after a verb that takes an object ("accused X of lacking "…"", "told
    // X that "…"": X is the one spoken to or about).
    const inv = phraseAfter(text, words, i + 1);
    if (
      inv &&
      looksLikeSubject(inv.phrase) &&
      // "said Bryson's "health-related" issues": a possessor is no inverted subject.
      !/['’]s$/u.test(inv.phrase) &&
      !OBJECT_VERBS.has(w.lower) &&
      /^(?:[\s,]+(?:in|on|at|during|from|via)\s[^.;!?]*)?[\s,:—–-]*$/u.test(
        text.slice(inv.at + inv.phrase.length),
      )
    )
      return { subject: inv.phrase, verb: w.lower, at: inv.at, participle: false };
  }
  if (hung) return nobody(hung);
  return /:\s*$/u.test(text) ? colonIntro(text, words) : null;
}

/**
 * "The minister rejected this: "…"": a clause ending in a colon introduces a quote whatever its
 * verb. The verb is the first lower-case word after a subject-like phrase.
 */
function colonIntro(raw: string, rawWords: Word[]): Tag | null {
  // "Sen. Roger Wicker, Cochran's home-state colleague, gave …:": the apposition is blanked, so
  // its words are neither subject nor verb.
  const text = raw.replace(/(?<=\p{L}),\s[^,:]{1,80},(?=\s)/gu, (m) => ' '.repeat(m.length));
  const words = text === raw ? rawWords : wordsOf(text);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    // "Martin Luther King Jr.'s widow had questioned …:": a possessor's someone speaks, not he.
    if (w.lower === 's' && /['’]$/u.test(text.slice(0, w.start))) return null;
    if (w.text !== w.lower || ['the', 'a', 'an', 'of', 'for', ...PARTICLES].includes(w.lower)) continue;
    // "Critics were unconvinced:" has no speech act to report.
    if (AUXILIARIES.has(w.lower)) return null;
    const np = subjectBefore(text, words, i);
    if (!np) continue;
    // "So keep that in mind as …:", "Citing Malian army commander …:": a capitalised sentence
    // opener or participle is no subject.
    if (FUNCTION_CAPS.has(np.phrase.toLowerCase()) || /^\p{Lu}\p{Ll}+ing\b/u.test(np.phrase)) return null;
    const ok =
      /^(?:he|she|they)$/iu.test(np.phrase) ||
      isRolePhrase(np.phrase.toLowerCase()) ||
      /\p{Lu}[\p{Ll}]|^\p{Lu}{2,}$/u.test(np.phrase.replace(/^(?:The|A|An)\s/u, ''));
    if (ok) return { subject: np.phrase, verb: w.lower, at: np.at, participle: false };
    return null;
  }
  return null;
}

/** True when a whole sentence is only a speech tag ("He added." / "Stoltenberg said as quoted by Reuters."). */
export function tagSentence(text: string): Tag | null {
  const tag = tagAfter(text);
  if (!tag || wordsOf(text).length > 12) return null;
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
