/**
 * quotes/body-voices: tag subjects that stand for a body which issued the words -> that body, only
 * when the text leaves one (quotes/speakers.ts asks these; round 16 of issue #10).
 *
 * In:  the subject phrase as written, its position, the People index and quotes/speakers'
 *      resolveVoice (passed in: no import cycle). Out: Speaker (with `via`, for the audit) | null:
 *   - "Assange's legal team said" -> the organisation "Julian Assange's legal team" (ownersVoice)
 *   - "according to a statement released by X" -> X (issuedByVoice; never "carried by")
 *   - "The FBI released photos of two men it described as "…"" -> FBI (sentenceSubjectIt)
 *   - "…," Boston Police Department tweeted. They added: "…" -> the department (organisationThey)
 *   - "her statement said" -> she; "his office said" -> "X's office" (ownVoice)
 */
import { position, type People } from '../people.ts';
import { resolveSpeaker, type Speaker } from '../people/resolve.ts';

/** "her statement said" -> she; "his office said" -> his office. */
export function ownVoice(people: People, np: string, pos: number): Speaker | null {
  const m = /^(his|her)\s+(statement|letter|tweet|post|office)$/iu.exec(np);
  if (!m) return null;
  const person = resolveSpeaker(people, m[1]!.toLowerCase() === 'his' ? 'he' : 'she', pos);
  if (!person?.name || person.kind !== 'person') return null;
  if (m[2]!.toLowerCase() !== 'office') return person;
  const name = `${person.name}'s office`;
  people.organisations.push({ name, pos });
  return { name, person: null, kind: 'organisation' };
}

/** quotes/speakers' resolveVoice. */
type Resolve = (people: People, subject: string, pos: number) => Speaker | null;

/** "Assange's own legal team", "Bowe's lawyers": a person's lawyers, who speak for them. */
const PERSON_OWNS =
  /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})['’]s\s+(?:own\s+)?((?:(?:legal|defen[cs]e)\s+)?(?:team|lawyers|attorneys))$/u;

/**
 * "Assange's own legal team said", "Bowe's lawyers said" -> the organisation "Julian Assange's
 * legal team" (bench/gold/ANNOTATION.md: a defendant's lawyers are "X's lawyers"), when the
 * possessor is one person the article names; never the person, who did not speak.
 */
export function ownersVoice(people: People, np: string, pos: number): Speaker | null {
  const m = PERSON_OWNS.exec(np);
  if (!m) return null;
  const person = resolveSpeaker(people, m[1]!, pos);
  if (person?.kind !== 'person' || !person.name) return null;
  const name = `${person.name}'s ${m[2]!}`;
  people.organisations.push({ name, pos });
  return { name, person: null, kind: 'organisation' };
}

/**
 * "…," said a statement by X / according to a statement released by X / a tweet sent out by X:
 * the statement's issuer, when X resolves to a person or an organisation. Never a paper that only
 * carried, reported or quoted it ("a statement carried by the official news agency").
 */
const ISSUED_BY =
  /^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:statement|tweet|press\s+release|news\s+release|release|post)\s+(?:(?:released|issued|sent(?:\s+out)?|posted|put\s+out)\s+)?(?:by|from)\s+(\S.*)$/u;

/** The issuer of "a statement released by X" (see ISSUED_BY), or null. */
export function issuedByVoice(
  people: People,
  np: string,
  pos: number,
  resolveVoice: Resolve,
): Speaker | null {
  const m = ISSUED_BY.exec(np);
  if (!m) return null;
  const issuer = resolveVoice(people, m[1]!, pos);
  return issuer?.name && (issuer.kind === 'person' || issuer.kind === 'organisation')
    ? { ...issuer, via: 'issued-by' }
    : null;
}

/**
 * "Apple fired back that it responded … and provided "…"", "The FBI released photos of two men it
 * described as "…"": "it" in a sentence opened by a capitalised subject and its verb -> that
 * subject, when it speaks as an organisation (or is "X's office") and nobody is named between it
 * and the tag.
 */
export function sentenceSubjectIt(people: People, pos: number, resolveVoice: Resolve): Speaker | null {
  const block = Math.floor(pos / 1e6) - people.contextCount;
  // The sentence within 400 characters before the tag (a bound, so long paragraphs stay linear).
  const at = pos % 1e6;
  const window = Math.max(0, at - 400);
  const before = (people.paragraphs[block] ?? '').slice(0, at);
  const start = [...before.slice(window).matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)].at(-1);
  if (!start && window > 0) return null;
  const from = start ? window + start.index + start[0].length : 0;
  const m =
    /^["“]?((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}?(['’]s\s+office)?)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+(?:ed|s)|said)\b/u.exec(
      before.slice(from),
    );
  if (!m) return null;
  // "Kemp's office said it was investigating … what it called a "…"": the office is the person's
  // voice (ANNOTATION.md: "X's office said" -> X), so a person is taken here too.
  const office = m[2] !== undefined;
  const subjectEnd = position(people, block, from + m[0].length);
  if (subjectEnd >= pos || people.mentions.some((x) => x.pos >= subjectEnd && x.pos < pos)) return null;
  const owner = office ? m[1]!.slice(0, -m[2]!.length) : m[1]!;
  const spoke = resolveVoice(people, owner, position(people, block, from));
  return spoke?.name && (spoke.kind === 'organisation' || (office && spoke.kind === 'person'))
    ? { ...spoke, via: 'it-subject' }
    : null;
}

/**
 * "…," Boston Police Department tweeted. They added: "…": "they" right after an organisation spoke
 * (US copy calls a department or a firm "they"), in this paragraph or the one before, with nobody
 * named and no other sentence between (speakers.ts asks only when "they" resolved to nobody).
 */
export function organisationThey(people: People, np: string, pos: number): Speaker | null {
  const last = people.organisations.at(-1);
  if (!/^they$/iu.test(np) || !last || last.pos >= pos) return null;
  const [from, to] = [Math.floor(last.pos / 1e6), Math.floor(pos / 1e6)].map((b) => b - people.contextCount);
  if (to! - from! > 1 || people.mentions.some((m) => m.pos > last.pos && m.pos < pos)) return null;
  const text = (i: number): string => people.paragraphs[i] ?? '';
  const between =
    from === to
      ? text(to!).slice(last.pos % 1e6, pos % 1e6)
      : `${text(from!).slice(last.pos % 1e6)} ${text(to!).slice(0, pos % 1e6)}`;
  const ends = between.replace(/“[^”]*”|"[^"]*"/gu, '').match(/[.!?](?=\s|$)/gu) ?? [];
  if (ends.length > 1) return null;
  people.organisations.push({ name: last.name, pos });
  return { name: last.name, person: null, kind: 'organisation', via: 'they-organisation' };
}
