/**
 * quotes/subordinate-subject: a speech participle after a mid-sentence "after/when/as …" clause
 * whose subject is a named person, when the main clause before it names nobody.
 *
 * "The tweet came after the Iranian president, Hassan Rouhani, warned the US …, suggesting "…""
 * is Rouhani's: the main clause's subject ("The tweet") cannot speak, so the participle hangs on
 * the clause next to it. When the main clause names a person or opens with a pronoun ("Trump
 * replied after Rouhani warned …, saying"), either could own the words: nobody (null).
 *
 * In:  the paragraph text, the clause's span (its start to the participle) and the People index.
 * Out: Speaker (a person) | null. Used by quotes/clause-subject.ts before its other readings.
 */
import { position, type People } from '../people.ts';
import type { Speaker } from '../people/resolve.ts';
import { resolveVoice } from './speakers.ts';

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;

/**
 * "… after [the Iranian president,] Hassan Rouhani, warned the US about …, ": the conjunction,
 * an optional role set off before the name, the name (two to four capitalised words), an
 * optional apposition, then a past-tense verb and the rest of the clause up to the participle.
 */
const SUBORDINATE = new RegExp(
  String.raw`\s(?:after|when|as|because)\s+(?:the\s+(?:[\p{L}'’]+\s+){0,3}?\p{Ll}+,\s+)?(${NAME})(?:,\s+[^,]{1,60},)?,?\s+(?:\p{Ll}+ly\s+)?(?:had\s+)?\p{Ll}+ed\b[^;:"“”]*,\s*$`,
  'u',
);

/** A person's pronoun or a first-person word in the main clause: it may be the participle's owner. */
const PRONOUN = /\b(?:he|she|they|we|I|his|her|their)\b/iu;

/** The person the participle ending `text.slice(from, to)` hangs on through a subordinate clause, or null. */
export function subordinateSubject(
  people: People,
  text: string,
  paragraph: number,
  from: number,
  to: number,
): Speaker | null {
  const clause = text.slice(from, to);
  const m = SUBORDINATE.exec(clause);
  if (!m) return null;
  const main = clause.slice(0, m.index);
  if (PRONOUN.test(main)) return null;
  // A person named as the main clause's subject could own the participle as well (not a
  // possessor: "Trump's tweet came after …").
  const lo = position(people, paragraph, from);
  const hi = position(people, paragraph, from + m.index);
  if (people.mentions.some((x) => x.pos >= lo && x.pos < hi && x.subject)) return null;
  const at = from + m.index + m[0].indexOf(m[1]!);
  const named = resolveVoice(people, m[1]!, position(people, paragraph, at));
  return named?.name && named.kind === 'person' ? named : null;
}
