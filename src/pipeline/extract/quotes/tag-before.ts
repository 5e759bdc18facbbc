/**
 * quotes/tag-before: the reporter's words before a quote's opening mark -> the speech tag.
 *
 * In:  the text of the sentence before the opening mark.
 * Out: Tag | null, read as `X said: ` / `X replied that ` / `According to X: ` / `X said Ukraine's
 *      trust was ` (any speech verb of the sentence, nearest to the quote), `Added the senator, `,
 *      `…, saying ` (a participle; its subject is the clause's), `The minister rejected this: `.
 *
 * Tags after the closing mark, whole-sentence tags and the shared tag model are quotes/attribution.ts;
 * reading the subject phrase itself is quotes/tag-subject.ts.
 */
import { NON_PERSON_WORDS, PREPOSITIONS, ROLE_HEADS, subordinate } from '../people/lexicon.ts';
import { isRolePhrase, looksLikeOrganisation } from '../people/resolve.ts';
import { SPEECH_VERBS, AUXILIARIES, PARTICLES, FUNCTION_CAPS } from './tag-words.ts';
import { isParticiple, isVerb, phraseAfter, subjectBefore, wordsOf, type Word } from './tag-subject.ts';
import { looksLikeSubject } from './subject-shape.ts';
import { outletReports } from './outlet-noun.ts';
import { AFTER_ONLY_VERBS, PASSIVE_LABELS, blankParentheses, isSpeechVerb, type Tag } from './attribution.ts';

/** Verbs whose following name is their object (the people lexicon's verbs before an object). */
const OBJECT_VERBS = new Set([...PREPOSITIONS].filter((w) => /(?:ed|ld)$/u.test(w)));

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

/** A subject phrase of up to four words: "Secretary Clinton", "the minister", "Harper". */
const NAMED = String.raw`((?:the\s+)?[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,3}?)`;
/** "In the words of X:" / "In the words of X," closing the text before the quote. */
const IN_THE_WORDS_OF = new RegExp(String.raw`\b[Ii]n\s+the\s+words\s+of\s+${NAMED}\s*[:,]\s*$`, 'u');
/** "As X put it:" / ", as X put it," closing the text before the quote. */
const AS_PUT_IT_BEFORE = new RegExp(
  String.raw`(?:^|[\s,;—–-])[Aa]s\s+${NAMED}\s+(?:(?:once|later|has|had)\s+)?(?:put|puts)\s+it\s*[:,]\s*$`,
  'u',
);

/** A whole sentence "From The Associated Press:": a capitalised source of up to six words. */
const FROM_SOURCE = /^\s*From\s+(\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*){0,5})\s*:\s*$/u;

/** ", Cruz charged, had": an aside tag (a name or pronoun, a verb) between a subject and its verb. */
const ASIDE =
  /^\s*,\s*((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|he|she)\s+(\p{Ll}+)\s*,\s*(?:(?:had|has|have|would|will)\s+)?$/u;

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
  // "From The Associated Press:" as a source line before a quote: an agency or paper whose words
  // follow ("From Jerusalem:", "From the report:" name no organisation and stay untagged).
  const source = FROM_SOURCE.exec(text);
  if (source && looksLikeOrganisation(source[1]!))
    return { subject: source[1]!, verb: 'from', at: text.indexOf(source[1]!), participle: false };
  // "In the words of Secretary Clinton: "…"", "As Harper put it, "…"": the named one speaks.
  const named = IN_THE_WORDS_OF.exec(text) ?? AS_PUT_IT_BEFORE.exec(text);
  // "In the words of the writer William Dalrymple:": the name after a lower-case description.
  const who =
    named && (/^the\s+\p{Ll}+\s+(\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2})$/u.exec(named[1]!)?.[1] ?? named[1]!);
  if (named && who && looksLikeSubject(who))
    return {
      subject: who,
      verb: 'put it',
      at: named.index + named[0].indexOf(who),
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
    if (!isVerb(w) && !reportsThat(words, i) && !outletReports(text, words, i)) continue;
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
    // "Although he has denied …, Clinton charged that "…"": a verb inside an opening subordinate
    // clause reports that clause; a main clause follows its comma before the quote, whose subject
    // this module may not read. Nobody ("As Trump said, "…"" is a tag: nothing follows the comma).
    const lead = text.slice(0, w.start);
    if (!/^\s*As\b/u.test(lead) && subordinate(lead) && /,\s*[\p{L}]/u.test(text.slice(w.end)))
      return nobody(w);
    const np = subjectBefore(text, words, i);
    // "The Kentucky senator, Cruz charged, had told "…"": a tag set off by commas between the
    // subject and its verb reports the whole clause; its own subject speaks.
    const aside = np ? ASIDE.exec(text.slice(np.at + np.phrase.length, w.start)) : null;
    if (np && aside && (isSpeechVerb(aside[2]!) || aside[2] === 'charged'))
      return {
        subject: aside[1]!,
        verb: aside[2]!,
        at: np.at + np.phrase.length + aside.index + aside[0].indexOf(aside[1]!),
        participle: false,
      };
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

/** "a statement from (role words) Name:" ending the text before a quote; the name is group 1. */
const STATEMENT_FROM =
  /\b(?:statement|message|letter|note)\s+(?:from|by)\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,4}?((?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){0,5})\s*:\s*$/u;

/**
 * "The minister rejected this: "…"": a clause ending in a colon introduces a quote whatever its
 * verb. The verb is the first lower-case word after a subject-like phrase.
 */
function colonIntro(raw: string, rawWords: Word[]): Tag | null {
  // "Sen. Roger Wicker, Cochran's home-state colleague, gave …:": the apposition is blanked, so
  // its words are neither subject nor verb.
  // "Then he issued a warning:": an opening adverb before a pronoun is blanked too.
  const text = raw
    .replace(/(?<=\p{L}),\s[^,:]{1,80},(?=\s)/gu, (m) => ' '.repeat(m.length))
    .replace(/^\s*(?:Then|Later|Finally|Earlier|Afterwards?|Still|Again)\b,?(?=\s+(?:he|she|they)\s)/u, (m) =>
      ' '.repeat(m.length),
    );
  // "… released this statement from national security adviser John Bolton:": the statement's
  // author speaks, whatever the clause's own subject ("the White House").
  const from = STATEMENT_FROM.exec(raw);
  if (from)
    return {
      subject: from[1]!,
      verb: 'statement',
      at: from.index + from[0].indexOf(from[1]!),
      participle: false,
    };
  const words = text === raw ? rawWords : wordsOf(text);
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    // "Martin Luther King Jr.'s widow had questioned …:": a possessor's someone speaks, not he.
    if (w.lower === 's' && /['’]$/u.test(text.slice(0, w.start))) return null;
    if (w.text !== w.lower || ['the', 'a', 'an', 'of', 'for', ...PARTICLES].includes(w.lower)) continue;
    // "Critics were unconvinced:" has no speech act to report.
    if (AUXILIARIES.has(w.lower)) return null;
    // "When Sen. X pressed Kavanaugh …, the nominee shot back:": the opening clause's subject is
    // not the main clause's, after the comma; nobody.
    if (subordinate(text.slice(0, w.start)) && /,\s*\p{L}/u.test(text.slice(w.end))) return null;
    // "Boston police follow up with this message:": a noun that heads a role or a body is the
    // subject's head, not its verb; the capitalised word before it is a modifier, nobody named.
    if (ROLE_HEADS.has(w.lower) || NON_PERSON_WORDS.has(w.lower)) return null;
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
