/**
 * quotes/clause-subject: the clause a speech participle hangs on -> who that participle's words
 * are ("Zelensky praised X, saying …" is Zelensky's; "Kennedy, who opposed it by saying" Kennedy's).
 *
 * In:  the paragraph text, the clause's span (sentence start to the participle) and the People
 *      index. Out: Speaker | null (null when the clause names no one this module can vouch for).
 * Used by quotes/find-tag.ts for tags whose verb is a participle, and for a relative "who" tag
 * (relativeAntecedent: "X, the uncle, who says "…"" is X).
 */
import { position, type People } from '../people.ts';
import type { Speaker } from '../people/resolve.ts';
import { isVoicePhrase, resolveVoice } from './speakers.ts';
import { isRolePhrase } from '../people/resolve.ts';
import { TITLE_WORDS } from '../people/lexicon.ts';
import { subordinateSubject } from './subordinate-subject.ts';

/** A masked quote opening a clause, then a tag closed by a comma: "____ the group tweeted, ". */
const TAG_AFTER_QUOTE =
  /^\s*_{3,}\s+([^,_]{1,60}?)\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|writes|stated|tweeted|tweets|posted|announced|explained|noted|argued|continued|insisted|warned)\b[^,_]{0,60},\s*$/u;

const GOES_ON = /^(?:adding|saying|continuing|writing)\b/u;

/**
 * The subject of the clause a participle hangs on ("Zelensky praised X, saying …"): a pronoun
 * opening the clause, else the first person named as a subject, else a capitalised organisation
 * opening the sentence ("The Westbridge Hospitals Trust apologised …, saying").
 */
