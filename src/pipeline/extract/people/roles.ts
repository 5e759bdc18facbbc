/**
 * people/roles: role phrases -> one canonical form ("the Secretary-General" / "NATO boss" ->
 * "secretary general" / "nato chief"), so a role in a speech tag matches the role a person was
 * given elsewhere in the article.
 *
 * In:  role phrases or title words as written. Out: canonical role strings.
 */
import { isAcronym, key } from './names.ts';

const ROLE_SYNONYMS: Record<string, string> = {
  boss: 'chief',
  head: 'chief',
  leader: 'chief',
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  chairwoman: 'chairman',
  chair: 'chairman',
  chairperson: 'chairman',
  ceo: 'chief executive',
  adviser: 'advisor',
};

/** "the Secretary-General" / "NATO boss" -> "secretary general" / "nato chief". */
export function canonicalRole(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/[-‐]/gu, ' ')
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w && !['the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame'].includes(w))
    .map((w) => ROLE_SYNONYMS[w] ?? w)
    .join(' ')
    .replace(/\bchief executive officer\b/u, 'chief executive');
}

/** Role phrases for a person from title words: the full phrase and the phrase without labels. */
export function rolesFromTitles(titles: string[]): string[] {
  const label = (t: string): boolean =>
    isAcronym(t) || /(?:ian|ean|ese|ish|ch)$/u.test(t) || ['former', 'new', 'acting'].includes(key(t));
  const honorific = (t: string): boolean =>
    ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame'].includes(key(t));
  const core = titles.filter((t) => !honorific(t));
  if (core.length === 0 || core.some((t) => key(t) === 'former')) return [];
  const roles = [canonicalRole(core.join(' ')), canonicalRole(core.filter((t) => !label(t)).join(' '))];
  return roles.filter((r) => r.length > 0);
}

/** True when the phrase is `tail` or ends with it as whole words. */
export const endsWithWords = (phrase: string, tail: string): boolean =>
  phrase === tail || phrase.endsWith(` ${tail}`);
