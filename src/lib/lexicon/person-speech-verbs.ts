/**
 * lexicon/person-speech-verbs: the commonest speech verbs, lower-case, space-separated: right after a
 * capitalised name ("Stoltenberg said") they say the name is a person.
 *
 * Source: frequent verbs of speech-verbs.ts (SPEECH_VERBS), chosen by hand; a short list, not the
 * full one (which would change which names compare/entities calls people). Used by compare/entities
 * (via compare/entity-words) and by bench/compare (the speech tags of its synthetic articles).
 */

/** "said says stated told … replied wrote". */
export const PERSON_SPEECH_VERBS = `said says stated told claimed stressed argued insisted admitted warned explained added noted
  emphasized emphasised replied wrote`;
