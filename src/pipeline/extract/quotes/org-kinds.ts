/**
 * quotes/org-kinds: an article's body -> the organisations it names with what kind each one is
 * ("CNN" is a network, "Project Veritas" a group), so that "the network said" can name the one
 * network the body has named, and nobody when it named none or several.
 *
 * In:  the masked body paragraphs (quoted words blanked) and a position function.
 * Out: TypedOrganisation[] — name, kind noun, and where the body first names it. Evidence, all from
 *      the body's own words:
 *   - the noun before the name: "the cable network CNN", "right-wing group Project Veritas"
 *   - the noun restating the sentence's subject: "CNN filed a lawsuit …, the cable news network
 *     announced"
 *   - for networks: a name ending in News/Network/Broadcasting/Television/TV ("ABC News"), or a
 *     broadcaster's staff before a name ("CNN correspondent", "ABC News anchor"), newspapers
 *     (Times, Post, Journal…) excepted.
 */
import { sentenceRanges } from './sentences.ts';

/** Kind nouns and the nouns that stand for the same kind. */
const KINDS: Record<string, string> = {
  network: 'network',
  broadcaster: 'network',
  channel: 'network',
  company: 'company',
  firm: 'company',
  studio: 'studio',
  group: 'group',
};

/** The kind a generic noun stands for ("the broadcaster" -> network), or null. */
export const kindOf = (noun: string): string | null => KINDS[noun] ?? null;

export interface TypedOrganisation {
  name: string;
  kind: string;
  /** Where the body first names it. */
  pos: number;
}

const NAME = String.raw`(?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}?\p{Lu}[\p{L}&.'’-]*`;
const NOUNS = Object.keys(KINDS).join('|');
const NOUN_BEFORE = new RegExp(String.raw`\b(${NOUNS})\s+(${NAME})(?=[\s,.;:'’]|$)`, 'gu');
const RESTATED = new RegExp(
  String.raw`(?:^|[.!?]\s+)(?:The\s+)?(${NAME})\s+\p{Ll}[^.!?]*?,\s+the\s+(?:[\p{Ll}-]+\s+){0,3}?(${NOUNS})\s+\p{Ll}+(?:ed|s)\b`,
  'gu',
);
const NETWORK_NAME = new RegExp(String.raw`(${NAME}\s+(?:News|Network|Broadcasting|Television|TV))\b`, 'gu');
const STAFF = new RegExp(
  String.raw`(${NAME})(?:['’]s)?\s+(?:(?:chief|senior|political|legal|national|White House|news)\s+)*(?:correspondent|anchor|reporter|host|analyst|commentator|contributor)s?\b`,
  'gu',
);
/** What the patterns above cannot match without (cheap tests that skip most paragraphs). */
const HAS_NOUN = new RegExp(String.raw`(?:${NOUNS})\s`, 'u');
const HAS_THE_AFTER_COMMA = /,\s+the\s/u;
const HAS_NETWORK_WORD = /(?:News|Network|Broadcasting|Television|TV)\b/u;
const HAS_STAFF_WORD = /correspondent|anchor|reporter|host|analyst|commentator|contributor/u;
const NEWSPAPER = /\b(?:Times|Post|Journal|Tribune|Herald|Gazette|Daily|Magazine|Globe|Star|Press)\b/u;

/**
 * Where `name` first stands in `text` with no letter right before or after it, or -1: what
 * /(?<!\p{L})name(?!\p{L})/u finds, without compiling a pattern per name and article (a name
 * opens with a capital, so never inside a surrogate pair).
 */
function wholeNameAt(text: string, name: string): number {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (
      !LETTER_LAST.test(text.slice(Math.max(0, at - 2), at)) &&
      !LETTER_FIRST.test(text.slice(end, end + 2))
    )
      return at;
  }
  return -1;
}
const LETTER_LAST = /\p{L}$/u;
const LETTER_FIRST = /^\p{L}/u;

