/**
 * quotes/tag-subject: the words of a speech tag -> its subject phrase. Splits the tag into words
 * and reads the subject before a verb ("the minister further claimed") or after it ("said
 * Stoltenberg, the secretary-general"). Whether a phrase can be a subject at all is
 * quotes/subject-shape.ts.
 *
 * In: the tag's text and words; Out: subject phrases as written, unresolved (attribution, tag-before).
 */
import { nameWordLeadAt } from '../people/name-word-lead.ts';
import { isRolePhrase } from '../people/resolve.ts';
import { PARTY_LABEL, isBodyNoun, isVoiceHead } from './speakers.ts';
import { SPEECH_VERBS, PARTICIPLES, BETWEEN, SUBJECT_STOP, PARTICLES, FUNCTION_CAPS } from './tag-words.ts';
import { DAY_PARTS, TIME_NOUN, WEEKDAY, wordsOf } from './tag-words.ts';
import { bodyPhrase, governedName, nameBeforeBody, type Word } from './subject-shape.ts';
import { headBeforePreposition, roleOwner } from './subject-head.ts';

export type { Word } from './subject-shape.ts';
export { wordsOf };

/**
 * Words after which a name is an object, not a subject ("Banners on the Marlow Bridge said", "who,
 * like Brennick, is retiring"); the phrase is returned with it, and names nobody.
 */
const PREPOSITION_BEFORE = new Set(
  `in at from near with on inside outside like unlike including than by against about to over
  behind under among toward towards via`.split(/\s+/u),
);

/** A lower-case finite speech verb. */
export const isVerb = (w: Word): boolean => w.text === w.lower && SPEECH_VERBS.has(w.lower);
/** A lower-case speech participle ("adding"). */
export const isParticiple = (w: Word): boolean => w.text === w.lower && PARTICIPLES.has(w.lower);
const isBetween = (w: Word): boolean => BETWEEN.has(w.lower) || /^\p{Ll}+ly$/u.test(w.text);

/** Phrase following `from` up to punctuation or a stop word ("said Stoltenberg, the …" -> "Stoltenberg"). */
export function phraseAfter(
  text: string,
  words: Word[],
  from: number,
): { phrase: string; at: number } | null {
  const picked: Word[] = [];
  for (let i = from; i < words.length && picked.length < 9; i++) {
    const w = words[i]!;
    const gap = text.slice(picked.length ? picked[picked.length - 1]!.end : words[from]!.start, w.start);
    if (picked.length && /[,;:.!?()—–]/u.test(gap)) break;
    // "of"/"for" belong to a role ("a spokesperson for the ministry"), not to a name.
    if (SUBJECT_STOP.has(w.lower) && !(picked.length && ['for', 'of'].includes(w.lower))) {
      if (!(picked.length === 0 && ['a', 'an'].includes(w.lower))) break;
    }
    picked.push(w);
  }
  if (picked.length === 0) return null;
  const phrase = text.slice(picked[0]!.start, picked[picked.length - 1]!.end);
  const end = picked[picked.length - 1]!.end;
  return namedRole(phrase, text.slice(end), end) ?? { phrase, at: picked[0]!.start };
}

/**
 * "said the US envoy to the UN, Nikki Haley." / "said the Senate's new leader, Democrat Andrea
 * Stewart-Cousins of Yonkers, who …": a definite role phrase after the verb, then its holder's full
 * name in apposition: the name is the subject. Two capitalised words at least, and nothing but
 * the end of the sentence, a comma, "of" or "who" after them ("the minister, Paris and Berlin
 * agreed" has no apposition).
 */