export function clauseSubject(
  people: People,
  text: string,
  paragraph: number,
  from: number,
  to: number,
): Speaker | null {
  // "After McCain had said X, Trump mocked him, saying": an opening subordinate clause is not the
  // participle's; nor is a clause before ", and" ("… was too much, and Reid felt compelled to
  // act, explaining"). The clause read starts after either.
  const whole = text.slice(from, to);
  const sub =
    /^\s*(?:(?:In|On|During)\b[^,]{0,40},\s*)?(?:after|when|while|although|though|because|since|as|if|before|despite|once|until|unlike|given|amid)\b[^,]{0,160}?,["”’]?\s+(?=[\p{Lu}\p{Ll}])/iu.exec(
      whole,
    );
  // Quoted words masked (same length): their commas and capitals open no clause.
  const masked = whole.replace(/“[^”]*”|"[^"]*"/gu, (q) => '_'.repeat(q.length));
  // ", while former President Bush echoed …, calling": "while"/"whereas" join a second clause too
  // (also right after a quote whose comma the mask hid), whose subject may open with "former".
  const joined = [
    ...masked.matchAll(
      /(?:,|\s[—–]|_(?=\s+wh))\s+(?:and|but|while|whereas)\s+(?=(?:(?:[Tt]he|former|then)\s+)?\p{Lu})/gu,
    ),
  ].at(-1);
  const cut = Math.max(sub?.[0].length ?? 0, joined ? joined.index + joined[0].length : 0);
  if (cut > 0) from += cut;
  const clause = text.slice(from, to);
  // ""…," the veterans group tweeted, adding, "…"": the tag right after a quote that opens the
  // clause owns the participle, an organisation as much as a person.
  // Only a participle that goes on speaking ("adding", "saying"), and only for an organisation:
  // a person's tag was already read by the mentions below.
  const tagged = GOES_ON.test(text.slice(to, to + 20)) ? TAG_AFTER_QUOTE.exec(masked.slice(cut)) : null;
  if (tagged) {
    const at = from + tagged.index + tagged[0].indexOf(tagged[1]!);
    const owner = resolveVoice(people, tagged[1]!, position(people, paragraph, at));
    if (owner?.name && owner.kind === 'organisation') return owner;
  }
  // "The tweet came after Hassan Rouhani warned …, suggesting": the subordinate clause's person
  // (quotes/subordinate-subject.ts), when the main clause names nobody.
  const subordinate = subordinateSubject(people, text, paragraph, from, to);
  if (subordinate) return subordinate;
  // "The Chronicle quoted DeBartolo as describing …": the one quoted speaks.
  const quoted = /\bquoted\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s+as\s*$/u.exec(
    clause,
  );
  if (quoted) return resolveVoice(people, quoted[1]!, position(people, paragraph, from + quoted.index));
  // "she quoted Sen. Edward Kennedy (D-Mass.), who in 1986 opposed the nomination by saying": a
  // participle inside a relative clause (no comma between "who" and it) is the antecedent's.
  const relative =
    /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})(?:\s*\([^()]*\)|,\s*[RDI]-\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?,\s+who\s+([^,;:]*)$/u.exec(
      clause,
    );
  if (relative && relative[2]!.trim())
    return resolveVoice(people, relative[1]!, position(people, paragraph, from + relative.index));
  // "with spokesman Jay Carney saying", "despite President Trump saying": the name right before
  // the participle, with no comma between, is its subject.
  const absolute = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})\s+$/u.exec(clause);
  // "with Ari Fleischer, the press secretary for George W. Bush tweeting": a name after a
  // preposition is that preposition's object, inside an apposition; the participle is not its.
  const objectOf =
    absolute &&
    /(?:^|\s)(?:for|of|to|at|by|from|under|against|about)\s+(?:the\s+)?$/iu.test(
      clause.slice(0, absolute.index),
    );
  // "He had not seen any patients, the hospital said in a statement, calling him a "…"": a tag set
  // off by commas before the participle owns it, not the reported clause's subject.
  const inner = /,\s+([^,]{1,60}?)\s+(?:said|says|told|added|wrote|stated)\b[^,]{0,60},\s*$/u.exec(clause);
  if (inner) {
    const owner = resolveVoice(people, inner[1]!, position(people, paragraph, from + inner.index + 2));
    return owner?.name ? owner : null;
  }
  const pronoun =
    /^\s*(?:[^,]{0,40},\s*|(?:(?:earlier|later)\s+)?(?:last|this|that|next)\s+(?:week|month|year|morning|night)\s+|(?:earlier|later|then|also|previously)\s+)?(?:(?:and|but|so)\s+)?(he|she|they)\b/iu.exec(
      clause,
    );
  if (pronoun) {
    // "He referenced a speech in which Benedict quoted emperor Manuel II saying …": a name right
    // before the participle may be its subject as well as the pronoun; nobody.
    if (absolute && !objectOf && absolute.index > pronoun.index + pronoun[0].length) return null;
    const at = from + pronoun.index + pronoun[0].length - pronoun[1]!.length;
    return resolveVoice(people, pronoun[1]!, position(people, paragraph, at));
  }
  if (absolute && !objectOf) {
    const named = resolveVoice(people, absolute[1]!, position(people, paragraph, from + absolute.index));
    if (named?.name && named.kind === 'person') return named;
  }
  // Its subject is then the name the apposition follows ("Ari Fleischer, the … secretary for …").
  const apposed = objectOf
    ? /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}),\s+(?:the|a|an)\s+[^,]+$/u.exec(clause)
    : null;
  if (apposed) {
    const named = resolveVoice(people, apposed[1]!, position(people, paragraph, from + apposed.index));
    return named?.name && named.kind === 'person' ? named : null;
  }
  // The name or organisation opening the clause ("The American Legion offered praise for
  // Shulkin, tweeting"), before any person named later in it.
  // An opening adverbial ("During the campaign, ", "Also Tuesday, ") stands before the subject.
  // "Asked about the senator's prospects, fellow Sen. Roger Wicker paused …": a participle opener too.
  const opener =
    /^\s*(?:(?:During|In|On|At|After|Also|Earlier|Later)\b[^,]{0,80},\s*|(?:Asked|Pressed|Questioned|Speaking|Responding|Reached)\b[^,]{0,80},\s*)?/u.exec(
      clause,
    )![0].length;
  const lead =
    /^\s*((?:[Tt]he\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*)\s+(\p{Ll}+)/u.exec(
      clause.slice(opener),
    );
  // "The Israeli army announced …": the capitalised words modify a noun; only a verb after them
  // ("The American Legion offered", "Apple has") makes them the subject.
  // "Israeli officials are saying": a plural noun before a verb is the head, not the verb.
  const headNoun =
    lead &&
    /s$/u.test(lead[2]!) &&
    /^\s+(?:are|were|have|had|say|said|will|would|also|say|insist|claim)\b/u.test(
      clause.slice(opener + lead.index + lead[0].length),
    );
  const verbNext =
    lead &&
    !headNoun &&
    /(?:ed|s)$|^(?:has|had|is|was|will|would|also|then|later|went|took|made|gave|ran|felt|told|said|spoke|wrote|sent|got|came|kept|put|held|stood|led|met|left|repeatedly|quickly)$/u.test(
      lead[2]!,
    );
  // "The mayor previously pointed to …, saying": a role noun opening the clause before its verb
  // is the role's holder (people/resolve.ts), or nobody.
  const role =
    /^\s*(the\s+(?:(?-i:[\p{Ll}-])+\s+){0,2}?(?-i:[\p{Ll}-])+)\s+(?:(?-i:\p{Ll})+ly\s+)?(?-i:\p{Ll})+(?:ed|id|ote|old)\b/iu.exec(
      clause.slice(opener),
    );
  if (role && isRolePhrase(role[1]!.toLowerCase())) {
    const held = resolveVoice(people, role[1]!, position(people, paragraph, from + opener));
    return held?.name && held.kind === 'person' ? held : null;
  }
  // "A Google spokesperson responded Tuesday …, saying": an organisation's voice opening the clause.
  const voice =
    /^\s*((?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{L}\p{M}&'’.-]*\s+){1,4}\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|s)\b/u.exec(
      clause.slice(opener),
    );
  if (voice && isVoicePhrase(voice[1]!)) {
    const spoke = resolveVoice(people, voice[1]!, position(people, paragraph, from + opener));
    if (spoke?.name && spoke.kind === 'organisation') return spoke;
  }
  const opening =
    lead && verbNext ? resolveVoice(people, lead[1]!, position(people, paragraph, from + opener)) : null;
  if (opening?.name) return opening;
  // "In United States v. Nixon, the Supreme Court upheld an order requiring President Nixon …,
  // stating": the clause has a subject this module cannot name; not a person named later in it.
  if (lead && verbNext && /^the\s/u.test(lead[1]!)) return null;
  // "The Delgado campaign punched back, saying": the names modify a common noun that is the
  // subject; the person the noun is named after did not speak.
  if (lead && !verbNext && /^[Tt]he\s/u.test(lead[1]!) && !FUNCTION_AFTER_NAME.test(lead[2]!)) {
    const body = resolveVoice(people, `${lead[1]!} ${lead[2]!}`, position(people, paragraph, from + opener));
    return body?.name && body.kind !== 'person' ? body : null;
  }
  const lo = position(people, paragraph, from + opener);
  const hi = position(people, paragraph, to);
  // Else a person named as subject near the clause start ("On Monday, Zelensky praised …").
  // "a frail Margaret Thatcher attended …, saying": a determiner and an adjective may come first.
  const m = people.mentions.find((x) => x.pos >= lo && x.pos < hi && x.subject);
  // "Chicago Police Department superintendent Eddie Johnson expressed …": further on, only when
  // nothing but capitalised words and title words stand before the name.
  const titled = (gap: string): boolean =>
    gap.length <= 80 &&
    gap
      .split(/\s+/u)
      .every((w) => !w || /^\p{Lu}/u.test(w) || TITLE_WORDS.has(w) || /^(?:of|the|and)$/u.test(w));
  const gap = m ? text.slice(from + opener, m.pos % 1_000_000) : '';
  return m && (m.pos - lo <= 40 || titled(gap)) && m.person.evidence
    ? { name: m.person.name, person: m.person, kind: 'person' }
    : null;
}

/**
 * "Ruslan Tsarni, identified as the suspects' uncle, who says …": the name a relative "who" tag
 * hangs on, itself or after one apposition; a common noun ("protesters, who chanted", "Scott's
 * mother, who said") or a lone word names nobody. `to` is where "who" stands.
 */
export function relativeAntecedent(
  people: People,
  text: string,
  paragraph: number,
  to: number,
): Speaker | null {
  const m = /(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3})(?:,\s+[^,;:"“”]{1,80})?,\s*$/u.exec(
    text.slice(0, to),
  );
  if (!m || /['’]s?$/u.test(m[1]!)) return null;
  const named = resolveVoice(people, m[1]!, position(people, paragraph, m.index));
  return named?.name && named.kind === 'person' && named.name.includes(' ') ? named : null;
}

/** Words after a capitalised run that do not make it a noun's modifier ("The Senate on Tuesday …"). */
const FUNCTION_AFTER_NAME =
  /^(?:on|in|at|and|or|but|for|of|to|with|by|from|who|which|that|also|then|later|itself|alone|too)$|ly$/u;