/** Organisations of the body with their kind, from the body's own words. */
export function typeOrganisations(
  paragraphs: string[],
  at: (paragraph: number, offset: number) => number,
  isPerson: (name: string) => boolean,
): TypedOrganisation[] {
  const found: { name: string; kind: string }[] = [];
  const add = (name: string, kind: string) => {
    const clean = name.replace(/^(?:The|A|An)\s+/u, '').replace(/['’]s$/u, '');
    // "the company The …" (a noun before a sentence): an article alone names nothing.
    if (!clean || isPerson(clean) || !/^\p{Lu}/u.test(clean) || /^(?:The|A|An|This|That|Its?)$/u.test(clean))
      return;
    found.push({ name: clean, kind });
  };
  for (const text of paragraphs) {
    // Each pattern is run only on a paragraph holding the words it cannot match without.
    const hasNoun = HAS_NOUN.test(text); // once: it scans the whole paragraph
    if (hasNoun) for (const m of text.matchAll(NOUN_BEFORE)) add(m[2]!, KINDS[m[1]!]!);
    if (hasNoun && HAS_THE_AFTER_COMMA.test(text))
      for (const m of text.matchAll(RESTATED)) add(m[1]!, KINDS[m[2]!]!);
    if (HAS_NETWORK_WORD.test(text))
      for (const m of text.matchAll(NETWORK_NAME)) if (!NEWSPAPER.test(m[1]!)) add(m[1]!, 'network');
    if (HAS_STAFF_WORD.test(text))
      for (const m of text.matchAll(STAFF))
        if (!NEWSPAPER.test(m[1]!) && /^(?:\p{Lu}{2,}|\p{Lu}\p{L}+\s+News)$/u.test(m[1]!))
          add(m[1]!, 'network');
  }
  const typed: TypedOrganisation[] = [];
  for (const { name, kind } of found) {
    if (typed.some((t) => t.name === name && t.kind === kind)) continue;
    for (let p = 0; p < paragraphs.length; p++) {
      const offset = wholeNameAt(paragraphs[p]!, name);
      if (offset < 0) continue;
      typed.push({ name, kind, pos: at(p, offset) });
      break;
    }
  }
  return typed;
}

/**
 * The one organisation of `kind` the body named before `pos`, or null when it named none or
 * several ("ABC" and "ABC News" are one: a name that starts another).
 */
export function onlyOfKind(typed: TypedOrganisation[], kind: string, pos: number): string | null {
  const named = typed.filter((t) => t.kind === kind && t.pos < pos);
  const same = (a: string, b: string) => a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `);
  const distinct: string[] = [];
  for (const t of named) {
    const known = distinct.findIndex((d) => same(d, t.name));
    if (known < 0) distinct.push(t.name);
    else if (t.name.length > distinct[known]!.length) distinct[known] = t.name;
  }
  return distinct.length === 1 ? distinct[0]! : null;
}

/**
 * The one organisation the body has named (before paragraph `block`, offset `offset`) with `noun`
 * as its capitalised head ("the Supreme Court", "the House Ethics Committee", "the Court of
 * Appeals" for "court"), or null when it named none or several. A name that ends another is the
 * same body ("Supreme Court", "U.S. Supreme Court").
 */
export function onlyNamedWith(
  paragraphs: string[],
  noun: string,
  block: number,
  offset: number,
): string | null {
  const head = noun[0]!.toUpperCase() + noun.slice(1);
  const word = String.raw`\p{Lu}[\p{L}&.'’-]*`;
  const pattern = new RegExp(
    String.raw`((?:${word}\s+){0,4}${head}(?:\s+of\s+(?:the\s+)?${word}(?:\s+${word}){0,3})?)(?![\p{L}])`,
    'gu',
  );
  const distinct: string[] = [];
  for (let i = 0; i <= block && i < paragraphs.length; i++) {
    const text = i === block ? paragraphs[i]!.slice(0, offset) : paragraphs[i]!;
    for (const m of text.matchAll(pattern)) {
      // "the Islamic Society of Boston's mosque": the body's name without the possessive.
      const name = m[1]!
        .replace(/^(?:The|A|An)\s+/u, '')
        .replace(/['’]s?$/u, '')
        .trim();
      // "Court records show": the noun alone opening a sentence names no body.
      if (name === head) continue;
      const known = distinct.findIndex((d) => d === name || d.endsWith(` ${name}`) || name.endsWith(` ${d}`));
      if (known < 0) distinct.push(name);
      else if (name.length < distinct[known]!.length) distinct[known] = name;
    }
  }
  return distinct.length === 1 ? distinct[0]! : null;
}

/**
 * "CNN filed the lawsuit …" then "In the filing, the network called …": with several of a kind
 * named, the one that opens the sentence just before the tag as its subject (in the tag's
 * paragraph, else the last sentence of the paragraph before), or null. `paragraphs` are the masked
 * body; `block` and `offset` place the tag.
 */
export function subjectOfKind(
  typed: TypedOrganisation[],
  kind: string,
  paragraphs: string[],
  block: number,
  offset: number,
  pos: number,
): string | null {
  const before = paragraphs[block]?.slice(0, offset) ?? '';
  const here = sentenceRanges(before, []).filter(([a, b]) => before.slice(a, b).trim());
  const previous = paragraphs[block - 1] ?? '';
  // The text before the tag in its own sentence is not a whole sentence; the one before it is.
  const [text, range] =
    here.length > 1 ? [before, here.at(-2)] : [previous, sentenceRanges(previous, []).at(-1)];
  const sentence = range ? text.slice(range[0], range[1]).trim() : '';
  if (!sentence) return null;
  const names = typed.filter((t) => t.kind === kind && t.pos < pos).map((t) => t.name);
  const opening = names
    .filter((name) => {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      return new RegExp(`^(?:The\\s+)?${escaped}\\s+(?:\\p{Ll}+\\s+)?\\p{Ll}+(?:ed|s)\\b`, 'u').test(
        sentence,
      );
    })
    .sort((a, b) => b.length - a.length);
  return opening[0] ?? null;
}