function namedRole(phrase: string, rest: string, end: number): { phrase: string; at: number } | null {
  if (!/^(?:the|The)\s/u.test(phrase) || !isRolePhrase(phrase)) return null;
  const m =
    /^((?:\s+(?:to|of|for|at|in)\s+(?:the\s+)?[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+){0,2})?,\s+)((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)(?=\s*(?:[,.;:!?]|$)|\s+(?:of|who)\s)/u.exec(
      rest,
    );
  if (!m || /['’]s$/u.test(m[2]!)) return null;
  return { phrase: m[2]!, at: end + m[1]!.length };
}

const isCapitalised = (w: Word): boolean => /^[\p{Lu}\p{N}]/u.test(w.text);
/**
 * The subject right before a verb: skip the words between ("further"), skip an apposition between
 * commas ("Stoltenberg, the secretary-general of NATO, stated"), then walk back over the noun
 * phrase: a pronoun, or capitalised words (with particles and "of": "Viktor Orban of Hungary"),
 * or a role noun with its modifiers and determiner ("the prime minister", "NATO boss").
 */
export function subjectBefore(
  text: string,
  words: Word[],
  verbIndex: number,
): { phrase: string; at: number } | null {
  let k = verbIndex - 1;
  while (k >= 0 && isBetween(words[k]!) && !/^(?:he|she|they)$/iu.test(words[k]!.text)) k--;
  // "Comey on Tuesday emphasized", "Axelrod on Tuesday morning tweeted": a day between.
  if (k > 0 && DAY_PARTS.test(words[k]!.text) && WEEKDAY.test(words[k - 1]!.text)) k--;
  if (k > 0 && WEEKDAY.test(words[k]!.text) && /^\p{Lu}/u.test(words[k]!.text)) {
    k -= words[k - 1]!.text === 'on' ? 2 : 1;
    while (k >= 0 && isBetween(words[k]!) && !/^(?:he|she|they)$/iu.test(words[k]!.text)) k--;
  }
  // "she … last month said", "Jones this week told": a time phrase between subject and verb.
  if (k > 0 && TIME_NOUN.test(words[k]!.text) && /^(?:last|this|that|next)$/iu.test(words[k - 1]!.text))
    k -= 2;
  while (k >= 0 && isBetween(words[k]!) && !/^(?:he|she|they)$/iu.test(words[k]!.text)) k--;
  if (k < 0) return null;
  // "Trump said … in New York, then later added": ", then" leaves the subject out, as "and" does.
  const then = words.findIndex((w, j) => j > k && j < verbIndex && w.lower === 'then');
  if (then > 0 && text.slice(words[then - 1]!.end, words[then]!.start).includes(',')) k = then;
  // "Sen. Michael Bennet, D-Colo., defended the deal … and said": the subject opens the clause
  // (outside this text when "and" opens it: the caller then reads the whole sentence).
  if (['and', 'but', 'or'].includes(words[k]!.lower) && k <= 1) return null;
  // "Ban condemned the attacks, but urged Israel to show": "but" leaves the subject out as "and" does.
  if (words[k]!.lower === 'and' || words[k]!.lower === 'but' || k === then) {
    // "Robach said the network … and called the recordings …": the earlier speech verb's subject.
    for (let v = k - 1; v > 0; v--) {
      if (!isVerb(words[v]!) || words[v + 1]?.lower === 'by') continue;
      const earlier = subjectBefore(text, words, v);
      if (earlier && words[v - 1]!.lower !== 'and') return earlier;
    }
    // "Recalling that night, Ostrova laughed and added": the subject follows an opening participle.
    let open = 0;
    const firstComma = text.indexOf(',');
    if (/^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(words[0]!.text) && firstComma > 0) {
      while (open < k && words[open]!.start < firstComma) open++;
    }
    // "The White House released a statement, and also said": "The" before a capitalised run.
    const the = words[open]!.text === 'The' && open + 1 < k && isCapitalised(words[open + 1]!) ? 1 : 0;
    let end = open + the;
    while (
      end < k &&
      (isCapitalised(words[end]!) || PARTICLES.has(words[end]!.lower)) &&
      text.slice(words[end]!.end, words[end + 1]?.start ?? 0).trim() === ''
    )
      end++;
    if (end < k && isCapitalised(words[end]!)) end++;
    const head = words[open + the]!;
    if (end === open + the || !isCapitalised(head) || FUNCTION_CAPS.has(head.lower)) return null;
    // "The DOJ alumni applauded": the run modifies a noun; only a verb after it makes it the subject.
    if (the && !/^(?:\p{Ll}+(?:ed|s)|has|had|is|was|also|later|then|on|in)$/u.test(words[end]?.text ?? ''))
      return null;
    return { phrase: text.slice(words[open]!.start, words[end - 1]!.end), at: words[open]!.start };
  }
  const gap = (a: number, b: number): string => text.slice(words[a]!.end, words[b]!.start);
  // "Name, apposition, said" / "Name, 71, said" / "Name, who …, said": the subject stands before
  // the apposition. "The shadow chancellor, Graham Pettifer, said": the name is the apposition.
  if (/,/u.test(text.slice(words[k]!.end, words[verbIndex]!.start))) {
    let comma = text.lastIndexOf(',', words[k]!.start);
    // Appositions may nest: "Sen. Tom Hollis, who, like Ada Brennick, is retiring, said" and
    // "Nora Felling, whose mother, the Rev. Alma Felling, founded it, said": a phrase after a
    // relative pronoun or a preposition is inside the apposition, so walk back past it too.
    for (let hop = 0; hop < 4 && comma >= 0; hop++) {
      const apposition = text.slice(comma + 1, words[k]!.end).trim();
      // "Howard Kurtz, Fox News media analyst and host of Media Buzz, condemned": capitals and
      // then role words are a description, not a name in apposition.
      const described = /^\p{Lu}\S*(?:\s+\S+)*?\s+(?!(?:of|de|la|van|von|der|bin|al|and)\b)\p{Ll}{2,}/u.test(
        apposition,
      );
      if (
        !described &&
        !/^(?:the|a|an|who|whose|which|[\p{Lu}\p{N}][\p{L}.]*['’]s\b|[\p{Lu}][\p{L}.]*s['’](?=\s))|^[\p{Ll}\p{N}]/u.test(
          apposition,
        ) &&
        // "Sen. Lindsey Graham, South Carolina Republican, said": a party label is an apposition.
        !PARTY_LABEL.test(apposition) &&
        !/^(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Republican|Democrat|Independent)\s+(?:who|from|of)\b/u.test(
          apposition,
        ) &&
        hop === 0
      )
        break;
      while (k >= 0 && words[k]!.start > comma) k--;
      if (k < 0) return null;
      const previous = text.lastIndexOf(',', words[k]!.start);
      const segment = text.slice(previous + 1, words[k]!.end).trim();
      const before = text.slice(0, previous + 1);
      if (
        previous >= 0 &&
        // "Lachlan Murdoch, executive chairman for 21st Century Fox, the parent company …": a
        // segment opening in lower case is an apposition too.
        // "Alexandre Brans, 32, who …, said": an age is an apposition too.
        (/^(?:who|whose|which|whom|like|unlike|including|with|than)\b|^\p{Ll}|^\p{N}{1,3}$/u.test(segment) ||
          /,\s*(?:who|whose|which|whom)\b[^,]*,$/u.test(before))
      ) {
        comma = previous;
        continue;
      }
      break;
    }
  }
  const first = words[k]!;
  if (/^(?:he|she|they)$/iu.test(first.text)) return { phrase: first.text, at: first.start };
  // "Iranian President Hassan Rouhani, who said earlier that": the name the relative refers to.
  if (first.lower === 'who' && k > 0 && /^\s*,\s*$/u.test(gap(k - 1, k)) && isCapitalised(words[k - 1]!)) {
    const antecedent = subjectBefore(text, words.slice(0, k).concat([{ ...words[verbIndex]! }]), k);
    // "responding to X, who said": the relative's antecedent, whatever governs it.
    const prep = antecedent && /^(\p{Ll}+)\s+/u.exec(antecedent.phrase);
    return prep && PREPOSITION_BEFORE.has(prep[1]!)
      ? { phrase: antecedent.phrase.slice(prep[0].length), at: antecedent.at + prep[0].length }
      : antecedent;
  }
  // "in Port St. Lucie, Fla., said": a state abbreviation closes a place, not a subject.
  if (
    /^\p{Lu}\p{Ll}{1,4}$/u.test(first.text) &&
    text[first.end] === '.' &&
    /,\s*$/u.test(text.slice(0, first.start))
  )
    return null;
  let role = isRolePhrase(first.lower);
  // A common noun ("critics said", "sets called") is a subject that names nobody, unless a role
  // owns it ("a spokesperson for the ministry said").
  if (!isCapitalised(first) && !role) {
    // "Hollis's office said": the possessor names whose office it is.
    // "Assange's own legal team said": a person's lawyers past "own", "legal", "defense".
    let p = k - 1;
    while (p > 0 && k - p <= 2 && /^(?:own|legal|defen[cs]e)$/u.test(words[p]!.lower)) p--;
    const possessor = words[p];
    if (possessor && /^\p{Lu}.*['’]s$/u.test(possessor.text) && /^[\s\p{Ll}]*$/u.test(gap(p, k))) {
      let j = p;
      while (j > 0 && isCapitalised(words[j - 1]!) && gap(j - 1, j) === ' ') j--;
      return { phrase: text.slice(words[j]!.start, first.end), at: words[j]!.start };
    }
    const named = nameBeforeBody(text, words, k, PREPOSITION_BEFORE);
    if (named) return named;
    // "the ABC News statement says", "her statement said", "the grand jury indictment says".
    if (isVoiceHead(first.lower)) {
      let j = k;
      while (
        j > 0 &&
        k - j < 4 &&
        gap(j - 1, j) === ' ' &&
        (isCapitalised(words[j - 1]!) || /^(?:grand|jury|court|criminal|federal)$/u.test(words[j - 1]!.lower))
      )
        j--;
      if (j > 0 && gap(j - 1, j) === ' ' && /^(?:the|a|an|his|her|their|its)$/u.test(words[j - 1]!.lower))
        j--;
      return { phrase: text.slice(words[j]!.start, first.end), at: words[j]!.start };
    }
    // "the studio said", "the correspondents' association said", "the Trump campaign said".
    if (isBodyNoun(first.lower) || first.lower === 'administration') {
      const body = bodyPhrase(text, words, k);
      if (body) return body;
    }
    const owned = roleOwner(text, words, k);
    return owned
      ? { phrase: text.slice(owned, first.end), at: owned }
      : { phrase: first.text, at: first.start };
  }
  let from = k;
  for (let j = k - 1; j >= 0; j--) {
    // Punctuation, or a wide gap left by a blanked parenthesis, ends the phrase; a plural
    // possessive inside a name does not ("the White House Correspondents' Association").
    const plural = /^['’]\s$/u.test(gap(j, j + 1)) && /s$/u.test(words[j]!.text) && isCapitalised(words[j]!);
    if ((/[^\s]/u.test(gap(j, j + 1)) && !plural) || gap(j, j + 1).length > 2) break;
    const w = words[j]!;
    const next = words[j + 1]!;
    if (['the', 'a', 'an'].includes(w.lower)) {
      // "Jennifer Austin of the Federation of Welfare Agencies said": the person before "of the".
      const of = words[j - 1];
      const owner = words[j - 2];
      if (
        w.lower === 'the' &&
        of &&
        owner &&
        ['of', 'at'].includes(of.lower) &&
        isCapitalised(owner) &&
        gap(j - 1, j) === ' ' &&
        gap(j - 2, j - 1) === ' '
      ) {
        from = j - 2;
        j -= 2;
        continue;
      }
      from = j;
      break;
    }
    // "Of Anita Datar, her brother … said": the name is the object of an opening preposition.
    if (j === from - 1 && /^(?:Of|For|About|To|With|Against|Like)$/u.test(w.text)) return null;
    // A capitalised sentence opener ("On Vkontakte he lists") is no part of a name; "Will"/"May"
    // mid-sentence before a name is a first name ("writer Will Storr told").
    const opener = FUNCTION_CAPS.has(w.lower) || PREPOSITION_BEFORE.has(w.lower);
    if (isCapitalised(w) && opener && !nameWordLeadAt(text, w.start)) break;
    if (isCapitalised(w) && !/^(?:he|she|they|it|we|i)$/iu.test(w.text)) from = j;
    else if (PARTICLES.has(w.lower) && isCapitalised(next)) from = j;
    else if (['of', 'for'].includes(w.lower) && (isCapitalised(next) || role) && j > 0) from = j;
    else if (role && w.text === w.lower && /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && k - j <= 3) from = j;
    else break;
    role ||= isRolePhrase(text.slice(words[from]!.start, first.end).toLowerCase());
  }
  // No "of"/"for" or particle first; "one South African told" keeps its article (nobody named).
  while (from < k && ['of', 'for', ...PARTICLES].includes(words[from]!.lower)) from++;
  if (from > 0 && /^(?:a|an|one|another)$/u.test(words[from - 1]!.text) && gap(from - 1, from) === ' ')
    from--;
  // "Lindsey Graham (R) of South Carolina, who …, said": the phrase is the object of "of" after a
  // blanked aside; the subject before it is out of reach, and a place is nobody.
  if (
    from > 1 &&
    from <= k &&
    ['of', 'for'].includes(words[from - 1]!.lower) &&
    gap(from - 2, from - 1).length > 2
  )
    return null;
  // "Alder and Bexley said", "Todd Prell and Vic Hanley, said": a joint subject of names.
  if (!role) {
    while (
      from >= 2 &&
      words[from - 1]!.lower === 'and' &&
      gap(from - 1, from) === ' ' &&
      gap(from - 2, from - 1) === ' ' &&
      isCapitalised(words[from - 2]!) &&
      !FUNCTION_CAPS.has(words[from - 2]!.lower)
    ) {
      let j = from - 2;
      while (
        j > 0 &&
        isCapitalised(words[j - 1]!) &&
        gap(j - 1, j) === ' ' &&
        !FUNCTION_CAPS.has(words[j - 1]!.lower)
      )
        j--;
      from = j;
    }
  }
  // "A source in Rukban, who …, said": the name is the object of a preposition; the subject is the
  // noun before it, which names nobody.
  const prep = words[from - 1];
  if (prep && PREPOSITION_BEFORE.has(prep.lower) && !/[^\s]/u.test(gap(from - 1, from))) {
    const head = headBeforePreposition(text, words, from - 1, PREPOSITION_BEFORE, first.end);
    if (head) return head;
    return { phrase: `${prep.text} ${text.slice(words[from]!.start, first.end)}`, at: prep.start };
  }
  const governed = governedName(text, words, from, first, PREPOSITION_BEFORE);
  if (governed)
    return (
      headBeforePreposition(
        text,
        words,
        words.findIndex((w) => w.start === governed.at),
        PREPOSITION_BEFORE,
      ) ?? governed
    );
  const owned = roleOwner(text, words, from);
  if (owned !== null) return { phrase: text.slice(owned, first.end), at: owned };
  return { phrase: text.slice(words[from]!.start, first.end), at: words[from]!.start };
}
