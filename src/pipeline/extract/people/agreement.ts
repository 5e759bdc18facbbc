/**
 * people/agreement: gender and personhood a name earns from the pronouns the article itself uses
 * for it ("Clinton said …" then "Clinton herself joked that she …").
 *
 * In:  the raw mentions of one article (people/mentions.ts), its blocks (context texts first), the
 *      number of context texts, the mention count per sentence and the article's lower-case words.
 * Out: pronounGender(), the gender one sentence gives its sole name; speakingSurnames(), the bare
 *      names the body both makes speak and gives one gender, with that gender; bareEvidence(),
 *      whether one mention of a bare name makes it a person (a title, or speech and a pronoun).
 * Precision first: only body text counts (a headline is no evidence), only a name alone in its
 * sentence takes a pronoun, and a name given both "he" and "she" is left out.
 */
import { NON_PERSON_WORDS, SPEAKS_AFTER, TITLE_WORDS } from './lexicon.ts';
import { key } from './names.ts';
import type { RawMention } from './mentions.ts';

export type Gender = 'm' | 'f' | null;

/**
 * Gender from a pronoun later in the sentence, when the sentence names only this person. Object
 * "him" and "her" are left out: "X … called on him to apologize", "X denied her claims" are
 * about someone else.
 */
export function pronounGender(text: string, r: RawMention): Gender {
  // Only for a name opening its sentence: in "She said … it was Kavanaugh, but she …" the
  // pronouns are someone else's.
  const before = text.slice(r.sentence, r.from);
  if (before.length > 60 || /\b(?:he|she|his|her|they|it)\b/iu.test(before)) return null;
  const end = text.indexOf('. ', r.to);
  const after = text.slice(r.to, end < 0 ? text.length : end);
  const male = /\b(?:he|his|himself)\b/iu.test(after);
  const female = /\b(?:she|hers|herself)\b/iu.test(after);
  // "X said when she called out, a man … ran in himself": both genders, so neither is X's.
  if (male !== female) return male ? 'm' : 'f';
  if (male) return null;
  // ""…," Cuomo said. His state will be different, he said": a speech tag whose next sentence
  // opens with a pronoun of one gender.
  if (end >= 0 && /^\s*(?:said|says|told|added|wrote)\b/u.test(after)) {
    const next = text.slice(end + 2);
    if (/^(?:He|His)\b/u.test(next)) return 'm';
    if (/^(?:She|Her)\b/u.test(next)) return 'f';
  }
  return null;
}

/**
 * Bare names (one capitalised word, no title) that open a body sentence as the subject of a
 * speech verb somewhere, and that every sentence naming them alone gives the same gender:
 * "Clinton said …" and "Clinton finished her remarks …" make Clinton a woman who speaks. A name
 * the body also writes in lower case, or a word known not to be a person, is no one.
 */
export function speakingSurnames(
  raws: RawMention[],
  blocks: string[],
  contextCount: number,
  perSentence: Map<string, number>,
  common: Set<string>,
): Map<string, NonNullable<Gender>> {
  const speaks = new Set<string>();
  const genders = new Map<string, Set<NonNullable<Gender>>>();
  for (const r of raws) {
    const name = r.parsed.name;
    if (r.block < contextCount || name.includes(' ') || r.parsed.titles.length > 0) continue;
    if (NON_PERSON_WORDS.has(key(name)) || common.has(name.toLowerCase())) continue;
    const text = blocks[r.block]!;
    if (r.subject && SPEAKS_AFTER.test(text.slice(r.to, r.to + 160))) speaks.add(name);
    if (perSentence.get(`${r.block}:${r.sentence}`) !== 1) continue;
    const g = pronounGender(text, r);
    if (g) genders.set(name, (genders.get(name) ?? new Set()).add(g));
  }
  const out = new Map<string, NonNullable<Gender>>();
  for (const [name, gs] of genders) if (speaks.has(name) && gs.size === 1) out.set(name, [...gs][0]!);
  return out;
}

/**
 * A single capitalised word is a person when a title says so ("President Zelensky"; acronyms and
 * labels such as "new" or "former" are no title), or when it opens a sentence as the subject of a
 * speech verb with a pronoun after it ("Carey said he had a preference"): companies are "it".
 */
export function bareEvidence(text: string, r: RawMention): boolean {
  const speaking =
    r.subject &&
    !NON_PERSON_WORDS.has(key(r.parsed.name)) &&
    SPEAKS_AFTER.test(text.slice(r.to, r.to + 160)) &&
    pronounGender(text, r) !== null;
  return (
    speaking ||
    r.parsed.titles.some(
      (t) => TITLE_WORDS.has(key(t)) && !['new', 'former', 'acting', 'late', 'old'].includes(key(t)),
    )
  );
}
