/**
 * people/roles: role phrases -> one canonical form ("the Secretary-General" / "NATO boss" ->
 * "secretary general" / "nato chief"), so a role in a speech tag matches the role a person was
 * given elsewhere in the article.
 *
 * In:  role phrases or title words as written. Out: canonical role strings; the roles an
 *      apposition ("X, the minister of Y,") or the words before a name ("ministry spokeswoman X") give.
 */
import { ROLE_HEADS } from './lexicon.ts';
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
  // Title abbreviations: "Sen. Richard Burr" holds what "the senator" names.
  sen: 'senator',
  gov: 'governor',
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
  if (core.length === 0) return [];
  // "Former President Obama" is "the former president", never "the president".
  if (key(core[0]!) === 'former') {
    const rest = core.slice(1);
    if (rest.length === 0 || rest.some((t) => key(t) === 'former')) return [];
    return [formerRole(rest.join(' ')), formerRole(rest.at(-1)!)];
  }
  if (core.some((t) => key(t) === 'former')) return [];
  const roles = [canonicalRole(core.join(' ')), canonicalRole(core.filter((t) => !label(t)).join(' '))];
  return roles.filter((r) => r.length > 0);
}

/** "FBI director" -> "former fbi director": a role someone no longer holds, kept apart. */
const formerRole = (phrase: string): string => `former ${canonicalRole(phrase)}`;

/**
 * True when the phrase is `tail` or ends with it as whole words; a former role answers only a
 * former one ("the president" is not "former president Obama", "the former president" is).
 */
export const endsWithWords = (phrase: string, tail: string): boolean =>
  (phrase === tail || phrase.endsWith(` ${tail}`)) &&
  phrase.startsWith('former ') === tail.startsWith('former ');

/** "X, the secretary-general of NATO," -> "secretary-general" (+ "NATO secretary general"). */
export function appositionRoles(after: string): string[] {
  const m = /^,\s+(?:(?:the|a|an)\s+|(\p{Lu}[\p{L}.]*)['’]s\s+)([^,.;:()"“”]+)/u.exec(after);
  if (!m) return [];
  const written = m[2]!.trim();
  if (/^(?:ex-|then-|late\b)/iu.test(written)) return [];
  // "Comey, the former FBI director,": a former role, which only "the former …" names.
  const former = /^former\s+/iu.exec(written);
  const phrase = former ? written.slice(former[0].length) : written;
  if (/^former\b/iu.test(phrase)) return [];
  const head = phrase.split(/\s+(?:of|for|at|in|and|who|which|since|from|to)\s+/u)[0]!;
  const headWords = head.toLowerCase().replace(/-/gu, ' ').split(/\s+/u);
  if (!ROLE_HEADS.has(headWords[headWords.length - 1] ?? '')) return [];
  if (former) return [formerRole(head)];
  const roles = [canonicalRole(head)];
  const of = /\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]*)/u.exec(phrase);
  const org = m[1] ?? of?.[1];
  if (org) roles.push(canonicalRole(`${org} ${head}`));
  // "the secretary-general of NATO and chairman of the meeting": every role of the list.
  for (const more of phrase.matchAll(/\band\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+of\b/gu)) {
    const last = more[1]!.replace(/-/gu, ' ').split(/\s+/u).pop()!;
    if (ROLE_HEADS.has(last)) roles.push(canonicalRole(more[1]!));
  }
  return roles;
}

/**
 * Roles written before a name in lower case: "ministry spokeswoman Lidia Varga", "NATO boss X",
 * or as an apposition the other way round: "The Chancellor, Harriet Okonjo,".
 */
export function rolesBefore(before: string): string[] {
  // The last three words before the name, stopping at punctuation other than one comma at the end.
  const trimmed = before.trimEnd();
  const comma = trimmed.endsWith(',');
  const tail = (comma ? trimmed.slice(0, -1) : trimmed).split(/[^\p{L}'’\s-]/u).pop()!;
  const words = tail.split(/\s+/u).filter(Boolean).slice(-3);
  if (words.length === 0 || !/\s$/u.test(before)) return [];
  const last = words[words.length - 1]!.toLowerCase().replace(/-/gu, ' ').split(' ').pop()!;
  if (!ROLE_HEADS.has(last)) return [];
  // "former FBI director James Comey": a former role, which only "the former …" names.
  const formerAt = words.findIndex((w) => w.toLowerCase() === 'former');
  if (formerAt >= 0) {
    const rest = words.slice(formerAt + 1);
    return !comma && rest.length > 0 ? [formerRole(rest.join(' '))] : [];
  }
  // "Germany's foreign minister, Sigmar Gabriel,": a possessor stands for the determiner.
  const det = words.findIndex((w) => /^(?:the|a|an)$/iu.test(w) || /^\p{Lu}.*['’]s$/u.test(w));
  // With a comma, only a determiner phrase is an apposition ("The Chancellor, X"); "said, X" is not.
  if (comma && det < 0) return [];
  const core = det >= 0 ? words.slice(det + 1) : words.filter((w) => !/^\p{Lu}/u.test(w) || isAcronym(w));
  const roles = [canonicalRole(core.join(' ')), canonicalRole(last)];
  return roles.filter((r) => r.length > 0);
}
